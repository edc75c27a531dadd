"""How many statements a sentence makes (the Leichte-Sprache rule "one statement per sentence").

StaGE (GermEval 2024) counts a statement per predicate with its obligatory parts; every clause
is one, and every coordinated part ("Traurigkeit und Wut", "lesen und schreiben") adds one. The
count here is that definition made mechanical: clauses (finite verbs, or one verb phrase in a
sentence without a finite verb) plus coordinations whose second part has no finite verb of its
own (a coordinated clause is already counted by its verb). Measured in docs/evaluation.md.
"""

from __future__ import annotations

from ..analysis.model import FINITE_TAGS, Sentence

__all__ = ["count_statements"]

_COORDINATORS = frozenset({"und", "oder", "sowie", "aber", "sondern"})
_NON_FINITE = frozenset({"VVINF", "VVIZU", "VVPP", "VAINF", "VMINF"})
_BOUNDARIES = frozenset({",", ";", ":", ".", "!", "?"})


def count_statements(sentence: Sentence) -> int:
    tokens = sentence.tokens
    clauses = sum(1 for token in tokens if token.tag in FINITE_TAGS)
    if clauses == 0 and any(token.tag in _NON_FINITE for token in tokens):
        clauses = 1  # "Zum Beispiel eine Bewertung schreiben."
    coordinated = 0
    for index, token in enumerate(tokens):
        if token.tag != "KON" or token.text.lower() not in _COORDINATORS:
            continue
        end = index + 1
        while end < len(tokens) and tokens[end].text not in _BOUNDARIES:
            end += 1
        if not any(tokens[i].tag in FINITE_TAGS for i in range(index + 1, end)):
            coordinated += 1
    return max(1, clauses) + coordinated
