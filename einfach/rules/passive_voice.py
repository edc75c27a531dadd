"""ES301 passive-voice: passive sentences hide who acts.

Kinds (``data["kind"]``): vorgangspassiv, zustandspassiv, rezipientenpassiv,
sein-zu-infinitiv (see :mod:`einfach.measures.passive`). When the sentence names who acts
("vom Jobcenter") and is simple enough, the suggestion is the active sentence; otherwise it
asks "Wer tut das?". Zustandspassiv describes a state and is reported one step milder.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..errors import ConfigError
from ..measures.passive import PassiveKind, PassiveMatch
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from ..suggest.active import active_sentence
from .base import CheckContext, make_finding

_MESSAGES = {
    PassiveKind.VORGANG: "Passiv: Der Satz sagt nicht, wer etwas tut.",
    PassiveKind.ZUSTAND: "Passiv (Zustand): Wer hat das getan?",
    PassiveKind.REZIPIENT: "Passiv mit „bekommen“ oder „erhalten“: Wer tut das?",
    PassiveKind.SEIN_ZU: "„ist … zu“: Wer muss was tun?",
}


@dataclass(frozen=True, slots=True)
class PassiveVoiceOptions:
    severity: Severity = Severity.WARNING
    state_severity: Severity = Severity.SUGGESTION
    kinds: tuple[str, ...] = tuple(kind.value for kind in PassiveKind)

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - {kind.value for kind in PassiveKind}
        if unknown:
            raise ConfigError(f"Unbekannte Passiv-Art(en): {', '.join(sorted(unknown))}.")


class PassiveVoice:
    code: ClassVar[str] = "ES301"
    name: ClassVar[str] = "passive-voice"
    summary: ClassVar[str] = "Passiv: Schreiben Sie, wer etwas tut."
    Options: ClassVar[type] = PassiveVoiceOptions

    def check(self, sentence: MeasuredSentence, options: PassiveVoiceOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        for match in sentence.passives:
            if match.kind.value not in options.kinds:
                continue
            severity = options.state_severity if match.kind is PassiveKind.ZUSTAND else options.severity
            agent = None
            if match.agent is not None:
                agent = context.text[tokens[match.agent[0]].start : tokens[match.agent[1] - 1].end]
            message = _MESSAGES[match.kind]
            if agent is not None:  # the sentence names who acts: ask for the active form
                message = "Passiv: Schreiben Sie aktiv. Wer etwas tut, steht vorne."
            yield make_finding(
                self,
                context,
                sentence,
                tokens[match.first].start,
                tokens[match.last].end,
                severity,
                message,
                (_suggestion(sentence, match),),
                kind=match.kind.value,
                auxiliary=tokens[match.auxiliary].text,
                verb=tokens[match.verb].text,
                agent=agent,
            )


def _suggestion(sentence: MeasuredSentence, match: PassiveMatch) -> Suggestion:
    span = sentence.sentence
    rewritten = active_sentence(span.tokens, match)
    if rewritten is not None:
        return Suggestion(f"Besser aktiv: {rewritten}", replacement=rewritten, start=span.start, end=span.end)
    if match.kind is PassiveKind.SEIN_ZU:
        return Suggestion("Schreiben Sie, wer es tun muss. Zum Beispiel: „Sie müssen …“")
    if match.agent is not None:
        return Suggestion("Nennen Sie zuerst, wer es tut. Dann das Verb.")
    return Suggestion("Wer tut das? Nennen Sie die Person oder das Amt und schreiben Sie aktiv.")
