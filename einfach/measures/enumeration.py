"""Enumerations in running text: "A, B, C und D".

An enumeration is a run of comma-separated items closed by "und", "oder" or "sowie". Items
must be parallel: short phrases without a verb, a subordinating conjunction or a relative
pronoun. Commas that separate clauses therefore never make items ("Wenn Sie krank sind, rufen
Sie an, und wir ..."). The first item is the noun phrase right before the first comma
("Sie bekommen Geld für [Bücher], ..."); the words before it are the lead-in. After the last
item may follow the rest of the verb ("... und Ihre Kontoauszüge [mit]").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..analysis.model import Sentence, Token
from ..analysis.tokens import Kind

__all__ = ["Enumeration", "find_enumerations", "is_list_item"]

_CONJUNCTIONS = frozenset({"und", "oder", "sowie"})
_HARD_BOUNDARIES = frozenset({";", ":", "(", ")", "–", "—", "-", "[", "]"})
_FINAL = frozenset({".", "!", "?"})
#: Tags that end a phrase-like item when they appear: clauses, not items.
_CLAUSE_TAGS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "KON"})
#: Tags of a noun phrase or of a bare adjective item, used to find where the first and last items end.
_PHRASE_TAGS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT", "PWAT", "ADJA", "ADJD", "NN", "NE", "CARD", "TRUNC", "FM", "XY"})
#: What may follow the last item and still let the list be written out: the rest of the verb.
_VERB_REST_TAGS = frozenset({"PTKVZ", "VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "VVIZU", "PTKZU"})
_PREPOSITIONS = frozenset({"APPR", "APPRART"})
_MAX_ITEM_WORDS = 6
_LIST_PREFIX = re.compile(r"(?:[-*•–·▪◦‣>]|\d{1,3}[a-z]?[.)]|[a-z]\)|\(\d{1,3}[a-z]?\)|\([a-z]\))")


@dataclass(frozen=True, slots=True)
class Enumeration:
    items: tuple[tuple[int, int], ...]  # token index ranges [start, end) of the items
    conjunction: int  # token index of "und"/"oder"/"sowie"
    rest: tuple[int, int]  # token range after the last item up to the sentence end (may be empty)
    verb_rest: bool  # the rest is only the rest of the verb ("mit", "abgeben"): a list can be written


def _is_verb(token: Token) -> bool:
    return token.tag.startswith("V")


def _item_like(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """A middle item: a short phrase without verbs or clause words."""
    part = tokens[start:end]
    words = [token for token in part if token.is_word]
    if not words or len(words) > _MAX_ITEM_WORDS:
        return False
    return not any(_is_verb(token) or token.tag in _CLAUSE_TAGS or token.kind is Kind.PUNCT for token in part)


def _regions(sentence: Sentence) -> list[list[tuple[int, int]]]:
    """Comma-separated parts, grouped into regions between hard boundaries."""
    tokens = sentence.tokens
    regions: list[list[tuple[int, int]]] = [[]]
    start = 0
    for index, token in enumerate(tokens):
        if token.kind is not Kind.PUNCT:
            continue
        if token.text == ",":
            regions[-1].append((start, index))
            start = index + 1
        elif token.text in _HARD_BOUNDARIES or token.text in _FINAL:
            regions[-1].append((start, index))
            regions.append([])
            start = index + 1
    regions[-1].append((start, len(tokens)))
    return [region for region in regions if len(region) >= 2]


def _phrase_tail(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """Start of the noun phrase that ends at ``end`` (== end when there is none)."""
    position = end
    while position > start and tokens[position - 1].tag in _PHRASE_TAGS:
        position -= 1
    return position


def _phrase_head(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """End of the noun phrase that starts at ``start``."""
    position = start
    while position < end and tokens[position].tag in _PHRASE_TAGS:
        position += 1
    return position


def _match(tokens: tuple[Token, ...], region: list[tuple[int, int]]) -> Enumeration | None:
    last_start, last_end = region[-1]
    conjunction = next(
        (i for i in range(last_start, last_end) if tokens[i].tag == "KON" and tokens[i].text.lower() in _CONJUNCTIONS), None
    )
    if conjunction is None:
        return None
    # the last item: a phrase right after the conjunction ("und bei der Suche"), then only the rest of the verb
    item_start = conjunction + 1
    preposition = item_start < last_end and tokens[item_start].tag in _PREPOSITIONS
    phrase_start = item_start + 1 if preposition else item_start
    item_end = _phrase_head(tokens, phrase_start, last_end)
    if item_end == phrase_start or item_end - item_start > _MAX_ITEM_WORDS:
        return None
    rest = tokens[item_end:last_end]
    if any(token.tag in _CLAUSE_TAGS or token.tag in ("VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP") for token in rest):
        return None  # "..., B und dann gehen Sie ...": a clause follows, no list
    items: list[tuple[int, int]] = [(item_start, item_end)]
    parts = region[:-1]
    if conjunction > last_start:  # "B und C" in the last part
        if not _item_like(tokens, last_start, conjunction):
            return None
        items.append((last_start, conjunction))
    elif not parts:
        return None
    # middle items, from right to left; the part where this stops holds the first item at its end
    position = len(parts) - 1
    while position >= 1 and _item_like(tokens, *parts[position]):
        items.append(parts[position])
        position -= 1
    first_start, first_end = parts[position]
    if position == 0 and _item_like(tokens, first_start, first_end):
        items.append((first_start, first_end))
    else:
        tail = _phrase_tail(tokens, first_start, first_end)
        if preposition and tail > first_start and tokens[tail - 1].tag in _PREPOSITIONS:
            tail -= 1  # "Wir helfen Ihnen [bei der Suche], ..."
        if tail < first_end and not any(tokens[i].tag in _CLAUSE_TAGS for i in range(tail, first_end)):
            items.append((tail, first_end))
    items.reverse()
    if any(tokens[end - 1].tag == "ADJA" for _, end in items):
        return None  # "eine sichere, feste und gut bezahlte Arbeit": adjectives of one noun
    end = last_end
    while end > item_end and tokens[end - 1].kind is Kind.PUNCT:
        end -= 1
    verb_rest = all(token.tag in _VERB_REST_TAGS for token in tokens[item_end:end])
    return Enumeration(tuple(items), conjunction, (item_end, end), verb_rest)


def find_enumerations(sentence: Sentence) -> tuple[Enumeration, ...]:
    """Enumerations in the sentence, each with at least three items."""
    tokens = sentence.tokens
    found: list[Enumeration] = []
    for region in _regions(sentence):
        match = _match(tokens, region)
        if match is not None and len(match.items) >= 3:
            found.append(match)
    return tuple(found)


def is_list_item(text: str, start: int) -> bool:
    """The sentence starting at ``start`` stands on its own line after a list marker."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start].strip()
    return bool(prefix) and _LIST_PREFIX.fullmatch(prefix) is not None
