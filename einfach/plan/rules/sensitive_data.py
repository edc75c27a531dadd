"""PL110 sensitive-data: bank, tax and social insurance numbers and diagnoses stay out of the plan.

The plan records goal, steps and support (§ 15 Abs. 2 SGB II); it is handed out, copied and
shown to others (a Träger, an employer). An IBAN, the Steuer-ID or the Sozialversicherungsnummer
is not needed for that (data minimisation, Art. 5 DSGVO), and a diagnosis is health data
(Art. 9 DSGVO): the plan may name a measure, not the illness. Findings carry offsets only, never
the value, so reports and logs do not copy it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import ClassVar

from ...report import Severity
from ...resources import read_word_list
from ..model import Kooperationsplan
from ..report import PlanFinding
from ._text import all_texts, find, hit_finding, word_pattern

_MESSAGES = {
    "iban": "Hier steht eine IBAN. Sie gehört nicht in den Plan.",
    "tax-id": "Hier steht wohl eine Steuer-ID. Sie gehört nicht in den Plan.",
    "social-insurance": "Hier steht eine Sozialversicherungs-Nummer. Sie gehört nicht in den Plan.",
    "health": "Hier steht eine Diagnose. Sie gehört nicht in den Plan. Schreiben Sie nur, welche Hilfe nötig ist.",
}


def _entry(word: str) -> str:
    """Regex of one list entry: its case as written (a lower-case entry may start a sentence), compounds after it."""
    head = f"[{word[0]}{word[0].upper()}]" if word[0].islower() else re.escape(word[0])
    # a compound that names help ("Suchtberatung", "Depressionstherapie") is a measure: it may stand in the plan
    return head + re.escape(word[1:]).replace(r"\ ", r"\s") + r"(?!\w*(?:beratung|hilfe|therapie|klinik|gruppe))\w*"


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    diagnoses = sorted(read_word_list("grammar/diagnoses.txt"), key=len, reverse=True)
    return (
        # DE, two check digits, 18 digits of bank code and account; printed in groups of four.
        ("iban", word_pattern(r"DE\s?\d{2}(?:\s?\d{4}){4}\s?\d{2}", flags=re.IGNORECASE)),
        # Rentenversicherungsnummer: area, birth date (DDMMYY), initial, serial and check digit.
        ("social-insurance", word_pattern(r"\d{2}\s?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}\s?[A-Z]\s?\d{3}")),
        # Steuer-ID: 11 digits, never starting with 0 (German phone numbers start with 0 or +).
        ("tax-id", re.compile(r"(?<![\d+])(?<!\d\s)(?:[1-9]\d{10}|[1-9]\d\s\d{3}\s\d{3}\s\d{3})(?!\d|\s\d)")),
        # ICD-10 codes with their decimal part (F32.1, E11.9) or after "ICD".
        ("health", word_pattern(r"[A-TV-Z]\d{2}\.\d{1,2}", r"ICD(?:-10)?(?:-GM)?:?\s?[A-Z]\d{2}(?:\.\d{1,2})?")),
        ("health", word_pattern(*(_entry(word) for word in diagnoses))),
    )


class SensitiveData:
    code: ClassVar[str] = "PL110"
    name: ClassVar[str] = "sensitive-data"
    summary: ClassVar[str] = "Keine Konto-Nummer, Steuer-ID, Sozialversicherungs-Nummer und keine Diagnose im Plan."
    severity: ClassVar[Severity] = Severity.ERROR
    needs_layout: ClassVar[bool] = False

    def check(self, plan: Kooperationsplan) -> Iterator[PlanFinding]:
        for hit in find(patterns(), all_texts(plan)):
            yield hit_finding(self, hit, _MESSAGES[hit.label], show_text=False)
