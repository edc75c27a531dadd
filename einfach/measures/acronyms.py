"""Acronyms (SGB, AVGS, KdU) and whether the text explains them where they first occur.

An acronym is a word of 2 to 6 letters that starts with a capital and has at least as many
capitals as small letters, at least two ("SGB", "KdU", "GmbH"; not "Lkw", not "PayPal"). It may
carry hyphenated capitals or digits ("ALG-II"). Roman numerals ("II", "IV") are none, and
neither are capitalised common words ("AMT", "KITA": found in the frequency list) or words in
a sentence written in capitals throughout ("BITTE BRINGEN SIE ..."), or names after "Firma",
"Frau", "Herr" and the like ("die Firma REWE").

Explained means: the long form stands next to it in brackets ("Kosten der Unterkunft (KdU)",
"AVGS (Aktivierungs- und Vermittlungsgutschein)"), or the same sentence says what it means
("AVGS heißt ...", "AVGS: Das ist ..."), or the next sentence does ("Das bedeutet: ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..analysis.model import Sentence, Token
from ..analysis.tokens import Kind
from ..normalize import lexicon_key
from .frequency import zipf

__all__ = ["acronym_key", "explained", "first_uses", "shouting"]

_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5}(?:-[A-Z0-9]{1,4})*")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_FUNCTION_TAGS = frozenset(
    {"ADV", "ART", "APPR", "APPRART", "KON", "KOUS", "PPER", "PRF", "PTKNEG", "PTKVZ", "PTKZU", "PIS", "PDS", "PWS", "PWAV"}
)
_NAME_BEFORE = frozenset(
    {"firma", "unternehmen", "marke", "geschäft", "laden", "markt", "supermarkt", "kette", "verein", "hotel", "restaurant",
     "praxis", "frau", "herr", "herrn"}
)  # fmt: skip
_EXPLAINING_LEMMAS = frozenset({"heißen", "bedeuten", "abkürzung", "meinen", "bezeichnen"})
_NEXT_SENTENCE_STARTS = (("das", "ist"), ("das", "sind"), ("dies", "ist"), ("damit", "ist"), ("gemeint", "ist"))


@lru_cache(maxsize=100_000)
def _letters(text: str) -> str:
    return "".join(char for char in text if char.isalpha())


def acronym_key(token: Token, previous: Token | None = None) -> str | None:
    """The acronym a word token is ("ALG" for "ALG-II"), or None; ``previous`` is the token before it."""
    text = token.text
    if text[1:].islower() or token.kind is not Kind.WORD or token.tag in _FUNCTION_TAGS or token.tag.startswith("V"):
        return None  # "Jobcenter": at most one capital, the usual case first
    if previous is not None and lexicon_key(previous.text) in _NAME_BEFORE:
        return None  # "die Firma REWE", "Frau ABD": a name
    if not _ACRONYM.fullmatch(text):
        return None
    head = text.split("-", 1)[0]
    capitals = sum(1 for char in head if char.isupper())
    letters = len(_letters(head))
    if capitals < 2 or 2 * capitals < letters or _ROMAN.fullmatch(head):
        return None
    if capitals == letters and letters >= 3:  # a common word in capitals: "AMT", "KITA", "GELD"
        known = zipf(head.lower())
        if known >= (4.5 if letters == 3 else 3.5):
            return None
    return head


def shouting(sentence: Sentence) -> bool:
    """Most words are in capitals: emphasis, not acronyms."""
    if sum(1 for token in sentence.tokens if token.text[1:2].isupper()) < 3:
        return False  # the usual case, decided without looking at every letter
    words = [token for token in sentence.tokens if token.kind is Kind.WORD and len(_letters(token.text)) >= 2]
    capitals = [token for token in words if _letters(token.text).isupper()]
    return len(capitals) >= 3 and 2 * len(capitals) >= len(words)


def _after_numeral(tokens: tuple[Token, ...], index: int) -> int:
    """The position after the acronym and a numeral that belongs to it ("ALG II", "SGB 2")."""
    position = index + 1
    if position < len(tokens) and (_ROMAN.fullmatch(tokens[position].text) or tokens[position].kind is Kind.NUMBER):
        position += 1
    return position


def _in_brackets(tokens: tuple[Token, ...], index: int) -> bool:
    """ "(KdU)", "(ALG II)": the long form stands before the brackets."""
    position = _after_numeral(tokens, index)
    return index > 0 and tokens[index - 1].text == "(" and position < len(tokens) and tokens[position].text == ")"


def _bracket_follows(tokens: tuple[Token, ...], index: int) -> bool:
    """ "AVGS (Aktivierungs- ...)", also "ALG II (Arbeitslosengeld II)"."""
    position = _after_numeral(tokens, index)
    return position + 1 < len(tokens) and tokens[position].text == "(" and tokens[position + 1].is_word


def _says_meaning(tokens: Sequence[Token]) -> bool:
    return any(
        lexicon_key(token.lemma) in _EXPLAINING_LEMMAS or lexicon_key(token.text) == "abkürzung" for token in tokens
    ) or any(lexicon_key(a.text) == "steht" and lexicon_key(b.text) == "für" for a, b in zip(tokens, tokens[1:]))


def _starts_explaining(tokens: tuple[Token, ...]) -> bool:
    words = [lexicon_key(token.text) for token in tokens if token.is_word][:2]
    return tuple(words) in _NEXT_SENTENCE_STARTS


def explained(sentences: Sequence[Sentence], position: int, index: int) -> bool:
    """Whether the acronym at token ``index`` of ``sentences[position]`` is explained there or in the next sentence."""
    tokens = sentences[position].tokens
    if _in_brackets(tokens, index) or _bracket_follows(tokens, index):
        return True
    after = tokens[index + 1 :]
    if after and after[0].text == ":" and _starts_explaining(after[1:]):
        return True  # "AVGS: Das ist ein Gutschein."
    if _says_meaning(after):
        return True
    if position + 1 < len(sentences):
        following = sentences[position + 1].tokens
        return _starts_explaining(following) or _says_meaning(following[:6])
    return False


def first_uses(sentences: Sequence[Sentence]) -> dict[str, tuple[int, int]]:
    """Acronym -> (position in ``sentences``, token index) of its first use in the document."""
    first: dict[str, tuple[int, int]] = {}
    for position, sentence in enumerate(sentences):
        if shouting(sentence):
            continue
        for index, token in enumerate(sentence.tokens):
            key = acronym_key(token, sentence.tokens[index - 1] if index else None)
            if key is not None and key not in first:
                first[key] = (position, index)
    return first
