"""Sentence and document scores.

``difficulty`` is a linear model over a few transparent features of a sentence, calibrated
by ``bench/calibrate_difficulty.py`` to the 1-7 scale on which German learners rated
sentences (TextComplexityDE, 1 = easy). Weights live in ``data/difficulty.json``; every
sentence reports each feature's contribution: weight x (value - mean of the calibration set).
"""

from __future__ import annotations

import math
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
    "log_words",
    "letters_per_word",
    "syllables_per_word",
    "long_word_share",
    "rarity",
    "rare_words",
    "compounds",
    "passives",
    "clauses",
    "nominalisations",
)
_RARE = 3.0  # Zipf below which a word counts in the profile-independent "rare_words" feature
_COMMON = 5.0  # Zipf at and above which a word adds nothing to "rarity"
_LONG = 6  # letters; the long-word threshold of LIX, RIX and the Wiener Sachtextformel


def sentence_features(sentence: MeasuredSentence) -> dict[str, float]:
    words = sentence.words
    count = len(words)
    if not count:
        return dict.fromkeys(FEATURES, 0.0)
    judged = [w.familiarity for w in words if w.familiarity is not None]
    lexical = [w for w in words if w.letters]
    return {
        "log_words": math.log(count),
        "letters_per_word": sum(w.letters for w in lexical) / max(len(lexical), 1),
        "syllables_per_word": sum(w.syllables for w in words) / count,
        "long_word_share": sum(1 for w in words if w.letters > _LONG) / count,
        "rarity": sum(max(0.0, _COMMON - z) for z in judged) / max(len(judged), 1),
        "rare_words": float(sum(1 for z in judged if z < _RARE)),
        "compounds": float(sum(1 for w in words if w.is_compound)),
        "passives": float(len(sentence.passives)),
        "clauses": float(sentence.commas + sum(1 for p in sentence.splits if p.kind != "hauptsatz")),
        "nominalisations": float(sentence.nominalisations),
    }


@dataclass(frozen=True, slots=True)
class DifficultyModel:
    intercept: float
    weights: dict[str, float]
    means: dict[str, float]
    levels: dict[str, float]  # upper difficulty bound per level, in order leicht, einfach, standard

    def predict(self, features: dict[str, float]) -> tuple[float, dict[str, float]]:
        raw = self.intercept + sum(self.weights[name] * features[name] for name in FEATURES)
        contributions = {
            name: round(self.weights[name] * (features[name] - self.means[name]), 3) for name in FEATURES
        }
        return round(min(7.0, max(1.0, raw)), 2), contributions

    def level(self, difficulty: float) -> Level:
        for level in (Level.LEICHT, Level.EINFACH, Level.STANDARD):
            if difficulty <= self.levels[level.value]:
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
        level = difficulty_model().level(difficulty)
    return DocumentScore(
        words=counts.words,
        sentences=counts.sentences,
        syllables=counts.syllables,
        difficulty=difficulty,
        flesch_amstad=flesch_amstad(counts),
        wiener_sachtextformel={str(v): wiener_sachtextformel(counts, v) for v in (1, 2, 3, 4)},
        level=level,
    )
