"""PL108 no-sanctions: the plan carries no Rechtsfolgenbelehrung and no talk of sanctions.

Since 2026 the plan binds nobody: if steps are not done, a separate written Verwaltungsakt
obliges the person (§ 15a SGB II), and only a written Belehrung there allows a reduction (§ 31).
Sanction text in the plan turns a joint plan into a threat and is legally in the wrong document
(domain.md §1.5). Every field is searched, not only those the reader sees first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ..model import Kooperationsplan
from ..report import PlanFinding
from ._text import all_texts, find, hit_finding, word_pattern

_BENEFITS = r"\w*(?:bürgergeld|grundsicherungsgeld|regelbedarf|regelsatz|leistung|geld|zahlung)\w*"
#: "kürzen wir Ihr Bürgergeld", "wird … verringert": a threat in plain words is still a sanction.
_CUT_VERBS = r"(?:kürz|verringer|streich|entz[io]g|versag|einstell|eingestellt|minder|gemindert)\w*"
PATTERNS = (
    ("legal-consequence", word_pattern(r"\w*rechtsfolge\w*", flags=re.IGNORECASE)),
    ("sanction", word_pattern(r"\w*sanktion\w*", flags=re.IGNORECASE)),
    ("reduction", word_pattern(r"(?:leistungs)?minderung(?:en)?", flags=re.IGNORECASE)),
    ("reduction", word_pattern(rf"{_CUT_VERBS}(?:\s\S+){{0,3}}\s{_BENEFITS}", flags=re.IGNORECASE)),
    ("reduction", word_pattern(rf"{_BENEFITS}(?:\s\S+){{0,8}}\s{_CUT_VERBS}", flags=re.IGNORECASE)),
    ("reduction", word_pattern(rf"\w*kürzung\w*\s(?:\w+\s)?{_BENEFITS}", flags=re.IGNORECASE)),
    ("reduction", word_pattern(rf"{_BENEFITS}(?:\s\S+){{0,4}}\sgekürzt", flags=re.IGNORECASE)),
    ("breach", word_pattern(r"\w*pflichtverletzung\w*", r"meldeversäumnis\w*", flags=re.IGNORECASE)),
    ("paragraph", word_pattern(r"§§?\s?3[12][ab]?", flags=re.IGNORECASE)),
)


class NoSanctions:
    code: ClassVar[str] = "PL108"
    name: ClassVar[str] = "no-sanctions"
    summary: ClassVar[str] = "Im Plan steht nichts über Strafen oder Rechtsfolgen."
    severity: ClassVar[Severity] = Severity.ERROR
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        for hit in find(PATTERNS, all_texts(plan)):
            yield hit_finding(
                self,
                hit,
                "Rechtsfolgen gehören nicht in den Plan. Sie stehen nur in einem eigenen Bescheid (§ 15a SGB II).",
            )
