"""PL106 proof: an Eigenbemühung says how and by when the person proves it.

§ 15 Abs. 2 S. 4 Nr. 2 SGB II: the plan sets which Eigenbemühungen the person must "mindestens
unternehmen und nachweisen"; a Verwaltungsakt under § 15a Abs. 4 must name the form and deadline
of the proof. A step with a quantity or a period is such an Eigenbemühung, so the plan records
both now and can serve as the basis later (domain.md §1.5).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ..model import Kooperationsplan
from ..report import PlanFinding

_MESSAGES = {
    ("proof",): "Schritt {n} muss sagen, wie die Person ihn nachweist.",
    ("proof_due",): "Schritt {n} muss sagen, bis wann die Person den Nachweis zeigt.",
    ("proof", "proof_due"): "Schritt {n} muss sagen, wie die Person ihn nachweist und bis wann.",
}


class Proof:
    code: ClassVar[str] = "PL106"
    name: ClassVar[str] = "proof"
    summary: ClassVar[str] = "Eine Eigen-Bemühung sagt: wie und bis wann die Person sie nachweist."
    severity: ClassVar[Severity] = Severity.WARNING
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        for index, step in enumerate(plan.steps):
            if step.quantity is None and step.per is None:
                continue
            missing = tuple(name for name, value in (("proof", step.proof), ("proof_due", step.proof_due)) if value is None)
            if missing:
                yield PlanFinding(
                    f"way[{index}]",
                    self.code,
                    self.name,
                    self.severity,
                    _MESSAGES[missing].format(n=index + 1),
                    data={"step": index + 1, "missing": list(missing)},
                )
