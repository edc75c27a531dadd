"""PL111 first-meeting: for a first plan the meeting is in person, or the exception is explained.

§ 15 Abs. 4 SGB II (new in 2026): the first meeting for the Potenzialanalyse and the plan takes
place in person at the Jobcenter; other forms only in justified cases. The reason is recorded so
the exception can be followed later (domain.md §2, Verabredungen).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ..model import Kooperationsplan
from ..report import PlanFinding

IN_PERSON = "persönlich"


class FirstMeeting:
    code: ClassVar[str] = "PL111"
    name: ClassVar[str] = "first-meeting"
    summary: ClassVar[str] = "Beim ersten Plan ist das Gespräch persönlich im Jobcenter. Sonst steht der Grund dabei."
    severity: ClassVar[Severity] = Severity.WARNING
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        appointment = plan.appointment
        if plan.first_plan and appointment.mode != IN_PERSON and not appointment.exception_reason:
            yield PlanFinding(
                "appointment.mode",
                self.code,
                self.name,
                self.severity,
                "Das erste Gespräch ist persönlich im Jobcenter. Sonst schreiben Sie den Grund dazu.",
                data={"mode": appointment.mode},
            )
