"""ES306 tense: Futur I and Plusquamperfekt; plain German uses Präsens and Perfekt.

DIN 8581-1, Bredel/Maaß and MUCGPT Leichte Sprache (domain.md S9): "Wir rufen Sie am 3. März
an." says the same as "Wir werden Sie am 3. März anrufen."; "Sie haben den Termin versäumt."
the same as "Sie hatten den Termin versäumt.". Detection in :mod:`einfach.measures.tense`
(werden + participle is passive, "Ich werde Friseurin." has no infinitive, "war geschlossen"
is a state: none of them is reported). The rewrites are not safe: a Futur without a time
word may need one ("ab März"), and the Plusquamperfekt orders two past events.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..measures.sentence import MeasuredSentence
from ..measures.tense import (
    TenseMatch,
    clauses,
    find_futur,
    find_plusquamperfekt,
    perfect_auxiliary,
    person_of,
    present_rewrite,
    present_rewrite_final,
)
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding


@dataclass(frozen=True, slots=True)
class TenseOptions:
    severity: Severity = Severity.WARNING
    futur: bool = True
    plusquamperfekt: bool = True


class Tense:
    code: ClassVar[str] = "ES306"
    name: ClassVar[str] = "tense"
    summary: ClassVar[str] = "Futur und Plusquamperfekt: Schreiben Sie im Präsens oder Perfekt."
    Options: ClassVar[type] = TenseOptions

    def check(self, sentence: MeasuredSentence, options: TenseOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        matches: tuple[TenseMatch, ...] = ()
        if options.futur:
            matches += find_futur(sentence.sentence)
        if options.plusquamperfekt:
            matches += find_plusquamperfekt(sentence.sentence)
        for match in sorted(matches, key=lambda m: m.first):
            if context.allows(tokens[match.verb]):
                continue
            if match.kind == "futur1":
                message = "Futur: Schreiben Sie im Präsens."
                suggestion = _present(context.text, sentence, match)
            else:
                message = "Plusquamperfekt: Schreiben Sie im Perfekt."
                suggestion = _perfect(context.text, sentence, match)
            yield make_finding(
                self,
                context,
                sentence,
                tokens[match.first].start,
                tokens[match.last].end,
                options.severity,
                message,
                (suggestion,),
                kind=match.kind,
                auxiliary=tokens[match.auxiliary].text,
                verb=tokens[match.verb].text,
            )


def _whole(text: str, sentence: MeasuredSentence, start: int, end: int, replacement: str) -> str:
    span = sentence.sentence
    return text[span.start : start] + replacement + text[end : span.end]


def _present(text: str, sentence: MeasuredSentence, match: TenseMatch) -> Suggestion:
    tokens = sentence.sentence.tokens
    clause = next(c for c in clauses(sentence.sentence) if match.auxiliary in c)
    rewrite = None
    if match.auxiliary < match.verb:
        person = person_of(tokens, clause, match.auxiliary)
        rewrite = present_rewrite(text, tokens, match.auxiliary, match.verb, person) if person else None
    else:  # verb-final: "..., wenn ich kommen werde."
        rewrite = present_rewrite_final(tokens, clause, match.verb, match.auxiliary)
    if rewrite is None:
        return Suggestion("Schreiben Sie im Präsens und nennen Sie die Zeit: „Wir rufen Sie am 3. März an.“")
    whole = _whole(text, sentence, tokens[match.first].start, tokens[match.last].end, rewrite)
    return Suggestion(f"Besser im Präsens: „{whole}“", replacement=rewrite)


def _perfect(text: str, sentence: MeasuredSentence, match: TenseMatch) -> Suggestion:
    tokens = sentence.sentence.tokens
    clause = next(c for c in clauses(sentence.sentence) if match.auxiliary in c)
    auxiliary = tokens[match.auxiliary]
    form = perfect_auxiliary(tokens, clause, match.auxiliary)
    if form is None:
        return Suggestion("Schreiben Sie im Perfekt: „Sie haben den Termin versäumt.“")
    whole = _whole(text, sentence, auxiliary.start, auxiliary.end, form)
    return Suggestion(f"Besser im Perfekt: „{whole}“", replacement=form, start=auxiliary.start, end=auxiliary.end)
