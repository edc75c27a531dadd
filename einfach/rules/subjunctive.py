"""ES302 subjunctive: Konjunktiv II ("würde", "könnte", "wäre") makes a plan vague.

Plain language says what is: "Wir helfen Ihnen." instead of "Wir würden Ihnen helfen."
(BITV 2.0 Anlage 2 Teil 2 Nr. 1, Netzwerk Leichte Sprache, Bredel/Maaß). Detection is in
:mod:`einfach.measures.mood`. Politeness formulas ("Könnten Sie bitte ...", "Wir würden uns
freuen", "Ich hätte gern ...") pass unless ``allow_polite`` is off (Leichte Sprache). "sollte"
is also the indicative past: "Sollten Sie ..., ..." (a hidden "wenn") is always reported, any
other "sollte" only with ``all_sollte``. "möchte" is never reported.

Rewrites (never safe: the meaning moves from "maybe" to "is"): "würde + Infinitiv" becomes
the present ("Wir würden Ihnen helfen." -> "Wir helfen Ihnen."), "würde gern" becomes
"möchte", and könnte/müsste/wäre/hätte/gäbe/käme become the present when nothing else in the
clause depends on the Konjunktiv (no "wenn", no participle or second verb).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..analysis.model import Token
from ..measures.mood import MoodMatch, find_subjunctives
from ..measures.sentence import MeasuredSentence
from ..measures.tense import INFINITIVE_TAGS, clauses, person_of, present_form, present_rewrite
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

_PLAIN_NOTE = "Schreiben Sie, was ist: „wir helfen“, „Sie können“."
_CONDITIONS = frozenset({"wenn", "falls", "sofern", "ob", "als"})
_EPISTEMIC = frozenset({"dürfen"})  # "Das dürfte schwierig sein": "darf" would say something else
_MODALS = frozenset({"können", "müssen", "sollen", "wollen", "mögen"})
_WISH = frozenset({"gern", "gerne"})


@dataclass(frozen=True, slots=True)
class SubjunctiveOptions:
    severity: Severity = Severity.WARNING
    allow_polite: bool = True
    all_sollte: bool = False


class Subjunctive:
    code: ClassVar[str] = "ES302"
    name: ClassVar[str] = "subjunctive"
    summary: ClassVar[str] = "Konjunktiv (würde, könnte, wäre): Schreiben Sie, was ist."
    Options: ClassVar[type] = SubjunctiveOptions

    def check(self, sentence: MeasuredSentence, options: SubjunctiveOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        for match in find_subjunctives(sentence.sentence):
            if match.polite and options.allow_polite:
                continue
            if match.kind == "sollte" and not options.all_sollte:
                continue
            verb = tokens[match.verb]
            if context.allows(verb):
                continue
            first, last = min(match.verb, match.last), max(match.verb, match.last)
            yield make_finding(
                self,
                context,
                sentence,
                tokens[first].start,
                tokens[last].end,
                options.severity,
                _message(match, verb),
                (_suggestion(context.text, sentence, match),),
                kind=match.kind,
                form=verb.text,
                polite=match.polite,
            )


def _message(match: MoodMatch, verb: Token) -> str:
    if match.kind == "sollte-bedingung":
        return "„Sollten Sie …“ am Satzanfang ist schwer. Schreiben Sie „Wenn …“."
    if match.kind == "sollte":
        return "„sollte“ ist unklar. Schreiben Sie, was gilt."
    return "Konjunktiv: Schreiben Sie, was ist."


def _suggestion(text: str, sentence: MeasuredSentence, match: MoodMatch) -> Suggestion:
    tokens = sentence.sentence.tokens
    if match.kind == "sollte-bedingung":
        return Suggestion("Schreiben Sie „Wenn“: „Wenn Sie krank sind, rufen Sie uns an.“")
    if match.kind == "sollte":
        return Suggestion("Schreiben Sie klar: „Sie müssen …“ oder „Sie können …“.")
    clause = next(c for c in clauses(sentence.sentence) if match.verb in c)
    verb = tokens[match.verb]
    following = tokens[match.verb + 1] if match.verb + 1 < len(tokens) else None
    if following is not None and following.text.lower() in _WISH and verb.text.lower() in ("hätte", "hätten"):
        wish = _capitalised_like("möchten" if verb.text.lower() == "hätten" else "möchte", verb.text)
        whole = _in_sentence(text, sentence, verb.start, following.end, wish)
        return Suggestion(f"Schreiben Sie „möchte“: „{whole}“", replacement=wish, start=verb.start, end=following.end)
    rewrite = None
    if match.kind == "wuerde-infinitiv" and match.last > match.verb:
        gern = next((i for i in clause if tokens[i].text.lower() in _WISH), None)
        if gern is not None and match.verb < gern < match.last and verb.text.lower() in ("würde", "würden"):
            rewrite = _wish_rewrite(text, tokens, match, gern)
        else:
            person = person_of(tokens, clause, match.verb)
            rewrite = present_rewrite(text, tokens, match.verb, match.last, person) if person else None
    elif match.kind == "konjunktiv-ii":
        rewrite = _indicative(sentence, clause, match.verb)
    if rewrite is None:
        return Suggestion(_PLAIN_NOTE)
    first, last = tokens[min(match.verb, match.last)], tokens[max(match.verb, match.last)]
    whole = _in_sentence(text, sentence, first.start, last.end, rewrite)
    return Suggestion(f"Schreiben Sie, was ist: „{whole}“", replacement=rewrite)


def _capitalised_like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _in_sentence(text: str, sentence: MeasuredSentence, start: int, end: int, replacement: str) -> str:
    """The whole sentence with ``text[start:end]`` replaced, for the note."""
    span = sentence.sentence
    return text[span.start : start] + replacement + text[end : span.end]


def _wish_rewrite(text: str, tokens: tuple[Token, ...], match: MoodMatch, wish: int) -> str:
    """ "würde gern als Friseurin arbeiten" -> "möchte als Friseurin arbeiten"."""
    verb = tokens[match.verb]
    head = _capitalised_like("möchten" if verb.text.lower() == "würden" else "möchte", verb.text)
    return head + text[verb.end : tokens[wish].start].rstrip() + text[tokens[wish].end : tokens[match.last].end]


def _indicative(sentence: MeasuredSentence, clause: list[int], verb_index: int) -> str | None:
    """ "könnte" -> "kann", "wären" -> "sind", "gäbe" -> "gibt", when nothing else needs the Konjunktiv."""
    tokens = sentence.sentence.tokens
    verb = tokens[verb_index]
    lemma = verb.lemma.lower()
    if lemma in _EPISTEMIC or lemma == "werden":
        return None
    if tokens[clause[0]].text.lower() in _CONDITIONS or len(find_subjunctives(sentence.sentence)) > 1:
        return None  # "Wenn ich Geld hätte, käme ich.": an unreal condition, not a softened fact
    others = [tokens[i] for i in clause if i != verb_index and tokens[i].tag.startswith("V")]
    if lemma in _MODALS:
        if any(token.tag not in INFINITIVE_TAGS or token.tag == "VMINF" for token in others):
            return None
    elif others:
        return None  # "hätte gemacht", "wäre gekommen": a past Konjunktiv, not a present fact
    person = person_of(tokens, clause, verb_index)
    forms = present_form(lemma, person) if person else None
    if forms is None or forms[1]:
        return None
    return _capitalised_like(forms[0], verb.text)
