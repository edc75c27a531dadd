"""ES105 verb-distance: many words between the two parts of the verb (the Satzklammer).

"Sie reichen die Unterlagen bitte bis zum Ende des nächsten Monats im Jobcenter ein." The reader
must keep "reichen" in mind until "ein" arrives (Bredel/Maaß; [B] "Subjekt und Verb nah
zusammen"). Checked inside one main-clause segment (:mod:`einfach.measures.segments`): from the
finite verb to the separable particle, infinitive or participle that closes the segment.
Segments that start with a subordinating word are skipped: there the verb stands at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..analysis.model import FINITE_TAGS, Token
from ..measures.segments import Segment, reading_words, segments
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

_BRACKET_TAGS = frozenset({"PTKVZ", "VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "VMPP"})
_BRACKET_CLUSTER = _BRACKET_TAGS | {"PTKZU"}  # "... zu schicken", "... gemacht haben"
_SUBORDINATING = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})
_LEADING_CONJUNCTIONS = frozenset({"und", "oder", "aber", "denn", "sondern", "doch"})


@dataclass(frozen=True, slots=True)
class VerbDistanceOptions:
    max_words: int = 6
    severity: Severity = Severity.WARNING


@dataclass(frozen=True, slots=True)
class _Bracket:
    finite: int
    bracket_start: int
    bracket_end: int  # index of the last token
    words: int


def _bracket(tokens: tuple[Token, ...], part: Segment) -> _Bracket | None:
    start = part.start
    while start < part.end and tokens[start].tag == "KON" and tokens[start].text.lower() in _LEADING_CONJUNCTIONS:
        start += 1
    if start >= part.end:
        return None
    first = tokens[start]
    if first.tag in _SUBORDINATING and not (start + 1 < part.end and tokens[start + 1].tag in FINITE_TAGS):
        return None  # a subordinate clause; "Was müssen Sie ... abgeben?" is a main clause
    if first.tag == "APPR" and start + 1 < part.end and tokens[start + 1].tag in ("PRELS", "PRELAT"):
        return None  # "mit der ..."
    finite = next((i for i in range(start, part.end) if tokens[i].tag in FINITE_TAGS), None)
    last = part.end - 1
    if finite is None or finite >= last or tokens[last].tag not in _BRACKET_TAGS:
        return None
    bracket_start = last
    while bracket_start - 1 > finite and tokens[bracket_start - 1].tag in _BRACKET_CLUSTER:
        bracket_start -= 1
    # "Kann man es online schicken und später abholen": the bracket opens at the first verb part
    earlier = next((i for i in range(finite + 1, bracket_start) if tokens[i].tag in _BRACKET_TAGS - {"PTKVZ"}), None)
    if earlier is not None:
        bracket_start = earlier
    middle = tokens[finite + 1 : bracket_start]
    if any(token.tag in FINITE_TAGS or token.tag in _SUBORDINATING for token in middle):
        return None  # another clause inside: the structure is not a simple bracket
    words = reading_words(middle)
    return _Bracket(finite, bracket_start, last, words)


class VerbDistance:
    code: ClassVar[str] = "ES105"
    name: ClassVar[str] = "verb-distance"
    summary: ClassVar[str] = "Die Teile des Verbs stehen weit auseinander."
    Options: ClassVar[type] = VerbDistanceOptions

    def check(self, sentence: MeasuredSentence, options: VerbDistanceOptions, context: CheckContext) -> Iterator[Finding]:
        if len(sentence.words) < options.max_words + 2:
            return
        tokens = sentence.sentence.tokens
        for part in segments(sentence.sentence, sentence.splits):
            found = _bracket(tokens, part)
            if found is None or found.words <= options.max_words:
                continue
            bracket = " ".join(token.text for token in tokens[found.bracket_start : found.bracket_end + 1])
            yield make_finding(
                self,
                context,
                sentence,
                tokens[found.finite].start,
                tokens[found.bracket_end].end,
                options.severity,
                f"Verb-Teile weit auseinander: {found.words} Wörter dazwischen. Gut sind bis {options.max_words}.",
                (Suggestion("Stellen Sie die Verb-Teile näher zusammen."),),
                words=found.words,
                limit=options.max_words,
                verb=tokens[found.finite].text,
                bracket=bracket,
            )
