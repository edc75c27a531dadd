"""Gender marks in written words: "Mitarbeiter*innen", "Berater:in", "TeilnehmerInnen", "der/die".

:func:`gender_marks` finds them in a sentence's text, whatever the tokenizer made of them
("Mitarbeiter/innen" is three tokens, "Kund_innen" one), and :func:`pair_forms` writes the
feminine and masculine forms out when the word's ending is known
(``data/grammar/gender_stems.tsv``). Used by ES406 gender-form, and by ES401 so that the
slash or brackets of a gender form are reported once, as a gender form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..analysis.model import Sentence
from ..analysis.tokens import Kind
from ..resources import read_table

__all__ = ["GenderMark", "feminine_of_pair", "gender_marks", "masculine_forms", "neutral_noun", "pair_forms"]

_LOWER = "a-zäöüß"
_UPPER = "A-ZÄÖÜ"
_INSIDE = "\u00ad\u200b\u200c\u200d"  # soft hyphen and zero-width marks inside a written word

# A noun stem with a mark and the feminine suffix; a compound may go on after "innen".
_NOUN = re.compile(
    rf"(?<![\w*:/_(])(?P<stem>[{_UPPER}][{_LOWER}{_UPPER}{_INSIDE}]*[{_LOWER}])"
    rf"(?:(?P<mark>\*|:|_|/-?|·)(?P<suffix>[Ii]nnen|[Ii]n)|\((?P<bracket>innen|in)\))"
    rf"(?P<tail>(?<=innen)[{_LOWER}]+|(?<=innen\))[{_LOWER}]+)?(?![\w])"
)
# Binnen-I: "TeilnehmerInnen", "BeraterIn", "BürgerInnenbüro".
_BINNEN_I = re.compile(
    rf"(?<![\w*:/_])(?P<stem>[{_UPPER}][{_LOWER}{_INSIDE}]*[{_LOWER}])(?P<suffix>Innen|In)(?P<tail>(?<=Innen)[{_LOWER}]+)?(?![\w])"
)
_ARTICLES = "der|die|den|dem|des|er|sie|ihm|ihn|ihr|sein|seine|seinen|seinem|seiner|ihre|ihren|ihrem|ihrer"
# Two articles or pronouns joined by a mark: "der*die", "die/der", "er:sie", "sein/ihr".
_PAIR = re.compile(rf"(?<![\w*:/_])(?P<first>(?i:{_ARTICLES}))(?P<mark>\*|:|_|/)(?P<second>(?i:{_ARTICLES}))(?![\w*:/_])")
# A determiner or adjective with a gendered ending: "ein*e", "eine*n", "jede/r", "zuständige:r".
_ENDING = re.compile(
    rf"(?<![\w*:/_])(?P<base>[{_LOWER}]+|[{_UPPER}][{_LOWER}]+)(?P<mark>\*|:|_|/-?)(?P<suffix>e|n|r|s|m|en|er|es|em)(?![\w])"
)
_DETERMINERS = frozenset(
    [
        "ein",
        "eine",
        "kein",
        "keine",
        "jede",
        "jeder",
        "jeden",
        "jedem",
        "jedes",
        "diese",
        "dieser",
        "diesen",
        "diesem",
        "dieses",
        "mein",
        "meine",
        "dein",
        "deine",
        "sein",
        "seine",
        "ihr",
        "ihre",
        "unser",
        "unsere",
        "euer",
        "eure",
        "welche",
        "welcher",
        "alle",
    ]
)
_MARK_KINDS = {"*": "star", ":": "colon", "_": "underscore", "/": "slash", "/-": "slash", "·": "mediopunkt"}
_PAIR_FEMININE = ("die", "sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "der")


@dataclass(frozen=True, slots=True)
class GenderMark:
    """One gendered spelling: where it is and what it is made of."""

    start: int
    end: int
    category: str  # "noun" (Mitarbeiter*innen), "ending" (eine*n), "pair" (der*die)
    mark: str  # star, colon, underscore, slash, bracket, binnen-i, mediopunkt
    base: str  # noun stem ("Mitarbeiter"), determiner ("eine") or first word of a pair ("der")
    suffix: str  # "innen", "in", the ending ("n") or the second word of a pair ("die")
    plural: bool = False
    compound: bool = False  # the noun form is part of a longer word ("Bürger*innenbüro")


def _in_compound(chunk: str, begin: int, finish: int, tail: str) -> bool:
    """ "Bürger*innenbüro", "Mitarbeiter*innen-Versammlung", "Jobcenter-Mitarbeiter*innen"."""
    after = chunk[finish : finish + 2]
    before = chunk[max(0, begin - 2) : begin]
    return bool(tail) or (after[:1] == "-" and after[1:].isalpha()) or (before[1:] == "-" and before[:1].isalpha())


def gender_marks(text: str, sentence: Sentence) -> tuple[GenderMark, ...]:
    """Gender marks inside the sentence, in text order; none inside URLs, e-mail addresses or phone numbers."""
    start, end = sentence.start, sentence.end
    chunk = text[start:end]
    if not any(char in chunk for char in "*:_/(·") and "In" not in chunk:
        return ()
    blocked = [(t.start, t.end) for t in sentence.tokens if t.kind in (Kind.URL, Kind.EMAIL, Kind.PHONE)]
    found: list[GenderMark] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in blocked) and all(b <= m.start or a >= m.end for m in found)

    for match in _PAIR.finditer(chunk):
        first, second = match["first"], match["second"]
        if first.lower() == second.lower() or {first.lower(), second.lower()} == {"sie", "ihr"}:
            continue
        if second[0].isupper() and not first[0].isupper():
            continue
        a, b = start + match.start(), start + match.end()
        if free(a, b):
            found.append(GenderMark(a, b, "pair", _MARK_KINDS[match["mark"]], first, second))
    for match in _NOUN.finditer(chunk):
        a, b = start + match.start(), start + match.end()
        suffix = (match["suffix"] or match["bracket"]).lower()
        mark = _MARK_KINDS[match["mark"]] if match["mark"] else "bracket"
        compound = _in_compound(chunk, match.start(), match.end(), match["tail"] or "")
        if free(a, b):
            found.append(GenderMark(a, b, "noun", mark, match["stem"], suffix, suffix == "innen", compound))
    for match in _BINNEN_I.finditer(chunk):
        stem, suffix = match["stem"], match["suffix"].lower()
        if suffix == "in" and _stem_ending(stem) is None:
            continue  # "LinkedIn": only known person-noun endings count as a singular Binnen-I
        a, b = start + match.start(), start + match.end()
        compound = _in_compound(chunk, match.start(), match.end(), match["tail"] or "")
        if free(a, b):
            found.append(GenderMark(a, b, "noun", "binnen-i", stem, suffix, suffix == "innen", compound))
    for match in _ENDING.finditer(chunk):
        base = match["base"]
        if base.lower() not in _DETERMINERS and not (base.islower() and base.endswith("e") and len(base) > 3):
            continue
        a, b = start + match.start(), start + match.end()
        if free(a, b):
            found.append(GenderMark(a, b, "ending", _MARK_KINDS[match["mark"]], base, match["suffix"]))
    return tuple(sorted(found, key=lambda m: m.start))


@cache
def _stem_table() -> tuple[tuple[str, str, str], ...]:
    rows = read_table("grammar/gender_stems.tsv", required=("ending", "masculine_singular", "masculine_plural", "source"))
    table = []
    for row in rows:
        if not row["ending"].islower():
            raise row.error("ending must be written in lower case")
        table.append((row["ending"], row["masculine_singular"], row["masculine_plural"]))
    return tuple(sorted(table, key=lambda entry: len(entry[0]), reverse=True))


@cache
def _neutral_table() -> dict[str, str]:
    rows = read_table("grammar/gender_neutral_nouns.tsv", required=("masculine", "neutral", "source"), unique="masculine")
    return {row["masculine"].lower(): row["neutral"] for row in rows}


def _stem_ending(stem: str) -> tuple[str, str, str] | None:
    lower = stem.lower()
    for entry in _stem_table():
        if lower.endswith(entry[0]):
            return entry
    return None


def _with_case(original: str, replacement: str) -> str:
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def masculine_forms(stem: str) -> tuple[str, str] | None:
    """Masculine singular and plural for a stem before "*in(nen)": "Kund" -> ("Kunde", "Kunden")."""
    entry = _stem_ending(stem)
    if entry is None:
        return None
    ending, singular, plural = entry
    head, tail = stem[: len(stem) - len(ending)], stem[len(stem) - len(ending) :]
    return head + _with_case(tail, singular), head + _with_case(tail, plural)


def pair_forms(stem: str, plural: bool, dative: bool = False) -> str | None:
    """ "Mitarbeiterinnen und Mitarbeiter" (plural) or "Beraterin oder Berater" (singular)."""
    forms = masculine_forms(stem)
    if forms is None:
        return None
    if plural:
        masculine = forms[1]
        if dative and not masculine.endswith(("n", "s")):
            masculine += "n"  # "mit den Mitarbeiterinnen und Mitarbeitern"
        return f"{stem}innen und {masculine}"
    return f"{stem}in oder {forms[0]}"


def neutral_noun(stem: str) -> str | None:
    """A gender-neutral plural for a few frequent nouns: "Mitarbeiter" -> "Mitarbeitende"."""
    lower = stem.lower()
    for masculine, neutral in _neutral_table().items():
        if lower.endswith(masculine):
            head = stem[: len(stem) - len(masculine)]
            return head + (neutral.lower() if head else neutral)
    return None


def feminine_of_pair(first: str, second: str) -> tuple[str, str]:
    """(feminine, masculine) of an article or pronoun pair: ("der", "die") -> ("die", "der")."""
    a, b = first.lower(), second.lower()
    for feminine in _PAIR_FEMININE:
        if a == feminine:
            return first, second
        if b == feminine:
            return second, first
    return first, second
