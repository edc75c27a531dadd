"""The one list of rules. A rule's code and name never change and are never reused."""

from __future__ import annotations

from ..errors import ConfigError
from .abbreviation import Abbreviation
from .base import Rule
from .compound_word import CompoundWord
from .date_format import DateFormat
from .direct_address import DirectAddress
from .enumeration import LongEnumeration
from .explain_term import ExplainTerm
from .filler_word import FillerWord
from .foreign_word import ForeignWord
from .gender_form import GenderForm
from .genitive import Genitive
from .idiom import Idiom
from .inconsistent_term import InconsistentTerm
from .indirect_speech import IndirectSpeech
from .light_verb import LightVerb
from .long_clause import LongClause
from .negation import Negation
from .nominal_style import NominalStyle
from .number_format import NumberFormat
from .officialese import Officialese
from .passive_voice import PassiveVoice
from .phone_format import PhoneFormat
from .rare_word import RareWord
from .sentence_length import SentenceLength
from .special_character import SpecialCharacter
from .statements import SeveralStatements
from .subjunctive import Subjunctive
from .subordinate_clause import SubordinateClause
from .tense import Tense
from .time_format import TimeFormat
from .vague_word import VagueWord
from .verb_distance import VerbDistance

__all__ = ["RULES", "rule_by_key", "rules_matching"]

RULES: tuple[Rule, ...] = (
    # ES1: sentences
    SentenceLength(),
    SeveralStatements(),
    LongClause(),
    SubordinateClause(),
    VerbDistance(),
    LongEnumeration(),
    # ES2: words
    RareWord(),
    CompoundWord(),
    Officialese(),
    ExplainTerm(),
    ForeignWord(),
    Abbreviation(),
    FillerWord(),
    VagueWord(),
    Idiom(),
    DirectAddress(),
    InconsistentTerm(),
    # ES3: grammar
    PassiveVoice(),
    Subjunctive(),
    IndirectSpeech(),
    Genitive(),
    Negation(),
    Tense(),
    NominalStyle(),
    LightVerb(),
    # ES4: characters and formats
    SpecialCharacter(),
    NumberFormat(),
    DateFormat(),
    TimeFormat(),
    PhoneFormat(),
    GenderForm(),
)


def rule_by_key(key: str) -> Rule | None:
    """A rule by code ("ES101") or name ("sentence-length"), in any letter case."""
    wanted = key.strip().lower()
    for rule in RULES:
        if wanted in (rule.code.lower(), rule.name):
            return rule
    return None


def rules_matching(prefix: str, where: str = "Auswahl") -> tuple[Rule, ...]:
    """Rules whose code or name starts with ``prefix`` ("ES2", "passive", "ALL").

    A prefix that matches no rule is an error: a typo must not silently select nothing.
    """
    wanted = prefix.strip().lower()
    if wanted == "all":
        return RULES
    found = tuple(rule for rule in RULES if rule.code.lower().startswith(wanted) or rule.name.startswith(wanted))
    if not wanted or not found:
        raise ConfigError(f"{where}: keine Regel heißt {prefix!r}. Die Liste zeigt: einfach rules")
    return found
