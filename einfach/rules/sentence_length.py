"""ES101 sentence-length: sentences with too many words.

Why: long sentences are the strongest single predictor of how hard a German sentence is
(docs/evaluation.md: log word count alone correlates 0.73 with learners' ratings). Where the
sentence has a clause boundary, the suggestion names it; where two main clauses are joined,
it writes the two sentences out.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..errors import ConfigError
from ..measures.clauses import SplitKind, SplitPoint
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

_DROPPED_CONJUNCTIONS = frozenset({"und", "oder", "sowie"})
_KIND_ORDER = {SplitKind.MAIN: 0, SplitKind.SUBORDINATE: 1, SplitKind.RELATIVE: 2}


@dataclass(frozen=True, slots=True)
class SentenceLengthOptions:
    warn_above: int = 15
    error_above: int = 20

    def __post_init__(self) -> None:
        if self.warn_above > self.error_above:
            raise ConfigError("Regel 'sentence-length': warn_above darf nicht größer als error_above sein.")


class SentenceLength:
    code: ClassVar[str] = "ES101"
    name: ClassVar[str] = "sentence-length"
    summary: ClassVar[str] = "Der Satz hat zu viele Wörter."
    Options: ClassVar[type] = SentenceLengthOptions

    def check(self, sentence: MeasuredSentence, options: SentenceLengthOptions, context: CheckContext) -> Iterator[Finding]:
        words = len(sentence.words)
        if words <= options.warn_above:
            return
        severity = Severity.ERROR if words > options.error_above else Severity.WARNING
        limit = options.error_above if severity is Severity.ERROR else options.warn_above
        span = sentence.sentence
        split = _best_split(sentence)
        yield make_finding(
            self,
            context,
            sentence,
            span.start,
            span.end,
            severity,
            f"Langer Satz: {words} Wörter. Gut sind höchstens {options.warn_above}.",
            (_suggestion(sentence, split, context.text),),
            words=words,
            limit=limit,
            split_offsets=[sentence.sentence.tokens[p.index].start for p in sentence.splits],
        )


def _best_split(sentence: MeasuredSentence) -> SplitPoint | None:
    """A main-clause boundary before a subordinate one; among equals the most even split."""
    if not sentence.splits:
        return None
    positions = [word.index for word in sentence.words]
    total = len(positions)

    def balance(point: SplitPoint) -> int:
        return abs(2 * bisect_left(positions, point.index) - total)

    return min(sentence.splits, key=lambda p: (_KIND_ORDER[p.kind], balance(p)))


def _suggestion(sentence: MeasuredSentence, split: SplitPoint | None, text: str) -> Suggestion:
    if split is None:
        return Suggestion("Machen Sie mehrere kurze Sätze daraus: ein Gedanke pro Satz.")
    tokens = sentence.sentence.tokens
    if split.kind is not SplitKind.MAIN:  # a subordinate or relative clause needs rewording
        return Suggestion(f"Machen Sie aus dem Teil ab „{split.word}“ einen eigenen Satz.")
    first_end = tokens[split.index - 1].end
    if tokens[split.index - 1].text in (",", ";"):
        first_end = tokens[split.index - 2].end
    second_start = split.index + 1 if split.word.lower() in _DROPPED_CONJUNCTIONS else split.index
    span = sentence.sentence
    first = text[span.start : first_end]
    second = text[tokens[second_start].start : span.end]
    if not second or not first:
        return Suggestion("Machen Sie zwei Sätze daraus.")
    final = "" if first[-1] in ".!?" else "."
    rewritten = f"{first}{final} {second[0].upper()}{second[1:]}"
    if rewritten[-1] not in ".!?":
        rewritten += "."
    return Suggestion("Machen Sie zwei Sätze daraus.", replacement=rewritten)
