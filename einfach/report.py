"""Results: frozen dataclasses and their JSON-ready form.

``Report.to_dict()`` is the wire format other tools build on (docs/api.md). Offsets are
Python string indices into the original text and ``text[start:end] == finding.text``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "SCHEMA_VERSION",
    "DocumentScore",
    "Finding",
    "Level",
    "Report",
    "SentenceScore",
    "Severity",
    "Suggestion",
    "Suppressed",
    "redacted_data",
]

#: Version of the dictionary layout produced by ``Report.to_dict()``.
SCHEMA_VERSION = "1.2"  # 1.1: sentences carry "statements"; 1.2: fingerprints, "suppressed", "safe" fixes


class Severity(StrEnum):
    SUGGESTION = "suggestion"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_ORDER = (Severity.SUGGESTION, Severity.WARNING, Severity.ERROR)
_RANKS = {severity: rank for rank, severity in enumerate(_ORDER)}


class Level(StrEnum):
    LEICHT = "leicht"
    EINFACH = "einfach"
    STANDARD = "standard"
    SCHWER = "schwer"

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]


_LEVEL_LABELS = {
    Level.LEICHT: "nahe an Leichter Sprache",
    Level.EINFACH: "Einfache Sprache",
    Level.STANDARD: "Standard",
    Level.SCHWER: "schwer",
}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A concrete replacement, or only a note when no replacement can be computed.

    The replacement applies to ``text[start:end]``; ``start``/``end`` are None when that is the
    finding's own span (a passive finding marks "werden ... übernommen" but its active
    rewrite replaces the whole sentence).
    """

    note: str
    replacement: str | None = None
    safe: bool = False  # safe to apply without a person looking at it
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"replacement": self.replacement, "note": self.note, "safe": self.safe, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    rule: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[Suggestion, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)
    sentence: int = -1  # index into Report.sentences
    fingerprint: str = ""  # stable id for suppressions and baselines (einfach.rules.base.fingerprint)

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        suggestions = [s.to_dict() for s in self.suggestions]
        if not include_text:
            suggestions = [{**s, "replacement": None, "note": None} for s in suggestions]
        return {
            "code": self.code,
            "rule": self.rule,
            "severity": str(self.severity),
            "start": self.start,
            "end": self.end,
            "text": self.text if include_text else None,
            "message": self.message,
            "suggestions": suggestions,
            "data": redacted_data(self.data) if not include_text else dict(self.data),
            "sentence": self.sentence,
            "fingerprint": self.fingerprint,
        }


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A finding that was switched off on purpose, and why: kept so audits can see it."""

    finding: Finding
    reason: str
    source: str  # "inline" (comment before the sentence), "file" (comment for the whole file) or "api"

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """Without text, a reason written in the checked file (a comment) is left out too."""
        reason = self.reason if include_text or self.source == "api" else None
        return {"reason": reason, "source": self.source, "finding": self.finding.to_dict(include_text=include_text)}


def redacted_data(data: Mapping[str, Any]) -> dict[str, Any]:
    """Numbers, booleans and rule-made labels stay; words from the text go."""
    return {key: value for key, value in data.items() if isinstance(value, bool | int | float) or key == "kind"}


@dataclass(frozen=True, slots=True)
class SentenceScore:
    start: int
    end: int
    text: str
    words: int
    syllables: int
    rare_words: int
    compounds: int
    passives: tuple[str, ...]
    statements: int
    difficulty: float
    contributions: Mapping[str, float]

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text if include_text else None,
            "words": self.words,
            "syllables": self.syllables,
            "rare_words": self.rare_words,
            "compounds": self.compounds,
            "passives": list(self.passives),
            "statements": self.statements,
            "difficulty": self.difficulty,
            "contributions": dict(self.contributions),
        }


@dataclass(frozen=True, slots=True)
class DocumentScore:
    words: int
    sentences: int
    syllables: int
    difficulty: float | None
    flesch_amstad: float | None
    wiener_sachtextformel: Mapping[str, float | None]
    level: Level | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "sentences": self.sentences,
            "syllables": self.syllables,
            "difficulty": self.difficulty,
            "flesch_amstad": self.flesch_amstad,
            "wiener_sachtextformel": dict(self.wiener_sachtextformel),
            "level": str(self.level) if self.level else None,
            "level_label": self.level.label if self.level else None,
        }


@dataclass(frozen=True, slots=True)
class Report:
    profile: str
    document: DocumentScore
    sentences: tuple[SentenceScore, ...]
    findings: tuple[Finding, ...]
    version: str
    data_version: str
    text_length: int
    suppressed: tuple[Suppressed, ...] = ()

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """JSON-ready data; ``include_text=False`` leaves out every piece of the checked text."""
        return {
            "schema_version": SCHEMA_VERSION,
            "einfach_version": self.version,
            "data_version": self.data_version,
            "profile": self.profile,
            "text_length": self.text_length,
            "document": self.document.to_dict(),
            "sentences": [s.to_dict(include_text=include_text) for s in self.sentences],
            "findings": [f.to_dict(include_text=include_text) for f in self.findings],
            "suppressed": [s.to_dict(include_text=include_text) for s in self.suppressed],
        }

    def at_least(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity.rank >= severity.rank)
