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
from ..normalize import strip_word_marks
from .frequency import word_zipf, zipf

__all__ = ["bare_part", "compound_parts", "join_parts", "merge_familiar", "part_familiarity"]

_NON_ROOT = ("FUGE", "HYPHEN", "SUF_", "PRESPART")
_PREFIX = "PREF_"
_SEPARATORS = re.compile(r"(?<=[^\W\d_])([-\u2010\u00b7])(?=[^\W\d_])")
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d")  # soft hyphen, zero-width characters
_MIN_PART = 3  # letters; shorter pieces are merged into a neighbour
_MIN_HEAD = 4  # letters of a head found by frequency
_MIN_MODIFIER = 4  # letters of a first part found by frequency ("Sach|leistung")
_MIN_FALLBACK = 8  # words shorter than this are not split by frequency
_FAMILIAR = 2.5  # Zipf a part must reach (and the whole must not) for a split by frequency
_LINKING = ("ens", "es", "en", "er", "ns", "s", "n", "e")
# Verb particles and prefixes: "Auf|forderung" and "Ent|ziehung" are derivations, not compounds.
_PARTICLES = frozenset(
    [
        "ab",
        "an",
        "auf",
        "aus",
        "bei",
        "be",
        "durch",
        "ein",
        "ent",
        "er",
        "ge",
        "her",
        "heran",
        "herbei",
        "hervor",
        "heraus",
        "herein",
        "hin",
        "hinaus",
        "hinein",
        "hinzu",
        "hinter",
        "los",
        "miss",
        "mit",
        "nach",
        "über",
        "um",
        "un",
        "unter",
        "ver",
        "vor",
        "voran",
        "vorbei",
        "weg",
        "wider",
        "wieder",
        "zer",
        "zu",
        "zurück",
        "zusammen",
        "dar",
        "fort",
        "entgegen",
        "empor",
    ]
)
# Suffixes that wordfreq also lists as words: never a compound's head.
_SUFFIXES = frozenset(
    ["innen", "erin", "heit", "heiten", "keit", "keiten", "schaft", "ung", "ungen", "nis", "ling", "chen", "lein", "erei", "tum"]
)


def _is_root(tag: str) -> bool:
    return not tag.startswith(_NON_ROOT) and not tag.startswith(_PREFIX)


def _group(morphemes: tuple[Morpheme, ...]) -> list[str]:
    """Join morphemes into parts (lower case)."""
    parts: list[str] = []
    current = ""
    current_has_root = False
    prefix_pending = False
    for surface, tag in morphemes:
        starts_part = current_has_root and ((_is_root(tag) and not prefix_pending) or tag.startswith(_PREFIX))
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


def _split_by_morphemes(word: str) -> tuple[str, ...]:
    """HanTa's split of a word without written separators, in the word's own spelling."""
    if len(word) < 2 * _MIN_PART or not word.isalpha() or len(word.lower()) != len(word):
        return (word,)
    morphemes, _pos, _stem = analyze_morphemes(word)
    if "".join(surface for surface, _tag in morphemes) != word.lower():
        return (word,)
    lengths = [len(part) for part in _merge_short(_group(morphemes))]
    parts, position = [], 0
    for length in lengths:
        parts.append(word[position : position + length])
        position += length
    return tuple(parts)


def _is_affix(head: str) -> bool:
    lower = head.lower()
    bare = {lower} | {lower[: -len(e)] for e in _LINKING if lower.endswith(e)}
    return bool(bare & (_SUFFIXES | _PARTICLES))


def bare_part(part: str) -> str:
    """A part without written marks and separators: "Eingliederungs\u00ad-" -> "Eingliederungs"."""
    return strip_word_marks(part).rstrip("-\u2010")


def part_familiarity(part: str) -> float:
    """Zipf of a compound part, with or without its linking element ("Bewerbungs", "Schul|buch")."""
    bare = bare_part(part)
    candidates = [bare, bare + "e"]
    candidates += [bare[: -len(end)] for end in _LINKING if bare.endswith(end) and len(bare) - len(end) >= _MIN_PART]
    return max(word_zipf(candidate, candidate) for candidate in candidates)


def _modifier_zipf(modifier: str) -> float:
    if len(modifier) < _MIN_MODIFIER or modifier.lower() in _PARTICLES:
        return 0.0
    return part_familiarity(modifier)


def _split_by_frequency(word: str, depth: int = 0) -> tuple[tuple[str, ...], float] | None:
    """Split a noun HanTa leaves whole into familiar words; returns (parts, weakest Zipf).

    HanTa knows few rare compounds ("Kinderfreizeitbonus", "Quadratmeterhöchstmiete"). Every
    cut is tried where the end is a familiar word and what stands before it is a familiar
    word (not a verb particle such as "Auf" or "Ent") or splits the same way; the split whose
    least familiar part is most familiar wins ("Mindest|eigen", not "Minde|steigen").
    Suffixes that are also words ("innen", "heit") are never a head.
    """
    if depth > 3 or len(word) < _MIN_MODIFIER + _MIN_HEAD:
        return None
    best: tuple[tuple[str, ...], float] | None = None
    for cut in range(_MIN_MODIFIER, len(word) - _MIN_HEAD + 1):
        head = word[cut:]
        head_zipf = zipf(head)
        if head_zipf < _FAMILIAR or _is_affix(head):
            continue
        modifier = word[:cut]
        candidate: tuple[tuple[str, ...], float] | None = None
        modifier_zipf = _modifier_zipf(modifier)
        if modifier_zipf >= _FAMILIAR:
            candidate = ((modifier, head), min(modifier_zipf, head_zipf))
        else:
            bares = [modifier] + [modifier[: -len(e)] for e in _LINKING if modifier.endswith(e)]
            for bare in bares:
                inner = _split_by_frequency(bare, depth + 1)
                if inner is None:
                    continue
                parts, score = inner
                option = ((*parts[:-1], parts[-1] + modifier[len(bare) :], head), min(score, head_zipf))
                if candidate is None or option[1] > candidate[1]:
                    candidate = option
        if candidate is not None and (best is None or candidate[1] > best[1]):
            best = candidate
    return best


def _split_plain(word: str) -> tuple[str, ...]:
    parts = _split_by_morphemes(word)
    if len(parts) > 1 or len(word) < _MIN_FALLBACK or not word.isalpha():
        return parts
    if analyze_morphemes(word)[1] not in ("NN", "NE"):
        return parts  # only nouns: "methodologischen" is no "methodologi|schen"
    if zipf(word) >= _FAMILIAR or zipf(analyze_morphemes(word)[2]) >= _FAMILIAR:
        return parts  # familiar as a whole, or its lemma is ("Zeugnisses" -> "Zeugnis")
    found = _split_by_frequency(word)
    if found is None:
        return parts
    return tuple(sub for piece in found[0] for sub in _split_by_morphemes(piece))


@lru_cache(maxsize=100_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """Surface parts of a German compound; ``"".join(parts) == word``; ``(word,)`` for a simplex.

    >>> compound_parts("Bewerbungstraining")
    ('Bewerbungs', 'training')
    >>> compound_parts("Verantwortung")
    ('Verantwortung',)
    """
    if any(char in _INVISIBLE for char in word):
        return _parts_around_invisible(word)
    pieces = _SEPARATORS.split(word)
    if len(pieces) == 1:
        return _split_plain(word)
    parts: list[str] = []
    for index in range(0, len(pieces), 2):
        sub = list(_split_plain(pieces[index]))
        if index + 1 < len(pieces):
            sub[-1] += pieces[index + 1]  # the separator stays on the left part
        parts.extend(sub)
    return tuple(_merge_short(parts))


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


def _parts_around_invisible(word: str) -> tuple[str, ...]:
    """Split "Eingliederungs\u00advereinbarung" as if the soft hyphen were not there."""
    visible = [index for index, char in enumerate(word) if char not in _INVISIBLE]
    parts = compound_parts("".join(word[index] for index in visible))
    result, start, consumed = [], 0, 0
    for part in parts[:-1]:
        consumed += len(part)
        end = visible[consumed]  # first visible character of the next part
        result.append(word[start:end])
        start = end
    result.append(word[start:])
    return tuple(result)


def join_parts(parts: tuple[str, ...], separator: str) -> str:
    """Write a compound noun with a visible separator, as Einfache and Leichte Sprache ask.

    With a hyphen every part starts with a capital letter ("Bewerbungs-Training"); with the
    Mediopunkt the word keeps its shape ("Bewerbungs·training").
    """
    out: list[str] = []
    for index, part in enumerate(parts):
        bare = bare_part(part)
        if index and separator == "-" and bare[:1].islower():
            bare = bare[0].upper() + bare[1:]
        out.append(bare)
    return separator.join(out)
