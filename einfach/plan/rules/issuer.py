"""PL102 issuer: the plan names who issues it and whom to ask.

Textform (§ 15 Abs. 3 SGB II, § 126b BGB) means the plan names the declaring party, and § 14
Abs. 3 gives the person a named contact. Template text ("XX", "N.N.", "Frau ...") names nobody,
and a contact the person cannot reach by phone or e-mail does not help (domain.md §1.5, §2).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ..model import Kooperationsplan
from ..report import PlanFinding
from ._text import is_placeholder

_MISSING = {
    "jobcenter": "Der Name des Jobcenters fehlt. Der Plan muss zeigen, wer ihn ausstellt.",
    "issuer": "Der Name der Person, die den Plan ausstellt, fehlt.",
    "contact.name": "Der Name der Ansprechperson fehlt.",
    "person": "Der Name der Person fehlt, für die der Plan ist.",
}


class Issuer:
    code: ClassVar[str] = "PL102"
    name: ClassVar[str] = "issuer"
    summary: ClassVar[str] = "Der Plan nennt das Jobcenter und eine Ansprechperson mit Telefon oder E-Mail."
    severity: ClassVar[Severity] = Severity.ERROR
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        names = {"jobcenter": plan.jobcenter, "issuer": plan.issuer, "contact.name": plan.contact.name, "person": plan.person}
        for path, value in names.items():
            if is_placeholder(value, name=True):
                yield PlanFinding(path, self.code, self.name, self.severity, _MISSING[path])
        if not plan.contact.phone and not plan.contact.email:
            yield PlanFinding(
                "contact",
                self.code,
                self.name,
                self.severity,
                "Die Ansprechperson braucht eine Telefon-Nummer oder eine E-Mail-Adresse.",
            )
