"""ES201 rare-word: words many readers do not know.

Judged on wordfreq's Zipf scale (3 = once per million words). A word counts as familiar if
its written form or its lemma is, and a compound if all its parts are ("Bewerbungstraining"
is rare as a whole but made of known words: the compound-word rule handles its length).
Numbers, names, acronyms, the allowlist and the caller's house words (``allow``) are never
rare; domain words that wordfreq under-rates get overrides (data/frequency_overrides.tsv).
Words in the lexicon are left to the lexicon rules, which know what to write instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding


@dataclass(frozen=True, slots=True)
class RareWordOptions:
    rare_below: float = 3.0
    hint_below: float = 3.5  # words between rare_below and this are "eher selten" (suggestion)
    severity: Severity = Severity.WARNING


class RareWord:
    code: ClassVar[str] = "ES201"
    name: ClassVar[str] = "rare-word"
    summary: ClassVar[str] = "Das Wort ist selten. Viele Menschen kennen es nicht."
    Options: ClassVar[type] = RareWordOptions

    def check(self, sentence: MeasuredSentence, options: RareWordOptions, context: CheckContext) -> Iterator[Finding]:
        below = max(options.rare_below, options.hint_below)
        in_lexicon = {i for match in sentence.terms for i in match.token_indices}
        for word in sentence.words:
            value = word.familiarity
            if value is None or value >= below:
                continue
            token = word.token
            if context.allows(token) or word.index in in_lexicon:
                continue
            rare = value < options.rare_below
            severity = options.severity if rare else Severity.SUGGESTION
            message = "Seltenes Wort: Viele Menschen kennen es nicht." if rare else "Eher seltenes Wort."
            yield make_finding(
                self,
                context,
                sentence,
                token.start,
                token.end,
                severity,
                message,
                (_ADVICE,),
                zipf=word.zipf,
                familiarity=value,
                limit=options.rare_below if rare else options.hint_below,
                kind="rare" if rare else "uncommon",
                parts=list(word.parts) if word.is_compound else [],
            )


_ADVICE = Suggestion("Nehmen Sie ein bekanntes Wort. Oder erklären Sie das Wort.")
