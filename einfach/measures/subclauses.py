"""Subordinate clauses and the commas that separate clauses.

A subordinate clause starts with a subordinating conjunction (KOUS: weil, dass, wenn, ob, ...),
a relative pronoun after a comma (PRELS/PRELAT, also after a preposition: "..., mit der ...")
or a w-word that opens an indirect question or free relative clause (PWS/PWAV: "..., was Sie
brauchen"). Relative clauses after a comma come from :func:`einfach.measures.clauses.split_points`.

HanTa's tags are statistical, so two checks guard every clause:

* position: the word stands where a clause can start: at the sentence start, after a comma,
  semicolon, colon, dash or bracket, or after "und"/"oder"/"aber" ("und dass ..."); up to two
  adverbs may stand in between ("auch wenn", "so dass");
* verb-final order: the clause (up to the next comma or the sentence end) ends with a verb
  ("weil ich krank bin"). "Als Friseurin verdienen Sie mehr." is no clause; neither is a
  direct question ("Was müssen Sie tun?": the finite verb follows the w-word).

Clause commas are commas that are followed by a verb before the next comma: commas inside
numbers ("2,50 Euro") are part of the number token, and commas between the items of an
enumeration ("für Bücher, Fahrkarten und Kleidung") separate no clauses, so neither counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..analysis.model import FINITE_TAGS, Sentence, Token
from ..analysis.tokens import Kind
from .clauses import SplitKind, SplitPoint, split_points

__all__ = ["ClauseKind", "Subclause", "clause_commas", "subordinate_clauses"]

_CLAUSE_PUNCTUATION = frozenset({",", ";", ":", "–", "—", "-", "(", ")"})
_COORDINATORS = frozenset({"und", "oder", "aber", "sondern", "sowie"})
_SKIPPABLE = frozenset({"ADV", "PTKNEG", "PTKA"})  # "auch wenn", "so dass", "nur wenn"
_RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})
_QUESTION_TAGS = frozenset({"PWS", "PWAV"})
_SHORT_RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "den", "dem", "denen"})


class ClauseKind(StrEnum):
    SUBORDINATE = SplitKind.SUBORDINATE.value  # "weil ...", "dass ...", "wenn ..."
    RELATIVE = SplitKind.RELATIVE.value  # "..., die Ihnen hilft"
    QUESTION = "w-satz"  # "..., was Sie brauchen"


@dataclass(frozen=True, slots=True)
class Subclause:
    index: int  # token index of the introducing word (the preposition of "mit der ...")
    end: int  # token index after the clause's last token
    kind: ClauseKind
    word: str  # the introducing word(s) as written
    words: int  # word tokens in the clause

    @property
    def plain_relative(self) -> bool:
        """A relative clause opened by a bare der/die/das (not "welcher", "dessen", "mit der")."""
        return self.kind is ClauseKind.RELATIVE and self.word.lower() in _SHORT_RELATIVE_PRONOUNS


def _is_verb(token: Token) -> bool:
    return token.tag.startswith("V")


def _clause_end(tokens: tuple[Token, ...], index: int) -> int:
    end = index
    while end < len(tokens) and not (tokens[end].kind is Kind.PUNCT and tokens[end].text in _CLAUSE_PUNCTUATION):
        end += 1
    while end > index and tokens[end - 1].kind is Kind.PUNCT:
        end -= 1
    return end


def _at_clause_start(tokens: tuple[Token, ...], index: int) -> bool:
    position = index - 1
    skipped = 0
    while position >= 0 and tokens[position].tag in _SKIPPABLE and skipped < 2:
        position -= 1
        skipped += 1
    if position < 0:
        return True
    before = tokens[position]
    if before.kind is Kind.PUNCT and before.text in _CLAUSE_PUNCTUATION:
        return True
    return before.tag == "KON" and before.text.lower() in _COORDINATORS


def _verb_final(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    return end - start >= 2 and _is_verb(tokens[end - 1])


def _words(tokens: tuple[Token, ...], start: int, end: int) -> int:
    return sum(1 for token in tokens[start:end] if token.is_word)


def subordinate_clauses(sentence: Sentence, splits: tuple[SplitPoint, ...] | None = None) -> tuple[Subclause, ...]:
    """The subordinate clauses of a sentence, in order of their first word."""
    tokens = sentence.tokens
    points = split_points(sentence) if splits is None else splits
    found: dict[int, Subclause] = {}
    for point in points:
        if point.kind is not SplitKind.RELATIVE:
            continue
        end = _clause_end(tokens, point.index)
        if _verb_final(tokens, point.index, end):
            word = " ".join(token.text for token in tokens[point.index : _pronoun_after(tokens, point.index) + 1])
            found[point.index] = Subclause(point.index, end, ClauseKind.RELATIVE, word, _words(tokens, point.index, end))
    covered = {index for clause in found.values() for index in range(clause.index, clause.index + 2)}
    for index, token in enumerate(tokens):
        if index in covered or token.tag not in ("KOUS", *_QUESTION_TAGS):
            continue
        if not _at_clause_start(tokens, index):
            continue
        if token.tag in _QUESTION_TAGS:
            if (index > 0 and tokens[index - 1].text != ",") or (
                index + 1 < len(tokens) and tokens[index + 1].tag in FINITE_TAGS
            ):
                continue  # only after a comma or at the start, and not a direct question ("Was müssen Sie tun?")
            if index == 0 and tokens[-1].text == "?":
                continue
        end = _clause_end(tokens, index)
        if not _verb_final(tokens, index, end):
            continue
        kind = ClauseKind.QUESTION if token.tag in _QUESTION_TAGS else ClauseKind.SUBORDINATE
        found[index] = Subclause(index, end, kind, token.text, _words(tokens, index, end))
    return tuple(found[index] for index in sorted(found))


def _pronoun_after(tokens: tuple[Token, ...], index: int) -> int:
    """Index of the relative pronoun of a clause that starts at ``index`` ("mit der": the "der")."""
    if tokens[index].tag in _RELATIVE_TAGS:
        return index
    return index + 1 if index + 1 < len(tokens) and tokens[index + 1].tag in _RELATIVE_TAGS else index


def clause_commas(sentence: Sentence) -> tuple[int, ...]:
    """Token indices of the commas that separate clauses: a verb follows before the next comma."""
    tokens = sentence.tokens
    commas: list[int] = []
    for index, token in enumerate(tokens):
        if token.text != "," or token.kind is not Kind.PUNCT:
            continue
        end = _clause_end(tokens, index + 1)
        if any(_is_verb(t) for t in tokens[index + 1 : end]):
            commas.append(index)
    return tuple(commas)
