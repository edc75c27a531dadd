"""Rendering of the Kooperationsplan: HTML, Markdown, plain text, the review view and PDF.

``render(plan, "pdf")`` needs the ``[pdf]`` extra (WeasyPrint); every other format needs only Jinja2.
"""

from __future__ import annotations

from typing import Literal, overload

from ...errors import ConfigError
from ..model import Kooperationsplan
from ..report import PlanReport
from .html import render_html
from .markdown import render_markdown, render_text
from .pdf import render_pdf
from .review import render_review

__all__ = ["FORMATS", "render"]

FORMATS = ("html", "md", "txt", "review", "pdf")


@overload
def render(plan: Kooperationsplan, fmt: Literal["pdf"], report: PlanReport | None = None) -> bytes: ...
@overload
def render(plan: Kooperationsplan, fmt: Literal["html", "md", "txt", "review"], report: PlanReport | None = None) -> str: ...
@overload
def render(plan: Kooperationsplan, fmt: str, report: PlanReport | None = None) -> bytes | str: ...
def render(plan: Kooperationsplan, fmt: str, report: PlanReport | None = None) -> bytes | str:
    """The plan in one format: "html", "md", "txt", "review" (uses ``report`` or checks the plan) or "pdf"."""
    if fmt == "html":
        return render_html(plan)
    if fmt == "md":
        return render_markdown(plan)
    if fmt == "txt":
        return render_text(plan)
    if fmt == "review":
        return render_review(plan, report)
    if fmt == "pdf":
        return render_pdf(plan)
    raise ConfigError(f"Unbekanntes Format {fmt!r}. Möglich sind: {', '.join(FORMATS)}.")
