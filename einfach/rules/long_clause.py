"""ES103 long-clause: a part of a sentence with too many words.

HIX counts the share of "Satzteile > 12 Wörter" (wortliga.de). A segment is the stretch between
commas, semicolons, colons, dashes, brackets and clause-joining conjunctions
(:mod:`einfach.measures.segments`). A sentence that is one single segment is the segment: it is
flagged only while it is short enough that sentence-length (ES101) stays silent
(``sentence_words``, the profile's sentence-length ``warn_above``), so the same words are never
reported twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..measures.segments import segments
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

_NOTE = "Machen Sie aus diesem Teil einen eigenen Satz."
_NOTE_SINGLE = "Machen Sie zwei Sätze daraus. Oder lassen Sie Unwichtiges weg."


@dataclass(frozen=True, slots=True)
class LongClauseOptions:
    max_words: int = 12
    sentence_words: int = 15  # sentence-length's warn_above: longer one-segment sentences are its business
    severity: Severity = Severity.WARNING


class LongClause:
    code: ClassVar[str] = "ES103"
    name: ClassVar[str] = "long-clause"
    summary: ClassVar[str] = "Ein Teil des Satzes hat zu viele Wörter."
    Options: ClassVar[type] = LongClauseOptions

    def check(self, sentence: MeasuredSentence, options: LongClauseOptions, context: CheckContext) -> Iterator[Finding]:
        if len(sentence.words) <= options.max_words:
            return
        parts = segments(sentence.sentence, sentence.splits)
        single = len(parts) == 1
        if single and len(sentence.words) > options.sentence_words:
            return  # one segment is the whole sentence, and sentence-length reports it
        tokens = sentence.sentence.tokens
        for part in parts:
            if part.words <= options.max_words:
                continue
            yield make_finding(
                self,
                context,
                sentence,
                tokens[part.start].start,
                tokens[part.end - 1].end,
                options.severity,
                f"{'Langer Satz ohne Pause' if single else 'Langer Satzteil'}: {part.words} Wörter. "
                f"Gut sind höchstens {options.max_words}.",
                (Suggestion(_NOTE_SINGLE if single else _NOTE),),
                words=part.words,
                limit=options.max_words,
            )
