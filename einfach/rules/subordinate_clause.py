"""ES104 subordinate-clause: sentences with too many subordinate clauses or commas.

Einfache Sprache: at most one comma and one subordinate clause per sentence ([B] codingjoe,
Bredel/Maaß). Leichte Sprache: main clauses only; short relative clauses with der/die/das are
tolerated (MUCGPT Leichte Sprache). Clauses and clause commas come from
:mod:`einfach.measures.subclauses`: commas inside numbers and between the items of an
enumeration are not counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..measures.sentence import MeasuredSentence
from ..measures.subclauses import Subclause, clause_commas, subordinate_clauses
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

#: A tolerated relative clause ("allow_relative") has at most this many words.
SHORT_RELATIVE_WORDS = 8


@dataclass(frozen=True, slots=True)
class SubordinateClauseOptions:
    max_subordinate: int = 1
    max_commas: int = 1
    allow_relative: bool = False
    severity: Severity = Severity.WARNING


class SubordinateClause:
    code: ClassVar[str] = "ES104"
    name: ClassVar[str] = "subordinate-clause"
    summary: ClassVar[str] = "Zu viele Nebensätze oder Kommas in einem Satz."
    Options: ClassVar[type] = SubordinateClauseOptions

    def check(self, sentence: MeasuredSentence, options: SubordinateClauseOptions, context: CheckContext) -> Iterator[Finding]:
        clauses = [
            clause
            for clause in subordinate_clauses(sentence.sentence, sentence.splits)
            if not (options.allow_relative and clause.plain_relative and clause.words <= SHORT_RELATIVE_WORDS)
        ]
        commas = len(clause_commas(sentence.sentence))
        too_many_clauses = len(clauses) > options.max_subordinate
        if not too_many_clauses and commas <= options.max_commas:
            return
        if too_many_clauses:
            if options.max_subordinate == 0:
                message = "Nebensatz: Besser sind nur Hauptsätze."
            else:
                message = f"{len(clauses)} Nebensätze in einem Satz. Gut ist höchstens {options.max_subordinate}."
        else:
            message = f"{commas} Kommas in einem Satz. Gut ist höchstens {options.max_commas}."
        span = sentence.sentence
        yield make_finding(
            self,
            context,
            sentence,
            span.start,
            span.end,
            options.severity,
            message,
            (_suggestion(clauses),),
            subordinate=len(clauses),
            commas=commas,
            max_subordinate=options.max_subordinate,
            max_commas=options.max_commas,
            conjunctions=[clause.word for clause in clauses],
        )


def _suggestion(clauses: list[Subclause]) -> Suggestion:
    words = {clause.word.lower() for clause in clauses}
    if "weil" in words:
        return Suggestion("Machen Sie aus dem „weil“-Teil einen eigenen Satz. Zum Beispiel: „Der Grund: …“ oder „Deshalb …“.")
    if "wenn" in words or "falls" in words:
        return Suggestion("Schreiben Sie die Bedingung als eigenen Satz. Zum Beispiel: „Sie sind krank? Dann …“.")
    return Suggestion("Teilen Sie den Satz in kurze Hauptsätze. Ein Gedanke pro Satz.")
