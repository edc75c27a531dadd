"""Clause boundaries: where a long sentence can be split, and how many clauses it has.

Without a dependency parser (no trained German pipeline can be installed, nlp-stack.md)
this works on tags: a clause boundary is a comma or semicolon before a conjunction or
relative pronoun, or a conjunction between two parts that each have a finite verb.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..analysis.model import FINITE_TAGS, Sentence, Token

__all__ = ["SplitKind", "SplitPoint", "finite_verbs", "split_points"]

_COORDINATORS = frozenset({"und", "oder", "aber", "denn", "doch", "sowie"})
_SUBORDINATORS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS"})


class SplitKind(StrEnum):
    MAIN = "hauptsatz"  # two main clauses: "A, und B" / "A; B"
    SUBORDINATE = "nebensatz"  # "A, weil B"
    RELATIVE = "relativsatz"  # "A, der B"


@dataclass(frozen=True, slots=True)
class SplitPoint:
    index: int  # token index where the second part starts (the conjunction itself)
    kind: SplitKind
    word: str  # the conjunction or pronoun, "" after a semicolon


def finite_verbs(tokens: tuple[Token, ...] | list[Token]) -> int:
    return sum(1 for token in tokens if token.tag in FINITE_TAGS)


def split_points(sentence: Sentence) -> tuple[SplitPoint, ...]:
    tokens = sentence.tokens
    points: list[SplitPoint] = []
    for index, token in enumerate(tokens):
        if index == 0 or index >= len(tokens) - 1:
            continue
        previous = tokens[index - 1]
        if token.text == ";":
            if finite_verbs(tokens[index + 1 :]):
                points.append(SplitPoint(index + 1, SplitKind.MAIN, ""))
            continue
        if previous.text == "," and token.tag in ("KOUS", "KOUI"):
            points.append(SplitPoint(index, SplitKind.SUBORDINATE, token.text))
        elif (
            previous.text == ","
            and token.tag in ("PRELS", "PRELAT")
            or (previous.tag == "APPR" and token.tag == "PRELS" and index > 1 and tokens[index - 2].text == ",")
        ):
            start = index - 1 if previous.tag == "APPR" else index
            points.append(SplitPoint(start, SplitKind.RELATIVE, tokens[start].text))
        elif token.tag == "KON" and token.text.lower() in _COORDINATORS:
            left = _clause_before(tokens, index)
            right = _clause_after(tokens, index + 1)
            if (
                finite_verbs(left)
                and finite_verbs(right)
                and _has_subject_start(right)
                and left[0].tag not in _SUBORDINATORS  # "Wenn Sie krank sind und ... können, ..."
                and not _verb_final(right)  # "..., weil ich Arbeit finden möchte und Geld brauche."
            ):
                points.append(SplitPoint(index, SplitKind.MAIN, token.text))
    return tuple(points)


def _clause_before(tokens: tuple[Token, ...], index: int) -> list[Token]:
    end = index - 1 if tokens[index - 1].text == "," else index
    start = end
    while start > 0 and tokens[start - 1].text not in (",", ";", ":"):
        start -= 1
    return list(tokens[start:end])


def _clause_after(tokens: tuple[Token, ...], index: int) -> list[Token]:
    end = index
    while end < len(tokens) and tokens[end].text not in (",", ";", ":"):
        end += 1
    return list(tokens[index:end])


def _verb_final(part: list[Token]) -> bool:
    """The finite verb closes the part: word order of a subordinate clause."""
    words = [token for token in part if token.tag not in ("$.", "$,", "$(")]
    return bool(words) and words[-1].tag in FINITE_TAGS


def _has_subject_start(part: list[Token]) -> bool:
    """The part after "und" can stand alone: it does not start with the verb it shares."""
    return bool(part) and part[0].tag not in FINITE_TAGS
