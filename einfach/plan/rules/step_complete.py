"""PL105 step-complete: every step says who does what, and until when or how often.

A step is what a Verwaltungsakt under § 15a Abs. 2 SGB II may later refer to, so it must be
concrete: an actor, an action (a finite verb, from einfach's own tagging) and a time (a due date,
a quantity per period, or a date or frequency in the text). "Bewerbungen schreiben" has no finite
verb; "regelmäßig" is no time (domain.md §2: no vague time words).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ...analysis.analyze import analyze
from ...analysis.model import FINITE_TAGS, Sentence
from ...report import Severity
from ..model import Kooperationsplan, Step
from ..report import PlanFinding
from ._text import is_placeholder, time_pattern

_LABELS = {"actor": "wer es tut", "action": "was zu tun ist", "time": "bis wann oder wie oft"}
_PRONOUN_TAGS = frozenset({"PPER", "PRF", "PPOSAT", "PDS", "PIS"})


def _is_action(sentence: Sentence) -> bool:
    """A finite verb, but not a telegram-style infinitive ("Lebenslauf aktualisieren").

    HanTa tags a sentence-final "-en" verb as finite even without a subject; with no pronoun in
    the sentence such a verb is read as an infinitive.
    """
    words = [token for token in sentence.tokens if token.is_word]
    finite = [token for token in words if token.tag in FINITE_TAGS]
    if not finite:
        return False
    if len(finite) > 1 or finite[0] is not words[-1] or not finite[0].text.endswith("n"):
        return True
    return any(token.tag in _PRONOUN_TAGS for token in words)


def missing_parts(step: Step) -> list[str]:
    """Labels of what the step does not say: "actor", "action", "time"."""
    missing = []
    if is_placeholder(step.actor):
        missing.append("actor")
    if not any(_is_action(sentence) for sentence in analyze(step.text)):
        missing.append("action")
    if step.due is None and not (step.quantity and step.per) and not time_pattern().search(step.text):
        missing.append("time")
    return missing


class StepComplete:
    code: ClassVar[str] = "PL105"
    name: ClassVar[str] = "step-complete"
    summary: ClassVar[str] = "Jeder Schritt sagt: wer, was und bis wann oder wie oft."
    severity: ClassVar[Severity] = Severity.WARNING
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        for index, step in enumerate(plan.steps):
            missing = missing_parts(step)
            if missing:
                yield PlanFinding(
                    f"way[{index}]",
                    self.code,
                    self.name,
                    self.severity,
                    f"Schritt {index + 1} sagt nicht: {' und '.join(_LABELS[part] for part in missing)}.",
                    data={"step": index + 1, "missing": missing},
                )
