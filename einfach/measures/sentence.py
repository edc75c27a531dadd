"""All measurements for one sentence, taken once and shared by scores and rules."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import langdata
from ..analysis.model import Sentence, Token
from ..analysis.tokens import Kind
from ..normalize import lexicon_key, strip_word_marks
from .clauses import SplitPoint, split_points
from .compounds import bare_part, compound_parts, part_familiarity
from .frequency import word_zipf
from .passive import PassiveMatch, find_passives
from .statements import count_statements
from .syllables import count_syllables
from .terms import TermMatch, find_terms

__all__ = ["MeasuredSentence", "WordMeasure", "measure_sentence"]

_NOUN_TAGS = frozenset({"NN", "NE"})
_MIN_COMPOUND_LETTERS = 6
_MAX_COMPOUND_LETTERS = 64  # longer tokens are no words (see analysis.analyze.MAX_WORD_CHARS)
_NOMINAL_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "tion", "tionen", "ität", "itäten", "nis", "nisse")


@dataclass(frozen=True, slots=True)
class WordMeasure:
    index: int  # token index in the sentence
    token: Token
    letters: int
    syllables: int
    zipf: float | None  # None: not judged for familiarity (number, name, abbreviation ...)
    parts: tuple[str, ...]  # compound parts, (text,) for a simplex word
    part_zipfs: tuple[float, ...]  # familiarity of each part, () for a simplex word

    @property
    def is_compound(self) -> bool:
        return len(self.parts) > 1

    @property
    def familiarity(self) -> float | None:
        """Zipf of the word, or of its least familiar part when the compound is rarer than its parts."""
        if self.zipf is None:
            return None
        if self.part_zipfs:
            return max(self.zipf, min(self.part_zipfs))
        return self.zipf

    @property
    def is_noun(self) -> bool:
        return self.token.tag in _NOUN_TAGS


@dataclass(frozen=True, slots=True)
class MeasuredSentence:
    index: int
    sentence: Sentence
    words: tuple[WordMeasure, ...]
    passives: tuple[PassiveMatch, ...]
    splits: tuple[SplitPoint, ...]
    nominalisations: int
    statements: int
    terms: tuple[TermMatch, ...] = ()  # lexicon matches (data/lexicon)

    @property
    def syllables(self) -> int:
        return sum(word.syllables for word in self.words)


@lru_cache(maxsize=100_000)
def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


def _judged_for_familiarity(text: str, kind: Kind, tag: str, lemma: str) -> bool:
    if kind is not Kind.WORD or tag in ("NE", "FM", "XY", "CARD"):
        return False
    if any(char.isdigit() for char in text) or _letters(text) < 3:
        return False
    bare = strip_word_marks(text).replace("-", "")
    if bare.isupper():  # acronyms (SGB, IBAN) are the abbreviation rules' business
        return False
    return lexicon_key(lemma) not in langdata.allowlist() and lexicon_key(text) not in langdata.allowlist()


def _judged_part(part: str) -> bool:
    """Acronyms and numbers inside a compound ("SGB-II-Leistung") are not judged for familiarity."""
    bare = bare_part(part)
    return _letters(bare) >= 3 and not bare.isupper() and not any(char.isdigit() for char in bare)


@lru_cache(maxsize=100_000)
def _word_numbers(
    text: str, kind: Kind, tag: str, lemma: str
) -> tuple[int, int, float | None, tuple[str, ...], tuple[float, ...]]:
    """Letters, syllables, Zipf, compound parts and their Zipf of one word form (pure, so cached)."""
    letters = _letters(text)
    judged = _judged_for_familiarity(text, kind, tag, lemma)
    parts: tuple[str, ...] = (text,)
    if kind is Kind.WORD and tag in _NOUN_TAGS and _MIN_COMPOUND_LETTERS <= letters <= _MAX_COMPOUND_LETTERS:
        parts = compound_parts(text)
    part_zipfs = tuple(part_familiarity(part) for part in parts if _judged_part(part)) if judged and len(parts) > 1 else ()
    syllables = count_syllables(text) if letters else 1
    zipf = word_zipf(strip_word_marks(text), lemma) if judged else None
    return letters, syllables, zipf, parts, part_zipfs


def _measure_word(index: int, token: Token) -> WordMeasure:
    letters, syllables, zipf, parts, part_zipfs = _word_numbers(token.text, token.kind, token.tag, token.lemma)
    return WordMeasure(
        index=index, token=token, letters=letters, syllables=syllables, zipf=zipf, parts=parts, part_zipfs=part_zipfs
    )


def measure_sentence(index: int, sentence: Sentence) -> MeasuredSentence:
    words = tuple(_measure_word(i, token) for i, token in enumerate(sentence.tokens) if token.is_word)
    nominal = sum(1 for w in words if w.token.tag == "NN" and w.token.text.lower().endswith(_NOMINAL_SUFFIXES))
    return MeasuredSentence(
        index=index,
        sentence=sentence,
        words=words,
        passives=find_passives(sentence),
        splits=split_points(sentence),
        statements=count_statements(sentence),
        nominalisations=nominal,
        terms=find_terms(sentence),
    )
