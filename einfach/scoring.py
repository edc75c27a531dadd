"""Sentence and document scores.

``difficulty`` is a linear model over a few transparent features of a sentence, calibrated
by ``bench/calibrate_difficulty.py`` to the 1-7 scale on which German learners rated
sentences (TextComplexityDE, 1 = easy). Weights live in ``data/difficulty.toml``; every
sentence reports each feature's contribution: weight x (value - mean of the calibration set).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import DataError
from .measures.readability import TextCounts, flesch_amstad, wiener_sachtextformel
from .measures.sentence import MeasuredSentence
from .report import DocumentScore, Level, SentenceScore
from .resources import read_toml

__all__ = ["FEATURES", "DifficultyModel", "document_score", "sentence_features", "sentence_score"]

FEATURES = (
    "log_letters",
    "log_words",
    "long_words",
    "rare_words",
    "uncommon_words",
    "rarity",
    "commas",
    "passives",
    "nominalisations",
    "compounds",
    "names",
    "bracketed_words",
)
_RARE = 3.0  # Zipf below which a word is rare (profile-independent, for the score only)
_UNCOMMON = 4.0  # Zipf below which a word is not an everyday word
_COMMON = 5.0  # Zipf at and above which a word adds nothing to "rarity"
_LONG = 6  # letters; the long-word threshold of LIX, RIX and the Wiener Sachtextformel
_SEGMENT = re.compile(r"[-\u2010\u00b7]")


def _longest_segment(text: str) -> int:
    """Letters of the longest written segment: "Behinderten-Ausweis" reads as two short words."""
    return max(sum(char.isalpha() for char in piece) for piece in _SEGMENT.split(text))


def _bracketed(sentence: MeasuredSentence) -> frozenset[int]:
    """Token indices inside round or square brackets (asides readers can skip)."""
    inside, depth = set(), 0
    for index, token in enumerate(sentence.sentence.tokens):
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth:
            inside.add(index)
    return frozenset(inside)


def sentence_features(sentence: MeasuredSentence) -> dict[str, float]:
    """The numbers the difficulty model weighs; words in brackets count only as "bracketed_words"."""
    aside = _bracketed(sentence)
    words = [w for w in sentence.words if w.index not in aside]
    if not words:
        return dict.fromkeys(FEATURES, 0.0)
    familiar = [w.familiarity for w in words if w.familiarity is not None]
    return {
        "log_letters": math.log(1 + sum(w.letters for w in words)),
        "log_words": math.log(len(words)),
        "long_words": float(sum(1 for w in words if _longest_segment(w.token.text) > _LONG)),
        "rare_words": float(sum(1 for z in familiar if z < _RARE)),
        "uncommon_words": float(sum(1 for z in familiar if z < _UNCOMMON)),
        "rarity": math.log(1 + sum(max(0.0, _COMMON - z) for z in familiar)),
        "commas": float(sum(1 for i, t in enumerate(sentence.sentence.tokens) if t.text == "," and i not in aside)),
        "passives": float(len(sentence.passives)),
        "nominalisations": float(sentence.nominalisations),
        "compounds": float(sum(1 for w in words if w.is_compound)),
        "names": float(sum(1 for w in words if w.token.tag == "NE")),
        "bracketed_words": float(len(sentence.words) - len(words)),
    }


@dataclass(frozen=True, slots=True)
class DifficultyModel:
    intercept: float
    weights: dict[str, float]
    means: dict[str, float]
    levels: dict[str, float]  # upper difficulty bound per level, in order leicht, einfach, standard

    def predict(self, features: dict[str, float]) -> tuple[float, dict[str, float]]:
        raw = self.intercept + sum(self.weights[name] * features[name] for name in FEATURES)
        contributions = {name: round(self.weights[name] * (features[name] - self.means[name]), 3) for name in FEATURES}
        return round(min(7.0, max(1.0, raw)), 2), contributions

    def level(self, difficulty: float, hardest: float) -> Level:
        """Level of a document from its mean difficulty; "leicht" also needs every sentence easy."""
        for level in (Level.LEICHT, Level.EINFACH, Level.STANDARD):
            if difficulty <= self.levels[level.value]:
                if level is Level.LEICHT and hardest > self.levels[Level.EINFACH.value]:
                    return Level.EINFACH
                return level
        return Level.SCHWER


@cache
def difficulty_model() -> DifficultyModel:
    table: dict[str, Any] = read_toml("difficulty.toml")
    try:
        weights = {name: float(table["weights"][name]) for name in FEATURES}
        means = {name: float(table["means"][name]) for name in FEATURES}
        levels = {name: float(table["levels"][name]) for name in ("leicht", "einfach", "standard")}
        return DifficultyModel(float(table["intercept"]), weights, means, levels)
    except (KeyError, TypeError, ValueError) as error:
        raise DataError(f"difficulty.toml: missing or invalid entry {error}") from None


def sentence_score(sentence: MeasuredSentence, text: str) -> SentenceScore:
    span = sentence.sentence
    difficulty, contributions = difficulty_model().predict(sentence_features(sentence))
    return SentenceScore(
        start=span.start,
        end=span.end,
        text=text[span.start : span.end],
        words=len(sentence.words),
        syllables=sentence.syllables,
        rare_words=sum(1 for w in sentence.words if w.familiarity is not None and w.familiarity < _RARE),
        compounds=sum(1 for w in sentence.words if w.is_compound),
        passives=tuple(match.kind.value for match in sentence.passives),
        statements=sentence.statements,
        difficulty=difficulty,
        contributions=contributions,
    )


def _counts(sentences: list[MeasuredSentence]) -> TextCounts:
    words = [w for s in sentences for w in s.words]
    return TextCounts(
        sentences=len(sentences),
        words=len(words),
        syllables=sum(w.syllables for w in words),
        polysyllables=sum(1 for w in words if w.syllables >= 3),
        monosyllables=sum(1 for w in words if w.syllables == 1),
        long_words=sum(1 for w in words if w.letters > _LONG),
    )


def document_score(sentences: list[MeasuredSentence], scores: list[SentenceScore]) -> DocumentScore:
    counts = _counts(sentences)
    difficulty = None
    level = None
    if counts.words:
        difficulty = round(sum(s.difficulty * s.words for s in scores) / counts.words, 2)
        level = difficulty_model().level(difficulty, max(s.difficulty for s in scores))
    return DocumentScore(
        words=counts.words,
        sentences=counts.sentences,
        syllables=counts.syllables,
        difficulty=difficulty,
        flesch_amstad=flesch_amstad(counts),
        wiener_sachtextformel={str(v): wiener_sachtextformel(counts, v) for v in (1, 2, 3, 4)},
        level=level,
    )
