"""ES202 compound-word: long compounds, shown with their parts separated.

BITV 2.0 (Leichte Sprache) asks for a hyphen between the parts of compound nouns, Bredel
and Maaß for the Mediopunkt, DIN 8581-1 for a hyphen in long words. The profile decides
from which length or number of parts a compound is reported, the option ``separator``
which mark the suggestion uses. Parts come from :func:`einfach.compound_parts`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from .. import langdata
from ..errors import ConfigError
from ..measures.compounds import join_parts, merge_familiar
from ..measures.frequency import zipf
from ..measures.sentence import MeasuredSentence
from ..normalize import lexicon_key
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

SEPARATORS = {"-": "Bindestrich", "·": "Mediopunkt"}


@dataclass(frozen=True, slots=True)
class CompoundWordOptions:
    min_letters: int = 21
    min_parts: int = 4
    separator: str = "-"
    severity: Severity = Severity.WARNING
    merge_familiar: bool = True  # keep familiar sub-words whole ("Zeitraum"), as Einfache Sprache does

    def __post_init__(self) -> None:
        if self.separator not in SEPARATORS:
            raise ConfigError("Option 'separator' der Regel 'compound-word' muss '-' oder '·' sein.")


_FAMILIAR_ZIPF = 3.0


def _familiar(word: str) -> bool:
    return zipf(word) >= _FAMILIAR_ZIPF


def _marked(part: str) -> bool:
    return part.endswith(("-", "\u2010", "·"))


class CompoundWord:
    code: ClassVar[str] = "ES202"
    name: ClassVar[str] = "compound-word"
    summary: ClassVar[str] = "Langes zusammengesetztes Wort: Teile sichtbar trennen."
    Options: ClassVar[type] = CompoundWordOptions

    def check(self, sentence: MeasuredSentence, options: CompoundWordOptions, context: CheckContext) -> Iterator[Finding]:
        for word in sentence.words:
            parts = word.parts
            if len(parts) < 2 or not word.is_noun or context.allows(word.token) or _house_word(word.token.text):
                continue
            if word.letters < options.min_letters and len(parts) < options.min_parts:
                continue
            if all(_marked(part) for part in parts[:-1]):
                continue  # already written as "Bewerbungs-Training"
            if options.merge_familiar:
                parts = merge_familiar(parts, _familiar)
                if len(parts) < 2:
                    continue  # a long but familiar word: separators would not help
            token = word.token
            written = join_parts(parts, options.separator)
            yield make_finding(
                self,
                context,
                sentence,
                token.start,
                token.end,
                options.severity,
                f"Zusammengesetztes Wort: Trennen Sie die Teile mit {SEPARATORS[options.separator]}.",
                (Suggestion(f"Schreiben Sie: {written}", replacement=written),),
                letters=word.letters,
                parts=len(word.parts),
                separator=options.separator,
            )


def _house_word(text: str) -> bool:
    """Words on the shipped allowlist (Jobcenter, Bürgergeld) stay whole: readers know them as one word."""
    return lexicon_key(text) in langdata.allowlist()
