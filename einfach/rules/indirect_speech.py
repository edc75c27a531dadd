"""ES303 indirect-speech: Konjunktiv I in reported speech ("Er sagt, er sei krank.").

Leichte Sprache uses direct speech or the indicative (MUCGPT Leichte Sprache, LanguageTool's
Leichte-Sprache rules; domain.md S33). Detection in :mod:`einfach.measures.mood`, precision
first: imperatives ("Sei pünktlich.", "Habe Geduld."), "es sei denn" and clauses with
ich/du/wir/ihr are never reported. The suggestion names the indicative form ("sei" -> "ist",
"habe" -> "hat", "könne" -> "kann"); it is not safe, the reader may need to know who said it.
The catalogue has no Einfache-Sprache entry, so the rule is off by default outside "leicht".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..analysis.model import Token
from ..measures.mood import MoodMatch, find_reported_speech
from ..measures.sentence import MeasuredSentence
from ..measures.tense import present_form
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

_EXAMPLE = "„Er sagt: Ich bin krank.“ oder „Er sagt, er ist krank.“"


@dataclass(frozen=True, slots=True)
class IndirectSpeechOptions:
    severity: Severity = Severity.WARNING


class IndirectSpeech:
    code: ClassVar[str] = "ES303"
    name: ClassVar[str] = "indirect-speech"
    summary: ClassVar[str] = "Indirekte Rede (er sei, sie habe): Schreiben Sie direkt."
    Options: ClassVar[type] = IndirectSpeechOptions

    def check(self, sentence: MeasuredSentence, options: IndirectSpeechOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        for match in find_reported_speech(sentence.sentence):
            verb = tokens[match.verb]
            if context.allows(verb):
                continue
            yield make_finding(
                self,
                context,
                sentence,
                verb.start,
                verb.end,
                options.severity,
                "Indirekte Rede: Schreiben Sie direkt.",
                (_suggestion(verb, match),),
                kind="konjunktiv-i",
                form=verb.text,
            )


def _indicative(verb: Token, match: MoodMatch) -> str | None:
    """ "sei" -> "ist", "seien" -> "sind", "habe" -> "hat", "anrufe" -> "anruft"; None if unsure."""
    word = verb.text.lower()
    if not match.person:
        return None
    if word.startswith("sei"):
        form = {"3pl": "sind", "1sg": "bin"}.get(match.person, "ist")
    elif not word.endswith("e"):
        return None
    else:
        forms = present_form(word + "n", match.person)
        if forms is None:
            return None
        form = forms[1] + forms[0]  # a particle is part of this token only in a verb-final clause
    return form[:1].upper() + form[1:] if verb.text[:1].isupper() else form


def _suggestion(verb: Token, match: MoodMatch) -> Suggestion:
    form = _indicative(verb, match)
    if form is None:
        return Suggestion(f"Schreiben Sie direkte Rede oder den Indikativ: {_EXAMPLE}")
    return Suggestion(f"Schreiben Sie „{form}“ oder direkte Rede: {_EXAMPLE}", replacement=form)
