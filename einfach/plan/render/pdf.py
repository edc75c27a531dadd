"""The plan as a tagged PDF/UA-1 on exactly one A4 page (WeasyPrint).

One page is a promise of the Mannheim plan, so it is checked, not hoped for: the page is laid
out, and if it runs over, laid out again in the compact layout (less spacing and margin; the
body stays at 14 pt at profile leicht). If that runs over too, :class:`TooLong` names the part
that takes the most room, so the caseworker knows what to shorten. Only then is the PDF written.

WeasyPrint is imported on first use (about 0.4 s) and is an optional extra: without it every
other format still works, and a PDF request says how to install it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...errors import EinfachError
from ..model import Kooperationsplan
from ._view import part_titles
from .html import render_html

__all__ = ["PdfUnavailable", "TooLong", "fits_one_page", "overflowing_part", "render_pdf"]

#: Section ids of the template and the part each belongs to.
_SECTIONS = {
    "teil-plan": "plan",
    "teil-weg": "way",
    "teil-unterstuetzung": "support",
    "teil-verabredungen": "appointment",
    "teil-kontakt": "contact",
    "teil-notizen": "notes",
}
_FONT_FAMILY = "Atkinson Hyperlegible"


class PdfUnavailable(EinfachError):
    """WeasyPrint (the ``[pdf]`` extra) or the Pango library it needs is not installed."""


class TooLong(EinfachError):
    """The plan does not fit on one page, not even in the compact layout; ``part`` is the longest part."""

    def __init__(self, part: str, title: str) -> None:
        self.part = part
        self.title = title
        super().__init__(f"Der Plan passt nicht auf 1 Seite. Am längsten ist der Teil „{title}“. Bitte kürzen Sie diesen Teil.")


@dataclass(frozen=True, slots=True)
class _Engine:
    """WeasyPrint and what every render shares: one font configuration, a file-only URL fetcher."""

    weasyprint: Any
    font_config: Any
    fetcher: Any
    fonts: tuple[Mapping[str, Any], ...]


def _font_faces() -> tuple[Mapping[str, Any], ...]:
    """Atkinson Hyperlegible (OFL-1.1) from its PyPI package; without it the CSS falls back to Liberation/DejaVu Sans."""
    try:
        import fontpkg
    except ImportError:
        return ()
    try:
        return tuple(
            {"url": fontpkg.path(_FONT_FAMILY, weight, style).as_uri(), "weight": weight, "style": style}
            for weight in (400, 700)
            for style in ("normal", "italic")
        )
    except fontpkg.FontpkgError:
        return ()


@cache
def _engine() -> _Engine:
    try:
        import weasyprint
        from weasyprint.text.fonts import FontConfiguration
    except ImportError:
        raise PdfUnavailable('Für PDF fehlt WeasyPrint. Bitte installieren Sie: pip install "einfach-sprache[pdf]"') from None
    except OSError as error:  # WeasyPrint is there, the system library Pango is not
        raise PdfUnavailable(
            f"WeasyPrint findet die Bibliothek Pango nicht ({error}). "
            "Unter Debian helfen die Pakete libpango-1.0-0, libpangoft2-1.0-0 und libharfbuzz-subset0."
        ) from None
    fetcher = weasyprint.URLFetcher(allowed_protocols=["file"])  # fonts only; nothing from the network
    return _Engine(weasyprint, FontConfiguration(), fetcher, _font_faces())


def _layout(plan: Kooperationsplan, compact: bool) -> Any:
    engine = _engine()
    html = render_html(plan, compact=compact, fonts=engine.fonts)
    return engine.weasyprint.HTML(string=html, url_fetcher=engine.fetcher).render(font_config=engine.font_config)


def _boxes(box: Any) -> Iterator[Any]:
    """The outermost box of each part on a page (a part that runs over has one per page)."""
    if getattr(box, "element_tag", None) == "section" and box.element.get("id") in _SECTIONS:
        yield box
        return
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _longest_part(plan: Kooperationsplan, document: Any) -> str:
    """The part that takes the most height in the laid-out document (by text length if boxes are not reachable)."""
    heights = dict.fromkeys(_SECTIONS.values(), 0.0)
    for page in document.pages:
        page_box = getattr(page, "_page_box", None)  # WeasyPrint's laid-out page; private, so checked
        for box in _boxes(page_box) if page_box is not None else ():
            heights[_SECTIONS[box.element.get("id")]] += box.margin_height()
    if not any(heights.values()):
        for path, text in plan.texts():  # "way[1].text" belongs to the part "way"
            heights[re.split(r"[.\[]", path, maxsplit=1)[0]] += len(text)
    return max(heights, key=heights.__getitem__)


def _one_page(plan: Kooperationsplan) -> Any:
    """The laid-out document on one page: normal layout, else compact, else :class:`TooLong`."""
    document = _layout(plan, compact=False)
    if len(document.pages) > 1:
        document = _layout(plan, compact=True)
        if len(document.pages) > 1:
            part = _longest_part(plan, document)
            raise TooLong(part, part_titles(plan)[part])
    return document


def _print_links(_document: Any, pdf: Any) -> None:
    """Set the Print flag on link annotations: WeasyPrint sets it for PDF/A only (PDF/UA asks for it)."""
    for item in pdf.objects:
        if isinstance(item, dict) and item.get("Subtype") == "/Link":
            item["F"] = 4


def fits_one_page(plan: Kooperationsplan) -> bool:
    """True if the plan fits on one A4 page, in the normal or the compact layout."""
    return overflowing_part(plan) is None


def overflowing_part(plan: Kooperationsplan) -> str | None:
    """None if the plan fits on one page, else the key of its longest part ("way")."""
    try:
        _one_page(plan)
    except TooLong as error:
        return error.part
    return None


def render_pdf(plan: Kooperationsplan) -> bytes:
    """The plan as PDF/UA-1 (tagged, /Lang de, title, embedded fonts) on one A4 page."""
    pdf: bytes = _one_page(plan).write_pdf(pdf_variant="pdf/ua-1", finisher=_print_links)
    return pdf
