"""What the eight lexicon rules share: find a kind of term, say what to write instead.

Each rule (officialese, explain-term, foreign-word, filler-word, vague-word, idiom,
direct-address, light-verb) is a small subclass that names its lexicon file and its words;
matching lives in :mod:`einfach.measures.terms`, the entries in ``data/lexicon/``.

Terms that stay and need an explanation are judged on their first use in the document only,
and that use is fine when an explanation follows: in the same sentence after a colon, dash
or bracket, or as a definition ("Ein Kooperationsplan ist ..."), or in the next sentence
("Das bedeutet: ...").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..analysis.model import Token
from ..langdata import EXACT_MARK, LexiconEntry
from ..measures.sentence import MeasuredSentence
from ..measures.terms import TermMatch
from ..normalize import lexicon_key
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

__all__ = ["ExplainOptions", "LexiconOptions", "LexiconRule"]

_DEFINING_VERBS = frozenset({"ist", "sind", "heißt", "heißen", "bedeutet", "bedeuten", "meint", "nennt", "nennen"})
_EXPLAINING_MARKS = frozenset({":", "(", "–", "-", "—"})
#: Openings of a next sentence that explains the term before it.
DEFAULT_OPENERS = ("das bedeutet", "das heißt", "das ist", "das sind", "gemeint ist", "damit ist", "zum beispiel", "also")


@dataclass(frozen=True, slots=True)
class LexiconOptions:
    severity: Severity = Severity.WARNING


@dataclass(frozen=True, slots=True)
class ExplainOptions:
    severity: Severity = Severity.WARNING
    explanation_openers: tuple[str, ...] = DEFAULT_OPENERS


class LexiconRule:
    """Base of the lexicon rules; subclasses set the ClassVars and, if needed, ``advice``."""

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    Options: ClassVar[type] = LexiconOptions
    kinds: ClassVar[frozenset[str]]  # lexicon files this rule reads
    message: ClassVar[str] = "Schreiben Sie es einfacher."  # for replace/remove/specify entries
    explain_message: ClassVar[str] = "Fachwort: Erklären Sie es beim ersten Mal."

    def check(
        self, sentence: MeasuredSentence, options: LexiconOptions | ExplainOptions, context: CheckContext
    ) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        for match in sentence.terms:
            entry = match.entry
            if entry.kind not in self.kinds or any(context.allows(tokens[i]) for i in match.token_indices):
                continue
            if entry.action == "explain":
                if not _first_use(context, sentence, match) or _explained(context, sentence, match, options):
                    continue
                message = self.explain_message
            else:
                message = self.message
            indices = match.token_indices
            yield make_finding(
                self,
                context,
                sentence,
                tokens[min(indices)].start,
                tokens[max(indices)].end,
                options.severity,
                message,
                (self.advice(match, tokens, context.text),),
                term=entry.term,
                action=entry.action,
                kind=entry.kind,
                source=entry.source,
            )

    def advice(self, match: TermMatch, tokens: tuple[Token, ...], text: str) -> Suggestion:
        """The entry's alternative; a replacement only where the exact written form can be swapped."""
        entry = match.entry
        if entry.action == "explain":
            return Suggestion(f"Zum Beispiel: Das bedeutet: {entry.alternative}.")
        if entry.action == "specify":
            return Suggestion(f"Besser: {entry.alternative}.")
        if entry.action == "remove":
            return _removal(match, tokens, text)
        note = f"Besser: {entry.alternative}."
        if entry.verb or match.particle is not None:
            return Suggestion(note)  # the verb stands elsewhere in the sentence: a person rewrites it
        first, last = tokens[match.first], tokens[match.last]
        written = " ".join(lexicon_key(t.text) for t in tokens[match.first : match.last + 1])
        if written != " ".join(word.removeprefix(EXACT_MARK) for word in entry.words):
            return Suggestion(note)  # an inflected form: the alternative would need the same ending
        safe = entry.safe and _swappable(tokens, match)
        return Suggestion(
            note, replacement=_same_case(entry, first, match.first == 0), safe=safe, start=first.start, end=last.end
        )


#: Finite verbs: "Wir kooperieren" -> "Wir zusammenarbeiten" would be wrong (the particle moves).
_FINITE = frozenset({"VVFIN", "VVIMP", "VAFIN", "VAIMP", "VMFIN"})
_NAME_BEFORE = frozenset({"herr", "herrn", "frau", "firma"})


def _swappable(tokens: tuple[Token, ...], match: TermMatch) -> bool:
    """A mechanical swap is safe only on a form that cannot be a finite verb or a name."""
    words = tokens[match.first : match.last + 1]
    if any(t.tag in _FINITE or t.tag == "NE" for t in words):
        return False
    return match.first == 0 or lexicon_key(tokens[match.first - 1].text) not in _NAME_BEFORE


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _same_case(entry: LexiconEntry, first: Token, sentence_start: bool) -> str:
    """The alternative, capitalised where the term was only because it began the sentence."""
    alternative = entry.alternative
    if sentence_start and first.text[:1].isupper() and not entry.term[:1].isupper():
        return _sentence_case(alternative)
    return alternative


def _removal(match: TermMatch, tokens: tuple[Token, ...], text: str) -> Suggestion:
    """Delete the words and the space after them (or before them at the end of a sentence)."""
    entry = match.entry
    start, end = tokens[match.first].start, tokens[match.last].end
    if end < len(text) and text[end] == " ":
        end += 1
    elif start > 0 and text[start - 1] == " ":
        start -= 1
    note = "Lassen Sie das Wort weg." if entry.alternative == "" else f"Besser: {entry.alternative}."
    return Suggestion(note, replacement="", safe=entry.safe and match.first > 0, start=start, end=end)


def _first_use(context: CheckContext, sentence: MeasuredSentence, match: TermMatch) -> bool:
    """Whether this is the first time the document uses the term."""

    def first_uses() -> dict[str, tuple[int, int]]:
        firsts: dict[str, tuple[int, int]] = {}
        for other in context.sentences:
            for found in other.terms:
                firsts.setdefault(found.entry.term, (other.index, found.first))
        return firsts

    where = context.memo("lexicon.first_uses", first_uses).get(match.entry.term)
    return where is None or where == (sentence.index, match.first)


def _explained(
    context: CheckContext, sentence: MeasuredSentence, match: TermMatch, options: LexiconOptions | ExplainOptions
) -> bool:
    tokens = sentence.sentence.tokens
    after = tokens[match.last + 1 : match.last + 3]
    if any(token.text in _EXPLAINING_MARKS for token in after):
        return True
    if after and after[0].text.lower() in _DEFINING_VERBS:
        return True
    following = sentence.index + 1
    if following < len(context.sentences):
        start = context.sentences[following].sentence.start
        opening = " ".join(context.text[start : start + 40].lower().split())
        openers = getattr(options, "explanation_openers", DEFAULT_OPENERS)
        return any(opening.startswith(" ".join(opener.lower().split())) for opener in openers)
    return False
