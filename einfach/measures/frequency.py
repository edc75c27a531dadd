"""Word frequency on the Zipf scale, from wordfreq plus einfach's overrides.

wordfreq's German list (``large_de``, frozen in 2021) is loaded once as a dictionary;
looking words up there directly is 3-4 times faster than ``zipf_frequency`` and does not
split "E-Mail-Adresse" into "e / mail / adresse". Zipf 0 means "not in the list", which is
not the same as rare: callers split compounds and apply overrides before judging.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

from .. import langdata
from ..normalize import frequency_key, lexicon_key

__all__ = ["word_zipf", "zipf"]


@cache
def _table() -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict("de", wordlist="large")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf value of a written form in wordfreq (0.0 when wordfreq does not know it)."""
    frequency = _table().get(frequency_key(word))
    return round(math.log10(frequency) + 9, 2) if frequency else 0.0


def word_zipf(form: str, lemma: str) -> float:
    """How familiar a word is: the override if the team set one, else the best of form, lemma and,
    for a word Leichte Sprache splits with a hyphen ("be-zahlt", "Weihnachts-markt"), the joined form."""
    overrides = langdata.frequency_overrides()
    for key in (lexicon_key(lemma), lexicon_key(form)):
        if key in overrides:
            return overrides[key]
    best = max(zipf(form), zipf(lemma))
    if "-" in form.strip("-"):
        head, *rest = form.split("-")
        best = max(best, zipf(head + "".join(part.lower() for part in rest)))
    return best
