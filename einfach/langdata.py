"""Typed, validated, lazily loaded views of the files under ``data/``.

Each function loads its file once per process. Keys go through :mod:`einfach.normalize`
so that hand-edited lists and words from texts meet in one form.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .normalize import compact, lexicon_key
from .resources import read_table, read_word_list

__all__ = [
    "Abbreviation",
    "LexiconEntry",
    "abbreviations",
    "allowlist",
    "continuation_words",
    "dative_verbs",
    "frequency_overrides",
    "lexicon",
    "months",
    "noun_genders",
    "ordinal_introducers",
    "participle_adjectives",
    "sein_perfect_verbs",
    "sentence_start_words",
    "strong_verbs_present",
    "validate_all",
]

STTS_TAGS = frozenset(
    [
        "ADJA",
        "ADJD",
        "ADV",
        "APPR",
        "APPRART",
        "APPO",
        "APZR",
        "ART",
        "CARD",
        "FM",
        "ITJ",
        "KOUI",
        "KOUS",
        "KON",
        "KOKOM",
        "NN",
        "NE",
        "PDS",
        "PDAT",
        "PIS",
        "PIAT",
        "PPER",
        "PPOSS",
        "PPOSAT",
        "PRELS",
        "PRELAT",
        "PRF",
        "PWS",
        "PWAT",
        "PWAV",
        "PAV",
        "PTKZU",
        "PTKNEG",
        "PTKVZ",
        "PTKANT",
        "PTKA",
        "TRUNC",
        "VVFIN",
        "VVIMP",
        "VVINF",
        "VVIZU",
        "VVPP",
        "VAFIN",
        "VAIMP",
        "VAINF",
        "VAPP",
        "VMFIN",
        "VMINF",
        "VMPP",
        "XY",
    ]
)


@dataclass(frozen=True, slots=True)
class Abbreviation:
    text: str
    expansion: str
    tag: str
    ends_sentence: bool


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    term: str
    action: str  # "replace" or "explain"
    alternative: str
    source: str
    note: str


@cache
def abbreviations() -> dict[str, Abbreviation]:
    """Abbreviations keyed by their spelling without inner spaces ("z.B.")."""
    table: dict[str, Abbreviation] = {}
    for row in read_table(
        "abbreviations.tsv",
        required=("abbreviation", "expansion", "tag", "ends_sentence", "source"),
        unique="abbreviation",
    ):
        if not row["abbreviation"].endswith("."):
            raise row.error("an abbreviation must end with a period")
        if row["tag"] not in STTS_TAGS:
            raise row.error(f"unknown STTS tag {row['tag']!r}")
        if row["ends_sentence"] not in ("yes", "no"):
            raise row.error("ends_sentence must be yes or no")
        key = compact(row["abbreviation"])
        if key in table:
            raise row.error(f"{row['abbreviation']!r} duplicates another spelling")
        table[key] = Abbreviation(row["abbreviation"], row["expansion"], row["tag"], row["ends_sentence"] == "yes")
    return table


def _key_set(relative: str) -> frozenset[str]:
    return frozenset(lexicon_key(word) for word in read_word_list(relative))


@cache
def months() -> frozenset[str]:
    return _key_set("grammar/months.txt")


@cache
def sentence_start_words() -> frozenset[str]:
    """Case-sensitive: "Die" starts a sentence, "die" does not."""
    return frozenset(read_word_list("grammar/sentence_start_words.txt"))


@cache
def continuation_words() -> frozenset[str]:
    return _key_set("grammar/continuation_words.txt")


@cache
def ordinal_introducers() -> frozenset[str]:
    return _key_set("grammar/ordinal_introducers.txt")


@cache
def sein_perfect_verbs() -> frozenset[str]:
    return _key_set("grammar/sein_perfect_verbs.txt")


@cache
def participle_adjectives() -> frozenset[str]:
    return _key_set("grammar/participle_adjectives.txt")


@cache
def dative_verbs() -> frozenset[str]:
    return _key_set("grammar/dative_verbs.txt")


@cache
def strong_verbs_present() -> dict[str, str]:
    rows = read_table("grammar/strong_verbs_present.tsv", required=("infinitive", "third_singular"), unique="infinitive")
    return {lexicon_key(row["infinitive"]): row["third_singular"] for row in rows}


@cache
def noun_genders() -> dict[str, str]:
    rows = read_table("grammar/noun_genders.tsv", required=("noun", "gender"), unique="noun")
    table: dict[str, str] = {}
    for row in rows:
        if row["gender"] not in ("m", "f", "n"):
            raise row.error(f"gender must be m, f or n, got {row['gender']!r}")
        table[lexicon_key(row["noun"])] = row["gender"]
    return table


@cache
def allowlist() -> frozenset[str]:
    return _key_set("allowlist.txt")


@cache
def frequency_overrides() -> dict[str, float]:
    table: dict[str, float] = {}
    allowed = allowlist()
    for row in read_table("frequency_overrides.tsv", required=("word", "zipf", "rationale"), unique="word"):
        try:
            zipf = float(row["zipf"])
        except ValueError:
            raise row.error(f"zipf must be a number, got {row['zipf']!r}") from None
        if not 0.0 <= zipf <= 8.0:
            raise row.error("zipf must lie between 0 and 8")
        key = lexicon_key(row["word"])
        if key in allowed:
            raise row.error(f"{row['word']!r} is also on the allowlist; keep it in one place")
        table[key] = zipf
    return table


@cache
def lexicon() -> dict[str, LexiconEntry]:
    """Plain alternatives and explanations, keyed by the normalised lemma."""
    table: dict[str, LexiconEntry] = {}
    for row in read_table("lexicon/plain_words.tsv", required=("term", "action", "alternative", "source"), unique="term"):
        if row["action"] not in ("replace", "explain"):
            raise row.error(f"action must be replace or explain, got {row['action']!r}")
        key = lexicon_key(row["term"])
        if key in table:
            raise row.error(f"{row['term']!r} duplicates another entry after normalisation")
        table[key] = LexiconEntry(row["term"], row["action"], row["alternative"], row["source"], row["note"])
    return table


def validate_all() -> None:
    """Load every data file once; raises ``DataError`` on the first malformed line."""
    for loader in (
        abbreviations,
        months,
        sentence_start_words,
        continuation_words,
        ordinal_introducers,
        sein_perfect_verbs,
        participle_adjectives,
        dative_verbs,
        strong_verbs_present,
        noun_genders,
        allowlist,
        frequency_overrides,
        lexicon,
    ):
        loader()
