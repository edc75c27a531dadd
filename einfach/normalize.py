"""One normalisation for every lexicon key and lookup.

wordfreq casefolds its keys ("groß" -> "gross"); einfach's own lexicons keep "ß" so that
"Maße" and "Masse" stay apart. Both go through the functions here, so a word list edited by
hand and a word from a text always meet in the same form.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["compact", "frequency_key", "lexicon_key", "strip_word_marks"]

# Characters that may sit inside a written word without changing it: soft hyphen,
# zero-width (non-)joiner, and the Mediopunkt of Leichte Sprache ("Bewerbungs·training").
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u00b7"), None)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


def strip_word_marks(word: str) -> str:
    """The word without soft hyphens, zero-width characters and Mediopunkt."""
    return unicodedata.normalize("NFC", word).translate(_INVISIBLE).translate(_APOSTROPHES)


def compact(text: str) -> str:
    """Without inner spaces: "z. B." and "z.B." are one abbreviation."""
    return text.replace(" ", "").replace("\u00a0", "")


@lru_cache(maxsize=200_000)
def lexicon_key(word: str) -> str:
    """Key for einfach's own word lists: marks stripped, lower case, "ß" kept."""
    return strip_word_marks(word).lower()


@lru_cache(maxsize=200_000)
def frequency_key(word: str) -> str:
    """Key for wordfreq: marks stripped and casefolded like wordfreq does ("ß" -> "ss")."""
    return strip_word_marks(word).casefold()
