"""ES102 several-statements: a sentence that says more than one thing.

Leichte Sprache: one statement per sentence (Netzwerk Leichte Sprache, BITV 2.0 Anlage 2
Teil 2 Nr. 5, DIN SPEC 33429). The count comes from :mod:`einfach.measures.statements`;
Einfache Sprache and the standard profile only flag sentences that pack in many statements.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding


@dataclass(frozen=True, slots=True)
class SeveralStatementsOptions:
    max_statements: int = 3
    severity: Severity = Severity.SUGGESTION


class SeveralStatements:
    code: ClassVar[str] = "ES102"
    name: ClassVar[str] = "several-statements"
    summary: ClassVar[str] = "Der Satz sagt mehrere Dinge. Besser: ein Gedanke pro Satz."
    Options: ClassVar[type] = SeveralStatementsOptions

    def check(self, sentence: MeasuredSentence, options: SeveralStatementsOptions, context: CheckContext) -> Iterator[Finding]:
        count = sentence.statements
        if count <= options.max_statements or not any(t.tag.startswith("V") for t in sentence.sentence.tokens):
            return  # a heading or label without a verb ("Fragen und Antworten") is no sentence to split
        span = sentence.sentence
        yield make_finding(
            self,
            context,
            sentence,
            span.start,
            span.end,
            options.severity,
            f"Der Satz sagt {count} Dinge. Gut ist höchstens {options.max_statements}.",
            (Suggestion("Schreiben Sie für jeden Gedanken einen eigenen Satz."),),
            statements=count,
            limit=options.max_statements,
        )
