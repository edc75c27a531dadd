"""ES402 number-format: numbers as digits, not as words or Roman numerals.

Leichte Sprache writes every number as digits (Netzwerk Leichte Sprache, Inclusion Europe);
MUCGPT's Einfache-Sprache rules spell out numbers up to 12, but for the Kooperationsplan the
team chose digits always (domain.md §4.1). ``max_number_word``: number words up to this value
stay. Roman numerals ("Stufe III") become digits, except in citations and names ("SGB II",
"Teil III", "Ludwig XIV."). Kinds (``data["kind"]``): word, roman.

Not reported: "ein/eine/eins" (article or pronoun), number words inside other words
("zweimal", "dreijährig"), nouns ("eine Zwei" as a school mark), fractions ("zwei Drittel"),
clock phrases ("halb drei"), idioms (``data/grammar/number_word_idioms.txt``) and "acht"
in "Geben Sie acht".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from ..analysis.model import Token
from ..analysis.tokens import Kind
from ..errors import ConfigError
from ..measures.numbers import cardinal_value, format_digits, roman_value
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from ..resources import read_word_list
from .base import CheckContext, make_finding

_FRACTIONS = tuple(
    [
        "drittel",
        "viertel",
        "fünftel",
        "sechstel",
        "siebtel",
        "achtel",
        "neuntel",
        "zehntel",
        "zwölftel",
        "hundertstel",
        "tausendstel",
    ]
)
_VAGUE_BEFORE = frozenset(["einige", "mehrere", "viele", "paar", "etliche", "etlichen", "wenige"])  # "einige hundert Euro"
_SAFE_NEXT_TAGS = frozenset({"NN", "ADJA"})
_HEADING_END = frozenset({".", ")", ":"})


@cache
def _idioms() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in read_word_list("grammar/number_word_idioms.txt"))


@cache
def _roman_contexts() -> frozenset[str]:
    return frozenset(read_word_list("grammar/roman_numeral_contexts.txt"))


@dataclass(frozen=True, slots=True)
class NumberFormatOptions:
    severity: Severity = Severity.WARNING
    roman_numerals: bool = True
    max_number_word: int = 1  # number words above this value are reported (1: every number from 2 on)

    def __post_init__(self) -> None:
        if self.max_number_word < 1:
            raise ConfigError("Option 'max_number_word' der Regel 'number-format' muss mindestens 1 sein.")


class NumberFormat:
    code: ClassVar[str] = "ES402"
    name: ClassVar[str] = "number-format"
    summary: ClassVar[str] = "Zahlen als Ziffern schreiben: 3 statt drei, 2 statt II."
    Options: ClassVar[type] = NumberFormatOptions

    def check(self, sentence: MeasuredSentence, options: NumberFormatOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        first_word = next((i for i, t in enumerate(tokens) if t.kind is Kind.WORD), -1)
        shouting: bool | None = None
        for index, token in enumerate(tokens):
            if token.kind is not Kind.WORD or context.allows(token):
                continue
            value = cardinal_value(token.text) if token.text.isalpha() else None
            if value is not None:
                if value > options.max_number_word and _is_numeral(tokens, index, first_word, value):
                    yield self._word_finding(sentence, context, options, tokens, index, value)
                continue
            if not options.roman_numerals:
                continue
            roman = roman_value(token.text)
            if roman is None or len(token.text) < 2 or roman > 19:
                continue  # "I", "V", "X" alone are letters; "XX"/"XXX" are placeholders in templates
            if shouting is None:
                shouting = _mostly_capitals(tokens)
            if shouting or _roman_kept(tokens, index, first_word):
                continue
            digits = str(roman)
            yield make_finding(
                self,
                context,
                sentence,
                token.start,
                token.end,
                options.severity,
                f"Römische Zahl: Schreiben Sie {digits}.",
                (Suggestion(f"Schreiben Sie {digits}. Prüfen Sie, ob es ein Name ist.", replacement=digits),),
                kind="roman",
                value=roman,
            )

    def _word_finding(
        self,
        sentence: MeasuredSentence,
        context: CheckContext,
        options: NumberFormatOptions,
        tokens: tuple[Token, ...],
        index: int,
        value: int,
    ) -> Finding:
        token = tokens[index]
        digits = format_digits(value)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        safe = following is not None and following.kind is Kind.WORD and following.tag in _SAFE_NEXT_TAGS
        # HanTa tags units such as "Euro" as names (NE) now and then: safe when the number word itself is a cardinal
        safe = safe or (following is not None and following.kind is Kind.WORD and following.tag == "NE" and token.tag == "CARD")
        note = f"Schreiben Sie {digits}." if safe else f"Schreiben Sie {digits}, wenn eine Anzahl gemeint ist."
        return make_finding(
            self,
            context,
            sentence,
            token.start,
            token.end,
            options.severity,
            f"Zahlwort: Schreiben Sie die Ziffer {digits}.",
            (Suggestion(note, replacement=digits, safe=safe),),
            kind="word",
            value=value,
            limit=options.max_number_word,
        )


def _lower(tokens: tuple[Token, ...], index: int) -> str:
    return tokens[index].text.lower() if 0 <= index < len(tokens) else ""


def _is_numeral(tokens: tuple[Token, ...], index: int, first_word: int, value: int) -> bool:
    """The number word counts something (and is not a noun, a verb particle or part of an idiom)."""
    token = tokens[index]
    if token.text[0].isupper() and index != first_word:
        return False  # "eine Zwei", "Acht geben": a noun
    if token.tag.startswith("V") or token.tag == "PTKVZ":
        return False  # "Wir sieben die Unterlagen"
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    word = token.text.lower()
    if word == "acht" and (following is None or following.tag not in _SAFE_NEXT_TAGS):
        return False  # "Geben Sie acht (auf ...)"
    if following is not None and following.text.lower().startswith(_FRACTIONS):
        return False  # "zwei Drittel", "von zwei Dritteln"
    previous = _lower(tokens, index - 1)
    if previous == "halb" or (previous in ("nach", "vor") and _lower(tokens, index - 2) == "viertel"):
        return False
    if value in (100, 1000) and word in ("hundert", "tausend") and previous in _VAGUE_BEFORE:
        return False
    return not _in_idiom(tokens, index, word)


def _in_idiom(tokens: tuple[Token, ...], index: int, word: str) -> bool:
    for idiom in _idioms():
        for offset, part in enumerate(idiom):
            if part != word:
                continue
            begin = index - offset
            if begin >= 0 and all(_lower(tokens, begin + k) == idiom[k] for k in range(len(idiom))):
                return True
    return False


def _mostly_capitals(tokens: tuple[Token, ...]) -> bool:
    """A heading in capitals ("ABSCHNITT III: WAS SIE TUN MÜSSEN"): Roman-looking words are no numerals."""
    words = [t.text for t in tokens if t.kind is Kind.WORD and sum(c.isalpha() for c in t.text) >= 2]
    capitals = sum(1 for w in words if w.isupper() and roman_value(w) is None)
    return capitals >= 2 and capitals * 2 > len(words)


def _roman_kept(tokens: tuple[Token, ...], index: int, first_word: int) -> bool:
    """ "SGB II", "Teil III", "Ludwig XIV.", "Hartz IV", and "II." numbering a heading."""
    if index == first_word and index + 1 < len(tokens) and tokens[index + 1].text in _HEADING_END:
        return True
    if index == 0:
        return False
    previous = tokens[index - 1]
    if previous.text == "(" and index >= 2:
        previous = tokens[index - 2]  # "Zweites Buch (II)"
    if previous.text.lower() in _roman_contexts():
        return True
    letters = [c for c in previous.text if c.isalpha()]
    if previous.kind in (Kind.WORD, Kind.ABBREVIATION) and len(letters) >= 2 and all(c.isupper() for c in letters):
        return True  # an acronym: "SGB", "BGB", "BVG"
    if previous.text[:1].isupper() and previous.tag != "NN":
        return True  # a name (tagged NE, or XY when HanTa does not know it): "Ludwig XIV.", "Hartz IV"
    return any(t.text == "§" for t in tokens[max(0, index - 5) : index])
