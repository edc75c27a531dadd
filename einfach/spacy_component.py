"""einfach as a component in any German spaCy pipeline.

    nlp = spacy.load("de_core_news_md")      # or spacy.blank("de")
    nlp.add_pipe("einfach", config={"profile": "leicht"})
    doc = nlp(text)
    doc._.einfach                            # einfach.Report

The component adds what the pipeline lacks and keeps what it has: sentence boundaries from
a parser or senter stay, tags and lemmas from a trained tagger and lemmatizer stay; missing
ones come from einfach's sentencizer and HanTa. Registered for spaCy through the
``spacy_factories`` entry point, so ``add_pipe("einfach")`` works without importing einfach.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .analysis.pipeline import set_hanta_annotation, set_sentence_boundaries
from .checker import Checker
from .profiles import DEFAULT_PROFILE

__all__ = ["EinfachComponent", "make_einfach"]

if not Doc.has_extension("einfach"):
    Doc.set_extension("einfach", default=None)


class EinfachComponent:
    def __init__(
        self, profile: str, options: dict[str, dict[str, Any]], select: list[str], ignore: list[str], allow: list[str]
    ) -> None:
        self.checker = Checker(profile, options, select=select, ignore=ignore, allow=allow)

    def __call__(self, doc: Doc) -> Doc:
        set_sentence_boundaries(doc)
        set_hanta_annotation(doc)
        doc._.einfach = self.checker.check_doc(doc)
        return doc


@Language.factory(
    "einfach",
    default_config={"profile": DEFAULT_PROFILE, "options": {}, "select": [], "ignore": [], "allow": []},
    assigns=["doc._.einfach"],
)
def make_einfach(
    nlp: Language,
    name: str,
    profile: str,
    options: dict[str, dict[str, Any]],
    select: list[str],
    ignore: list[str],
    allow: list[str],
) -> EinfachComponent:
    return EinfachComponent(profile, options, select, ignore, allow)
