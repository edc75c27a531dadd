"""Rendering of the Kooperationsplan: golden HTML/Markdown, escaping, the review view and the one-page PDF.

Golden files live in tests/golden/ and change only with EINFACH_UPDATE_GOLDEN=1. PDF tests need
WeasyPrint and Pango; they skip with the reason when either is missing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import einfach
from einfach.errors import ConfigError, EinfachError
from einfach.plan import Kooperationsplan, Step, load_plan, parse_plan
from einfach.plan.check import check_plan
from einfach.plan.render import FORMATS, render
from einfach.plan.render._view import Note, make_field, sentence_spans
from einfach.plan.report import PlanFinding
from einfach.report import Severity
from einfach.suggest.german import german_date, german_time

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLES = sorted((ROOT / "examples" / "plans").glob("*.yaml"))

#: Every optional field set, so the golden files cover every line of the templates.
FULL = """\
schema: einfach-kooperationsplan/1
jobcenter: Jobcenter Mannheim
issuer: Frau Yilmaz
person: Anna Beispiel
created_on: 2026-03-03
review_due: 2026-08-31
profile: einfach
plan:
  goal: Ich will wieder als Verkäuferin arbeiten. Am liebsten in einem Laden in Mannheim.
  occupations: [Verkäuferin, Kassiererin]
way:
  - text: Ich schreibe jede Woche 2 Bewerbungen.
    quantity: 2
    per: Woche
    proof: Ich zeige Frau Yilmaz die Liste mit den Bewerbungen.
    proof_due: 2026-04-30
    costs: true
  - text: Ich gehe am 3. April zur Beratung bei der Kita.
    actor: Anna Beispiel und Frau Yilmaz
    due: 2026-04-03
support:
  offer: Frau Yilmaz berät Sie. Sie sucht mit Ihnen Stellen.
  items:
    - what: Das Jobcenter bezahlt Ihnen Geld für Bewerbungen.
      pays: 5 Euro für jede Bewerbung
      condition: Sie zeigen uns die Liste.
    - what: Die Agentur für Arbeit berät Sie zu einer Weiterbildung.
      provider: Agentur für Arbeit
appointment:
  date: 2026-04-14
  time: "09:00"
  mode: persönlich
  place: Jobcenter Mannheim, Zimmer 214
contact:
  name: Frau Yilmaz
  phone: +49 621 123 45 67
  email: a.yilmaz@jobcenter.example
  hours: Montag bis Freitag von 8 Uhr bis 12 Uhr.
  address: |
    Jobcenter Mannheim
    Ifflandstraße 2
    68161 Mannheim
  emergency: Im Notfall rufen Sie die Service-Nummer an. Die Nummer ist 0621 123 45 00.
notes: Bitte bringen Sie Ihren Ausweis mit.
"""


def full_plan(**changes) -> Kooperationsplan:
    return dataclasses.replace(parse_plan(FULL, "yaml"), **changes)


def leicht_plan() -> Kooperationsplan:
    return full_plan(profile="leicht", compound_separator="·")


class Blocks(HTMLParser):
    """Text of every paragraph and heading, and the tags seen (enough to test structure without a DOM)."""

    BLOCK = {"p", "h1", "h2", "h3", "li"}

    def __init__(self, html: str) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._open: list[tuple[str, list[str]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("p", "h1", "h2", "h3"):
            self._open.append((tag, []))

    def handle_endtag(self, tag):
        if self._open and self._open[-1][0] == tag:
            name, parts = self._open.pop()
            self.blocks.append((name, " ".join("".join(parts).split())))

    def handle_data(self, data):
        if self._open:
            self._open[-1][1].append(data)

    def texts(self, tag: str) -> list[str]:
        return [text for name, text in self.blocks if name == tag]


# ---------------------------------------------------------------- formats and helpers


def test_dates_and_times_are_written_out():
    assert german_date(dt.date(2026, 3, 3)) == "3. März 2026"
    assert german_date(dt.date(2026, 3, 3), weekday=True) == "Dienstag, 3. März 2026"
    assert german_time(dt.time(9, 30)) == "9:30 Uhr"
    assert german_time(dt.time(9, 0)) == "9 Uhr"
    assert german_time(dt.time(14, 5)) == "14:05 Uhr"


def test_sentence_spans_keep_ordinals_and_abbreviations():
    text = "Ich komme am 3. März um 9 Uhr. Das ist z. B. gut! Ja."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Ich komme am 3. März um 9 Uhr.", "Das ist z. B. gut!", "Ja."]


def test_unknown_format_is_a_config_error():
    with pytest.raises(ConfigError, match="Möglich sind: html, md, txt, review, pdf"):
        render(full_plan(), "docx")
    assert FORMATS == ("html", "md", "txt", "review", "pdf")


@pytest.mark.parametrize(("name", "fmt"), [(n, f) for n in ("einfach", "leicht") for f in ("html", "md", "txt")])
def test_golden(name, fmt):
    plan = full_plan() if name == "einfach" else leicht_plan()
    produced = render(plan, fmt)
    golden = GOLDEN / f"plan-{name}.{fmt}"
    if os.environ.get("EINFACH_UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(produced, encoding="utf-8")
    assert golden.exists(), f"{golden.name} fehlt: einmal mit EINFACH_UPDATE_GOLDEN=1 erzeugen"
    assert produced == golden.read_text(encoding="utf-8"), f"{golden.name} weicht ab (EINFACH_UPDATE_GOLDEN=1 schreibt sie neu)"


def test_html_structure_follows_the_mannheim_parts():
    page = Blocks(render(full_plan(), "html"))
    assert re.search(r'<html lang="de">', render(full_plan(), "html"))
    assert page.texts("h1") == ["Kooperationsplan für Anna Beispiel"]
    assert page.texts("h2") == [
        "Der Plan",
        "Der Weg",
        "Gezielte Unterstützung",
        "Verabredungen",
        "Bei Fragen und Notfällen",
        "Das ist auch wichtig",
    ]
    tags = [tag for tag, _ in page.tags]
    assert tags.count("ol") == 1 and tags.count("ul") == 1 and tags.count("li") == 4
    assert ("title", {}) in page.tags and tags.count("main") == 1
    blocks = [text for _, text in page.blocks]
    # Textform: the issuer and the Jobcenter are named; dates and times in words
    assert "Von: Frau Yilmaz, Jobcenter Mannheim" in blocks
    assert "Datum: 3. März 2026" in blocks
    assert "Nächster Termin: Dienstag, 14. April 2026, um 9 Uhr" in blocks
    assert "Wir prüfen den Plan zusammen: bis 31. August 2026" in blocks
    html = render(full_plan(), "html")
    assert "Ifflandstraße 2<br>" in html.replace("\n", "")  # the address as a block, one line each
    assert 'href="tel:+496211234567"' in html and 'href="mailto:a.yilmaz@jobcenter.example"' in html


def test_leicht_puts_one_sentence_per_line_with_the_chosen_separator():
    page = Blocks(render(leicht_plan(), "html"))
    blocks = [text for _, text in page.blocks]
    assert "Mein Ziel: Ich will wieder als Verkäuferin arbeiten." in blocks
    assert "Am liebsten in einem Laden in Mannheim." in blocks
    assert "Die Nummer ist 0621 123 45 00." in blocks
    assert page.texts("h1") == ["Kooperations·plan für Anna Beispiel"]
    assert page.texts("h2")[3:5] == ["Termine", "Bei Fragen und Not·fällen"]
    md = render(leicht_plan(), "md")
    assert "Mein Ziel: Ich will wieder als Verkäuferin arbeiten.\\\nAm liebsten in einem Laden in Mannheim." in md


def test_css_is_left_aligned_without_hyphenation_and_large_enough():
    html = render(full_plan(), "html")
    assert "hyphens: none" in html and "text-align: left" in html
    assert "text-align: justify" not in html
    assert re.search(r"body\.leicht \{ font-size: 14pt", html)
    assert re.search(r"body\.compact \{ page: compact; font-size: 12pt", html)
    assert "@font-face" not in html  # the HTML names the fonts; only the PDF embeds them
    assert '"Atkinson Hyperlegible", "Liberation Sans", "DejaVu Sans"' in html


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "Zitat" {{ 7*7000 }} {% raw %} javascript:alert(1)'


def hostile_plan() -> Kooperationsplan:
    plan = full_plan()
    return dataclasses.replace(
        plan,
        person=HOSTILE,
        jobcenter=HOSTILE,
        issuer=HOSTILE,
        goal=dataclasses.replace(plan.goal, text=HOSTILE, occupations=(HOSTILE,)),
        steps=(Step(text=HOSTILE, actor=HOSTILE, proof=HOSTILE),),
        support=dataclasses.replace(plan.support, offer=HOSTILE),
        appointment=dataclasses.replace(plan.appointment, place=HOSTILE),
        # a plan built in Python skips the schema: these must not become links
        contact=dataclasses.replace(plan.contact, name=HOSTILE, phone="javascript:alert(1)", email='x"@y.de', address=HOSTILE),
        notes=HOSTILE,
    )


@pytest.mark.parametrize("fmt", ["html", "review"])
def test_hostile_text_is_escaped_in_html(fmt):
    html = render(hostile_plan(), fmt)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "49000" not in html and "{{" in html and "{%" in html  # user text is never a template
    if fmt == "html":
        assert "{{ 7*7000 }} {% raw %}" in html
    hrefs = re.findall(r'(?:href|src)="([^"]*)"', html)
    assert all(h.startswith(("#", "mailto:", "tel:")) for h in hrefs), hrefs
    assert not any(h.startswith("tel:javascript") or "javascript:" in h for h in hrefs)
    assert 'href="mailto:x%22@y.de"' in html  # a quote in an address cannot end the attribute


def test_hostile_text_stays_text_in_markdown():
    md = render(hostile_plan(), "md")
    assert re.search(r"(?<!\\)[<>]", md) is None and "\\<script\\>" in md
    assert "\\& " in md
    txt = render(hostile_plan(), "txt")
    assert HOSTILE in txt  # plain text is not markup: it is written as it is


def test_template_text_passes_its_own_check():
    """The template's fixed words practise what the checker preaches (rendering.md §8.5)."""
    simple = """\
schema: einfach-kooperationsplan/1
jobcenter: Jobcenter Mannheim
issuer: Frau Yilmaz
person: Anna Beispiel
created_on: 2026-11-25
review_due: 2027-05-20
plan: {goal: Ich will arbeiten., occupations: [Koch]}
way: [{text: Ich lerne., actor: Frau Yilmaz, due: 2027-02-26, proof: Ich zeige die Liste., proof_due: 2027-01-29}]
support:
  offer: Frau Yilmaz hilft Ihnen.
  items: [{what: Wir bezahlen den Kurs., provider: Agentur für Arbeit, pays: 5 Euro, condition: Sie gehen hin.}]
appointment: {date: 2027-01-29, time: "09:30", mode: Telefon, place: Zimmer 214}
contact: {name: Frau Yilmaz, phone: 0621 123 45 67, email: a@b.de, hours: Am Montag., address: "Straße 1, 68161 Mannheim",
  emergency: Rufen Sie an.}
notes: Das ist gut.
"""
    base = parse_plan(simple, "yaml")
    for profile in ("leicht", "einfach", "standard"):
        for mode in ("persönlich", "Telefon", "Video"):
            plan = dataclasses.replace(base, profile=profile, appointment=dataclasses.replace(base.appointment, mode=mode))
            text = "\n\n".join(text for _, text in Blocks(render(plan, "html")).blocks)
            report = einfach.check(text, profile=profile)
            findings = [(f.rule, f.text) for f in report.findings if f.severity.rank >= Severity.WARNING.rank]
            assert findings == [], (profile, mode, findings)


# ---------------------------------------------------------------- review view


def _finding(path, code, severity, start=None, end=None, text=None):
    return PlanFinding(path, code, "rule-" + code.lower(), severity, f"Meldung {code}", start, end, text)


def test_marks_split_at_overlaps_and_sentences():
    text = "Ich gehe heute. Dann komme ich."
    notes = [
        Note(1, _finding("x", "A", Severity.WARNING, 4, 14, text[4:14]), True),  # "gehe heute"
        Note(2, _finding("x", "B", Severity.ERROR, 9, 20, text[9:20]), True),  # "heute. Dann" across two sentences
        Note(3, _finding("x", "C", Severity.SUGGESTION), False),
    ]
    field = make_field("x", text, True, notes)
    assert ["".join(p.text for p in line) for line in field.lines] == ["Ich gehe heute.", "Dann komme ich."]
    first, second = field.lines
    assert [(p.text, p.severity, p.ends) for p in first] == [
        ("Ich ", None, ()),
        ("gehe ", "warning", ()),
        ("heute", "error", (1,)),
        (".", "error", ()),
    ]
    assert [(p.text, p.severity, p.ends) for p in second] == [("Dann", "error", (2,)), (" komme ich.", None, ())]


def test_review_shows_every_finding_of_a_plan_with_problems():
    plan = full_plan(
        profile="leicht",
        review_due=dt.date(2027, 3, 3),  # PL101: later than 6 months, on a field without text
        steps=tuple(Step(text=f"Ich mache Schritt {n}, weil das Jobcenter es unverzüglich verlangt.") for n in range(1, 8)),
    )
    report = check_plan(plan)
    assert {f.path for f in report.findings} >= {"review_due", "way"}
    html = render(plan, "review", report)
    assert "<script" not in html and "<link" not in html and "http://" not in html and "https://" not in html
    texts = dict(plan.texts())
    for number, finding in enumerate(_display_order(report.findings, texts), 1):
        item = re.search(rf'<li class="note {finding.severity}" id="hinweis-{number}">(.*?)</li>', html, re.S)
        assert item, (number, finding)
        assert f"{finding.code} {finding.rule}" in item.group(1)
        assert _escaped(finding.message) in item.group(1)
        if finding.path in texts and finding.start is not None:
            assert f'id="stelle-{number}" href="#hinweis-{number}"' in html
            assert _escaped(texts[finding.path][finding.start : finding.end]) == _escaped(finding.text or "")
    top = html.split('id="ganzer-plan"')[1].split("</section>")[0]
    assert "PL101 review-due" in top and "PL104 step-count" in top
    steps = [f for f in report.findings if re.fullmatch(r"way\[\d+\]", f.path)]
    assert steps and f"{steps[0].code} {steps[0].rule}" not in top  # a step's finding is shown at the step
    assert top.count('class="note ') == len([f for f in report.findings if f.path in ("", "review_due", "way")])
    assert html.count('class="note ') == len(report.findings)
    assert Blocks(html).texts("h1") == ["Prüfung: Kooperations-Plan für Anna Beispiel"]


def _display_order(findings, texts):
    """Plan-wide findings first, then per text field (a step's own findings at its text), by offset."""

    def home(path):
        return next((h for h in (path, f"{path}.text", f"{path}.what") if h in texts), None)

    general = [f for f in findings if home(f.path) is None]
    fields = [
        f
        for path in texts
        for f in sorted((g for g in findings if home(g.path) == path), key=lambda g: (g.start is None, g.start or 0, g.end or 0))
    ]
    return general + fields


def _escaped(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def test_review_without_report_checks_the_plan():
    html = render(load_plan(EXAMPLES[0]), "review")
    assert "Ergebnis" in html and "Geprüft mit einfach" in html


# ---------------------------------------------------------------- PDF


def _weasyprint_or_skip():
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        pytest.skip("WeasyPrint is not installed (pip install 'einfach-sprache[pdf]')")
    except OSError as error:
        pytest.skip(f"WeasyPrint cannot load Pango ({error}); apt-get install libpango-1.0-0 libpangoft2-1.0-0")


@pytest.fixture
def pdf_of():
    """pdf_of(plan) -> bytes; a WeasyPrint ERROR log record fails the test (missing lang, title or alt)."""
    _weasyprint_or_skip()
    from einfach.plan.render.pdf import render_pdf

    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield render_pdf
    finally:
        logger.removeHandler(handler)
    assert not records, [r.getMessage() for r in records]


def _structure_problems(data: bytes) -> list[str]:
    """The pikepdf checks of rendering.md §5 that WeasyPrint's PDF/UA-1 output must pass."""
    import pikepdf

    problems = []
    pdf = pikepdf.open(io.BytesIO(data))
    root = pdf.Root
    if str(root.get("/Lang", "")) != "de":
        problems.append("Lang")
    if not root.get("/MarkInfo", {}).get("/Marked", False):
        problems.append("MarkInfo")
    if "/StructTreeRoot" not in root:
        problems.append("StructTreeRoot")
    if not root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False):
        problems.append("DisplayDocTitle")
    meta = pdf.open_metadata(set_pikepdf_as_editor=False)
    if not meta.get("dc:title") or str(meta.get("pdfuaid:part")) != "1":
        problems.append("XMP title / pdfuaid")
    marked: set[tuple[int, int]] = set()
    for page_number, page in enumerate(pdf.pages):
        if page.get("/Tabs") != "/S":
            problems.append("Tabs")
        for annot in page.get("/Annots", []):
            if annot.get("/Subtype") == "/Link" and (
                annot.get("/F") != 4 or "/StructParent" not in annot or "/Contents" not in annot
            ):
                problems.append("link annotation")
        for font in page.Resources.Font.values():
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0] if descendant else font).get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                problems.append(f"font not embedded: {font.get('/BaseFont')}")
            if "/ToUnicode" not in font:
                problems.append(f"no ToUnicode: {font.get('/BaseFont')}")
        depth = 0
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                marked.add((page_number, int(operands[1].MCID)))
            if name in ("BDC", "BMC"):
                depth += 1
            elif name == "EMC":
                depth -= 1
            elif name in ("Tj", "TJ", "f", "F", "f*", "S", "s", "B", "b", "Do", "sh") and depth == 0:
                problems.append(f"painting outside marked content: {name}")
    reachable: set[tuple[int, int]] = set()
    pages = {page.objgen: index for index, page in enumerate(pdf.pages)}

    def walk(node, page):
        if isinstance(node, int):
            reachable.add((page, node))
        elif isinstance(node, pikepdf.Array):
            for child in node:
                walk(child, page)
        elif isinstance(node, pikepdf.Dictionary):
            page = pages.get(node.Pg.objgen, page) if "/Pg" in node else page
            if "/MCID" in node:
                reachable.add((page, int(node.MCID)))
            if "/K" in node:
                walk(node.K, page)

    walk(root.StructTreeRoot, 0)
    if marked - reachable:
        problems.append(f"marked content outside the structure tree: {sorted(marked - reachable)[:5]}")
    return problems


def _layout(data: bytes):
    """(page count, smallest font size, font names, line texts) with pdfminer."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextLine

    pages = list(extract_pages(io.BytesIO(data)))
    sizes, fonts, lines = [], set(), []

    def walk(item):
        if isinstance(item, LTChar) and item.get_text().strip():
            sizes.append(item.size)
            fonts.add(item.fontname.split("+", 1)[-1])
        if isinstance(item, LTTextLine):
            lines.append(item.get_text().rstrip("\n"))
        for child in getattr(item, "_objs", None) or ():
            walk(child)

    for page in pages:
        walk(page)
    return len(pages), min(sizes), fonts, lines


@pytest.mark.parametrize("profile", ["leicht", "einfach"])
def test_pdf_is_tagged_one_page_with_embedded_atkinson(pdf_of, profile):
    plan = full_plan(profile=profile)
    data = pdf_of(plan)
    assert data.startswith(b"%PDF-1.7")
    assert _structure_problems(data) == []
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.docinfo["/Title"]) == render(plan, "html").split("<title>")[1].split("</title>")[0]
    pages, smallest, fonts, lines = _layout(data)
    assert pages == 1
    assert smallest >= (14 if profile == "leicht" else 12) - 0.01
    assert fonts <= {"Atkinson-Hyperlegible", "Atkinson-Hyperlegible-Bold"} and "Atkinson-Hyperlegible" in fonts
    assert not [line for line in lines if line.rstrip().endswith("-")], "no line may end in a hyphen"
    assert any("Der Weg" in line for line in lines)


def test_pdf_of_every_example_fits_one_page(pdf_of):
    from einfach.plan.render.pdf import fits_one_page

    for path in EXAMPLES:
        plan = load_plan(path)
        assert fits_one_page(plan), path.name
        pages, smallest, _, _ = _layout(pdf_of(plan))
        assert pages == 1 and smallest >= (14 if plan.profile == "leicht" else 12) - 0.01, path.name


def test_medium_plan_uses_the_compact_layout_and_keeps_14_pt(pdf_of):
    from einfach.plan.render import pdf

    plan = leicht_plan()
    assert len(pdf._layout(plan, compact=False).pages) > 1  # this plan needs the compact layout
    pages, smallest, _, _ = _layout(pdf_of(plan))
    assert pages == 1 and smallest >= 14 - 0.01


def test_too_long_plan_names_the_longest_part(pdf_of):
    from einfach.plan.render.pdf import TooLong, fits_one_page

    long_way = tuple(
        Step(text=f"Ich schreibe in Woche {n} zwei Bewerbungen und zeige sie Frau Yilmaz am Freitag.") for n in range(20)
    )
    plan = full_plan(steps=long_way)
    assert not fits_one_page(plan)
    with pytest.raises(TooLong) as raised:
        pdf_of(plan)
    assert raised.value.part == "way" and isinstance(raised.value, EinfachError)
    assert (
        str(raised.value) == "Der Plan passt nicht auf 1 Seite. Am längsten ist der Teil „Der Weg“. Bitte kürzen Sie diesen Teil."
    )


def test_longest_part_by_text_length_when_layout_boxes_are_private():
    """WeasyPrint's page boxes are private API; without them the longest text decides."""
    from types import SimpleNamespace

    from einfach.plan.render.pdf import _longest_part

    plan = full_plan(support=dataclasses.replace(full_plan().support, offer="Frau Yilmaz berät Sie. " * 40))
    assert _longest_part(plan, SimpleNamespace(pages=[SimpleNamespace()])) == "support"


def test_missing_weasyprint_says_how_to_install(monkeypatch):
    from einfach.plan.render import pdf

    pdf._engine.cache_clear()
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # "import weasyprint" now raises ImportError
    try:
        with pytest.raises(pdf.PdfUnavailable, match=r'pip install "einfach-sprache\[pdf\]"') as raised:
            render(full_plan(), "pdf")
        assert isinstance(raised.value, EinfachError)
    finally:
        pdf._engine.cache_clear()
    assert render(full_plan(), "html").startswith("<!DOCTYPE html>")  # the other formats do not need it
