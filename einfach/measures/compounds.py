"""Compound splitting on HanTa's morpheme analysis.

A new part starts at every root morpheme after the first; linking elements (Fugen-s,
-en-, -er-), suffixes and hyphens stay with the part on their left ("Bewerbungs|training",
"Kinder|betreuung"), prefixes go with the root on their right ("Arbeits|unfähigkeit").
HanTa was the only splitter with no false split of simplex words (Verantwortung,
Unterstützung, Bewerbung) in nlp-stack.md section 5; its misses are conservative.
Written separators (hyphen, Mediopunkt) are kept as given and each piece is analysed too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..analysis.hanta import Morpheme, analyze_morphemes

__all__ = ["compound_parts", "join_parts", "merge_familiar"]

_NON_ROOT = ("FUGE", "HYPHEN", "SUF_", "PRESPART")
_PREFIX = "PREF_"
_SEPARATORS = re.compile(r"(?<=[^\W\d_])([-\u2010\u00b7])(?=[^\W\d_])")
_MIN_PART = 3  # letters; shorter pieces are merged into a neighbour


def _is_root(tag: str) -> bool:
    return not tag.startswith(_NON_ROOT) and not tag.startswith(_PREFIX)


def _group(morphemes: tuple[Morpheme, ...]) -> list[str]:
    """Join morphemes into parts (lower case)."""
    parts: list[str] = []
    current = ""
    current_has_root = False
    prefix_pending = False
    for surface, tag in morphemes:
        starts_part = current_has_root and (
            (_is_root(tag) and not prefix_pending) or tag.startswith(_PREFIX)
        )
        if starts_part:
            parts.append(current)
            current, current_has_root = "", False
        current += surface
        prefix_pending = tag.startswith(_PREFIX)
        current_has_root = current_has_root or _is_root(tag)
    parts.append(current)
    return parts


def _merge_short(parts: list[str]) -> list[str]:
    merged: list[str] = []
    for part in parts:
        letters = sum(char.isalpha() for char in part)
        if merged and (letters < _MIN_PART or sum(c.isalpha() for c in merged[-1]) < _MIN_PART):
            merged[-1] += part
        else:
            merged.append(part)
    if len(merged) > 1 and sum(c.isalpha() for c in merged[-1]) < _MIN_PART:
        merged[-2] += merged.pop()
    return merged


def _split_plain(word: str) -> tuple[str, ...]:
    """Parts of a word without written separators, in the word's own spelling."""
    if len(word) < 2 * _MIN_PART or not word.isalpha():
        return (word,)
    morphemes = analyze_morphemes(word)
    if "".join(surface for surface, _tag in morphemes) != word.lower():
        return (word,)
    lengths = [len(part) for part in _merge_short(_group(morphemes))]
    parts, position = [], 0
    for length in lengths:
        parts.append(word[position : position + length])
        position += length
    return tuple(parts)


@lru_cache(maxsize=100_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """Surface parts of a German compound; ``"".join(parts) == word``; ``(word,)`` for a simplex.

    >>> compound_parts("Bewerbungstraining")
    ('Bewerbungs', 'training')
    >>> compound_parts("Verantwortung")
    ('Verantwortung',)
    """
    pieces = _SEPARATORS.split(word)
    if len(pieces) == 1:
        return _split_plain(word)
    parts: list[str] = []
    for index in range(0, len(pieces), 2):
        sub = list(_split_plain(pieces[index]))
        if index + 1 < len(pieces):
            sub[-1] += pieces[index + 1]  # the separator stays on the left part
        parts.extend(sub)
    return tuple(parts)


def merge_familiar(parts: tuple[str, ...], is_familiar: Callable[[str], bool]) -> tuple[str, ...]:
    """Join neighbouring parts that together form a familiar word ("Zeit|raum" -> "Zeitraum").

    Einfache Sprache marks the main joints of a long compound ("Bewilligungs-Zeitraum"),
    not every morpheme; Leichte Sprache separates every part and skips this step.
    """
    merged = list(parts)
    changed = True
    while changed and len(merged) > 1:
        changed = False
        for index in range(len(merged) - 1):
            left, right = merged[index], merged[index + 1]
            if left.endswith(("-", "\u2010", "·")):
                continue
            if is_familiar(left + right):
                merged[index : index + 2] = [left + right]
                changed = True
                break
    return tuple(merged)


def join_parts(parts: tuple[str, ...], separator: str, *, noun: bool) -> str:
    """Write a compound with a visible separator, as Einfache and Leichte Sprache ask.

    With a hyphen, every part of a noun starts with a capital letter ("Bewerbungs-Training");
    with the Mediopunkt the word keeps its shape ("Bewerbungs·training").
    """
    out: list[str] = []
    for index, part in enumerate(parts):
        bare = part.rstrip("-\u2010\u00b7")
        if index and separator == "-" and noun and bare[:1].islower():
            bare = bare[0].upper() + bare[1:]
        out.append(bare)
    return separator.join(out)
