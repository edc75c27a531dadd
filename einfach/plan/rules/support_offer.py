"""PL112 support-offer: the personal offer says what the Jobcenter does, or who does it.

§ 15 Abs. 2 S. 2 SGB II (new in 2026): the plan contains a personal offer of advice, support or
placement. "Das Jobcenter unterstützt Sie im Rahmen seiner Möglichkeiten" promises nothing the
person can ask for; a concrete offer names the help (berät, sucht Stellen, vermittelt) or the
person who gives it, and does not hedge it away ("bei Bedarf", "gegebenenfalls").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from ...report import Severity
from ..model import Kooperationsplan
from ..report import PlanFinding
from ._text import is_placeholder, word_pattern

_HELP = word_pattern(
    r"berat\w*|berät|beratung\w*",
    r"unterstütz\w*",
    r"vermitt\w*",
    r"hilft|helfe\w*|hilfe",
    r"such\w*",
    r"begleit\w*",
    r"coach\w*",
    r"erklär\w*",
    r"zeig\w*",
    r"üb(?:e|en|t)",
    r"schick\w*",
    flags=re.IGNORECASE,
)
_PERSON = re.compile(r"\b(?:Frau|Herrn?)\s[A-ZÄÖÜ]\w+")
_HEDGE = word_pattern(
    r"im\srahmen\s\w+\s(?:möglichkeiten|mittel)",
    r"bei\sbedarf|nach\sbedarf",
    r"gegebenenfalls|ggf\.",
    r"nach\smöglichkeit",
    r"soweit\s(?:möglich|erforderlich|notwendig)",
    r"falls\s(?:möglich|erforderlich|notwendig)",
    r"wenn\s(?:möglich|erforderlich|notwendig)",
    flags=re.IGNORECASE,
)


class SupportOffer:
    code: ClassVar[str] = "PL112"
    name: ClassVar[str] = "support-offer"
    summary: ClassVar[str] = "Das persönliche Angebot sagt genau, wie das Jobcenter hilft."
    severity: ClassVar[Severity] = Severity.WARNING
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        offer = plan.support.offer
        if is_placeholder(offer) or not (_HELP.search(offer) or _PERSON.search(offer)):
            reason = "generic"
        elif _HEDGE.search(offer):
            reason = "hedged"
        else:
            return
        yield PlanFinding(
            "support.offer",
            self.code,
            self.name,
            self.severity,
            "Das Angebot ist zu allgemein. Schreiben Sie, wer was tut: zum Beispiel beraten, Stellen suchen, vermitteln.",
            data={"reason": reason},
        )
