"""check_plan: the language check on every text field, plus the plan rules.

The text fields are read as one document in reading order, separated by blank lines (always a
sentence boundary), so rules that look at the whole text (a legal term explained once, one word
for one thing) see the plan as its reader does. Each finding is mapped back to its field path
with offsets into that field's text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from .._version import __version__
from ..checker import Checker
from ..errors import ConfigError
from ..report import Report, Severity
from ..resources import data_version
from .model import Kooperationsplan
from .report import PlanFinding, PlanReport, PlanSummary
from .rules.registry import PLAN_RULES, plan_rule_by_key

__all__ = ["check_plan", "plan_document"]

_SEPARATOR = "\n\n"
#: "<!-- einfach: ignore -->" in a plan field would reach into the next field; in a plan, findings
#: are switched off with ``ignore`` (or a baseline), so such comments are blanked and do nothing.
_DIRECTIVE = re.compile(r"<!--\s*einfach\s*:.*?-->", re.IGNORECASE | re.DOTALL)


def plan_document(plan: Kooperationsplan) -> tuple[str, list[tuple[str, int, int]]]:
    """All text fields as one text, and (path, start, end) of each field in it."""
    pieces: list[str] = []
    spans: list[tuple[str, int, int]] = []
    offset = 0
    for path, text in plan.texts():
        spans.append((path, offset, offset + len(text)))
        pieces.append(_DIRECTIVE.sub(lambda m: " " * len(m.group()), text))
        offset += len(text) + len(_SEPARATOR)
    return _SEPARATOR.join(pieces), spans


def _split_keys(keys: Iterable[str]) -> tuple[list[str], set[str]]:
    """Core rule keys and plan rule codes from one list ("ES2", "review-due", "PL1")."""
    core: list[str] = []
    plan: set[str] = set()
    for key in keys:
        rule = plan_rule_by_key(key)
        if rule is not None:
            plan.add(rule.code)
        elif key.strip().upper().startswith("PL"):
            matched = {r.code for r in PLAN_RULES if r.code.lower().startswith(key.strip().lower())}
            if not matched:
                raise ConfigError(f"Keine Plan-Regel heißt {key!r}.")
            plan |= matched
        else:
            core.append(key)
    return core, plan


def check_plan(
    plan: Kooperationsplan,
    *,
    ignore: Iterable[str] = (),
    allow: Iterable[str] = (),
    severity: Mapping[str, str | Severity] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    one_page: bool = False,
) -> PlanReport:
    """Check a plan: language findings per field and the plan rules (PL codes).

    ``one_page=True`` also lays the plan out as PDF to see that it fits on one A4 page (PL113;
    needs the ``[pdf]`` extra and 50-110 ms, so it is asked for, not done on every keystroke).
    """
    core_ignore, plan_ignore = _split_keys(ignore)
    merged = {"compound-word": {"separator": plan.compound_separator}, **(options or {})}
    checker = Checker(plan.profile, merged, ignore=core_ignore, allow=allow, severity=severity)
    text, spans = plan_document(plan)
    language = checker.check(text)
    rules = [rule for rule in PLAN_RULES if rule.code not in plan_ignore and (one_page or not rule.needs_layout)]
    findings = [finding for rule in rules for finding in rule.check(plan)]
    findings += _without_sensitive_text(_language_findings(language, spans), findings)
    return PlanReport(
        findings=tuple(findings),
        language=language,
        summary=_summary(findings, language),
        version=__version__,
        data_version=data_version(),
    )


def _language_findings(report: Report, spans: list[tuple[str, int, int]]) -> list[PlanFinding]:
    """Core findings with the path of their field and offsets into that field's text."""
    starts = [start for _, start, _ in spans]
    mapped = []
    for finding in report.findings:
        path, offset, _end = spans[bisect_right(starts, finding.start) - 1]
        suggestions = tuple(
            s if s.start is None or s.end is None else replace(s, start=s.start - offset, end=s.end - offset)
            for s in finding.suggestions
        )
        mapped.append(
            replace(
                PlanFinding.from_language(path, finding),
                start=finding.start - offset,
                end=finding.end - offset,
                suggestions=suggestions,
            )
        )
    return mapped


def _without_sensitive_text(language: list[PlanFinding], plan_findings: list[PlanFinding]) -> list[PlanFinding]:
    """A language finding that covers data which does not belong in the plan (PL110: an IBAN, a
    diagnosis) must not repeat it: its text and suggestions are left out."""
    sensitive = [(f.path, f.start, f.end) for f in plan_findings if f.code == "PL110" and f.start is not None]
    if not sensitive:
        return language

    def covers(finding: PlanFinding) -> bool:
        return any(
            path == finding.path
            and finding.start is not None
            and finding.end is not None
            and finding.start < end
            and start < finding.end
            for path, start, end in sensitive
            if start is not None and end is not None
        )

    return [replace(f, text=None, suggestions=()) if covers(f) else f for f in language]


def _summary(findings: list[PlanFinding], language: Report) -> PlanSummary:
    counts = {severity: sum(1 for f in findings if f.severity is severity) for severity in Severity}
    errors, warnings = counts[Severity.ERROR], counts[Severity.WARNING]
    if errors:
        headline = f"Noch nicht fertig: Bitte zuerst {errors} Fehler ändern."
    elif warnings:
        headline = f"Fast fertig: {warnings} {'Hinweis' if warnings == 1 else 'Hinweise'} ansehen."
    else:
        headline = "Der Plan ist fertig und gut lesbar."
    level = language.document.level
    return PlanSummary(
        ready=not errors and not warnings,
        errors=errors,
        warnings=warnings,
        suggestions=counts[Severity.SUGGESTION],
        level=str(level) if level else None,
        headline=headline,
    )
