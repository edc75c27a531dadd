"""Measures that several rules ask for about the same sentence, one right after the other.

The checker runs all rules on one sentence before the next, so remembering the last sentence's
result is enough: no unbounded cache, no hashing of token tuples. The sentence's tokens are held,
so identity is a safe key, and the pair is replaced in one step, so threads never see half of it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from ..analysis.model import Sentence

__all__ = ["for_last_sentence"]

_R = TypeVar("_R")


def for_last_sentence(measure: Callable[[Sentence], _R]) -> Callable[[Sentence], _R]:
    """Wrap a pure per-sentence measure so that asking twice in a row computes it once."""
    last: list[tuple[tuple[object, ...], _R]] = []

    @wraps(measure)
    def remembered(sentence: Sentence) -> _R:
        if last and last[0][0] is sentence.tokens:
            return last[0][1]
        result = measure(sentence)
        last[:] = [(sentence.tokens, result)]
        return result

    return remembered
