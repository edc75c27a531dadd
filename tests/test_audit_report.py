"""The audit report page: numbers shown, strings escaped, nothing loaded from outside, redaction, axe."""

from __future__ import annotations

import copy
import random
import re
from typing import Any

import pytest

from einfach.audit.readers import REASONS
from einfach.audit.report_html import REASON_LABELS, german_decimal, german_number, histogram, level_bars, render_report

HOSTILE_PATH = "team-<b>/<script>alert(1)</script>.docx"
HOSTILE_SENTENCE = 'Bitte "><img src=x onerror=alert(2)> & Co. beachten Sie die Frist.'

RULES = [
    ("ES203", "officialese", "Amtsdeutsch. Es gibt ein einfacheres Wort.", 812, 300),
    ("ES101", "sentence-length", "Der Satz hat zu viele Wörter.", 640, 280),
    ("ES301", "passive-voice", "Passiv: Schreiben Sie, wer etwas tut.", 410, 210),
    ("ES304", "genitive", "Genitiv (des Kurses): Besser „von dem Kurs“.", 305, 190),
    ("ES202", "compound-word", "Langes zusammengesetztes Wort: Teile sichtbar trennen.", 280, 150),
    ("ES307", "nominal-style", "Viele Nomen auf -ung, -heit, -keit: Schreiben Sie mit Verben.", 190, 120),
    ("ES204", "explain-term", "Fachwort aus dem Gesetz. Erklären Sie es beim ersten Mal.", 150, 110),
    ("ES206", "abbreviation", "Abkürzung: Schreiben Sie das Wort aus oder erklären Sie es.", 95, 60),
    ("PL103", "no-sanctions", "Im Plan steht nichts über Strafen oder Rechtsfolgen.", 12, 12),
    ("ES405", "phone-format", "Telefonnummer so schreiben: 0621 123 45 67.", 7, 7),
]
WORDS = [
    ("Eingliederungsvereinbarung", "Vereinbarung", "ES203"),
    ("Leistungsberechtigte", "Sie", "ES210"),
    ("Mitwirkungspflicht", "Sie müssen mithelfen", "ES203"),
    ("Bewilligungszeitraum", "Zeit, für die Sie Geld bekommen", "ES204"),
    ("gemäß", "nach", "ES203"),
    ("unverzüglich", "sofort", "ES203"),
    ("Maßnahme", "Kurs", "ES203"),
    ("Rechtsfolgenbelehrung", None, "ES204"),
]
BLOCKS = [
    "Die Erstattung der Fahrkosten erfolgt nach Vorlage der Belege.",
    "Zur Verbesserung Ihrer Chancen auf dem Arbeitsmarkt wird eine Maßnahme angeboten.",
    "Sie sind verpflichtet, Änderungen unverzüglich mitzuteilen.",
    "Bei Fragen wenden Sie sich bitte an Ihre Ansprechperson.",
]


def make_summary(*, redacted: bool = False, hostile: bool = True) -> dict[str, Any]:
    """A realistic summary.json of 117 documents in 8 team folders (deterministic)."""
    rng = random.Random(6)
    folders = ["", *(f"team-{n:02d}" for n in range(1, 8))]
    worst = []
    for n in range(20):
        folder = folders[1 + n % 7]
        path = HOSTILE_PATH if hostile and n == 0 else f"{folder}/plan-{n:06d}.docx"
        worst.append(
            {
                "document": f"{rng.getrandbits(64):016x}",
                "path": None if redacted else path,
                "folder": f"{rng.getrandbits(64):016x}" if redacted else folder,
                "kind": ["docx", "pdf", "text", "plan"][n % 4],
                "words": rng.randint(80, 900),
                "difficulty": round(4.9 - 0.08 * n, 2),
                "level": "schwer" if n < 15 else "standard",
                "findings": 60 - 2 * n,
                "top_rules": ["ES203", "ES101", "ES304"][: 1 + n % 3],
            }
        )
    blocks = [(HOSTILE_SENTENCE if hostile else BLOCKS[0]), *BLOCKS[1:]]
    summary: dict[str, Any] = {
        "schema_version": "1.0",
        "einfach_version": "0.1.0",
        "data_version": "0.1.0+3f2a9c1d",
        "profile": "einfach",
        "config_key": "9c0d1e2f3a4b5c6d",
        "redacted": redacted,
        "threshold": {"max_level": "einfach", "fail_on": "never"},
        "totals": {
            "files": 120,
            "documents": 117,
            "unreadable": 3,
            "plans": 20,
            "words": 20345,
            "sentences": 2100,
            "findings": 3400,
            "over_threshold": 40,
        },
        "kinds": {"docx": 30, "pdf": 17, "plan": 20, "text": 50},
        "levels": {"leicht": 10, "einfach": 65, "standard": 25, "schwer": 15, "none": 2},
        "difficulty": {
            "mean": 2.8,
            "median": 2.62,
            "bins": [
                {"from": 1.0 + 0.5 * i, "to": 1.5 + 0.5 * i, "documents": n}
                for i, n in enumerate([0, 3, 21, 38, 27, 13, 8, 4, 2, 1, 0, 0])
            ],
        },
        "rules": [
            {"code": c, "rule": r, "summary": s, "findings": f, "documents": d, "per_100_words": round(100 * f / 20345, 2)}
            for c, r, s, f, d in RULES
        ],
        "worst_documents": worst,
        "hard_words": [
            {"term": t, "alternative": a, "code": c, "occurrences": 900 - 90 * i, "documents": 400 - 45 * i}
            for i, (t, a, c) in enumerate(WORDS)
        ],
        "recurring_sentences": [
            {
                "key": f"{rng.getrandbits(64):016x}",
                "text": None if redacted else text,
                "documents": 812 // (i + 1),
                "findings": 3 - i if i < 3 else 0,
                "codes": ["ES101", "ES203", "ES301"][: max(0, 3 - i)],
            }
            for i, text in enumerate(blocks)
        ],
        "folders": [
            {
                "folder": f"{rng.getrandbits(64):016x}" if redacted and name else name,
                "documents": 10 + 2 * i,
                "words": 1800 + 150 * i,
                "mean_difficulty": round(2.5 + 0.1 * i, 2),
                "levels": {"leicht": 1, "einfach": 6, "standard": 2 + i, "schwer": 1, "none": 0},
                "findings_per_100_words": round(14.2 + 0.7 * i, 2),
                "over_threshold": 3 + i,
            }
            for i, name in enumerate(folders)
        ],
        "errors": {"count": 3, "by_reason": {"corrupt": 1, "encrypted": 1, "zip-bomb": 1}},
    }
    if hostile and not redacted:
        summary["folders"][1]["folder"] = "team-<b>"
    return summary


def empty_summary() -> dict[str, Any]:
    summary = make_summary()
    summary.update(
        totals=dict.fromkeys(summary["totals"], 0),
        kinds={},
        levels={"leicht": 0, "einfach": 0, "standard": 0, "schwer": 0, "none": 0},
        difficulty={"mean": None, "median": None, "bins": [{**b, "documents": 0} for b in summary["difficulty"]["bins"]]},
        rules=[],
        worst_documents=[],
        hard_words=[],
        recurring_sentences=[],
        folders=[],
        errors={"count": 0, "by_reason": {}},
    )
    return summary


def text_of(html: str) -> str:
    """The visible words, roughly: tags dropped, whitespace collapsed."""
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", html))


def test_key_numbers_and_sections_are_shown():
    html = render_report(make_summary())
    text = text_of(html)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="de">' in html
    assert "40 von 117 Dokumenten (34\u00a0%) sind zu schwer." in text
    assert "20.345" in text and "2.100 Sätzen" in text and "3.400 Hinweise" in text
    assert "16,7" in text  # 3400 findings / 20345 words * 100
    for heading in ("Wie lese ich diesen Bericht?", "Überblick", "Schwierigkeit", "Regeln", "Schwerste Dokumente"):
        assert f">{heading}</h2>" in html
    for heading in ("Häufige schwere Wörter", "Textbausteine", "Nach Ordner (Team)", "Nicht lesbare Dateien"):
        assert f">{heading}</h2>" in html
    assert "Amtsdeutsch. Es gibt ein einfacheres Wort." in text and "4,0" in text  # ES203: 812 / 20345 words
    assert "Eingliederungsvereinbarung" in text and "Vereinbarung" in text and "kein Vorschlag" in text
    assert "Einmal ändern hilft in 812 Plänen." in text
    assert "(oberste Ebene)" in text
    assert "Die Datei ist kaputt." in text and "Der IT melden." in text
    assert "0.1.0+3f2a9c1d" in text and "9c0d1e2f3a4b5c6d" in text
    assert 'href="#regel-ES203"' in html and 'id="regel-ES203"' in html  # codes link to their rule


def test_charts_are_accessible_svg_with_their_numbers():
    html = render_report(make_summary())
    charts = re.findall(r"<svg class=\"chart\".*?</svg>", html, re.S)
    assert len(charts) == 2
    for chart in charts:
        labelled = re.search(r'role="img" aria-labelledby="([^ "]+) ([^"]+)"', chart)
        assert labelled, chart[:200]
        assert f'<title id="{labelled[1]}">' in chart and f'<desc id="{labelled[2]}">' in chart
    histogram_svg, levels_svg = charts
    assert "2,0 bis 2,5: 21 Dokumente." in histogram_svg and "Grenze bei 2,85." in histogram_svg
    assert ">38</text>" in histogram_svg  # the count is drawn, not only described
    assert "Schwer: 15 Dokumente, 13\u00a0%, zu schwer." in levels_svg
    assert "Einfache Sprache: 65 Dokumente, 56\u00a0%." in levels_svg
    # Over the threshold is striped and labelled, not only red.
    assert levels_svg.count('fill="url(#stufe-zu-schwer)"') == 2 and levels_svg.count(">zu schwer</tspan>") == 2


def test_the_page_loads_nothing_from_outside():
    html = render_report(make_summary(hostile=False))
    lowered = html.lower()
    for forbidden in ("http://", "https://", "src=", "<link", "<script", "@import", "<img", "<iframe", "<object"):
        assert forbidden not in lowered, forbidden
    assert re.findall(r"url\(([^)]*)\)", html) and all(target.startswith("#") for target in re.findall(r"url\(([^)]*)\)", html))


def test_untrusted_strings_are_escaped():
    html = render_report(make_summary())
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html and "<b>" not in html
    assert "team-&lt;b&gt;/&lt;script&gt;alert(1)&lt;/script&gt;.docx" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; Co." in html
    assert '<th scope="row" class="name">team-&lt;b&gt;</th>' in html


def test_redacted_report_shows_ids_not_texts():
    summary = make_summary(redacted=True)
    html = render_report(summary)
    text = text_of(html)
    assert "(Text ausgeblendet)" in text and "Datenschutz:" in text
    for document in summary["worst_documents"]:
        assert document["document"] in text
    for block in summary["recurring_sentences"]:
        assert block["key"] in text
    assert "plan-000001" not in text and "Fahrkosten" not in text and "team-01" not in text
    assert "Einmal ändern hilft in 812 Plänen." in text


def test_empty_summary_renders_sensibly():
    html = render_report(empty_summary())
    text = text_of(html)
    assert "Es wurden keine Dokumente geprüft." in text
    assert "Alle Dateien waren lesbar." in text and 'class="alert"' not in html
    assert "Keine Hinweise gefunden." in text and "Kein Satz steht gleich in mehreren Dokumenten." in text
    assert '<svg class="chart"' not in html and "–" in text  # no empty charts; no mean


def test_nothing_over_and_odd_values():
    summary = make_summary(hostile=False)
    summary["totals"]["over_threshold"] = 0
    summary["threshold"] = {"max_level": "schwer", "fail_on": "error"}  # no level is over: no threshold line
    summary["errors"] = {"count": 1, "by_reason": {"brand-new-reason": 1}}
    html = render_report(summary)
    text = text_of(html)
    assert "Kein Dokument ist zu schwer. Alle sind höchstens Schwer." in text
    assert 'class="limit"' not in html and "url(#stufe-zu-schwer)" not in html
    assert "brand-new-reason" in text  # an unknown reason code is shown as it is
    assert "Zu schwer ist es auch, wenn es einen Fehler hat." in text


def test_german_numbers():
    assert german_number(20345) == "20.345" and german_number(7) == "7"
    assert german_decimal(2.85, 2) == "2,85" and german_decimal(3.99) == "4,0"
    assert german_decimal(0.03) == "< 0,1" and german_decimal(0.0) == "0,0" and german_decimal(None) == "–"


def test_chart_geometry():
    bins = make_summary()["difficulty"]["bins"]
    hist = histogram(bins, 2.85)
    tallest = max(hist.columns, key=lambda c: c.documents)
    assert tallest.documents == 38 and tallest.height == max(c.height for c in hist.columns) > 0
    assert all(c.y + c.height == pytest.approx(hist.columns[0].y + hist.columns[0].height) for c in hist.columns)
    bin_25, bin_30 = hist.columns[3], hist.columns[4]  # 2.5-3.0 holds the threshold; 3.0-3.5 is over
    assert bin_25.x < hist.threshold_x < bin_30.x and not bin_25.over and bin_30.over
    assert histogram(bins, None).threshold_x is None
    bars = level_bars({"leicht": 1, "einfach": 4, "standard": 2, "schwer": 0, "none": 0}, "leicht")
    assert [b.level for b in bars] == ["leicht", "einfach", "standard", "schwer"]  # "none" only when some
    assert [b.over for b in bars] == [False, True, True, True] and bars[1].width > bars[2].width > bars[3].width == 0


def test_every_reader_reason_has_a_german_label():
    assert set(REASONS) <= set(REASON_LABELS)


@pytest.mark.parametrize("variant", ["full", "redacted", "empty"])
def test_report_has_no_axe_violations(axe, variant):  # noqa: F811
    summary = {"full": make_summary, "redacted": lambda: make_summary(redacted=True), "empty": empty_summary}[variant]()
    assert axe(render_report(copy.deepcopy(summary))) == []
