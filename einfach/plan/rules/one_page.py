"""PL113 one-page: the rendered plan fits on one A4 page.

Jobcenter Mannheim's model is one page; a plan nobody reads to the end binds nobody. The check
lays the plan out with the PDF renderer (normal, then compact layout), so it needs the ``[pdf]``
extra and about 50-110 ms: ``check_plan(plan, one_page=True)`` or ``einfach plan check --one-page``
run it; without the extra that fails with a message naming the extra.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ..model import Kooperationsplan
from ..report import PlanFinding


class OnePage:
    code: ClassVar[str] = "PL113"
    name: ClassVar[str] = "one-page"
    summary: ClassVar[str] = "Der Plan passt auf 1 Seite A4."
    severity: ClassVar[Severity] = Severity.ERROR
    needs_layout: ClassVar[bool] = True  # runs only when asked for (check_plan(one_page=True))

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        from ..render._view import part_titles
        from ..render.pdf import overflowing_part

        part = overflowing_part(plan)
        if part is not None:
            message = f"Der Plan passt nicht auf 1 Seite. Am längsten ist der Teil „{part_titles(plan)[part]}“."
            yield PlanFinding(part, self.code, self.name, self.severity, message, data={"part": part})
