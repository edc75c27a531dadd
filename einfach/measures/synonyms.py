"""Words of a synonym set in a sentence ("Jobcenter" / "Amt" / "Behörde").

A term set groups words a plan may use for the same thing. Each term has one or more forms
that count as the same word ("Ansprechpartner/Ansprechpartnerin") and each form is one or
more words ("Arbeitslosengeld II"). Single words match on the lemma or the written form;
further words match on the written form. Compounds do not match ("Jobcenter-Team" is not
"Jobcenter"): only whole words count.

Uses that mention another thing or the old name on purpose are skipped: after "andere",
"weitere", "früher", "bisher", "ehemals" or "alte", and inside brackets ("Grundsicherungsgeld
(früher: Bürgergeld)").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..analysis.model import Token
from ..normalize import lexicon_key

__all__ = ["TermHit", "TermSet", "find_term_hits", "index_term_sets"]

_NOUN_TAGS = frozenset({"NN", "NE", "XY", "FM"})
_OTHER_THING = frozenset(
    {"andere", "anderen", "anderer", "anderes", "anderem", "weitere", "weiteren", "weiterer", "weiteres", "weiterem"}
)
_OLD_NAME = frozenset(
    {"früher", "frühere", "früheren", "bisher", "bisherige", "bisherigen", "ehemals", "ehemalige", "ehemaligen", "alte", "alten",
     "altes", "alter", "vorher", "sogenannte", "sogenannten"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TermSet:
    preferred: str
    terms: tuple[tuple[tuple[str, ...], ...], ...]  # per term: its forms, each a tuple of lexicon keys
    labels: tuple[tuple[str, ...], ...]  # per term: its forms as written in the data file


@dataclass(frozen=True, slots=True)
class TermHit:
    set_id: int
    term: int  # index into TermSet.terms
    form: int  # index into the term's forms
    start: int  # token indices [start, end)
    end: int


#: lexicon key of a form's first word -> (set id, term index, form index, form)
TermIndex = Mapping[str, tuple[tuple[int, int, int, tuple[str, ...]], ...]]


def index_term_sets(sets: Sequence[TermSet]) -> TermIndex:
    index: dict[str, list[tuple[int, int, int, tuple[str, ...]]]] = {}
    for set_id, term_set in enumerate(sets):
        for term, forms in enumerate(term_set.terms):
            for number, form in enumerate(forms):
                index.setdefault(form[0], []).append((set_id, term, number, form))
    return {key: tuple(sorted(entries, key=lambda entry: -len(entry[3]))) for key, entries in index.items()}


def _skipped(tokens: tuple[Token, ...], start: int, depth: int) -> bool:
    if depth > 0:
        return True
    before = [lexicon_key(token.text) for token in tokens[max(0, start - 3) : start]]
    if before and before[-1] in _OTHER_THING:
        return True
    return any(word in _OLD_NAME for word in before)


def find_term_hits(tokens: tuple[Token, ...], index: TermIndex) -> tuple[TermHit, ...]:
    """Term-set words in a sentence's tokens, left to right, without overlaps."""
    hits: list[TermHit] = []
    depth = 0
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(0, depth - 1)
        if token.tag not in _NOUN_TAGS or not token.text[:1].isupper():
            position += 1
            continue
        candidates = index.get(lexicon_key(token.lemma), ()) + index.get(lexicon_key(token.text), ())
        matched = None
        for set_id, term, number, form in sorted(candidates, key=lambda entry: -len(entry[3])):
            end = position + len(form)
            if end <= len(tokens) and all(lexicon_key(tokens[position + k].text) == form[k] for k in range(1, len(form))):
                matched = TermHit(set_id, term, number, position, end)
                break
        if matched is None:
            position += 1
            continue
        if not _skipped(tokens, position, depth):
            hits.append(matched)
        position = matched.end
    return tuple(hits)
