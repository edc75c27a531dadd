"""The direct analysis and einfach's spaCy pipeline produce the same sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from einfach.analysis.analyze import analyze
from einfach.analysis.pipeline import read_sentences

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_same_sentences_on_examples(nlp, path):
    text = path.read_text(encoding="utf-8")
    assert analyze(text) == read_sentences(nlp(text))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcÄö §.,;:!?()-–\n\t 0123456789z.B.Nr.#*") + ["\r"]), max_size=200))
def test_same_sentences_on_noise(nlp, text):
    assert analyze(text) == read_sentences(nlp(text))


def test_overlong_sentences_are_cut_the_same_way(nlp):
    text = " ".join(["Wort"] * 2500) + "."  # no sentence is that long; HanTa fails on such input
    sentences = analyze(text)
    assert [len(s.tokens) for s in sentences] == [1000, 1000, 501]
    assert sentences == read_sentences(nlp(text))


def test_a_clause_final_verb_after_a_modal_is_its_infinitive():
    from einfach.analysis.analyze import analyze

    (sentence,) = analyze("Ich will kein Geld mehr brauchen.")
    assert [t.tag for t in sentence.tokens if t.text == "brauchen"] == ["VVINF"]
    (other,) = analyze("Ich weiß, dass wir das Geld brauchen.")  # no modal: stays finite
    assert [t.tag for t in other.tokens if t.text == "brauchen"] == ["VVFIN"]
