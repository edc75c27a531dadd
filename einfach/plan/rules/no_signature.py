"""PL109 no-signature: the plan has no signature block.

The plan is given in Textform (§ 15 Abs. 3 SGB II), which needs no signature; a signature line
makes it look like a contract the person can be held to, which it is not (domain.md §1.5, the
Eingliederungsvereinbarung is gone). Fill-in lines of underscores are signature lines too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ..model import Kooperationsplan
from ..report import PlanFinding
from ._text import all_texts, find, hit_finding, word_pattern

PATTERNS = (
    ("signature", word_pattern(r"\(unterschrift(?:en)?\)", r"\w*unterschrift(?:en)?", flags=re.IGNORECASE)),
    ("place-date", word_pattern(r"ort\s?,\s?datum", r"datum\s?,\s?ort", flags=re.IGNORECASE)),
    ("signed", re.compile(r"(?<!\w)gez\.")),
    ("line", re.compile(r"_{4,}")),
)


class NoSignature:
    code: ClassVar[str] = "PL109"
    name: ClassVar[str] = "no-signature"
    summary: ClassVar[str] = "Der Plan hat keine Zeile für eine Unterschrift."
    severity: ClassVar[Severity] = Severity.ERROR
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        seen: set[str] = set()
        for hit in find(PATTERNS, all_texts(plan)):
            if hit.path not in seen:  # a signature block ("Ort, Datum", "____", "Unterschrift") is one finding
                seen.add(hit.path)
                yield hit_finding(self, hit, "Der Plan braucht keine Unterschrift. Bitte die Zeile für die Unterschrift löschen.")
