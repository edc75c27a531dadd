"""Numbers written as words or Roman numerals, read as integers.

``cardinal_value("dreiundzwanzig") == 23``; ``roman_value("XIV") == 14``. Pure functions
without judgement: the rule ES402 decides which of them should be written as digits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import german_number

__all__ = ["cardinal_value", "format_digits", "roman_value"]

_UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_TEENS = {
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
_TENS = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _below_hundred(word: str) -> int | None:
    if word in _TEENS:
        return _TEENS[word]
    if word in _TENS:
        return _TENS[word]
    if word in _UNITS:
        return _UNITS[word]
    head, sep, tail = word.partition("und")
    if sep and head in _UNITS and tail in _TENS:  # "dreiundzwanzig", "einundzwanzig"
        return _UNITS[head] + _TENS[tail]
    return None


def _below_thousand(word: str) -> int | None:
    head, sep, tail = word.partition("hundert")
    if not sep:
        return _below_hundred(word)
    hundreds = 1 if not head else _UNITS.get(head)
    if hundreds is None:
        return None
    if not tail:
        return hundreds * 100
    rest = _below_hundred(tail.removeprefix("und")) if tail != "und" else None
    return None if rest is None else hundreds * 100 + rest


@lru_cache(maxsize=4096)
def cardinal_value(word: str) -> int | None:
    """The value of a German cardinal number word below one million, or None.

    Only the plain (uninflected) form counts: "drei", "zwanzig", "hundertzwanzig",
    "zweitausend". "ein", "eins" and "eine" are not read (article or pronoun, never a digit).
    """
    word = word.lower()
    if word in ("ein", "eins", "eine", "und"):
        return None
    head, sep, tail = word.partition("tausend")
    if not sep:
        return _below_thousand(word)
    thousands = 1 if not head else _below_thousand(head)
    if thousands is None:
        return None
    if not tail:
        return thousands * 1000
    rest = _below_thousand(tail.removeprefix("und")) if tail != "und" else None
    return None if rest is None else thousands * 1000 + rest


@lru_cache(maxsize=4096)
def roman_value(text: str) -> int | None:
    """The value of a Roman numeral written with I, V and X only (1 to 39), or None."""
    if not text or not _ROMAN.fullmatch(text):
        return None
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN_VALUES[char]
        if index + 1 < len(text) and _ROMAN_VALUES[text[index + 1]] > value:
            total -= value
        else:
            total += value
    return total


def format_digits(value: int) -> str:
    """Digits as German texts write them: 1000, 10.000 (a period groups from five digits on)."""
    return str(value) if value < 10_000 else german_number(value)
