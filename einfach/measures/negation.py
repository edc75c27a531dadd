"""Negations, and double negations that readers must untangle ("nicht unwichtig").

Double negation kinds:

* ``nicht-un``: "nicht" + an adjective in un- whose rest is a common word ("nicht unwichtig",
  "nicht ganz unerheblich"); "ungefähr", "unbedingt", "unter" are no negated adjectives;
* ``nicht-los``: "nicht" + an adjective in -los ("nicht erfolglos", "nicht kostenlos");
* ``kein-un``: "kein/keine/..." + such an adjective ("kein unbekanntes Problem");
* ``nicht-ohne``: "nicht ohne";
* ``zwei-verneinungen``: two negation words in one clause, one of them nicht/nie/niemals
  ("Niemand muss nicht kommen."), not joined by a conjunction ("keine Arbeit und keine Wohnung"
  are two plain negations).

Single negations (:func:`find_single_negations`): nicht, kein*, nie, niemals, nichts, niemand,
nirgends, keinesfalls, weder ("weder ... noch" is one). "nicht nur ... sondern" is no negation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..analysis.model import Sentence, Token
from .frequency import zipf
from .tense import clauses

__all__ = ["NegationMatch", "find_double_negations", "find_single_negations", "negated_base"]

_KEIN = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines"})
_SENTENTIAL = frozenset({"nicht", "nie", "niemals"})
_NEGATORS = (
    _SENTENTIAL | _KEIN | frozenset({"nichts", "niemand", "niemanden", "niemandem", "nirgends", "nirgendwo", "keinesfalls"})
)
_SINGLE = _NEGATORS | frozenset({"weder"})
_DEGREE = frozenset({"ganz", "so", "sehr", "völlig", "gerade", "wirklich", "besonders", "gänzlich"})
_NOT_NEGATED = frozenset(
    [
        *("unbedingt", "ungefähr", "unheimlich", "unglaublich", "unmittelbar", "unendlich", "ungemein"),
        *("unbeschadet", "unweit", "unlängst", "unversehens", "unzählig", "untereinander", "unterwegs"),
    ]
)
_ADJECTIVE_TAGS = frozenset({"ADJD", "ADJA", "ADV", "VVPP"})
_BREAKS = frozenset({"KON", "KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "PWAT"})
_MIN_BASE_ZIPF = 3.0


@dataclass(frozen=True, slots=True)
class NegationMatch:
    kind: str
    first: int  # token index
    last: int
    positive: str | None = None  # the span said positively ("wichtig", "ein bekanntes"), if certain


@lru_cache(maxsize=50_000)
def negated_base(word: str, lemma: str) -> tuple[str, str] | None:
    """("un", "wichtig") for "unwichtig", ("los", "erfolg") for "erfolglos"; None for other words.

    The rest after un- must be a common word (wordfreq Zipf >= 3), so "ungefähr" (gefähr) and
    "unter" do not count; a few fixed adverbs ("unbedingt") never count.
    """
    key, base_lemma = word.lower(), lemma.lower()
    if base_lemma in _NOT_NEGATED or key in _NOT_NEGATED:
        return None
    if key.startswith("un") and len(key) >= 6 and zipf(key[2:]) >= _MIN_BASE_ZIPF:
        return "un", word[2:]
    if base_lemma.endswith("los") and len(base_lemma) >= 7:
        stem = base_lemma[:-3]
        if zipf(stem) >= _MIN_BASE_ZIPF or (stem.endswith("s") and zipf(stem[:-1]) >= _MIN_BASE_ZIPF):
            return "los", stem
    return None


def _capitalised_like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _copula_clause(tokens: tuple[Token, ...], clause: list[int]) -> bool:
    """The only verb is a form of "sein": "Das ist nicht unwichtig." -> "Das ist wichtig." keeps the
    meaning; "Sie können nicht ungültig werden." -> "gültig" would not."""
    verbs = [tokens[i] for i in clause if tokens[i].tag.startswith("V")]
    return len(verbs) == 1 and verbs[0].tag == "VAFIN" and verbs[0].lemma.lower() == "sein"


def _after_nicht(tokens: tuple[Token, ...], index: int, end: int, copula: bool) -> NegationMatch | None:
    target = index + 1
    while target < end and tokens[target].text.lower() in _DEGREE:
        target += 1
    if target >= end:
        return None
    token = tokens[target]
    if token.text.lower() == "ohne" and target == index + 1:
        return NegationMatch("nicht-ohne", index, target)
    if token.tag not in _ADJECTIVE_TAGS:
        return None
    base = negated_base(token.text, token.lemma)
    if base is None:
        return None
    prefix, rest = base
    if prefix == "los":
        return NegationMatch("nicht-los", index, target)
    certain = target == index + 1 and copula and token.tag == "ADJD"
    positive = _capitalised_like(rest, tokens[index].text) if certain else None
    return NegationMatch("nicht-un", index, target, positive)


def _after_kein(tokens: tuple[Token, ...], index: int, end: int) -> NegationMatch | None:
    target = index + 1
    if target >= end or tokens[target].tag != "ADJA":
        return None
    base = negated_base(tokens[target].text, tokens[target].lemma)
    if base is None or base[0] != "un":
        return None
    kein = tokens[index].text
    plural = kein.lower() == "keine" and tokens[target].text.endswith("en")
    positive = None
    if not plural and kein.lower() != "keiner":  # "keiner" may be a plural genitive
        positive = f"{kein[1:] if kein[:1] == 'k' else kein[1:].capitalize()} {base[1]}"
    return NegationMatch("kein-un", index, target, positive)


def _negator(token: Token) -> bool:
    word = token.text.lower()
    if word in _KEIN:
        return token.tag in ("PIAT", "PIS", "ART")
    return word in _NEGATORS


def find_double_negations(sentence: Sentence) -> tuple[NegationMatch, ...]:
    tokens = sentence.tokens
    found: list[NegationMatch] = []
    for clause in clauses(sentence):
        end = clause[-1] + 1
        copula = _copula_clause(tokens, clause)
        used: set[int] = set()
        for index in clause:
            word = tokens[index].text.lower()
            match = None
            if word == "nicht":
                match = _after_nicht(tokens, index, end, copula)
            elif word in _KEIN and _negator(tokens[index]):
                match = _after_kein(tokens, index, end)
            if match is not None:
                found.append(match)
                used.update(range(match.first, match.last + 1))
        negators = [
            i for i in clause if i not in used and _negator(tokens[i]) and not _nicht_nur(tokens, i) and not _local(tokens, i)
        ]
        for first, second in zip(negators, negators[1:]):
            words = {tokens[first].text.lower(), tokens[second].text.lower()}
            if not words & _SENTENTIAL or words == {"nicht"} and second == first + 1:
                continue
            if any(tokens[i].tag in _BREAKS for i in range(first + 1, second)):
                continue  # "keine Arbeit und keine Wohnung", "nie, wenn ... nicht"
            found.append(NegationMatch("zwei-verneinungen", first, second))
            break
    return tuple(sorted(found, key=lambda match: match.first))


def _local(tokens: tuple[Token, ...], index: int) -> bool:
    """ "den noch nicht getilgten Betrag": "nicht" negates an attribute, not the clause."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return tokens[index].text.lower() == "nicht" and following is not None and following.tag == "ADJA"


def _nicht_nur(tokens: tuple[Token, ...], index: int) -> bool:
    """ "nicht nur ... sondern auch" and "nicht wahr?" are no negation."""
    following = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
    return tokens[index].text.lower() == "nicht" and following in ("nur", "wahr")


def find_single_negations(sentence: Sentence) -> tuple[int, ...]:
    """Token indices of every negation word ("weder ... noch" counts once, at "weder")."""
    tokens = sentence.tokens
    return tuple(
        index
        for index, token in enumerate(tokens)
        if token.text.lower() in _SINGLE and (_negator(token) or token.text.lower() == "weder") and not _nicht_nur(tokens, index)
    )
