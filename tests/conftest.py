"""Shared fixtures. Data under ../shared is optional: tests that need it skip with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(relative: str) -> Path:
    """A file under ../shared, or skip the test that needs it."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} is not available (evaluation data lives beside the checkout)")
    return path


@pytest.fixture(scope="session")
def shared_file():
    """shared_file("eval/...") -> Path, or the test is skipped when ../shared is absent."""
    return shared_path


@pytest.fixture(scope="session")
def nlp():
    from einfach.analysis.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def sentences_of(nlp):
    from einfach.analysis.pipeline import read_sentences

    def split(text: str) -> list[str]:
        return [text[s.start : s.end] for s in read_sentences(nlp(text))]

    return split


@pytest.fixture(scope="session")
def run_rule():
    """run_rule(rule, text, profile="einfach", **options) -> findings of that one rule.

    Runs a rule instance directly (registered or not) on the analysed text with the
    profile's defaults from data/rules/<name>.toml and the given option overrides.
    """
    from einfach.analysis.analyze import analyze
    from einfach.measures.sentence import measure_sentence
    from einfach.profiles import build_options
    from einfach.rules.base import CheckContext

    def run(rule, text: str, profile: str = "einfach", allow=(), **overrides):
        from einfach.normalize import lexicon_key

        measured = tuple(measure_sentence(i, s) for i, s in enumerate(analyze(text)))
        options = build_options(rule.name, rule.Options, profile, overrides)
        context = CheckContext(text=text, sentences=measured, allowed=frozenset(lexicon_key(w) for w in allow))
        return [finding for sentence in measured for finding in rule.check(sentence, options, context)]

    return run
