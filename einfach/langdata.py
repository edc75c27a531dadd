"""Typed, validated, lazily loaded views of the files under ``data/``.

Each function loads its file once per process. Keys go through :mod:`einfach.normalize`
so that hand-edited lists and words from texts meet in one form.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .errors import DataError
from .normalize import compact, lexicon_key
from .resources import Row, read_table, read_word_list

__all__ = [
    "Abbreviation",
    "LEXICON_KINDS",
    "LexiconEntry",
    "abbreviations",
    "allowlist",
    "continuation_words",
    "dative_verbs",
    "frequency_overrides",
    "lexicon",
    "lexicon_entries",
    "lexicon_phrases",
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
    """One line of a lexicon file under data/lexicon/ (the file name is its ``kind``)."""

    term: str  # lemmas, e.g. "zur Verfügung stellen"
    words: tuple[str, ...]  # lexicon keys of the words that stand together, in order ("zur", "verfügung")
    verb: str  # lexicon key of the verb that may move in the sentence ("stellen"), or ""
    action: str  # replace | explain | remove | specify
    alternative: str
    safe: bool  # the exact form may be swapped for the alternative without a person looking
    kind: str
    source: str
    note: str


#: Lexicon files and the actions their entries may have; each kind feeds one rule.
LEXICON_KINDS: dict[str, frozenset[str]] = {
    "officialese": frozenset({"replace"}),
    "light_verbs": frozenset({"replace"}),
    "legal_terms": frozenset({"explain"}),
    "foreign": frozenset({"replace", "explain"}),
    "fillers": frozenset({"remove", "replace"}),
    "vague": frozenset({"specify"}),
    "idioms": frozenset({"replace"}),
    "address": frozenset({"replace"}),
}
#: Prefix of a term word that matches its exact written form only.
EXACT_MARK = "="
_LEXICON_COLUMNS = ("term", "verb", "action", "alternative", "safe", "source", "note")


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


def _lexicon_files() -> list[str]:
    from .resources import data_path

    folder = data_path("lexicon/officialese.tsv").parent
    return sorted(f"lexicon/{path.name}" for path in folder.glob("*.tsv"))


def _term_word(word: str) -> str:
    """A term word's key; "=Kunde" keeps the written form only (not "Kunden", not the lemma)."""
    return EXACT_MARK + lexicon_key(word[1:]) if word.startswith(EXACT_MARK) else lexicon_key(word)


def _lexicon_entry(row: Row, kind: str) -> LexiconEntry:
    allowed = LEXICON_KINDS[kind]
    if row["action"] not in allowed:
        raise row.error(f"action must be {' or '.join(sorted(allowed))} in this file, got {row['action']!r}")
    if row["safe"] not in ("yes", "no"):
        raise row.error(f"safe must be yes or no, got {row['safe']!r}")
    if row["action"] != "remove" and not row["alternative"]:
        raise row.error("alternative is empty (only action remove may leave it empty)")
    words = tuple(_term_word(word) for word in row["term"].split())
    verb = lexicon_key(row["verb"])
    if verb and verb not in words:
        raise row.error(f"verb {row['verb']!r} is not a word of the term {row['term']!r}")
    if verb and len(words) == 1:
        raise row.error("a one-word term needs no verb column (it matches the word wherever it stands)")
    return LexiconEntry(
        term=row["term"],
        words=tuple(word for word in words if word != verb) if verb else words,
        verb=verb,
        action=row["action"],
        alternative=row["alternative"],
        safe=row["safe"] == "yes",
        kind=kind,
        source=row["source"],
        note=row["note"],
    )


@cache
def lexicon_entries() -> tuple[LexiconEntry, ...]:
    """Every entry of every lexicon file; a term may stand in one file only."""
    entries: list[LexiconEntry] = []
    seen: dict[str, str] = {}
    for relative in _lexicon_files():
        stem = relative.removeprefix("lexicon/").removesuffix(".tsv")
        kind = next((k for k in LEXICON_KINDS if stem == k or stem.startswith(k + "_")), None)
        if kind is None:
            raise DataError(f"{relative}: unknown lexicon file; allowed names start with {', '.join(LEXICON_KINDS)}")
        for row in read_table(relative, required=("term", "action", "source"), unique="term"):
            missing = [column for column in _LEXICON_COLUMNS if column not in row.fields]
            if missing:
                raise row.error(f"missing column(s) {', '.join(missing)}")
            key = " ".join(_term_word(word) for word in row["term"].split())
            if key in seen:
                raise row.error(f"{row['term']!r} is already in {seen[key]}")
            seen[key] = relative
            entries.append(_lexicon_entry(row, kind))
    return tuple(entries)


@cache
def lexicon_phrases() -> dict[str, LexiconEntry]:
    """Entries without a movable verb, keyed by their words ("in der regel"), to look up a phrase."""
    return {" ".join(entry.words): entry for entry in lexicon_entries() if not entry.verb}


@cache
def lexicon() -> dict[str, LexiconEntry]:
    """One-word entries keyed by their normalised lemma (for suggestions of other rules)."""
    return {entry.words[0]: entry for entry in lexicon_entries() if len(entry.words) == 1 and not entry.verb}


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
        lexicon_entries,
    ):
        loader()
