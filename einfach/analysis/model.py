"""The analysed text as the measures and rules see it: plain frozen dataclasses.

Rules never touch spaCy objects. The pipeline (einfach's own or a user's trained German
pipeline) is read once into these tuples, which keeps rules pure, fast and testable.
"""

from __future__ import annotations

from dataclasses import dataclass

from .tokens import Kind

__all__ = ["FINITE_TAGS", "Sentence", "Token", "WORD_KINDS"]

#: STTS tags of finite verbs (including imperatives).
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP"})

#: Token kinds that count as a word (sentence length, readability formulas).
WORD_KINDS = frozenset(
    {Kind.WORD, Kind.NUMBER, Kind.ORDINAL, Kind.DATE, Kind.TIME, Kind.PHONE, Kind.URL, Kind.EMAIL, Kind.ABBREVIATION}
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: Kind
    tag: str  # STTS
    lemma: str

    @property
    def is_word(self) -> bool:
        return self.kind in WORD_KINDS


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence, list item or heading: its span in the text and its non-space tokens."""

    start: int
    end: int
    tokens: tuple[Token, ...]
