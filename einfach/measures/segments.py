"""Clause segments: the stretches of a sentence between punctuation and clause-joining words.

A segment ends at a comma, semicolon, colon, dash or bracket, and before each clause boundary
that :func:`einfach.measures.clauses.split_points` finds (a conjunction between two main
clauses, a subordinating conjunction or relative pronoun after a comma). This is the unit of
the HIX parameter "Satzteile > 12 Wörter" (wortliga.de) and the span inside which a verb's two
parts (the Satzklammer) are looked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.model import Sentence, Token
from ..analysis.tokens import Kind
from .clauses import SplitPoint, split_points

__all__ = ["BOUNDARY_PUNCTUATION", "Segment", "segments"]

#: Punctuation that ends a segment. Sentence-final . ! ? are never part of a segment.
BOUNDARY_PUNCTUATION = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "[", "]"})
_FINAL = frozenset({".", "!", "?", "…", "...", '"', "„", "“", "”", "»", "«"})


@dataclass(frozen=True, slots=True)
class Segment:
    start: int  # index of the first token
    end: int  # index after the last token (boundary punctuation excluded)
    words: int  # word tokens in the segment


def _is_boundary(token: Token) -> bool:
    return token.kind is Kind.PUNCT and token.text in BOUNDARY_PUNCTUATION


def segments(sentence: Sentence, splits: tuple[SplitPoint, ...] | None = None) -> tuple[Segment, ...]:
    """The sentence's segments in order; ``splits`` are the sentence's split points if already known."""
    tokens = sentence.tokens
    points = split_points(sentence) if splits is None else splits
    starts = {point.index for point in points}
    result: list[Segment] = []
    start: int | None = None

    def close(end: int) -> None:
        if start is None:
            return
        while end > start and tokens[end - 1].kind is Kind.PUNCT and tokens[end - 1].text in _FINAL:
            end -= 1
        words = sum(1 for token in tokens[start:end] if token.is_word)
        if words:
            result.append(Segment(start, end, words))

    for index, token in enumerate(tokens):
        if _is_boundary(token):
            close(index)
            start = None
            continue
        if index in starts and start is not None:
            close(index)
            start = None
        if start is None:
            start = index
    close(len(tokens))
    return tuple(result)
