"""ES207 filler-word: filler words and hedges (grundsätzlich, eigentlich, durchaus).

BVA handbook; domain.md S31. Deleting a filler is never marked safe when the word can
carry legal meaning ("grundsätzlich" = with exceptions); the lexicon decides.
"""

from __future__ import annotations

from typing import ClassVar

from .lexicon_rule import LexiconRule


class FillerWord(LexiconRule):
    code: ClassVar[str] = "ES207"
    name: ClassVar[str] = "filler-word"
    summary: ClassVar[str] = "Füllwort. Es macht den Satz länger, aber nicht klarer."
    kinds: ClassVar[frozenset[str]] = frozenset({"fillers"})
    message: ClassVar[str] = "Füllwort: Lassen Sie es weg."
