"""What every plan rule is: a stable PL code, a kebab-case name, a severity and a check."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Protocol

from ...report import Severity
from ..model import Kooperationsplan
from ..report import PlanFinding

__all__ = ["PlanRule"]


class PlanRule(Protocol):
    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]  # one plain German line
    severity: ClassVar[Severity]
    needs_layout: ClassVar[bool]  # True: runs only when check_plan(one_page=True) asks for it

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]: ...
