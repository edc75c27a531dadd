"""Text helpers the plan rules share: every field with its path, word search with offsets, dates.

Kept here so that PL103 and PL105 agree on what a date is, and PL108-PL110 find words the same
way (offsets into the field's own text, as language findings have them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ... import langdata
from ..model import Kooperationsplan
from ..report import PlanFinding
from .base import PlanRule

__all__ = [
    "Hit",
    "all_texts",
    "date_pattern",
    "find",
    "hit_finding",
    "is_placeholder",
    "time_pattern",
    "word_pattern",
]


def all_texts(plan: Kooperationsplan) -> Iterator[tuple[str, str]]:
    """(path, text) of every text field, the reader's fields first, then names and the rest.

    Forbidden content (sanctions, signatures, private data) can hide in any field, not only
    in those the language check reads.
    """
    yield from plan.texts()
    yield "jobcenter", plan.jobcenter
    yield "issuer", plan.issuer
    yield "person", plan.person
    for index, occupation in enumerate(plan.goal.occupations):
        yield f"plan.occupations[{index}]", occupation
    for index, step in enumerate(plan.steps):
        yield f"way[{index}].actor", step.actor
    for index, item in enumerate(plan.support.items):
        yield f"support.items[{index}].provider", item.provider
    optional = {
        "review_reason": plan.review_reason,
        "appointment.exception_reason": plan.appointment.exception_reason,
        "contact.name": plan.contact.name,
        "contact.phone": plan.contact.phone,
        "contact.email": plan.contact.email,
        "contact.address": plan.contact.address,
    }
    yield from ((path, text) for path, text in optional.items() if text)


@dataclass(frozen=True, slots=True)
class Hit:
    """One match in one field: offsets into that field's text and the label of the pattern."""

    path: str
    start: int
    end: int
    text: str
    label: str


def find(patterns: Iterable[tuple[str, re.Pattern[str]]], fields: Iterable[tuple[str, str]]) -> Iterator[Hit]:
    """Every match of the labelled patterns, field by field in order; of overlapping hits the first, longest one."""
    compiled = tuple(patterns)
    for path, text in fields:
        hits = sorted(
            (Hit(path, m.start(), m.end(), m.group(), label) for label, pattern in compiled for m in pattern.finditer(text)),
            key=lambda hit: (hit.start, -hit.end),
        )
        covered = -1
        for hit in hits:
            if hit.start >= covered:
                yield hit
                covered = hit.end


def hit_finding(rule: PlanRule, hit: Hit, message: str, *, show_text: bool = True) -> PlanFinding:
    """A finding on the hit's field and offsets; ``show_text=False`` keeps private values out of reports."""
    return PlanFinding(
        hit.path,
        rule.code,
        rule.name,
        rule.severity,
        message,
        start=hit.start,
        end=hit.end,
        text=hit.text if show_text else None,
        data={"kind": hit.label},
    )


def word_pattern(*alternatives: str, flags: int = 0) -> re.Pattern[str]:
    """A regex for whole words (letters, digits, "§" and "_" never glued on either side)."""
    return re.compile(rf"(?<![\w§])(?:{'|'.join(alternatives)})(?!\w)", flags)


_WEEKDAYS = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
_UNITS = rf"tag|tage|tagen|woche|wochen|monat|monate|monaten|monats|quartal|jahr|jahre|jahren|{_WEEKDAYS}"
_NUMBER_WORDS = r"\d+|ein|eine|einem|einer|zwei|drei|vier|fünf|sechs"


@cache
def date_pattern() -> re.Pattern[str]:
    """A calendar date: "3.3.2026", "2026-03-03", "3. März", a month or a weekday ("im Februar")."""
    months = "|".join(sorted(langdata.months(), key=len, reverse=True))
    return word_pattern(
        r"\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?",
        r"\d{4}-\d{2}-\d{2}",
        rf"(?:\d{{1,2}}\.\s?)?(?:{months})(?:\s\d{{4}})?",
        rf"(?:{_WEEKDAYS})s?",
        flags=re.IGNORECASE,
    )


@cache
def time_pattern() -> re.Pattern[str]:
    """When or how often: a date, a frequency ("jede Woche", "2-mal"), a near time ("nächste Woche") or a year."""
    return re.compile(
        "|".join(
            (
                date_pattern().pattern,
                word_pattern(
                    rf"(?:jede[nmrs]?|pro|je|alle\s(?:{_NUMBER_WORDS}))\s(?:{_UNITS})",
                    r"täglich|wöchentlich|monatlich|jährlich|werktags",
                    rf"(?:{_NUMBER_WORDS})\s?-?mal",
                    r"heute|morgen|übermorgen|sofort",
                    rf"(?:diese[nmrs]?|nächste[nmrs]?|kommende[nmrs]?)\s(?:{_UNITS})",
                    rf"in\s(?:{_NUMBER_WORDS})\s(?:{_UNITS})",
                    r"(?:bis\s)?(?:ende|mitte|anfang)\s(?:de[rs]\s)?\w+",
                    r"20\d\d",
                ).pattern,
            )
        ),
        re.IGNORECASE,
    )


#: Words that only give a title or a kind of office, not a name: "Frau", "Jobcenter".
_TITLE_WORDS = frozenset(
    {"frau", "herr", "herrn", "dr.", "prof.", "jobcenter", "ansprechperson", "ansprechpartner", "ansprechpartnerin"}
)
_PLACEHOLDER = re.compile(
    r"x+|n\.?n\.?|[.…_\-–?*/]+|name|vorname|nachname|platzhalter|muster\w*|beruf|todo|tbd|<.*>|\[.*\]|\{.*\}",
    re.IGNORECASE,
)


def is_placeholder(value: str, *, name: bool = False) -> bool:
    """True for template text ("XX", "N.N.", "..."); for a ``name`` also for titles alone ("Frau ...", "Jobcenter")."""
    words = re.sub(r"\bN\.\s+N\.", "N.N.", value).split()
    if name:
        words = [word for word in words if word.lower() not in _TITLE_WORDS]
    return all(_PLACEHOLDER.fullmatch(word) for word in words)
