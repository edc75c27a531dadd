"""Tokenisation for administrative German.

A single left-to-right scan with one master regular expression. Decisions that need context
are taken in the scan itself, where the neighbouring text is at hand:

* "z. B.", "i. V. m.", "Nr.", "Kunden-Nr.", "Hauptstr." keep their periods (one token each);
* "3." is an ordinal before a month, a lower-case word, or after "am/im/der ..." ("im 3. Jahr"),
  and a number plus sentence end otherwise ("in Raum 12. Kommen Sie ...");
* dates (01.03.2026), times (9:30), phone numbers (0621 123 45 67), amounts (1.234,56),
  URLs and e-mail addresses are one token each;
* "-", "•", "1.", "2)", "a)", "(1)" at the start of a line are list markers.

Tokens cover the text without gaps, so offsets are exact string indices into the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache

from .. import langdata
from ..normalize import compact

__all__ = ["Kind", "RawToken", "classify", "scan"]


class Kind(StrEnum):
    SPACE = "space"
    WORD = "word"
    NUMBER = "number"
    ORDINAL = "ordinal"
    DATE = "date"
    TIME = "time"
    PHONE = "phone"
    URL = "url"
    EMAIL = "email"
    ABBREVIATION = "abbreviation"
    LIST_MARKER = "list_marker"
    PUNCT = "punct"


@dataclass(frozen=True, slots=True)
class RawToken:
    start: int
    end: int
    kind: Kind


_SPACE = r"(?P<space>\s+)"
_URL = r"(?P<url>(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]}'])"
_EMAIL = r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
_DATE = r"(?P<date>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d{2})?(?![\d]))"
_TIME = r"(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d(?=\s*Uhr\b)|(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))"
_PHONE = (
    r"(?P<phone>(?:\+\d{1,3}[ ]?(?:\(0\)[ ]?)?\d{2,5}|\(0\d{2,5}\)|0\d{2,5})"
    r"(?:[ /-]?\d{2,}){1,5}(?:-\d{1,4})?(?![\d.,]\d))"
)
_NUMBER = r"(?P<number>\d+(?:[.,]\d+)*(?!\w|[-\u2010]\w))"
_WORD = (
    r"(?P<word>\w[\w\u00ad\u0300-\u036f\u200c\u200d]*"
    r"(?:[-\u2010'\u2019\u00b7][\w\u0300-\u036f]+)*"
    r"(?:[*:](?:innen|in)(?!\w))?"
    r"(?:-(?=[\s,/]))?)"
)
_ELLIPSIS = r"(?P<ellipsis>\.\.\.+|…)"
_OTHER = r"(?P<punct>.)"

_LIST_MARKER = re.compile(r"(?:[-*•–·▪◦‣>]|\d{1,3}[a-z]?[.)]|[a-z]\)|\(\d{1,3}[a-z]?\)|\([a-z]\))(?=[ \t])")
_NEXT_WORD = re.compile(r"(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)(§|\d|[^\W\d_][\w]*)")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")


@cache
def _master() -> re.Pattern[str]:
    parts = sorted(
        (a.text for a in langdata.abbreviations().values() if a.text.count(".") > 1),
        key=len,
        reverse=True,
    )
    multi = "|".join(r"\.[ \u00a0]?".join(re.escape(piece.strip()) for piece in text.split(".")[:-1]) + r"\." for text in parts)
    abbrev = rf"(?P<abbrev>(?:{multi})(?!\w))" if multi else r"(?P<abbrev>(?!))"
    return re.compile(
        "|".join((_SPACE, abbrev, _URL, _EMAIL, _DATE, _TIME, _PHONE, _NUMBER, _WORD, _ELLIPSIS, _OTHER)),
        re.DOTALL,
    )


@cache
def _single_abbreviations() -> frozenset[str]:
    return frozenset(key for key in langdata.abbreviations() if key.count(".") == 1)


def _is_abbreviation(word: str) -> bool:
    """``word`` is a word with its final period, e.g. "Nr." or "Kunden-Nr."."""
    known = _single_abbreviations()
    if word in known:
        return True
    if "-" in word and word.rsplit("-", 1)[1] in known:
        return True
    return len(word) > 5 and word.lower().endswith("str.")


def _next_word(text: str, pos: int) -> str | None:
    match = _NEXT_WORD.match(text, pos)
    return match.group(1) if match else None


def _is_ordinal(text: str, number: str, previous: str | None, after_period: int) -> bool:
    """Decide whether "<number>." is an ordinal from the words around it."""
    if len(number) > 3:
        return False
    following = _next_word(text, after_period)
    if following is None or following == "§" or following[0].isdigit():
        return False
    if following in langdata.months() or following.lower() in langdata.months():
        return True
    if following[0].islower():
        return True
    if following in langdata.sentence_start_words():
        return False
    return previous is not None and previous.lower() in langdata.ordinal_introducers()


def _starts_sentence(word: str | None) -> bool:
    return word is not None and word in langdata.sentence_start_words()


def _is_initial(text: str, letter_end: int) -> bool:
    """A single capital letter plus period before a name: "A. Müller"."""
    following = _next_word(text, letter_end + 1)
    return following is not None and following[0].isupper() and following not in langdata.sentence_start_words()


def scan(text: str) -> list[RawToken]:
    """Split ``text`` into tokens that cover it completely."""
    master = _master()
    tokens: list[RawToken] = []
    previous_word: str | None = None
    line_start = True
    pos, size = 0, len(text)
    while pos < size:
        match = master.match(text, pos)
        assert match is not None  # the last alternative matches any character
        group = match.lastgroup
        if line_start and group not in ("space", "abbrev"):
            marker = _LIST_MARKER.match(text, pos)
            if marker and not (
                marker.group().endswith(".") and (_next_word(text, marker.end()) or "").lower() in langdata.months()
            ):
                tokens.append(RawToken(pos, marker.end(), Kind.LIST_MARKER))
                previous_word, line_start, pos = marker.group(), False, marker.end()
                continue
        end = match.end()
        kind: Kind
        if group == "space":
            kind = Kind.SPACE
            line_start = line_start or any(char in _LINE_BREAKS for char in match.group())
        elif group == "abbrev":
            kind = Kind.ABBREVIATION
        elif group == "word":
            kind = Kind.WORD
            if end < size and text[end] == ".":
                word = text[pos:end]
                if _is_abbreviation(word + ".") or (len(word) == 1 and word.isupper() and _is_initial(text, end)):
                    kind, end = Kind.ABBREVIATION, end + 1
        elif group == "number":
            kind = Kind.NUMBER
            if end < size and text[end] == "." and _is_ordinal(text, match.group(), previous_word, end + 1):
                kind, end = Kind.ORDINAL, end + 1
        elif group in ("url", "email", "date", "time", "phone"):
            kind = Kind(group)
            if kind is Kind.DATE and text[end - 1] == "." and _starts_sentence(_next_word(text, end)):
                end -= 1  # "am 15.03. Bitte kommen Sie": the period ends the sentence
        else:
            kind = Kind.PUNCT
        tokens.append(RawToken(pos, end, kind))
        if kind is not Kind.SPACE:
            previous_word, line_start = text[pos:end], False
        pos = end
    return tokens


_WHOLE = {
    Kind.URL: re.compile(_URL),
    Kind.EMAIL: re.compile(_EMAIL),
    Kind.DATE: re.compile(_DATE),
    Kind.TIME: re.compile(_TIME),
    Kind.PHONE: re.compile(_PHONE),
    Kind.NUMBER: re.compile(_NUMBER),
}
_ORDINAL = re.compile(r"\d{1,3}\.")


@lru_cache(maxsize=65536)
def classify(token_text: str) -> Kind:
    """Kind of a token produced by any tokenizer (used for pipelines that are not einfach's)."""
    if not token_text or token_text.isspace():
        return Kind.SPACE
    if compact(token_text) in langdata.abbreviations() or (token_text.endswith(".") and _is_abbreviation(token_text)):
        return Kind.ABBREVIATION
    if _ORDINAL.fullmatch(token_text):
        return Kind.ORDINAL
    for kind, pattern in _WHOLE.items():
        if pattern.fullmatch(token_text):
            return kind
    if any(char.isalnum() for char in token_text):
        return Kind.WORD
    return Kind.PUNCT
