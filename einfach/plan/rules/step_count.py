"""PL104 step-count: only what comes next, not twenty steps.

Jobcenter Mannheim: "nicht 20 Schritte, nur: was kommt als nächstes?" (domain.md §2, recommend
≤ 3-5 steps). More than five steps is a warning; the schema already requires at least one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ..model import Kooperationsplan
from ..report import PlanFinding

MAX_STEPS = 5


class StepCount:
    code: ClassVar[str] = "PL104"
    name: ClassVar[str] = "step-count"
    summary: ClassVar[str] = "Höchstens 5 Schritte: nur was als Nächstes kommt."
    severity: ClassVar[Severity] = Severity.WARNING
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        if len(plan.steps) > MAX_STEPS:
            yield PlanFinding(
                "way",
                self.code,
                self.name,
                self.severity,
                f"Der Weg hat {len(plan.steps)} Schritte. Gut sind höchstens {MAX_STEPS}: nur was als Nächstes kommt.",
                data={"steps": len(plan.steps), "limit": MAX_STEPS},
            )
