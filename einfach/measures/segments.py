"""Clause segments: the stretches of a sentence between punctuation and clause-joining words.

A segment ends at a comma, semicolon, colon, dash or bracket, and before each clause boundary
that :func:`einfach.measures.clauses.split_points` finds (a conjunction between two main
clauses, a subordinating conjunction or relative pronoun after a comma). This is the unit of
the HIX parameter "Satzteile > 12 Wörter" (wortliga.de) and the span inside which a verb's two
parts (the Satzklammer) are looked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .. import langdata
from ..analysis.model import Sentence, Token
from ..analysis.tokens import Kind
from .clauses import SplitPoint, split_points

__all__ = ["BOUNDARY_PUNCTUATION", "Segment", "reading_words", "segments"]

#: Punctuation that ends a segment. Sentence-final . ! ? are never part of a segment.
BOUNDARY_PUNCTUATION = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "[", "]"})
_FINAL = frozenset({".", "!", "?", "…", "...", '"', "„", "“", "”", "»", "«"})


@dataclass(frozen=True, slots=True)
class Segment:
    start: int  # index of the first token
    end: int  # index after the last token (boundary punctuation excluded)
    words: int  # words in the segment as read (a written date or a time counts once)


def reading_words(tokens: Sequence[Token]) -> int:
    """Words as a reader takes them in: a written date ("3. März 2026") and a time ("9:30 Uhr")
    are one unit each, so the formats plain language asks for do not count against a clause."""
    months = langdata.months()
    count = 0
    previous: Token | None = None
    for token in tokens:
        if not token.is_word:
            previous = None
            continue
        lower = token.text.lower()
        joined = previous is not None and (
            (lower in months and previous.kind is Kind.ORDINAL)  # "3." + "März"
            or (previous.text.lower() in months and token.kind is Kind.NUMBER and len(token.text) == 4)  # "März" + "2026"
            or (lower == "uhr" and previous.kind in (Kind.TIME, Kind.NUMBER))  # "9:30" + "Uhr"
        )
        if not joined:
            count += 1
        previous = token
    return count


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
        words = reading_words(tokens[start:end])
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
