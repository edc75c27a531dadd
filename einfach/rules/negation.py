"""ES305 negation: double negations ("nicht unwichtig") and, for Leichte Sprache, every negation.

A double negation makes the reader compute the meaning (BITV 2.0 Anlage 2 Teil 2 Nr. 1;
domain.md S8). Detection in :mod:`einfach.measures.negation`. The positive form is offered
where it is certain ("nicht unwichtig" -> "wichtig" in "Das ist nicht unwichtig."), never as a
safe fix: "nicht unwichtig" is weaker than "wichtig". With ``flag_single`` every negation word
is reported too: Leichte Sprache keeps "nicht" and "kein" but prints them bold (Bund portal
for Leichte Sprache), which a text checker can only remind of.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..measures.negation import NegationMatch, find_double_negations, find_single_negations
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

_NOTES = {
    "nicht-ohne": "Sagen Sie es positiv, zum Beispiel mit „mit“: „Die Arbeit hat ein Risiko.“",
    "nicht-los": "Sagen Sie es positiv: „erfolgreich“ statt „nicht erfolglos“, „kostet Geld“ statt „nicht kostenlos“.",
    "zwei-verneinungen": "Verwenden Sie nur eine Verneinung oder sagen Sie es positiv.",
}
_POSITIVE_NOTE = "Sagen Sie es positiv: „wichtig“ statt „nicht unwichtig“."


@dataclass(frozen=True, slots=True)
class NegationOptions:
    severity: Severity = Severity.ERROR
    flag_single: bool = False
    single_severity: Severity = Severity.SUGGESTION


class Negation:
    code: ClassVar[str] = "ES305"
    name: ClassVar[str] = "negation"
    summary: ClassVar[str] = "Doppelte Verneinung (nicht unwichtig): Sagen Sie es positiv."
    Options: ClassVar[type] = NegationOptions

    def check(self, sentence: MeasuredSentence, options: NegationOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        covered: set[int] = set()
        for match in find_double_negations(sentence.sentence):
            covered.update(range(match.first, match.last + 1))
            if any(context.allows(tokens[i]) for i in (match.first, match.last)):
                continue
            yield make_finding(
                self,
                context,
                sentence,
                tokens[match.first].start,
                tokens[match.last].end,
                options.severity,
                "Doppelte Verneinung: Sagen Sie es positiv.",
                (_suggestion(match),),
                kind=match.kind,
            )
        if not options.flag_single:
            return
        for index in find_single_negations(sentence.sentence):
            token = tokens[index]
            if index in covered or context.allows(token):
                continue
            yield make_finding(
                self,
                context,
                sentence,
                token.start,
                token.end,
                options.single_severity,
                "Verneinung: Schreiben Sie das Wort fett.",
                (Suggestion("Schreiben Sie das Wort fett. Oder sagen Sie es positiv."),),
                kind="verneinung",
            )


def _suggestion(match: NegationMatch) -> Suggestion:
    if match.positive is not None:
        return Suggestion(f"Sagen Sie es positiv: „{match.positive}“.", replacement=match.positive)
    return Suggestion(_NOTES.get(match.kind, _POSITIVE_NOTE))
