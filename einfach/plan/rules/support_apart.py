"""PL114 support-apart: what the Jobcenter does stands under "Gezielte Unterstützung".

The Mannheim model keeps the person's own steps ("Der Weg") apart from what the Jobcenter or
another body does or pays, so the person sees at a glance what is theirs to do (domain.md §2).
A step whose actor is the Jobcenter (or the issuer), or whose text starts with "Das Jobcenter …"
or "Wir …", belongs there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from ...normalize import lexicon_key
from ...report import Severity
from ..model import Kooperationsplan
from ..report import PlanFinding

_INSTITUTION = re.compile(r"(?:das\s+|ihr\s+)?(?:jobcenter|amt|agentur\s+für\s+arbeit)\b|wir\b", re.IGNORECASE)


class SupportApart:
    code: ClassVar[str] = "PL114"
    name: ClassVar[str] = "support-apart"
    summary: ClassVar[str] = "Was das Jobcenter tut, steht bei der Unterstützung, nicht im Weg."
    severity: ClassVar[Severity] = Severity.WARNING
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        staff = {lexicon_key(plan.issuer), lexicon_key(plan.contact.name)}
        for index, step in enumerate(plan.steps):
            actor = lexicon_key(step.actor.strip())
            if _INSTITUTION.fullmatch(actor) or actor in staff or _INSTITUTION.match(step.text.strip()):
                yield PlanFinding(
                    f"way[{index}]",
                    self.code,
                    self.name,
                    self.severity,
                    f"Schritt {index + 1} macht das Jobcenter. Schreiben Sie ihn unter „Gezielte Unterstützung“.",
                    data={"step": index + 1},
                )
