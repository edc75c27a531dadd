"""ES205 foreign-word: foreign and technical words (Coaching, Feedback) without explanation.

BITV 2.0 Anlage 2 Teil 2 Nr. 4; DIN 8581-1 (word familiarity). Words with a German
equivalent get it; others are judged like legal terms: first use, unless explained.
"""

from __future__ import annotations

from typing import ClassVar

from .lexicon_rule import ExplainOptions, LexiconRule


class ForeignWord(LexiconRule):
    code: ClassVar[str] = "ES205"
    name: ClassVar[str] = "foreign-word"
    summary: ClassVar[str] = "Fremdwort oder Fachwort. Nehmen Sie ein deutsches Wort oder erklären Sie es."
    kinds: ClassVar[frozenset[str]] = frozenset({"foreign"})
    Options: ClassVar[type] = ExplainOptions
    message: ClassVar[str] = "Fremdwort: Nehmen Sie ein deutsches Wort."
