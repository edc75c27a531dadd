"""ES206 abbreviation: abbreviations to spell out and acronyms to explain.

BITV 2.0 Anlage 2 Teil 2 Nr. 1 and Inclusion Europe: avoid abbreviations. Two kinds:

* abbreviations with a period ("z. B.", "bzw.", "Nr."): every use, with the expansion from
  data/abbreviations.tsv as replacement. It is safe unless the spelled-out word would need a
  different ending ("die sog. Maßnahme", "2 Std.") or the short form is ambiguous ("u.", "d.").
  Academic titles and place names (Dr., Prof., St.) and very common short forms (Lkw.) stay.
* acronyms ("AVGS", "KdU"): only the first use in the document, and only when the text does
  not explain it there or in the next sentence (:mod:`einfach.measures.acronyms`). Very common
  acronyms (data/grammar/common_acronyms.txt), the profile's ``allow_acronyms`` and house words
  are never flagged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from .. import langdata
from ..analysis.model import Sentence, Token
from ..analysis.tokens import Kind
from ..measures.acronyms import acronym_key, explained, first_uses, shouting
from ..measures.sentence import MeasuredSentence
from ..normalize import compact, lexicon_key
from ..report import Finding, Severity, Suggestion
from ..resources import read_word_list
from .base import CheckContext, make_finding

#: Part of a name, not an abbreviation to spell out.
_KEPT = frozenset({"Dr.", "Prof.", "Dipl.", "Ing.", "St."})
#: Short forms that stand for more than one word ("u." und/unter, "d." der/des/die, "s." siehe/sein).
_AMBIGUOUS = frozenset({"u.", "o.", "s.", "d.", "v.", "f.", "Hr.", "Hrn."})
#: Adjective abbreviations whose expansion never changes its ending.
_INVARIANT = frozenset({"ff.", "f.", "geb.", "gez.", "a.D."})
_WEEKDAYS = frozenset({"Mo.", "Di.", "Mi.", "Do.", "Sa.", "So."})
_NUMBER_KINDS = frozenset({Kind.NUMBER, Kind.ORDINAL})


@cache
def common_acronyms() -> frozenset[str]:
    """Acronyms readers know without explanation, upper-cased."""
    return frozenset(word.upper() for word in read_word_list("grammar/common_acronyms.txt"))


@dataclass(frozen=True, slots=True)
class AbbreviationOptions:
    severity: Severity = Severity.WARNING
    acronym_severity: Severity = Severity.WARNING
    flag_acronyms: bool = True
    allow_acronyms: tuple[str, ...] = ("SGB",)


@dataclass(frozen=True, slots=True)
class _Expansion:
    text: str
    replace: bool  # the expansion can replace the abbreviation as it stands
    safe: bool


def _next_word(tokens: tuple[Token, ...], index: int) -> Token | None:
    return next((token for token in tokens[index + 1 :] if token.is_word), None)


def _expand(tokens: tuple[Token, ...], index: int) -> _Expansion | None:
    token = tokens[index]
    key = compact(token.text)
    table = langdata.abbreviations()
    entry = table.get(key)
    prefix = ""
    if entry is None and "-" in key:  # "Kunden-Nr." -> "Kunden-Nummer"
        head, _, tail = key.rpartition("-")
        entry = table.get(tail)
        prefix = head + "-"
    if entry is None:
        if len(key) > 5 and key.lower().endswith("str."):  # "Hauptstr." -> "Hauptstraße": part of an address
            return _Expansion(key[:-4] + ("Straße" if key[-4] == "S" else "straße"), replace=True, safe=False)
        return None  # an initial ("A. Müller") or a spelling the table does not know
    expansion = prefix + entry.expansion
    following = _next_word(tokens, index)
    if key == "S." and any(compact(t.text) in ("§", "§§", "Abs.", "Art.") for t in tokens[max(0, index - 4) : index]):
        return _Expansion("Satz", replace=True, safe=False)  # "§ 15 Abs. 3 S. 2": Satz, not Seite; § stays as it is
    if len(key) == 2 and key[0].isupper() and following is not None and following.text[:1].isupper():
        return None  # "S. Müller": an initial, not "Seite"
    if key == "Fr.":  # "Fr. Kaya" is Frau, "Mo. bis Fr." is Freitag
        if following is not None and following.tag in ("NE", "NN") and following.text[:1].isupper():
            return _Expansion("Frau", replace=True, safe=True)
        if index > 0 and (tokens[index - 1].text in ("bis", "-", "–") or compact(tokens[index - 1].text) in _WEEKDAYS):
            return _Expansion("Freitag", replace=True, safe=False)
        return _Expansion("Frau oder Freitag", replace=False, safe=False)
    if token.text[0].isupper() and expansion[0].islower():
        expansion = expansion[0].upper() + expansion[1:]
    after_number = index > 0 and tokens[index - 1].kind in _NUMBER_KINDS
    if (
        entry.tag in ("ADJA", "ADJD")
        and key not in _INVARIANT
        and (entry.tag == "ADJA" or (following and following.tag in ("NN", "ADJA")))
    ):
        return _Expansion(expansion, replace=False, safe=False)  # "die sog. Maßnahme": the ending depends on the noun
    if key == "min." and after_number:
        return _Expansion("Minuten", replace=True, safe=False)  # "10 min.": minutes, not "mindestens"
    if entry.tag == "NN" and after_number and not (following and following.kind in _NUMBER_KINDS):
        return _Expansion(expansion, replace=True, safe=False)  # "2 Std.": the plural is not in the table
    return _Expansion(expansion, replace=True, safe=key not in _AMBIGUOUS and token.text not in _AMBIGUOUS)


def _plainer(expansion: _Expansion) -> _Expansion:
    """The lexicon's word when the spelled-out form is itself hard ("ggf." -> "wenn nötig").

    When the lexicon has no safe swap for it ("bzw." -> "beziehungsweise", "i. d. R." -> the
    vague "in der Regel"), spelling it out would only move the problem: then no fix is safe.
    """
    entry = langdata.lexicon_phrases().get(" ".join(lexicon_key(word) for word in expansion.text.split()))
    if entry is None:
        return expansion
    if entry.action == "replace" and entry.safe:
        text = entry.alternative
        if expansion.text[:1].isupper():
            text = text[:1].upper() + text[1:]
        return _Expansion(text, replace=True, safe=expansion.safe)
    return _Expansion(expansion.text, replace=True, safe=False)


class Abbreviation:
    code: ClassVar[str] = "ES206"
    name: ClassVar[str] = "abbreviation"
    summary: ClassVar[str] = "Abkürzung: Schreiben Sie das Wort aus oder erklären Sie es."
    Options: ClassVar[type] = AbbreviationOptions

    def check(self, sentence: MeasuredSentence, options: AbbreviationOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        found = [
            finding
            for index, token in enumerate(tokens)
            if token.kind is Kind.ABBREVIATION and (finding := self._abbreviation(sentence, index, options, context)) is not None
        ]
        if options.flag_acronyms:
            found.extend(self._acronyms(sentence, options, context))
        yield from sorted(found, key=lambda finding: finding.start)

    def _abbreviation(
        self, sentence: MeasuredSentence, index: int, options: AbbreviationOptions, context: CheckContext
    ) -> Finding | None:
        tokens = sentence.sentence.tokens
        token = tokens[index]
        key = compact(token.text)
        if key in _KEPT or key[:-1].upper() in common_acronyms() or context.allows(token):
            return None
        expansion = _expand(tokens, index)
        if expansion is None:
            return None
        if expansion.replace:
            expansion = _plainer(expansion)
            replacement = expansion.text + ("." if index == len(tokens) - 1 else "")  # "usw." also ended the sentence
            suggestion = Suggestion(f"Schreiben Sie „{expansion.text}“.", replacement=replacement, safe=expansion.safe)
        elif key == "Fr.":
            suggestion = Suggestion("Schreiben Sie das Wort aus: „Frau“ oder „Freitag“.")
        else:
            suggestion = Suggestion(f"Schreiben Sie das Wort aus: „{expansion.text}“ mit passender Endung.")
        return make_finding(
            self,
            context,
            sentence,
            token.start,
            token.end,
            options.severity,
            "Abkürzung: Schreiben Sie das Wort aus.",
            (suggestion,),
            kind="abbreviation",
            abbreviation=token.text,
            expansion=expansion.text,
        )

    def _acronyms(self, sentence: MeasuredSentence, options: AbbreviationOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        keys = [(index, acronym_key(token, tokens[index - 1] if index else None)) for index, token in enumerate(tokens)]
        if not any(key for _, key in keys) or shouting(sentence.sentence):
            return
        document, position = _document(context, sentence)
        first = context.memo("ES206.first-uses", lambda: first_uses(document)) if position >= 0 else first_uses(document)
        position = max(position, 0)
        allowed = common_acronyms() | {word.upper() for word in options.allow_acronyms}
        for index, key in keys:
            if key is None or first.get(key) != (position, index):
                continue
            token = tokens[index]
            if key.upper() in allowed or context.allows(token) or explained(document, position, index):
                continue
            yield make_finding(
                self,
                context,
                sentence,
                token.start,
                token.end,
                options.acronym_severity,
                "Abkürzung: Erklären Sie sie beim ersten Mal.",
                (
                    Suggestion(
                        f"Schreiben Sie das Wort aus oder erklären Sie es. Zum Beispiel: „{key} (…)“ oder „Das bedeutet: …“."
                    ),
                ),
                kind="acronym",
                acronym=key,
            )


def _document(context: CheckContext, sentence: MeasuredSentence) -> tuple[tuple[Sentence, ...], int]:
    """The document's sentences and this sentence's position in them; (this sentence, -1) when the context lacks it."""
    measured = context.sentences
    if 0 <= sentence.index < len(measured) and measured[sentence.index].sentence == sentence.sentence:
        return context.memo("ES206.sentences", lambda: tuple(m.sentence for m in measured)), sentence.index
    return (sentence.sentence,), -1
