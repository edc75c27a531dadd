"""ES209 idiom: idioms and metaphors (unter die Arme greifen).

Inclusion Europe "Information for all"; Netzwerk Leichte Sprache: readers with little
German take them literally.
"""

from __future__ import annotations

from typing import ClassVar

from .lexicon_rule import LexiconRule


class Idiom(LexiconRule):
    code: ClassVar[str] = "ES209"
    name: ClassVar[str] = "idiom"
    summary: ClassVar[str] = "Redewendung. Sagen Sie es direkt."
    kinds: ClassVar[frozenset[str]] = frozenset({"idioms"})
    message: ClassVar[str] = "Redewendung: Sagen Sie es direkt."
