"""German readability formulas on einfach's own counts (coefficients: domain.md section 5).

textstat implements the same formulas correctly but counts German sentences, words and
syllables wrongly on administrative text ("1. März", "§ 15 Abs. 2", bullets), so einfach
passes its own counts into these functions. tests/test_readability.py checks them against
hand-computed values and against textstat fed with the same counts.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TextCounts", "flesch_amstad", "wiener_sachtextformel"]


@dataclass(frozen=True, slots=True)
class TextCounts:
    sentences: int
    words: int
    syllables: int
    polysyllables: int  # words with 3 or more syllables
    monosyllables: int  # words with 1 syllable
    long_words: int  # words with more than 6 letters


def flesch_amstad(counts: TextCounts) -> float | None:
    """Amstad (1978): 180 - ASL - 58.5 * ASW; higher is easier (0-100 in practice)."""
    if not counts.sentences or not counts.words:
        return None
    asl = counts.words / counts.sentences
    asw = counts.syllables / counts.words
    return round(180 - asl - 58.5 * asw, 1)


_WSTF = {
    1: (0.1935, 0.1672, 0.1297, -0.0327, -0.875),
    2: (0.2007, 0.1682, 0.1373, 0.0, -2.779),
    3: (0.2963, 0.1905, 0.0, 0.0, -1.1144),
    4: (0.2744, 0.2656, 0.0, 0.0, -1.693),
}


def wiener_sachtextformel(counts: TextCounts, variant: int = 1) -> float | None:
    """Bamberger & Vanecek (1984), variants 1-4; roughly a school grade, 4 (easy) to 15 (hard)."""
    if variant not in _WSTF:
        raise ValueError(f"Wiener Sachtextformel has variants 1-4, not {variant}")
    if not counts.sentences or not counts.words:
        return None
    ms = 100 * counts.polysyllables / counts.words
    sl = counts.words / counts.sentences
    iw = 100 * counts.long_words / counts.words
    es = 100 * counts.monosyllables / counts.words
    a, b, c, d, e = _WSTF[variant]
    return round(a * ms + b * sl + c * iw + d * es + e, 2)
