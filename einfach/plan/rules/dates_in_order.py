"""PL115 dates-in-order: the plan's dates lie on or after the day it was made.

A next appointment, a step or a proof that is due before the plan exists is a typing error
(a wrong year, a copied old plan); a reader cannot do what is already past.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ...suggest.german import german_date
from ..model import Kooperationsplan
from ..report import PlanFinding


class DatesInOrder:
    code: ClassVar[str] = "PL115"
    name: ClassVar[str] = "dates-in-order"
    summary: ClassVar[str] = "Termine und Fristen liegen nach dem Tag, an dem der Plan gemacht wird."
    severity: ClassVar[Severity] = Severity.ERROR
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        dates: list[tuple[str, dt.date | None]] = [("appointment.date", plan.appointment.date)]
        for index, step in enumerate(plan.steps):
            dates += [(f"way[{index}].due", step.due), (f"way[{index}].proof_due", step.proof_due)]
        for path, day in dates:
            if day is not None and day < plan.created_on:
                yield PlanFinding(
                    path,
                    self.code,
                    self.name,
                    self.severity,
                    f"Das Datum liegt vor dem Plan ({german_date(plan.created_on)}). Bitte prüfen Sie das Jahr.",
                    data={"days_before": (plan.created_on - day).days},
                )
