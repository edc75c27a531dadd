"""Applying the safe suggestions: lexicon swaps, date and time formats, spelled-out abbreviations.

Only suggestions a rule marked ``safe`` are applied; passive rewrites and sentence splits
need a person. Overlapping changes are never combined: the first one (in text order) wins
and the rest wait for the next run. Numbers, dates, amounts, names and § references keep
their values; tests extract them before and after and compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .report import Report

__all__ = ["Change", "FixResult", "apply_safe_fixes", "fix"]


@dataclass(frozen=True, slots=True)
class Change:
    start: int  # offsets into the text before the fix
    end: int
    old: str
    new: str
    code: str
    rule: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "old": self.old,
            "new": self.new,
            "code": self.code,
            "rule": self.rule,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class FixResult:
    text: str
    changes: tuple[Change, ...]

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def apply_safe_fixes(text: str, report: Report) -> FixResult:
    """The text with every safe, non-overlapping replacement of the report applied."""
    candidates: list[Change] = []
    for finding in report.findings:
        for suggestion in finding.suggestions:
            if not suggestion.safe or suggestion.replacement is None:
                continue
            start = finding.start if suggestion.start is None else suggestion.start
            end = finding.end if suggestion.end is None else suggestion.end
            if text[start:end] != suggestion.replacement:
                candidates.append(
                    Change(start, end, text[start:end], suggestion.replacement, finding.code, finding.rule, suggestion.note)
                )
            break  # one fix per finding: the rule's first safe suggestion
    chosen: list[Change] = []
    for change in sorted(candidates, key=lambda c: (c.start, c.end)):
        if chosen and change.start < chosen[-1].end:
            continue
        chosen.append(change)
    pieces: list[str] = []
    last = 0
    for change in chosen:
        pieces += [text[last : change.start], change.new]
        last = change.end
    pieces.append(text[last:])
    return FixResult("".join(pieces), tuple(chosen))


def fix(text: str, **settings: Any) -> FixResult:
    """Check ``text`` (same keyword arguments as :func:`einfach.check`) and apply the safe fixes.

    >>> fix("Bitte melden Sie sich unverzüglich.").text
    'Bitte melden Sie sich sofort.'
    """
    from .checker import check

    return apply_safe_fixes(text, check(text, **settings))
