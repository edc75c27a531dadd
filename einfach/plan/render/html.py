"""The plan as one accessible HTML page (also the source of the PDF).

Autoescape is switched on for every template: the default ``select_autoescape()`` would leave
``*.html.j2`` unescaped. The stylesheet is included as template source, never passed as a
variable, because an escaped stylesheet loses its quotes and WeasyPrint then drops the fonts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup, escape

from ...templates import environment_for
from ..model import Kooperationsplan
from ._view import plan_view

__all__ = ["environment", "keep_words", "render_html"]

_HYPHENATED = re.compile(r"\w+(?:-\w+)+")
_NOBR_MAX = 30  # a longer hyphenated word may break, or it would run past the margin


def keep_words(text: str) -> Markup:
    """Escaped text in which hyphenated words do not break at the hyphen (S28: no line-end hyphens)."""
    out = []
    position = 0
    for match in _HYPHENATED.finditer(text):
        if len(match.group()) <= _NOBR_MAX:
            out += [
                escape(text[position : match.start()]),
                Markup('<span class="nobr">'),
                escape(match.group()),
                Markup("</span>"),
            ]
            position = match.end()
    out.append(escape(text[position:]))
    return Markup("").join(out)


@cache
def environment() -> jinja2.Environment:
    return environment_for("einfach.plan.render", {"words": keep_words})


def render_html(plan: Kooperationsplan, *, compact: bool = False, fonts: Sequence[Mapping[str, Any]] = ()) -> str:
    """The plan page. ``compact`` and ``fonts`` (``@font-face`` sources) are for the PDF."""
    template = environment().get_template("plan.html.j2")
    return template.render(**plan_view(plan), head=1, review=False, compact=compact, fonts=fonts)
