"""ES307 nominal-style: sentences dense with nouns in -ung, -heit, -keit, -tion, -ität, -nis, -nahme.

"Die Prüfung der Erfüllung der Voraussetzungen erfolgt durch das Jobcenter." hides three
actions in nouns; "Das Jobcenter prüft, ob Sie ... erfüllen." names them (BVA handbook,
kommunal.de on "Ungitis", domain.md S10). A sentence is reported when it has more
nominalisations than ``max_per_sentence`` or a genitive chain of more than ``max_chain`` of
them. Counting and verbs come from :mod:`einfach.measures.nominal`; the verbs are offered as
a note ("Prüfung -> prüfen"), the sentence has to be rewritten by a person.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..analysis.model import Token
from ..measures.nominal import find_nominalisations, genitive_chain, nominal_verb
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

_MAX_VERBS = 4  # verbs named in the note


@dataclass(frozen=True, slots=True)
class NominalStyleOptions:
    max_per_sentence: int = 2
    max_chain: int = 1
    severity: Severity = Severity.WARNING


class NominalStyle:
    code: ClassVar[str] = "ES307"
    name: ClassVar[str] = "nominal-style"
    summary: ClassVar[str] = "Viele Nomen auf -ung, -heit, -keit: Schreiben Sie mit Verben."
    Options: ClassVar[type] = NominalStyleOptions

    def check(self, sentence: MeasuredSentence, options: NominalStyleOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        nominal = tuple(i for i in find_nominalisations(sentence.sentence) if not context.allows(tokens[i]))
        if not nominal:
            return
        count = len(nominal)
        chain = genitive_chain(sentence.sentence, nominal)
        chained = chain is not None and chain.length > options.max_chain
        if count <= options.max_per_sentence and not chained:
            return
        words = len(sentence.words) or 1
        if count > options.max_per_sentence:
            message = f"{count} Nomen auf -ung, -heit oder -nahme: Schreiben Sie mit Verben."
        else:
            message = "Genitiv-Kette aus Nomen: Schreiben Sie mit Verben."
        yield make_finding(
            self,
            context,
            sentence,
            tokens[nominal[0]].start,
            tokens[nominal[-1]].end,
            options.severity,
            message,
            _suggestions(tokens, nominal),
            nominalisations=count,
            limit=options.max_per_sentence,
            per_100_words=round(100 * count / words, 1),
            chain=chain.length if chain is not None else 0,
            kind="genitivkette" if chained and count <= options.max_per_sentence else "anzahl",
        )


def _suggestions(tokens: tuple[Token, ...], nominal: tuple[int, ...]) -> tuple[Suggestion, ...]:
    pairs: dict[str, str] = {}
    for index in nominal:
        token = tokens[index]
        verb = nominal_verb(token.lemma if token.lemma[:1].isupper() else token.text)
        if verb is not None and token.lemma not in pairs:
            pairs[token.lemma] = verb
    general = Suggestion("Sagen Sie mit Verben, wer was tut: „Das Jobcenter prüft …“ statt „Die Prüfung …“.")
    if not pairs:
        return (general,)
    named = ", ".join(f"{noun} → {verb}" for noun, verb in list(pairs.items())[:_MAX_VERBS])
    return general, Suggestion(f"Verben: {named}.")
