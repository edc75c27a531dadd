"""PL103 goal: the goal is the long-term aim, said positively, best in the person's own words.

§ 15 Abs. 2 S. 3 SGB II records the Eingliederungsziel; intermediate steps belong in the way
(haufe Sauer § 15 Rz. 23-24, domain.md §1.5). A goal with a date or a step activity and no work
or training outcome reads as a step. "Nicht mehr arbeitslos sein" says what to avoid, not what to
reach. The person may phrase the goal in first person (BA one-page template), so that is only a
suggestion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ..model import Kooperationsplan
from ..report import PlanFinding
from ._text import date_pattern, word_pattern

#: Activities that are steps on the way, not the aim ("Bewerbungen schreiben", "Termin", "Kurs besuchen").
_STEP = word_pattern(
    r"\w*bewerbung(?:en)?",
    r"bewerbe|bewerben",
    r"lebenslauf",
    r"unterlagen",
    r"termine?",
    r"\w*kurs(?:e|es)?",
    r"lehrgang",
    r"anmelden|melde",
    r"besuchen|besuche",
    flags=re.IGNORECASE,
)
#: What a long-term goal is about: work, a job, training. A step word next to it is fine.
_OUTCOME = word_pattern(
    r"arbeit\w*",
    r"\w*stelle",
    r"job",
    r"beruf\w*",
    r"\w*ausbildung",
    r"selbst(?:st)?ändig\w*",
    r"\w*(?:studium|abschluss)",
    flags=re.IGNORECASE,
)
_NEGATIVE = word_pattern(
    r"nicht\s(?:mehr|länger)",
    r"nie\s(?:mehr|wieder)",
    r"kein\w*\s(?:\w+\s)?mehr",
    r"arbeitslos\w*",
    r"ohne\s(?:das\s)?(?:bürgergeld|grundsicherungsgeld|jobcenter)",
    flags=re.IGNORECASE,
)
_FIRST_PERSON = word_pattern(r"ich|mein\w*|mir|mich", flags=re.IGNORECASE)


class LongTermGoal:
    code: ClassVar[str] = "PL103"
    name: ClassVar[str] = "goal"
    summary: ClassVar[str] = "Das Ziel ist ein großes Ziel, kein Schritt. Es sagt positiv, was die Person will."
    severity: ClassVar[Severity] = Severity.WARNING
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        text = plan.goal.text
        step = date_pattern().search(text)
        reason = "date"
        if step is None and not _OUTCOME.search(text):
            step, reason = _STEP.search(text), "step"
        if step is not None:
            yield self._finding(
                "Das Ziel klingt wie ein Schritt. Schreiben Sie das große Ziel. Die Schritte gehören in den Weg.",
                step,
                reason,
            )
        negative = _NEGATIVE.search(text)
        if negative is not None:
            yield self._finding("Das Ziel ist verneint. Schreiben Sie, was die Person erreichen will.", negative, "negative")
        if not _FIRST_PERSON.search(text):
            yield PlanFinding(
                "plan.goal",
                self.code,
                self.name,
                Severity.SUGGESTION,
                "Schreiben Sie das Ziel in Ich-Form, zum Beispiel: „Ich will als Koch arbeiten.“",
                data={"reason": "first-person"},
            )

    def _finding(self, message: str, match: re.Match[str], reason: str) -> PlanFinding:
        return PlanFinding(
            "plan.goal",
            self.code,
            self.name,
            self.severity,
            message,
            start=match.start(),
            end=match.end(),
            text=match.group(),
            data={"reason": reason},
        )
