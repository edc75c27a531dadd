"""ES201 rare-word: words many readers do not know.

Judged on wordfreq's Zipf scale (3 = once per million words). A word counts as familiar if
its written form or its lemma is, and a compound if all its parts are ("Bewerbungstraining"
is rare as a whole but made of known words: the compound-word rule handles its length).
Numbers, names, acronyms, the allowlist and the caller's ``allow`` list are never rare;
domain words that wordfreq under-rates get overrides (data/frequency_overrides.tsv).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from .. import langdata
from ..measures.sentence import MeasuredSentence, WordMeasure
from ..normalize import lexicon_key
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding


@dataclass(frozen=True, slots=True)
class RareWordOptions:
    rare_below: float = 3.0
    hint_below: float = 3.5  # words between rare_below and this are "eher selten" (suggestion)
    severity: Severity = Severity.WARNING
    allow: tuple[str, ...] = ()
    allowed_keys: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "allowed_keys", frozenset(lexicon_key(word) for word in self.allow))


class RareWord:
    code: ClassVar[str] = "ES201"
    name: ClassVar[str] = "rare-word"
    summary: ClassVar[str] = "Das Wort ist selten. Viele Menschen kennen es nicht."
    Options: ClassVar[type] = RareWordOptions

    def check(self, sentence: MeasuredSentence, options: RareWordOptions, context: CheckContext) -> Iterator[Finding]:
        allowed = options.allowed_keys
        below = max(options.rare_below, options.hint_below)
        for word in sentence.words:
            value = word.familiarity
            if value is None or value >= below:
                continue
            token = word.token
            if lexicon_key(token.text) in allowed or lexicon_key(token.lemma) in allowed:
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
                (_suggestion(word),),
                zipf=word.zipf,
                familiarity=value,
                limit=options.rare_below if rare else options.hint_below,
                kind="rare" if rare else "uncommon",
                parts=list(word.parts) if word.is_compound else [],
            )


def _suggestion(word: WordMeasure) -> Suggestion:
    lexicon = langdata.lexicon()
    entry = lexicon.get(lexicon_key(word.token.lemma)) or lexicon.get(lexicon_key(word.token.text))
    if entry is None:
        return Suggestion("Nehmen Sie ein bekanntes Wort. Oder erklären Sie das Wort.")
    if entry.action == "explain":
        return Suggestion(f"Erklären Sie das Wort beim ersten Mal, zum Beispiel: {entry.alternative}.")
    if lexicon_key(word.token.text) == lexicon_key(entry.term) and " " not in entry.alternative:
        replacement = entry.alternative
        if word.token.text[:1].isupper() and not entry.term[:1].isupper():  # at the start of a sentence
            replacement = replacement[:1].upper() + replacement[1:]
        return Suggestion(f"Besser: {entry.alternative}", replacement=replacement)
    return Suggestion(f"Besser: {entry.alternative}")  # another form or several words: a person adapts it
