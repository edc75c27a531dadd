"""PL107 costs-covered: a step that costs money has support that pays for it.

The BSG required concrete counter-services such as Bewerbungskosten for application duties in
the old Eingliederungsvereinbarung (B 14 AS 30/15 R, B 14 AS 42/15 R). Whether that carries over
to the Kooperationsplan is for lawyers; a warning is cheap (domain.md §1.5). A step costs money
when it says so (``costs: true``) or names a costly thing; a support item pays when it has
``pays`` or its text says so. When the step names what costs money, the paying item must name the
same kinds of things (the course is paid, not only the applications), unless an item is general.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ..model import Kooperationsplan, SupportItem
from ..report import PlanFinding
from ._text import word_pattern

#: Kinds of costs a step can bring, by the words that name them.
COSTS = {
    "application": word_pattern(r"\w*bewerbung\w*", r"bewerbe|bewerben", flags=re.IGNORECASE),
    "travel": word_pattern(
        r"\w*fahrt(?:en|kosten)?",
        r"\w*fahrkarten?",
        r"\w*tickets?",
        r"fahre|fährt|fahren",
        r"zug|bus|bahn|s-bahn|straßenbahn",
        flags=re.IGNORECASE,
    ),
    "training": word_pattern(
        r"\w*kurs(?:e|es)?",
        r"kurs\w*",
        r"\w*lehrg[aä]ng\w*",
        r"\w*schulung(?:en)?",
        r"schulungs\w*",
        r"(?!über)\w*prüfung(?:en)?",
        r"prüfungs\w*",
        r"(?!er)\w*schein(?:e|s)?",  # Führerschein, Staplerschein; not "erscheine"
        flags=re.IGNORECASE,
    ),
    "clothing": word_pattern(r"\w*kleidung\w*", r"\w*schuhe?", flags=re.IGNORECASE),
    "photos": word_pattern(r"\w*fotos?", r"foto\w*", flags=re.IGNORECASE),
}
_PAYS = word_pattern(
    r"bezahl\w*|zahlt|zahlen",
    r"übernimmt|übernehmen",
    r"erstatt\w*",
    r"\w*kosten",
    r"\w*geld",
    r"\w*gutschein",
    flags=re.IGNORECASE,
)


_GENERAL = word_pattern(r"(?:die\s+)?kosten", r"(?:das\s+)?geld", r"alle\w*", flags=re.IGNORECASE)


def cost_kinds(text: str) -> set[str]:
    return {kind for kind, pattern in COSTS.items() if pattern.search(text)}


def _item_text(item: SupportItem) -> str:
    return " ".join(part for part in (item.what, item.pays, item.condition) if part)


class CostsCovered:
    code: ClassVar[str] = "PL107"
    name: ClassVar[str] = "costs-covered"
    summary: ClassVar[str] = "Kostet ein Schritt Geld, steht bei der Unterstützung, wer es bezahlt."
    severity: ClassVar[Severity] = Severity.WARNING
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        paying_items = [item for item in plan.support.items if item.pays or _PAYS.search(item.what)]
        paying = [cost_kinds(_item_text(item)) for item in paying_items]
        covered: set[str] = set().union(*paying)
        # an item that pays without naming what ("Das Jobcenter übernimmt die Kosten.") covers every kind;
        # one that names another thing ("die Kaution") covers none of the step's kinds
        general = any(not kinds and _GENERAL.search(_item_text(item)) for kinds, item in zip(paying, paying_items))
        for index, step in enumerate(plan.steps):
            kinds = cost_kinds(step.text)
            if not (step.costs or kinds):
                continue
            uncovered = kinds - covered
            if paying and (general or not uncovered):
                continue
            yield PlanFinding(
                f"way[{index}]",
                self.code,
                self.name,
                self.severity,
                f"Schritt {index + 1} kostet Geld. Schreiben Sie bei der Unterstützung, wer es bezahlt.",
                data={"step": index + 1, "costs": sorted(uncovered)},
            )
