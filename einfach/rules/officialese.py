"""ES203 officialese: Behördendeutsch (lexicon data/lexicon/officialese*.tsv) with a plainer word.

BITV 2.0 Anlage 2 Teil 2 Nr. 4 (short, common words); BVA "Bürgernahe Verwaltungssprache".
A replacement is offered where the exact written form can be swapped; it is safe only where
the lexicon entry says so (same word class and case, no legal shift).
"""

from __future__ import annotations

from typing import ClassVar

from .lexicon_rule import LexiconRule


class Officialese(LexiconRule):
    code: ClassVar[str] = "ES203"
    name: ClassVar[str] = "officialese"
    summary: ClassVar[str] = "Amtsdeutsch. Es gibt ein einfacheres Wort."
    kinds: ClassVar[frozenset[str]] = frozenset({"officialese"})
    message: ClassVar[str] = "Amtsdeutsch: Schreiben Sie es einfacher."
