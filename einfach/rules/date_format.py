"""ES403 date-format: dates with the month written out ("3. März 2026").

LS Baden-Württemberg and MUCGPT write the month as a word and the day without a leading
zero; DIN 5008 allows both forms, so the standard profile only suggests it. Reported: dates
in digits ("03.03.2026", "3.3.26", "03.03.") and ISO dates ("2026-03-03"). The replacement
keeps day, month and year and is safe when the year has four digits or is absent; a
two-digit year is read as 20yy but needs a person to confirm it. Impossible dates
("31.02.2026") get no replacement. Numbers after "Abschnitt", "Kapitel", "Nr." … are section
numbers, not dates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..analysis.tokens import Kind
from ..errors import ConfigError
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from ..suggest.german import MONTHS
from .base import CheckContext, make_finding

_DOTTED = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})(?:\.(?P<year>\d{4}|\d{2})?)?")
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
# Words before a number like "1.2." that make it a section number, not a date.
_SECTION_WORDS = frozenset(
    [
        "abschnitt",
        "kapitel",
        "punkt",
        "nr.",
        "nummer",
        "ziffer",
        "absatz",
        "abs.",
        "teil",
        "seite",
        "s.",
        "anlage",
        "version",
        "tabelle",
        "abbildung",
        "randnummer",
        "rn.",
        "tz.",
        "folie",
        "gliederungspunkt",
        "kap.",
        "abb.",
        "tab.",
    ]
)


@dataclass(frozen=True, slots=True)
class DateFormatOptions:
    severity: Severity = Severity.WARNING
    month_names: tuple[str, ...] = MONTHS

    def __post_init__(self) -> None:
        if len(self.month_names) != 12 or not all(name.strip() for name in self.month_names):
            raise ConfigError("Option 'month_names' der Regel 'date-format' braucht genau 12 Monatsnamen.")


@dataclass(frozen=True, slots=True)
class _Date:
    day: int
    month: int
    year: int | None
    year_digits: int  # 0 (no year), 2 or 4


def _valid(date: _Date) -> bool:
    if not 1 <= date.month <= 12 or date.day < 1:
        return False
    year = date.year if date.year is not None else 2024  # without a year, 29 February is possible
    return date.day <= calendar.monthrange(year, date.month)[1]


def _read(text: str, kind: Kind) -> _Date | None:
    if kind is Kind.DATE:
        match = _DOTTED.fullmatch(text)
        if match is None:
            return None
        year_text = match["year"] or ""
        year = None
        if len(year_text) == 4:
            year = int(year_text)
        elif len(year_text) == 2:
            year = 2000 + int(year_text)
        return _Date(int(match["day"]), int(match["month"]), year, len(year_text))
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    return _Date(int(match["day"]), int(match["month"]), int(match["year"]), 4)


class DateFormat:
    code: ClassVar[str] = "ES403"
    name: ClassVar[str] = "date-format"
    summary: ClassVar[str] = "Datum mit Monatsnamen schreiben: 3. März 2026."
    Options: ClassVar[type] = DateFormatOptions

    def check(self, sentence: MeasuredSentence, options: DateFormatOptions, context: CheckContext) -> Iterator[Finding]:
        if not context.has_digit(sentence):
            return
        tokens = sentence.sentence.tokens
        for index, token in enumerate(tokens):
            if token.kind is Kind.DATE:
                date = _read(token.text, Kind.DATE)
            elif token.kind is Kind.WORD and token.text[:1].isdigit() and len(token.text) == 10:
                date = _read(token.text, Kind.WORD)  # the tokenizer makes "2026-03-03" a word
            else:
                continue
            if date is None:
                continue
            if index > 0 and tokens[index - 1].text.lower() in _SECTION_WORDS:
                continue  # "Abschnitt 1.2."
            yield make_finding(
                self,
                context,
                sentence,
                token.start,
                token.end,
                options.severity,
                "Datum: Schreiben Sie den Monat als Wort, etwa 3. März 2026.",
                (_suggestion(date, options.month_names),),
                kind="iso" if token.kind is Kind.WORD else "digits",
                year_digits=date.year_digits,  # not the date itself: a birth date must not reach a report
                valid=_valid(date),
            )


def _suggestion(date: _Date, months: tuple[str, ...]) -> Suggestion:
    if not _valid(date):
        return Suggestion("Dieses Datum gibt es nicht. Prüfen Sie Tag und Monat.")
    written = f"{date.day}. {months[date.month - 1]}"
    if date.year is not None:
        written += f" {date.year}"
    if date.year_digits == 2:
        return Suggestion(f"Schreiben Sie: {written}. Prüfen Sie das Jahr: Ist {date.year} gemeint?", replacement=written)
    return Suggestion(f"Schreiben Sie: {written}", replacement=written, safe=True)
