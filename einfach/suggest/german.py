"""Small pieces of German morphology for writing suggestions: verb forms, gender, case.

Only what the rewrites need, and each function returns None when it is not sure, so a
rule can fall back to a plain question instead of a wrong sentence.
"""

from __future__ import annotations

import datetime as dt

from .. import langdata
from ..measures.compounds import compound_parts
from ..normalize import lexicon_key

__all__ = ["MONTHS", "WEEKDAYS", "finite_form", "german_date", "german_time", "noun_gender", "split_particle"]

_SEPARABLE = (
    "zurück",
    "zusammen",
    "vorbei",
    "weiter",
    "hinzu",
    "heraus",
    "herein",
    "hinaus",
    "voran",
    "fest",
    "fort",
    "nach",
    "auf",
    "aus",
    "bei",
    "ein",
    "mit",
    "vor",
    "weg",
    "los",
    "dar",
    "her",
    "hin",
    "ab",
    "an",
    "zu",
)
_EITHER = ("über", "unter", "durch", "um", "wider", "wieder", "voll", "hinter")
_INSEPARABLE = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss")
_FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät", "in", "ei", "ik", "ur")
_MODALS = {
    "müssen": ("muss", "müssen"),
    "können": ("kann", "können"),
    "sollen": ("soll", "sollen"),
    "dürfen": ("darf", "dürfen"),
    "wollen": ("will", "wollen"),
    "mögen": ("mag", "mögen"),
}


def split_particle(infinitive: str, participle: str) -> tuple[str, str]:
    """("ein", "reichen") for einreichen/eingereicht; ("", "übernehmen") for übernehmen."""
    word = infinitive.lower()
    for prefix in _SEPARABLE + _EITHER:
        if not word.startswith(prefix) or len(word) - len(prefix) < 3:
            continue
        rest = word[len(prefix) :]
        if prefix in _EITHER and not participle.lower().startswith(prefix + "ge"):
            continue  # "übernommen": über- is inseparable here
        if participle.lower().startswith(prefix + "ge") or rest.startswith(_INSEPARABLE) or prefix in _SEPARABLE:
            return prefix, rest
    return "", word


def _third_singular(infinitive: str) -> str | None:
    strong = langdata.strong_verbs_present()
    if infinitive in strong:
        return strong[infinitive]
    for length in range(len(infinitive) - 2, 1, -1):  # "bewerben" -> "werben", "erhalten" -> "halten"
        head = infinitive[-length:]
        if head in strong and infinitive[:-length].startswith(_INSEPARABLE + _EITHER):
            return infinitive[:-length] + strong[head]
    if infinitive.endswith(("eln", "ern")):
        return infinitive[:-1] + "t"
    if not infinitive.endswith("en"):
        return None
    stem = infinitive[:-2]
    if stem.endswith(("t", "d", "chn", "chm")) or (
        len(stem) > 2 and stem[-1] in "mn" and stem[-2] not in "aeiouäöülrhm" + stem[-1]
    ):
        return stem + "et"
    return stem + "t"


def finite_form(infinitive: str, person: str) -> str | None:
    """Present tense for "3sg" (er/sie/es, das Jobcenter), "3pl" (sie, Sie), "1pl" (wir), "1sg" (ich)."""
    infinitive = infinitive.lower()
    if infinitive in _MODALS:
        singular, plural = _MODALS[infinitive]
        return singular if person in ("3sg", "1sg") else plural
    if infinitive == "haben":
        return {"3sg": "hat", "1sg": "habe"}.get(person, "haben")
    if person in ("3pl", "1pl"):
        return infinitive
    if person == "1sg":
        if infinitive.endswith(("eln", "ern")):
            return infinitive[:-1]
        return infinitive[:-2] + "e" if infinitive.endswith("en") else None
    if person == "3sg":
        return _third_singular(infinitive)
    return None


def noun_gender(noun: str) -> str | None:
    """ "m", "f", "n" from the gender table (for a compound: its last part) or the suffix; else None."""
    genders = langdata.noun_genders()
    key = lexicon_key(noun)
    if key in genders:
        return genders[key]
    head = lexicon_key(compound_parts(noun)[-1])
    if head in genders:
        return genders[head]
    for part_length in range(len(key) - 3, 2, -1):
        if key[-part_length:] in genders:
            return genders[key[-part_length:]]
    if key.endswith(_FEMININE_SUFFIXES):
        return "f"
    return None


MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def german_date(day: dt.date, *, weekday: bool = False) -> str:
    """3. März 2026 (S20: month written out, no leading zero), optionally with the weekday first."""
    text = f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {text}" if weekday else text


def german_time(time: dt.time) -> str:
    """9:30 Uhr, or 9 Uhr on the full hour (S21: no leading zero)."""
    return f"{time.hour}:{time.minute:02d} Uhr" if time.minute else f"{time.hour} Uhr"
