"""HanTa (Hannover Tagger): STTS tags, lemmas and morphemes, memoised per word form.

HanTa's own cache only covers words from its training data; every unknown word (most long
compounds) is analysed again on each call. Two of its private methods, ``_tag_word`` and
``_analyze``, are pure functions of their arguments, so einfach wraps them in bounded LRU
caches on its own tagger instance (nlp-stack.md: 4.2k -> 76k tokens/s, identical output).
The HanTa version is pinned in pyproject.toml because of this; tests/test_hanta.py checks
that cached and uncached results agree.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

__all__ = ["Morpheme", "analyze_morphemes", "could_be_participle", "tag_words", "tagger", "to_stts"]

Morpheme = tuple[str, str]  # (lower-case surface string, HanTa morpheme tag)

_WORD_CACHE = 200_000
_SENTENCE_CACHE = 20_000
_lock = threading.Lock()
_tagger: Any = None


def tagger() -> Any:
    """The process-wide HanTa tagger with memoised internals (loaded on first use, ~0.2 s)."""
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                from HanTa import HanoverTagger

                instance = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
                tag_word = instance._tag_word
                analyze = instance._analyze

                @lru_cache(maxsize=_WORD_CACHE)
                def cached_tag_word(
                    word: str, cutoff: int = 5, casesensitive: bool = True, conditional: bool = False
                ) -> tuple[Any, ...]:
                    return tuple(tag_word(word, cutoff, casesensitive, conditional))

                @lru_cache(maxsize=_WORD_CACHE)
                def cached_analyze(word: str, pos: int, taglevel: int = 1) -> Any:
                    result = analyze(word, pos, taglevel)
                    if isinstance(result, tuple) and len(result) == 3:  # taglevel 3: freeze the list
                        return (result[0], tuple(result[1]), result[2])
                    return result

                instance._tag_word = cached_tag_word
                instance._analyze = cached_analyze
                _tagger = instance
    return _tagger


def to_stts(hanta_tag: str) -> str:
    """HanTa writes "VV(PP)", "ADJ(A)", "NNA"; STTS says "VVPP", "ADJA", "NN"."""
    tag = hanta_tag.replace("(", "").replace(")", "")
    if tag in ("NNA", "NNI"):
        return "NN"
    if tag == "PROAV":
        return "PAV"
    return tag


@lru_cache(maxsize=_SENTENCE_CACHE)
def _tag_sentence(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    result = tagger().tag_sent(list(words), taglevel=1)
    return tuple((lemma, to_stts(tag)) for _word, lemma, tag in result)


def tag_words(words: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """(lemma, STTS tag) for each word of one sentence; context matters, so tag whole sentences."""
    if not words:
        return ()
    return _tag_sentence(tuple(words))


@lru_cache(maxsize=_WORD_CACHE)
def analyze_morphemes(word: str) -> tuple[tuple[Morpheme, ...], str, str]:
    """HanTa's morpheme analysis (taglevel 3) of one word: (surface, tag) pairs, STTS tag, stem."""
    stem, morphemes, pos = tagger().analyze(word, taglevel=3)
    return tuple((surface, tag) for surface, tag in morphemes), to_stts(pos), stem


@lru_cache(maxsize=_WORD_CACHE)
def could_be_participle(word: str) -> bool:
    """HanTa's lexicon allows "word" as a past participle (e.g. "verlangt": VVFIN or VVPP)."""
    return any(tag == "VV(PP)" for tag, _score in tagger().tag_word(word, cutoff=5))
