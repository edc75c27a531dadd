"""ES404 time-format: times written "9:30 Uhr".

LS Baden-Württemberg and DIN 5008 write "9:30 Uhr": hours without a leading zero, a colon
(not the Swiss "9.30 Uhr" of MUCGPT), and the word "Uhr". Kinds (``data["kind"]``):
leading-zero ("09:30"), period ("9.30 Uhr"), missing-uhr ("9:30" alone, option
``require_uhr``), h-unit ("um 9 h"), zero-minutes ("14:00 Uhr" -> "14 Uhr", option
``drop_zero_minutes``). The first part of a range ("9:30 bis 12:00 Uhr") needs no "Uhr";
durations ("1:30 Stunden", "20 h pro Woche") are no times.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..analysis.model import Token
from ..analysis.tokens import Kind
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

_TIME = re.compile(r"(?P<hour>\d{1,2})(?P<sep>[:.])(?P<minute>\d{2})")
_HOUR_H = re.compile(r"(?P<hour>\d{1,2})h")
_RANGE_WORDS = frozenset({"bis", "-", "–", "und"})
_DURATION_WORDS = frozenset({"stunden", "stunde", "std.", "std", "minuten", "minute", "min", "min."})
_CLOCK_BEFORE = frozenset({"um", "ab", "gegen", "bis", "von"})
_HOUR_BEFORE = frozenset({"um", "ab", "gegen"})  # "bis 20 h" may be a duration
_RATIO_BEFORE = frozenset({"verhältnis", "maßstab"})

_MESSAGES = {
    "leading-zero": "Uhrzeit ohne Null vorne: 9:30 Uhr.",
    "period": "Uhrzeit mit Doppelpunkt: 9:30 Uhr.",
    "missing-uhr": "Schreiben Sie „Uhr“ nach der Uhrzeit.",
    "h-unit": "Schreiben Sie „Uhr“ statt „h“.",
    "zero-minutes": "Kürzer und klarer: 14 Uhr.",
}


@dataclass(frozen=True, slots=True)
class TimeFormatOptions:
    severity: Severity = Severity.WARNING
    require_uhr: bool = True
    drop_zero_minutes: bool = False  # DIN 5008 allows "14:00 Uhr"; "14 Uhr" is shorter


class TimeFormat:
    code: ClassVar[str] = "ES404"
    name: ClassVar[str] = "time-format"
    summary: ClassVar[str] = "Uhrzeit so schreiben: 9:30 Uhr."
    Options: ClassVar[type] = TimeFormatOptions

    def check(self, sentence: MeasuredSentence, options: TimeFormatOptions, context: CheckContext) -> Iterator[Finding]:
        if not context.has_digit(sentence):
            return
        tokens = sentence.sentence.tokens
        for index, token in enumerate(tokens):
            if token.kind is Kind.TIME:
                found = _clock_time(tokens, index, options)
            elif token.kind in (Kind.NUMBER, Kind.WORD) and token.text[:1].isdigit():
                found = _hour_only(tokens, index)
            else:
                continue
            if found is None:
                continue
            kinds, end, replacement, safe = found
            kind = kinds[0]
            note = (
                f"Schreiben Sie: {replacement}"
                if safe
                else f"Schreiben Sie: {replacement}. Prüfen Sie, ob eine Uhrzeit gemeint ist."
            )
            yield make_finding(
                self,
                context,
                sentence,
                token.start,
                end,
                options.severity,
                _MESSAGES[kind],
                (Suggestion(note, replacement=replacement, safe=safe),),
                kind=kind,
                problems=len(kinds),
            )


_Found = tuple[tuple[str, ...], int, str, bool]


def _lower(tokens: tuple[Token, ...], index: int) -> str:
    return tokens[index].text.lower() if 0 <= index < len(tokens) else ""


def _clock_time(tokens: tuple[Token, ...], index: int, options: TimeFormatOptions) -> _Found | None:
    token = tokens[index]
    match = _TIME.fullmatch(token.text)
    if match is None or _lower(tokens, index - 1) in _RATIO_BEFORE:
        return None
    hour, minute = int(match["hour"]), match["minute"]
    following = _lower(tokens, index + 1)
    if following in _DURATION_WORDS:
        return None  # "1:30 Stunden"
    in_range = following in _RANGE_WORDS and index + 2 < len(tokens) and tokens[index + 2].kind is Kind.TIME
    has_uhr = tokens[index + 1].text == "Uhr" if index + 1 < len(tokens) else False
    uhr_follows = has_uhr or (in_range and index + 3 < len(tokens) and tokens[index + 3].text == "Uhr")
    h_unit = following == "h" and (tokens[index + 1].start == token.end or _lower(tokens, index - 1) in _CLOCK_BEFORE)
    if following == "h" and not h_unit:
        return None  # "dauert 1:30 h": a duration
    kinds: list[str] = []
    if len(match["hour"]) == 2 and match["hour"].startswith("0"):
        kinds.append("leading-zero")
    if match["sep"] == ".":
        kinds.append("period")
    written = f"{hour}:{minute}"
    if options.drop_zero_minutes and minute == "00" and (uhr_follows or h_unit or options.require_uhr):
        written = str(hour)
        kinds.append("zero-minutes")
    if h_unit:
        return (("h-unit", *kinds), tokens[index + 1].end, f"{written} Uhr", False)
    if not uhr_follows and not in_range and options.require_uhr:
        return ((*kinds, "missing-uhr"), token.end, f"{written} Uhr", True)
    if not kinds:
        return None
    return (tuple(kinds), token.end, written, True)


def _hour_only(tokens: tuple[Token, ...], index: int) -> _Found | None:
    """ "um 9 h", "ab 9h", "09 Uhr"."""
    token = tokens[index]
    following = _lower(tokens, index + 1)
    if token.kind is Kind.NUMBER and token.text.isdigit() and len(token.text) <= 2 and int(token.text) <= 24:
        hour = int(token.text)
        if following == "uhr" and tokens[index + 1].text == "Uhr" and token.text.startswith("0") and len(token.text) == 2:
            return (("leading-zero",), token.end, str(hour), True)
        if following == "h" and _lower(tokens, index - 1) in _HOUR_BEFORE:
            return (("h-unit",), tokens[index + 1].end, f"{hour} Uhr", False)
        return None
    match = _HOUR_H.fullmatch(token.text)
    if token.kind is Kind.WORD and match and int(match["hour"]) <= 24 and _lower(tokens, index - 1) in _HOUR_BEFORE:
        return (("h-unit",), token.end, f"{int(match['hour'])} Uhr", False)
    return None
