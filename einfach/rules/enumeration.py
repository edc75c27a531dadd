"""ES106 enumeration: a long enumeration in running text belongs in a list.

BITV 2.0 Anlage 2 Teil 2 Nr. 7: lists for enumerations of more than three items. Items are
found by :mod:`einfach.measures.enumeration` (parallel phrases between commas, closed by
"und"/"oder"/"sowie"; commas between clauses never count). Sentences that are already list
items are not running text and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..measures.enumeration import Enumeration, find_enumerations, is_list_item
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

#: Words that bind the first item to the lead-in ("für", "als", "mit").
_ATTACHING_TAGS = frozenset({"APPR", "APPRART", "KOKOM", "ART", "PPOSAT"})


@dataclass(frozen=True, slots=True)
class EnumerationOptions:
    min_items: int = 4
    severity: Severity = Severity.WARNING


class LongEnumeration:
    code: ClassVar[str] = "ES106"
    name: ClassVar[str] = "enumeration"
    summary: ClassVar[str] = "Lange Aufzählung im Satz. Besser: eine Liste."
    Options: ClassVar[type] = EnumerationOptions

    def check(self, sentence: MeasuredSentence, options: EnumerationOptions, context: CheckContext) -> Iterator[Finding]:
        span = sentence.sentence
        if is_list_item(context.text, span.start):
            return
        tokens = span.tokens
        for found in find_enumerations(span):
            count = len(found.items)
            if count < options.min_items:
                continue
            start = tokens[found.items[0][0]].start
            end = tokens[found.items[-1][1] - 1].end
            if "\n" in context.text[start:end]:
                continue  # items on their own lines already
            items = [context.text[tokens[a].start : tokens[b - 1].end] for a, b in found.items]
            yield make_finding(
                self,
                context,
                sentence,
                start,
                end,
                options.severity,
                f"Aufzählung mit {count} Teilen. Schreiben Sie eine Liste.",
                (_suggestion(sentence, found, items, context.text),),
                items=items,
                count=count,
                limit=options.min_items,
            )


def _suggestion(sentence: MeasuredSentence, found: Enumeration, items: list[str], text: str) -> Suggestion:
    note = "Schreiben Sie jeden Teil in eine eigene Zeile mit Spiegelstrich."
    span = sentence.sentence
    tokens = span.tokens
    lead = text[span.start : tokens[found.items[0][0]].start].strip()
    if not lead or not found.verb_rest:
        return Suggestion(note)
    rest_start, rest_end = found.rest
    if rest_end > rest_start and tokens[found.items[0][0] - 1].tag in _ATTACHING_TAGS:
        return Suggestion(note)  # "Sie können als A, B ... arbeiten": the lead-in cannot take the rest of the verb
    if rest_end > rest_start:
        lead = f"{lead} {text[tokens[rest_start].start : tokens[rest_end - 1].end]}"
    if not lead.endswith(":"):
        lead += ":"
    listed = "\n".join(f"- {item}" for item in items)
    return Suggestion(note, replacement=f"{lead}\n{listed}", start=span.start, end=span.end)
