"""The one list of rules. A rule's code and name never change and are never reused."""

from __future__ import annotations

from .base import Rule
from .compound_word import CompoundWord
from .passive_voice import PassiveVoice
from .rare_word import RareWord
from .sentence_length import SentenceLength
from .statements import SeveralStatements

__all__ = ["RULES", "rule_by_key"]

RULES: tuple[Rule, ...] = (SentenceLength(), SeveralStatements(), RareWord(), CompoundWord(), PassiveVoice())


def rule_by_key(key: str) -> Rule | None:
    """A rule by code ("ES101") or name ("sentence-length")."""
    for rule in RULES:
        if key in (rule.code, rule.name):
            return rule
    return None
