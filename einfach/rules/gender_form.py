"""ES406 gender-form: gender star, colon, underscore, Binnen-I and slash forms.

"Mitarbeiter*innen", "Berater:in", "Kund_innen", "TeilnehmerInnen", "Mitarbeiter/-innen",
"der*die", "eine*n": marks inside words that screen readers read out and many readers stumble
over. Leichte Sprache puts readability before gendering (Bredel/Maaß, MUCGPT LS); Einfache
Sprache prefers pair forms ("Mitarbeiterinnen und Mitarbeiter") or neutral nouns
("Mitarbeitende"). Kinds (``data["kind"]``): star, colon, underscore, slash, bracket,
binnen-i, mediopunkt. The pair form is computed for known endings
(``data/grammar/gender_stems.tsv``); it is never safe, because articles and adjectives
around it may have to change. Detection: :mod:`einfach.measures.gender`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..analysis.model import Token
from ..measures.gender import GenderMark, feminine_of_pair, gender_marks, masculine_forms, neutral_noun, pair_forms
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

_DETERMINER_TAGS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT"})
_DATIVE_PREPOSITIONS = frozenset(["mit", "von", "bei", "zu", "aus", "nach", "seit", "gegenüber", "außer"])
_CHECK_NOTE = "Prüfen Sie Artikel und Endungen davor."


@dataclass(frozen=True, slots=True)
class GenderFormOptions:
    severity: Severity = Severity.WARNING


class GenderForm:
    code: ClassVar[str] = "ES406"
    name: ClassVar[str] = "gender-form"
    summary: ClassVar[str] = "Gender-Zeichen: Schreiben Sie beide Formen aus."
    Options: ClassVar[type] = GenderFormOptions

    def check(self, sentence: MeasuredSentence, options: GenderFormOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        marks = gender_marks(context.text, sentence.sentence)
        if not marks:
            return
        starts = [t.start for t in tokens]
        index = 0
        while index < len(marks):
            mark = marks[index]
            index += 1
            if _allowed(tokens, mark, context):
                continue
            following = marks[index] if index < len(marks) else None
            if following is not None and mark.category != "noun":
                combined = _combined(context.text, mark, following)
                if combined is not None:
                    index += 1
                    note = f"Schreiben Sie beide Formen: {combined}"
                    yield self._finding(
                        sentence, context, options, mark.start, following.end, mark, (Suggestion(note, replacement=combined),)
                    )
                    continue
            if mark.category == "noun":
                suggestions = _noun_suggestions(tokens, starts, mark)
            else:
                feminine, masculine = _determiner_forms(mark)
                written = _sentence_case(mark, f"{feminine} oder {masculine}") if feminine else None
                note = f"Schreiben Sie beide Formen: {written}. {_CHECK_NOTE}" if written else "Schreiben Sie beide Formen aus."
                suggestions = (Suggestion(note, replacement=written),)
            yield self._finding(sentence, context, options, mark.start, mark.end, mark, suggestions)

    def _finding(
        self,
        sentence: MeasuredSentence,
        context: CheckContext,
        options: GenderFormOptions,
        start: int,
        end: int,
        mark: GenderMark,
        suggestions: tuple[Suggestion, ...],
    ) -> Finding:
        message = (
            "Gender-Zeichen: Schreiben Sie beide Formen aus."
            if mark.category == "noun"
            else "Gender-Zeichen im Artikel: Schreiben Sie beide Formen."
        )
        if mark.compound:
            message = "Gender-Zeichen im zusammengesetzten Wort: Formulieren Sie um."
        return make_finding(
            self,
            context,
            sentence,
            start,
            end,
            options.severity,
            message,
            suggestions,
            kind=mark.mark,
            category=mark.category,
            plural=mark.plural,
        )


def _allowed(tokens: tuple[Token, ...], mark: GenderMark, context: CheckContext) -> bool:
    return any(t.start < mark.end and t.end > mark.start and context.allows(t) for t in tokens)


def _previous_token(tokens: tuple[Token, ...], starts: list[int], position: int) -> Token | None:
    at = bisect.bisect_left(starts, position) - 1
    while at >= 0 and tokens[at].end > position:
        at -= 1
    return tokens[at] if at >= 0 else None


def _noun_suggestions(tokens: tuple[Token, ...], starts: list[int], mark: GenderMark) -> tuple[Suggestion, ...]:
    if mark.compound:
        return (
            Suggestion("Schreiben Sie das Wort ohne Gender-Zeichen, zum Beispiel mit beiden Formen in einem eigenen Satzteil."),
        )
    previous = _previous_token(tokens, starts, mark.start)
    before = previous.text.lower() if previous is not None else ""
    determiner = previous is not None and (previous.tag in _DETERMINER_TAGS or before == "alle")
    dative = mark.plural and (
        (determiner and before.endswith("en"))
        or before in _DATIVE_PREPOSITIONS
        or (previous is not None and previous.tag == "APPRART")
    )
    suggestions: list[Suggestion] = []
    written = pair_forms(mark.base, mark.plural, dative)
    if written is not None:
        suggestions.append(Suggestion(f"Schreiben Sie beide Formen: {written}. {_CHECK_NOTE}", replacement=written))
    else:
        example = "die Kundinnen und Kunden" if mark.plural else "die Kundin oder der Kunde"
        suggestions.append(Suggestion(f"Schreiben Sie die weibliche und die männliche Form aus, wie „{example}“."))
    if mark.plural:
        neutral = neutral_noun(mark.base)
        if neutral is not None:
            if determiner or dative:
                neutral += "n"  # "die Mitarbeitenden", "mit den Teilnehmenden"
            suggestions.append(Suggestion(f"Oder neutral: {neutral}. {_CHECK_NOTE}", replacement=neutral))
    return tuple(suggestions)


def _determiner_forms(mark: GenderMark) -> tuple[str, str] | tuple[None, None]:
    """(feminine, masculine): "eine*n" -> ("eine", "einen"), "Der/die" -> ("die", "der").

    Lower case, except the polite "Ihr/Ihre"; the caller capitalises the start of a sentence.
    """
    if mark.category == "pair":
        feminine, masculine = feminine_of_pair(mark.base, mark.suffix)
        return _lower_first(feminine), _lower_first(masculine)
    base = mark.base if mark.base.lower().startswith("ihr") else _lower_first(mark.base)
    full = base + mark.suffix
    if base.endswith("e") and not full.endswith("es"):
        return base, full  # "eine*n", "jede*r", "zuständige*r"
    if mark.suffix == "e":
        return full, base  # "ein*e", "kein/e"
    return None, None


def _lower_first(word: str) -> str:
    return word[:1].lower() + word[1:]


def _sentence_case(mark: GenderMark, written: str) -> str:
    """ "Der*die Berater*in" at the start of a sentence: "Die Beraterin oder der Berater"."""
    return written[:1].upper() + written[1:] if mark.base[:1].isupper() else written


def _combined(text: str, determiner: GenderMark, noun: GenderMark) -> str | None:
    """ "eine*n Berater*in" -> "eine Beraterin oder einen Berater" (singular nouns in -er only)."""
    if noun.category != "noun" or noun.plural or noun.compound or text[determiner.end : noun.start] != " ":
        return None
    forms = masculine_forms(noun.base)
    if forms is None or forms[0] != noun.base:
        return None  # weak nouns change with the case ("den Kunden"): no mechanical pair
    feminine, masculine = _determiner_forms(determiner)
    if feminine is None or masculine is None or masculine.lower() in ("des", "eines"):
        return None
    return _sentence_case(determiner, f"{feminine} {noun.base}in oder {masculine} {noun.base}")
