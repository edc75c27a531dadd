"""Shared fixtures. Data under ../shared is optional: tests that need it skip with a reason."""

from __future__ import annotations

import shutil
import tempfile
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


CHROMIUM = next((p for p in ("/usr/lib/chromium/chromium", "/usr/bin/chromium") if Path(p).exists()), None)
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def axe(tmp_path_factory):
    """axe(html) -> list of violations (rule id, impact, first offending node)."""
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    sync_playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright").sync_playwright
    axe_package = pytest.importorskip("axe_playwright_python", reason="pip install axe-playwright-python")
    script = (Path(axe_package.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    pages = tmp_path_factory.mktemp("pages")
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, headless=True, args=FLAGS)
        page = context.new_page()

        def run(html: str) -> list[tuple[str, str, str]]:
            path = pages / f"page{len(list(pages.iterdir()))}.html"
            path.write_text(html, encoding="utf-8")
            page.goto(path.as_uri())
            page.add_script_tag(content=script)
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            return [(v["id"], v["impact"], v["nodes"][0]["html"][:160]) for v in result["violations"]]

        try:
            yield run
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)
