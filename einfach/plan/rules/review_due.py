"""PL101 review-due: the plan is looked at again together at the latest after six months.

§ 15 Abs. 3 S. 2 SGB II ("spätestens nach Ablauf von jeweils sechs Monaten"). A later date is an
error unless ``review_reason`` records why (the statute says "soll", so a reason can justify it).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ...suggest.german import german_date
from ..model import Kooperationsplan
from ..report import PlanFinding

MONTHS = 6


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day ("31. August" + 6 = "28./29. Februar")."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class ReviewDue:
    code: ClassVar[str] = "PL101"
    name: ClassVar[str] = "review-due"
    summary: ClassVar[str] = "Der Plan wird spätestens nach 6 Monaten gemeinsam angesehen."
    severity: ClassVar[Severity] = Severity.ERROR
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        latest = months_later(plan.created_on, MONTHS)
        if plan.review_due < plan.created_on:
            yield PlanFinding(
                "review_due", self.code, self.name, self.severity, "Die Überprüfung liegt vor dem Erstellungs-Datum."
            )
        elif plan.review_due > latest and not plan.review_reason:
            yield PlanFinding(
                "review_due",
                self.code,
                self.name,
                self.severity,
                f"Die Überprüfung ist später als {MONTHS} Monate nach dem Plan. Spätestens: {german_date(latest)}.",
                data={"latest": latest.isoformat(), "days_late": (plan.review_due - latest).days},
            )
