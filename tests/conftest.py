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
