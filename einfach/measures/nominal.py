"""Nominal style: nouns made from verbs and adjectives, their genitive chains, and their verbs.

A nominalisation is a noun (NN) ending in -ung, -heit, -keit, -tion, -ität, -nis or -nahme
(with plural endings); compounds count by their end ("Arbeitsaufnahme"). Concrete nouns with
such an ending ("Wohnung", "Zeugnis") are listed in data/grammar/concrete_nominals.txt and do
not count. A genitive chain links nominalisations through genitive attributes ("die Prüfung
der Erfüllung der Voraussetzungen": three in a chain).

:func:`nominal_verb` derives the verb ("Prüfung" -> "prüfen", "Regelung" -> "regeln",
"Teilnahme" -> "teilnehmen", "Information" -> "informieren") and only returns verbs wordfreq
knows well (Zipf >= 3.0), trying the compound's last part when the whole gives none
("Eingliederungsvereinbarung" -> "vereinbaren").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from ..analysis.model import Sentence, Token
from ..analysis.tokens import Kind
from ..normalize import lexicon_key
from ..resources import read_word_list
from .compounds import compound_parts
from .frequency import zipf
from .genitive import find_genitives

__all__ = ["NominalChain", "find_nominalisations", "genitive_chain", "is_nominalisation", "nominal_verb"]

_SUFFIXES = (
    *("ung", "ungen", "heit", "heiten", "keit", "keiten", "tion", "tionen"),
    *("ität", "itäten", "nis", "nisse", "nahme", "nahmen"),
)
_MIN_LETTERS = 5
_MIN_VERB_ZIPF = 3.0


@dataclass(frozen=True, slots=True)
class NominalChain:
    first: int  # token index of the first nominalisation
    last: int  # token index of the last one
    length: int  # nominalisations in the chain


@cache
def _concrete() -> frozenset[str]:
    return frozenset(lexicon_key(word) for word in read_word_list("grammar/concrete_nominals.txt"))


@lru_cache(maxsize=50_000)
def _nominal_word(text: str) -> bool:
    key = lexicon_key(text)
    if len(key) < _MIN_LETTERS or not key.endswith(_SUFFIXES):
        return False
    concrete = _concrete()
    return key not in concrete and lexicon_key(compound_parts(text)[-1]) not in concrete


def is_nominalisation(token: Token) -> bool:
    return token.tag == "NN" and token.kind is Kind.WORD and _nominal_word(token.text)


def find_nominalisations(sentence: Sentence) -> tuple[int, ...]:
    """Token indices of the nominalisations, in text order."""
    return tuple(index for index, token in enumerate(sentence.tokens) if is_nominalisation(token))


def _derive(word: str) -> str | None:
    if word.endswith("ungen"):
        word = word[:-2]
    if word.endswith("ung"):
        stem = word[:-3]
        if len(stem) < 2:
            return None
        return stem + ("n" if stem.endswith(("el", "er")) else "en")  # regeln, ändern; prüfen
    if word.endswith("nahmen"):
        word = word[:-1]
    if word.endswith("nahme"):
        return word[:-5] + "nehmen"  # Teilnahme -> teilnehmen
    if word.endswith("ationen"):
        word = word[:-2]
    if word.endswith("ation") and len(word) > 6:
        return word[:-5] + "ieren"  # Information -> informieren
    return None


@lru_cache(maxsize=50_000)
def nominal_verb(noun: str) -> str | None:
    """The verb a nominalisation comes from, when wordfreq knows it well; else None."""
    candidates = [lexicon_key(noun)]
    head = lexicon_key(compound_parts(noun)[-1])
    if head != candidates[0]:
        candidates.append(head)
    for word in candidates:
        verb = _derive(word)
        if verb is not None and zipf(verb) >= _MIN_VERB_ZIPF:
            return verb
    return None


def genitive_chain(sentence: Sentence, nominal: tuple[int, ...]) -> NominalChain | None:
    """The longest run of nominalisations linked by genitive attributes ("Prüfung der Erfüllung")."""
    members = set(nominal)
    links: dict[int, int] = {}
    for match in find_genitives(sentence):
        before = match.determiner - 1
        if match.kind == "attribut" and before in members and match.head in members:
            links[before] = match.head
    best: NominalChain | None = None
    targets = set(links.values())
    for start in links:
        if start in targets:
            continue  # not the beginning of a chain
        length, last = 1, start
        while last in links:
            last, length = links[last], length + 1
        if best is None or length > best.length:
            best = NominalChain(start, last, length)
    return best
