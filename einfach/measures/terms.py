"""Where the lexicon's terms occur in a sentence, matched on lemmas as well as written forms.

An entry's words that stand together ("zur Verfügung", "im Rahmen", "unter die Arme") must
follow each other; its verb may stand anywhere in the sentence near them, because German
moves it ("Wir stellen Ihnen das Geld zur Verfügung", "... zur Verfügung gestellt"). A
separable verb counts as one word when its particle closes the clause ("Fügen Sie die
Kopie bei" matches "beifügen"). Inflected forms match through the lemma or by dropping a
usual ending ("Leistungsberechtigten", "zeitnahe"); a term word written "=Kunde" matches that
written form only (the reader is "der Kunde", "Kunden beraten" is a job).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import langdata
from ..analysis.model import Sentence, Token
from ..langdata import EXACT_MARK, LexiconEntry
from ..normalize import lexicon_key

__all__ = ["TermMatch", "find_terms"]

_ENDINGS = ("en", "em", "er", "es", "e", "n", "s")
_MIN_STEM = 5  # "Raten" must not match "Rat"
_VERB_WINDOW = 10  # tokens between the standing words and their verb
_FINITE_FULL_VERBS = frozenset({"VVFIN", "VVIMP"})


@dataclass(frozen=True, slots=True)
class TermMatch:
    entry: LexiconEntry
    first: int  # index of the first standing word in sentence.tokens
    last: int  # index of the last standing word
    verb: int | None = None  # index of the verb (for a separable verb: its finite part)
    particle: int | None = None  # index of the separated particle

    @property
    def token_indices(self) -> tuple[int, ...]:
        extra = tuple(i for i in (self.verb, self.particle) if i is not None and not self.first <= i <= self.last)
        return tuple(range(self.first, self.last + 1)) + extra


@cache
def _index() -> dict[str, tuple[LexiconEntry, ...]]:
    """Entries by their first standing word, longest first so the longest match wins."""
    index: dict[str, list[LexiconEntry]] = {}
    for entry in langdata.lexicon_entries():
        index.setdefault(entry.words[0], []).append(entry)
    return {key: tuple(sorted(entries, key=lambda e: -len(e.words) - bool(e.verb))) for key, entries in index.items()}


@lru_cache(maxsize=100_000)
def _keys(text: str, lemma: str) -> tuple[str, ...]:
    """Lookup keys of one token: its form, its lemma, its form without a usual ending."""
    form = lexicon_key(text)
    keys = [form, lexicon_key(lemma), EXACT_MARK + form]
    keys += [form[: -len(ending)] for ending in _ENDINGS if form.endswith(ending) and len(form) - len(ending) >= _MIN_STEM]
    return tuple(dict.fromkeys(keys))


def _separable_verbs(tokens: tuple[Token, ...]) -> Iterator[tuple[int, int, str]]:
    """(finite verb, particle, joined lemma) for each particle that closes a clause."""
    for j, token in enumerate(tokens):
        if token.tag != "PTKVZ":
            continue
        for i in range(j - 1, -1, -1):
            if tokens[i].tag in _FINITE_FULL_VERBS:
                yield i, j, lexicon_key(token.text + tokens[i].lemma)
                break


def _verb_near(tokens: tuple[Token, ...], keys: list[tuple[str, ...]], verb: str, first: int, last: int) -> int | None:
    low, high = max(0, first - _VERB_WINDOW), min(len(tokens), last + _VERB_WINDOW + 1)
    for i in sorted(range(low, high), key=lambda i: abs(i - first)):
        if not first <= i <= last and tokens[i].tag.startswith("V") and verb in keys[i]:
            return i
    return None


def find_terms(sentence: Sentence) -> tuple[TermMatch, ...]:
    """All lexicon matches of a sentence, without overlaps (the longer match wins)."""
    tokens = sentence.tokens
    keys = [_keys(token.text, token.lemma) for token in tokens]
    index = _index()
    found: list[TermMatch] = []
    for i, token_keys in enumerate(keys):
        for key in token_keys:
            for entry in index.get(key, ()):
                if i > 0 and entry.term[:1].islower() and tokens[i].text[:1].isupper():
                    continue  # "Herr Ferner", "in Höchst": a capital inside the sentence makes a name, not "ferner"
                last = i + len(entry.words) - 1
                if last >= len(tokens) or not all(word in keys[i + k] for k, word in enumerate(entry.words[1:], 1)):
                    continue
                if entry.verb:
                    verb = _verb_near(tokens, keys, entry.verb, i, last)
                    if verb is not None:
                        found.append(TermMatch(entry, i, last, verb))
                else:
                    found.append(TermMatch(entry, i, last))
    if any(token.tag == "PTKVZ" for token in tokens):
        one_word = langdata.lexicon()
        for verb, particle, joined in _separable_verbs(tokens):
            separable = one_word.get(joined)
            if separable is not None:
                found.append(TermMatch(separable, verb, verb, particle=particle))
    return _without_overlaps(found) if len(found) > 1 else tuple(found)


def _without_overlaps(matches: list[TermMatch]) -> tuple[TermMatch, ...]:
    taken: set[int] = set()
    kept: list[TermMatch] = []
    for match in sorted(matches, key=lambda m: (-len(m.token_indices), m.first)):
        indices = set(match.token_indices)
        if indices & taken:
            continue
        taken |= indices
        kept.append(match)
    return tuple(sorted(kept, key=lambda m: m.first))
