"""ES304 genitive: "die Kosten des Kurses" is harder than "die Kosten von dem Kurs".

BITV 2.0 Anlage 2 Teil 2 Nr. 1 and Netzwerk Leichte Sprache avoid the genitive; Leichte
Sprache writes "von + Dativ" (domain.md S7). Detection in :mod:`einfach.measures.genitive`
(precision first: "mit der Fahrt" and "der Kurs" are never genitive). After a noun the
suggestion is the "von" phrase ("des Kurses" -> "von dem Kurs", "der Kinder" -> "von den
Kindern"); after "wegen", "innerhalb" and the like, and in fixed phrases ("eines Tages"), a
note. Nothing is safe: "von" can change the meaning ("das Haus des Vaters").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..measures.genitive import GenitiveMatch, dative_phrase, find_genitives
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

_PREPOSITION_NOTES = {
    "wegen": "Schreiben Sie mit „weil“: „Ich komme nicht, weil ich krank bin.“",
    "aufgrund": "Schreiben Sie mit „weil“: „Ich komme nicht, weil ich krank bin.“",
    "infolge": "Schreiben Sie mit „weil“: „Ich komme nicht, weil ich krank bin.“",
    "trotz": "Schreiben Sie mit „obwohl“: „Obwohl ich krank bin, …“",
    "während": "Schreiben Sie zum Beispiel „in“ oder „bei“: „in der Maßnahme“.",
    "innerhalb": "Schreiben Sie zum Beispiel: „in einem Monat“ oder „innerhalb von 2 Wochen“.",
    "außerhalb": "Schreiben Sie zum Beispiel „außerhalb von“ + Dativ.",
    "statt": "Schreiben Sie: „nicht …, sondern …“.",
    "anstatt": "Schreiben Sie: „nicht …, sondern …“.",
}
_OTHER_NOTE = "Schreiben Sie es ohne Genitiv, zum Beispiel mit „von“, „mit“ oder „für“."


@dataclass(frozen=True, slots=True)
class GenitiveOptions:
    severity: Severity = Severity.WARNING
    prepositions: bool = True  # also "wegen des Termins", "innerhalb eines Monats"


class Genitive:
    code: ClassVar[str] = "ES304"
    name: ClassVar[str] = "genitive"
    summary: ClassVar[str] = "Genitiv (des Kurses): Besser „von dem Kurs“."
    Options: ClassVar[type] = GenitiveOptions

    def check(self, sentence: MeasuredSentence, options: GenitiveOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        for match in find_genitives(sentence.sentence):
            if match.kind == "praeposition" and not options.prepositions:
                continue
            if context.allows(tokens[match.head]):
                continue
            preposition = tokens[match.preposition].text if match.preposition is not None else None
            if match.kind == "attribut":
                message = "Genitiv: Schreiben Sie „von“ und Dativ."
            elif preposition is not None:
                message = "Genitiv nach einem Verhältniswort: Schreiben Sie es einfacher."
            else:
                message = "Genitiv: Schreiben Sie es einfacher."
            yield make_finding(
                self,
                context,
                sentence,
                tokens[match.first].start,
                tokens[match.head].end,
                options.severity,
                message,
                (_suggestion(sentence, match, preposition),),
                kind=match.kind,
                preposition=preposition,
                plural=match.plural,
            )


def _suggestion(sentence: MeasuredSentence, match: GenitiveMatch, preposition: str | None) -> Suggestion:
    if match.kind == "attribut":
        phrase = dative_phrase(sentence.sentence.tokens, match)
        if phrase is not None:
            return Suggestion(f"Besser: „{phrase}“.", replacement=phrase)
        return Suggestion("Schreiben Sie „von“ und Dativ: „die Kosten von dem Kurs“.")
    if preposition is not None:
        return Suggestion(_PREPOSITION_NOTES.get(preposition.lower(), _OTHER_NOTE))
    return Suggestion(_OTHER_NOTE)
