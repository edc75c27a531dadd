"""What every rule is: a stable code, a kebab-case name, typed options and a check.

A rule gets one measured sentence (:mod:`einfach.measures.sentence`) and its options and
yields findings. It measures nothing itself; it compares numbers with thresholds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion

__all__ = ["CheckContext", "Rule", "make_finding"]


@dataclass(frozen=True, slots=True)
class CheckContext:
    text: str


class Rule(Protocol):
    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]  # one plain German line for "einfach rules"
    Options: ClassVar[type]

    def check(self, sentence: MeasuredSentence, options: Any, context: CheckContext) -> Iterator[Finding]: ...


def make_finding(
    rule: Rule,
    context: CheckContext,
    sentence: MeasuredSentence,
    start: int,
    end: int,
    severity: Severity,
    message: str,
    suggestions: tuple[Suggestion, ...] = (),
    **data: Any,
) -> Finding:
    """A finding whose text is read from the original text, so offsets and text always agree."""
    return Finding(
        code=rule.code,
        rule=rule.name,
        severity=severity,
        start=start,
        end=end,
        text=context.text[start:end],
        message=message,
        suggestions=suggestions,
        data=data,
        sentence=sentence.index,
    )
