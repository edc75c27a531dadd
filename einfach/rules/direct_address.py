"""ES210 direct-address: the reader named in the administrative third person (die leistungsberechtigte Person).

BITV 2.0 Anlage 2 Teil 2 Nr. 2; BA letter templates address the reader as "Sie". Never
safe: the verb must change with the subject.
"""

from __future__ import annotations

from typing import ClassVar

from ..analysis.model import Token
from ..measures.terms import TermMatch
from ..report import Suggestion
from .lexicon_rule import LexiconRule

_DETERMINERS = frozenset({"ART", "PDAT", "PIAT", "PPOSAT"})


class DirectAddress(LexiconRule):
    code: ClassVar[str] = "ES210"
    name: ClassVar[str] = "direct-address"
    summary: ClassVar[str] = "Die Person wird in der 3. Person genannt. Sprechen Sie sie direkt an."
    kinds: ClassVar[frozenset[str]] = frozenset({"address"})
    message: ClassVar[str] = "Sprechen Sie die Person direkt an: „Sie“."

    def advice(self, match: TermMatch, tokens: tuple[Token, ...], text: str) -> Suggestion:
        """ "Sie" for the whole noun phrase, article included ("Die leistungsberechtigte Person" -> "Sie").

        Never safe: the verb must change with the subject ("kommt" -> "kommen").
        """
        first = match.first
        while first > 0 and tokens[first - 1].tag in _DETERMINERS | {"ADJA"}:
            first -= 1
        start, end = tokens[first].start, tokens[match.last].end
        return Suggestion(
            "Sprechen Sie die Person mit „Sie“ an. Passen Sie das Verb an.", replacement="Sie", start=start, end=end
        )
