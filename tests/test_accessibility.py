"""axe-core in Debian's headless Chromium: the plan page and the review view have zero violations.

axe.min.js comes from the PyPI package axe-playwright-python, the browser driver from playwright
(no browser download: Debian's chromium is launched by path). Pages are opened as file:// URLs,
with the network-quiet flags of rendering.md §6. Skips with the reason when a piece is missing.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from einfach.plan import load_plan
from einfach.plan.render import render

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "plans").glob("*.yaml"))


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
