"""einfach inside other spaCy pipelines, including one with its own tagger."""

from __future__ import annotations

import spacy
from spacy.language import Language

import einfach

TEXT = "Die Kosten werden vom Jobcenter übernommen. Ich gehe zum Kurs."


def test_add_pipe_on_blank_german():
    nlp = spacy.blank("de")  # spaCy's own tokenizer, no tagger, no sentence boundaries
    nlp.add_pipe("einfach", config={"profile": "leicht"})
    doc = nlp(TEXT)
    report = doc._.einfach
    assert isinstance(report, einfach.Report) and report.profile == "leicht"
    assert [s.text for s in report.sentences] == ["Die Kosten werden vom Jobcenter übernommen.", "Ich gehe zum Kurs."]
    [passive] = [f for f in report.findings if f.rule == "passive-voice"]
    assert TEXT[passive.start : passive.end] == "werden vom Jobcenter übernommen"
    assert doc[5].tag_ == "VVPP"  # HanTa filled in the tags


@Language.component("test_trained_tagger", assigns=["token.tag", "token.lemma"])
def trained_tagger(doc):
    """Stands in for a trained tagger: it claims "übernommen" is an adjective."""
    for token in doc:
        token.tag_ = "ADJD" if token.text == "übernommen" else ("VAFIN" if token.text == "werden" else "NN")
        token.lemma_ = token.text.lower()
    return doc


def test_existing_tags_win_over_hanta():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_trained_tagger")
    nlp.add_pipe("einfach")
    doc = nlp(TEXT)
    assert doc[5].tag_ == "ADJD"  # not overwritten
    assert [f for f in doc._.einfach.findings if f.rule == "passive-voice"] == []  # the pipeline's tags decide


def test_einfach_pipeline_components():
    from einfach.analysis.pipeline import build_pipeline

    nlp = build_pipeline()
    assert nlp.pipe_names == ["einfach_sentencizer", "einfach_hanta"]
    doc = nlp("Der Termin ist am 1. März 2026. Kommen Sie bitte.")
    assert [s.text for s in doc.sents] == ["Der Termin ist am 1. März 2026.", "Kommen Sie bitte."]
    assert doc.text == "Der Termin ist am 1. März 2026. Kommen Sie bitte."
    assert [t.pos_ for t in doc[:3]] == ["DET", "NOUN", "AUX"]
