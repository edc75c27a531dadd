"""axe-core in Debian's headless Chromium: the plan page and the review view have zero violations.

axe.min.js comes from the PyPI package axe-playwright-python, the browser driver from playwright
(no browser download: Debian's chromium is launched by path). Pages are opened as file:// URLs,
with the network-quiet flags of rendering.md §6. Skips with the reason when a piece is missing.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path

import pytest

from einfach.plan import load_plan
from einfach.plan.render import render

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "plans").glob("*.yaml"))
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


def test_the_setup_finds_violations(axe):
    """A page with known faults must fail, or a silent setup would pass everything."""
    bad = "<html><body><img src='x.png'><a href='#'></a><p style='color:#ccc;background:#fff'>grau</p></body></html>"
    found = {rule for rule, _, _ in axe(bad)}
    assert {"html-has-lang", "document-title", "image-alt", "link-name", "color-contrast"} <= found


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
@pytest.mark.parametrize("fmt", ["html", "review"])
def test_example_plans_have_no_violations(axe, path, fmt):
    assert axe(render(load_plan(path), fmt)) == []


@pytest.mark.parametrize("fmt", ["html", "review"])
def test_leicht_plan_has_no_violations(axe, fmt):
    plan = load_plan(EXAMPLES[0])
    assert axe(render(dataclasses.replace(plan, profile="leicht", compound_separator="·"), fmt)) == []
