"""What every rule is: a stable code, a kebab-case name, typed options and a check.

A rule gets one measured sentence (:mod:`einfach.measures.sentence`), its options and the
document context, and yields findings. It measures nothing itself; it compares numbers with
thresholds. Rules that look beyond their sentence (a term explained in the next sentence, a
synonym used earlier) read ``context.sentences`` and share document-wide work through
``context.memo``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, TypeVar

from ..analysis.model import Token
from ..measures.sentence import MeasuredSentence
from ..normalize import lexicon_key
from ..report import Finding, Severity, Suggestion

__all__ = ["CheckContext", "Rule", "fingerprint", "make_finding"]

_T = TypeVar("_T")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class CheckContext:
    """The whole document as the rules see it."""

    text: str
    sentences: tuple[MeasuredSentence, ...] = ()
    allowed: frozenset[str] = frozenset()  # lexicon keys of house words no word rule flags
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def allows(self, token: Token) -> bool:
        if not self.allowed:
            return False
        return lexicon_key(token.text) in self.allowed or lexicon_key(token.lemma) in self.allowed

    def has_digit(self, sentence: MeasuredSentence) -> bool:
        """Whether the sentence contains a digit: rules on dates, times and phone numbers skip the rest."""
        span = sentence.sentence
        return _DIGIT.search(self.text, span.start, span.end) is not None

    def memo(self, key: str, compute: Callable[[], _T]) -> _T:
        """Document-wide work done once per check (for example: where each term first occurs)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]


class Rule(Protocol):
    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]  # one plain German line for "einfach rules"
    Options: ClassVar[type]

    def check(self, sentence: MeasuredSentence, options: Any, context: CheckContext) -> Iterator[Finding]: ...


def make_finding(
    rule: Rule,
    context: CheckContext,
    sentence: MeasuredSentence,
    start: int,
    end: int,
    severity: Severity,
    message: str,
    suggestions: tuple[Suggestion, ...] = (),
    **data: Any,
) -> Finding:
    """A finding whose text is read from the original text, so offsets and text always agree."""
    return Finding(
        fingerprint=fingerprint(rule.code, context.text, sentence, start, end),
        code=rule.code,
        rule=rule.name,
        severity=severity,
        start=start,
        end=end,
        text=context.text[start:end],
        message=message,
        suggestions=suggestions,
        data=data,
        sentence=sentence.index,
    )


def fingerprint(code: str, text: str, sentence: MeasuredSentence, start: int, end: int) -> str:
    """A short hash of the rule, the sentence and the finding's place in it.

    It does not depend on anything before the sentence, nor on how the sentence is wrapped or
    spaced (whitespace is normalised in the sentence, the offset and the flagged text), so a
    suppression or a baseline keeps matching the same finding after edits elsewhere.
    """
    span = sentence.sentence
    sentence_text = " ".join(text[span.start : span.end].split())
    offset = len(" ".join(text[span.start : start].split()))
    flagged = " ".join(text[start:end].split())
    digest = hashlib.sha256(f"{code}\0{sentence_text}\0{offset}\0{flagged}".encode())
    return digest.hexdigest()[:16]
