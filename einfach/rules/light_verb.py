"""ES308 light-verb: Funktionsverbgefüge and nominal phrases (zur Verfügung stellen -> geben).

BVA handbook; domain.md S11 and 7.3. Matched on lemmas with the verb anywhere near
("Wir stellen Ihnen das Geld zur Verfügung"); a person rewrites the sentence.
"""

from __future__ import annotations

from typing import ClassVar

from .lexicon_rule import LexiconRule


class LightVerb(LexiconRule):
    code: ClassVar[str] = "ES308"
    name: ClassVar[str] = "light-verb"
    summary: ClassVar[str] = "Nomen mit Streck-Verb. Ein einfaches Verb ist kürzer."
    kinds: ClassVar[frozenset[str]] = frozenset({"light_verbs"})
    message: ClassVar[str] = "Streck-Verb: Schreiben Sie ein einfaches Verb."
