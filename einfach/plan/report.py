"""Results of a plan check: findings on field paths and a summary for the caseworker."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..report import Finding, Report, Severity, Suggestion

__all__ = ["PlanFinding", "PlanReport", "PlanSummary"]


@dataclass(frozen=True, slots=True)
class PlanFinding:
    """A finding in one field of the plan (``way[1].text``), or on the whole plan (``path == ""``).

    Language findings keep the core finding; ``start``/``end`` are offsets into that field's text.
    """

    path: str
    code: str
    rule: str
    severity: Severity
    message: str
    start: int | None = None
    end: int | None = None
    text: str | None = None
    suggestions: tuple[Suggestion, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)
    fingerprint: str = ""  # the core finding's, for language findings

    @classmethod
    def from_language(cls, path: str, finding: Finding) -> PlanFinding:
        return cls(
            path=path,
            code=finding.code,
            rule=finding.rule,
            severity=finding.severity,
            message=finding.message,
            start=finding.start,
            end=finding.end,
            text=finding.text,
            suggestions=finding.suggestions,
            data=finding.data,
            fingerprint=finding.fingerprint,
        )

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        return {
            "path": self.path,
            "code": self.code,
            "rule": self.rule,
            "severity": str(self.severity),
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "text": self.text if include_text else None,
            "suggestions": [
                s.to_dict() if include_text else {**s.to_dict(), "replacement": None, "note": None} for s in self.suggestions
            ],
        }


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """What a caseworker reads first: ready or not, and the few things to do."""

    ready: bool  # no error and no warning
    errors: int
    warnings: int
    suggestions: int
    level: str | None  # language level of the plan's text, as in Report.document.level
    headline: str  # one plain German sentence

    def to_dict(self) -> dict[str, Any]:
        return {
            "ready": self.ready,
            "errors": self.errors,
            "warnings": self.warnings,
            "suggestions": self.suggestions,
            "level": self.level,
            "headline": self.headline,
        }


@dataclass(frozen=True, slots=True)
class PlanReport:
    findings: tuple[PlanFinding, ...]  # plan rules first, then language findings in reading order
    language: Report  # the core report of all text fields read as one document (blank lines between)
    summary: PlanSummary
    version: str
    data_version: str

    def at_least(self, severity: Severity) -> tuple[PlanFinding, ...]:
        return tuple(f for f in self.findings if f.severity.rank >= severity.rank)

    def for_path(self, path: str) -> tuple[PlanFinding, ...]:
        return tuple(f for f in self.findings if f.path == path)

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        return {
            "einfach_version": self.version,
            "data_version": self.data_version,
            "summary": self.summary.to_dict(),
            "findings": [f.to_dict(include_text=include_text) for f in self.findings],
            "document": self.language.document.to_dict(),
        }
