"""ES208 vague-word: vague time and amount words (zeitnah, regelmäßig, bei Bedarf).

A plan binds only what it says: § 15 SGB II wants concrete steps, and readers with little
German cannot resolve "zeitnah". Never a replacement: only the caseworker knows the date.
"""

from __future__ import annotations

from typing import ClassVar

from .lexicon_rule import LexiconRule


class VagueWord(LexiconRule):
    code: ClassVar[str] = "ES208"
    name: ClassVar[str] = "vague-word"
    summary: ClassVar[str] = "Ungenaue Angabe. Schreiben Sie ein Datum oder eine Zahl."
    kinds: ClassVar[frozenset[str]] = frozenset({"vague"})
    message: ClassVar[str] = "Ungenau: Schreiben Sie ein Datum oder eine Zahl."
