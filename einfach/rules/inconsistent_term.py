"""ES211 inconsistent-term: two words for the same thing in one document.

BITV 2.0 Anlage 2 Teil 2 Nr. 3: use terms consistently. The sets of words that name the same
thing in a plan are in data/grammar/term_sets.tsv ("Jobcenter" / "Amt" / "Behörde"). The first
word of a set used in the document wins; every later sentence that uses another word of the
set gets one finding. A sentence that names the first word (or the set's preferred word) and
another word of the set explains one by the other ("Die Eingliederungsvereinbarung heißt jetzt
Kooperationsplan.") and is not flagged; when it contains the preferred word, that word wins from
there on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from ..analysis.model import Token
from ..measures.sentence import MeasuredSentence
from ..measures.synonyms import TermHit, TermIndex, TermSet, find_term_hits, index_term_sets
from ..normalize import lexicon_key
from ..report import Finding, Severity, Suggestion
from ..resources import read_table
from ..suggest.german import noun_gender
from .base import CheckContext, make_finding


@cache
def term_sets() -> tuple[TermSet, ...]:
    sets: list[TermSet] = []
    seen: dict[str, int] = {}
    for row in read_table("grammar/term_sets.tsv", required=("preferred", "variants", "source"), unique="preferred"):
        terms: list[tuple[tuple[str, ...], ...]] = []
        labels: list[tuple[str, ...]] = []
        for term in (row["preferred"], *row["variants"].split("|")):
            forms = tuple(tuple(lexicon_key(word) for word in form.split()) for form in term.split("/") if form.strip())
            if not forms:
                raise row.error(f"empty term in {row['variants']!r}")
            for form in forms:
                name = " ".join(form)
                if name in seen:
                    raise row.error(f"{name!r} is already in the set on line {seen[name]}")
                seen[name] = row.line
            terms.append(forms)
            labels.append(tuple(form.strip() for form in term.split("/") if form.strip()))
        sets.append(TermSet(row["preferred"], tuple(terms), tuple(labels)))
    return tuple(sets)


@cache
def _index() -> TermIndex:
    return index_term_sets(term_sets())


@dataclass(frozen=True, slots=True)
class InconsistentTermOptions:
    severity: Severity = Severity.WARNING


@dataclass(frozen=True, slots=True)
class _Switch:
    set_id: int
    hit: TermHit
    first: int  # term index of the word used first
    first_form: int  # which of its forms


def _switches(sentences: Sequence[MeasuredSentence], context: CheckContext) -> dict[int, tuple[_Switch, ...]]:
    """Sentence index -> the words that differ from the first word of their set (one per set)."""
    index = _index()
    first: dict[int, tuple[int, int]] = {}  # set id -> (term, form) used first
    result: dict[int, tuple[_Switch, ...]] = {}
    for sentence in sentences:
        tokens = sentence.sentence.tokens
        by_set: dict[int, list[TermHit]] = {}
        for hit in find_term_hits(tokens, index):
            if not context.allows(tokens[hit.start]):
                by_set.setdefault(hit.set_id, []).append(hit)
        found: list[_Switch] = []
        for set_id, hits in by_set.items():
            used = {hit.term for hit in hits}
            known = first.get(set_id)
            if len(used) > 1 and (known is None or known[0] in used or 0 in used):
                # the sentence explains one word by another: no finding; the preferred word wins
                preferred = next((hit for hit in hits if hit.term == 0), None)
                if preferred is not None:
                    first[set_id] = (0, preferred.form)
                elif known is None:
                    first[set_id] = (hits[0].term, hits[0].form)
            elif known is None:
                first[set_id] = (hits[0].term, hits[0].form)
            else:
                other = next((hit for hit in hits if hit.term != known[0]), None)
                if other is not None:
                    found.append(_Switch(set_id, other, *known))
        if found:
            result[sentence.index] = tuple(found)
    return result


def _replacement(tokens: tuple[Token, ...], hit: TermHit, first: str) -> str | None:
    """The first word in place of the variant, when articles and endings stay right."""
    if hit.end - hit.start != 1 or " " in first:
        return None
    token = tokens[hit.start]
    if lexicon_key(token.text) != lexicon_key(token.lemma):
        return None  # "des Amtes", "Ämter": the first word would need another ending
    gender = noun_gender(first)
    return first if gender is not None and gender == noun_gender(token.text) else None


class InconsistentTerm:
    code: ClassVar[str] = "ES211"
    name: ClassVar[str] = "inconsistent-term"
    summary: ClassVar[str] = "Dasselbe Ding hat im Text verschiedene Namen."
    Options: ClassVar[type] = InconsistentTermOptions

    def check(self, sentence: MeasuredSentence, options: InconsistentTermOptions, context: CheckContext) -> Iterator[Finding]:
        measured = context.sentences
        if 0 <= sentence.index < len(measured) and measured[sentence.index] is sentence:
            switches = context.memo("ES211.switches", lambda: _switches(measured, context))
        else:  # a context without the document: this sentence alone
            switches = _switches((sentence,), context)
        sets = term_sets()
        tokens = sentence.sentence.tokens
        for switch in switches.get(sentence.index, ()):
            term_set = sets[switch.set_id]
            first = term_set.labels[switch.first][switch.first_form]
            hit = switch.hit
            start, end = tokens[hit.start].start, tokens[hit.end - 1].end
            variant = context.text[start:end]
            replacement = _replacement(tokens, hit, first)
            note = f"Schreiben Sie überall „{first}“."
            yield make_finding(
                self,
                context,
                sentence,
                start,
                end,
                options.severity,
                "Sie nennen dasselbe anders als vorher. Bleiben Sie bei einem Wort.",
                (Suggestion(note, replacement=replacement),),
                first=first,
                variant=variant,
            )
