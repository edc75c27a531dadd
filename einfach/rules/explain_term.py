"""ES204 explain-term: legal terms that must stay (Kooperationsplan, Widerspruch) and need an explanation.

The term is judged on its first use only and is fine when an explanation follows
(domain.md 7.1; BITV 2.0 Anlage 2 Teil 2 Nr. 4: explain abstract words).
"""

from __future__ import annotations

from typing import ClassVar

from .lexicon_rule import ExplainOptions, LexiconRule


class ExplainTerm(LexiconRule):
    code: ClassVar[str] = "ES204"
    name: ClassVar[str] = "explain-term"
    summary: ClassVar[str] = "Fachwort aus dem Gesetz. Erklären Sie es beim ersten Mal."
    kinds: ClassVar[frozenset[str]] = frozenset({"legal_terms"})
    Options: ClassVar[type] = ExplainOptions
