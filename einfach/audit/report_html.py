"""The audit report: the summary as one HTML page that a quality team can look at.

The page is self-contained (inline CSS and SVG, no script, no font file, no link to anywhere), so
it opens from a file share, can be mailed and prints on A4. Every string of the summary is
untrusted (paths, folder names, sentences), so the template escapes everything; Python only
computes numbers and chart geometry. Each chart shows its numbers as text too, and bars over the
threshold are striped as well as red, so no meaning hangs on colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import jinja2

from ..errors import german_number
from ..report import Level
from ..scoring import difficulty_model
from ..templates import environment_for
from .tally import LEVELS, over_threshold

__all__ = [
    "KIND_LABELS",
    "LEVEL_LABELS",
    "REASON_LABELS",
    "german_decimal",
    "german_number",
    "histogram",
    "level_bars",
    "render_report",
]

#: The core's level labels, capitalised to start a table cell
LEVEL_LABELS = {level.value: level.label[0].upper() + level.label[1:] for level in Level} | {"none": "Ohne Satz"}
#: threshold.fail_on -> what else makes a document count as over ("never": nothing else)
FAIL_ON_TEXTS = {"error": "einen Fehler", "warning": "eine Warnung oder einen Fehler", "suggestion": "irgendeinen Hinweis"}
PROFILE_LABELS = {"leicht": "Leichte Sprache", "einfach": "Einfache Sprache", "standard": "Standard"}
KIND_LABELS = {
    "text": "Text",
    "markdown": "Markdown",
    "docx": "Word",
    "odt": "OpenDocument",
    "pdf": "PDF",
    "html": "HTML",
    "plan": "Plan-Datei",
}
#: reason code -> (what happened, what to do); a code missing here is shown as it is.
REASON_LABELS = {
    "empty": ("Die Datei ist leer.", "Prüfen, ob die Datei gebraucht wird."),
    "binary": ("Die Datei ist keine Text-Datei.", "Als Word, PDF oder Text speichern."),
    "encoding": ("Die Schrift-Zeichen sind nicht lesbar.", "Als UTF-8 neu speichern."),
    "corrupt": ("Die Datei ist kaputt.", "Neu öffnen und neu speichern."),
    "encrypted": ("Die Datei hat ein Passwort oder ist im alten Word-Format.", "Ohne Passwort als .docx speichern."),
    "too-large": ("Die Datei ist zu groß.", "In kleinere Dateien teilen."),
    "zip-bomb": ("Die Datei ist verdächtig stark gepackt.", "Der IT melden."),
    "no-text": ("Die PDF hat nur Bilder, keinen Text.", "Mit Texterkennung (OCR) umwandeln."),
    "unsupported": ("Diese Datei-Art kann das Programm nicht lesen.", "Die IT fragen."),
    "not-found": ("Die Datei war beim Prüfen nicht mehr da.", "Prüfung noch einmal starten."),
    "permission": ("Kein Recht, die Datei zu lesen.", "Die IT um Lese-Rechte bitten."),
    "symlink-loop": ("Eine Verknüpfung zeigt auf einen Ordner darüber (Schleife).", "Die Verknüpfung löschen."),
    "invalid-plan": ("Die Plan-Datei hat Fehler.", "Mit einfach plan check prüfen."),
    "timeout": ("Die Prüfung hat zu lange gedauert.", "Die Datei einzeln prüfen."),
    "crashed": ("Die Prüfung ist abgebrochen.", "Dem Team von einfach melden."),
}


def german_decimal(value: float | None, digits: int = 1) -> str:
    """2.85 -> "2,9"; a small value above 0 reads "< 0,1", not "0,0"; None -> "–"."""
    if value is None:
        return "–"
    smallest = 10.0**-digits
    if 0 < value < smallest / 2:
        return "< " + f"{smallest:.{digits}f}".replace(".", ",")
    return f"{value:.{digits}f}".replace(".", ",")


def german_percent(part: int, whole: int) -> str:
    """Whole percent with a no-break space; a share above 0 never reads "0 %"."""
    if not whole:
        return "0\u00a0%"
    share = 100 * part / whole
    return ("< 1" if 0 < share < 0.5 else f"{share:.0f}") + "\u00a0%"


def _share(value: float, maximum: float) -> float:
    """Width of a data bar in percent of its track."""
    return round(100 * value / maximum, 2) if maximum > 0 else 0.0


# Histogram geometry, in SVG user units (the chart scales with the page).
_HIST_LEFT, _HIST_SLOT, _HIST_BAR, _HIST_BASE, _HIST_TALL = 24.0, 56.0, 44.0, 206.0, 160.0
_HIST_WIDTH, _HIST_HEIGHT, _HIST_TOP = 720, 264, 30
_SCALE_LOW, _SCALE_HIGH = 1.0, 7.0


@dataclass(frozen=True, slots=True)
class Column:
    """One bin of the difficulty histogram."""

    start: float
    end: float
    documents: int
    x: float
    y: float
    width: float
    height: float
    over: bool  # the whole bin lies above the threshold


@dataclass(frozen=True, slots=True)
class Histogram:
    columns: tuple[Column, ...]
    ticks: tuple[tuple[float, str], ...]  # x, label
    threshold_x: float | None  # None when nothing can be over (threshold "schwer")
    right: float  # end of the plot area


def _scale_x(value: float) -> float:
    width = 12 * _HIST_SLOT
    return round(_HIST_LEFT + (value - _SCALE_LOW) / (_SCALE_HIGH - _SCALE_LOW) * width, 2)


def histogram(bins: Sequence[Mapping[str, Any]], bound: float | None) -> Histogram:
    """Columns for the difficulty bins; ``bound`` is the upper difficulty of the threshold level."""
    tallest = max((int(b["documents"]) for b in bins), default=0)
    columns = []
    for b in bins:
        count = int(b["documents"])
        height = round(_HIST_TALL * count / tallest, 2) if tallest else 0.0
        left = _scale_x(float(b["from"]))
        columns.append(
            Column(
                start=float(b["from"]),
                end=float(b["to"]),
                documents=count,
                x=round(left + (_HIST_SLOT - _HIST_BAR) / 2, 2),
                y=round(_HIST_BASE - height, 2),
                width=_HIST_BAR,
                height=height,
                over=bound is not None and float(b["from"]) >= bound,
            )
        )
    ticks = tuple((_scale_x(float(n)), str(n)) for n in range(int(_SCALE_LOW), int(_SCALE_HIGH) + 1))
    return Histogram(tuple(columns), ticks, _scale_x(bound) if bound is not None else None, _scale_x(_SCALE_HIGH))


# Level chart geometry: label column, then bars.
_LEVEL_BAR_X, _LEVEL_BAR_MAX, _LEVEL_ROW, _LEVEL_BAR_H = 232.0, 330.0, 40.0, 26.0
_LEVEL_WIDTH = 720


@dataclass(frozen=True, slots=True)
class LevelBar:
    level: str
    label: str
    documents: int
    share: str  # "51 %"
    y: float
    width: float
    over: bool


def level_bars(levels: Mapping[str, int], max_level: str) -> tuple[LevelBar, ...]:
    """One bar per level from easy to hard, then "none" when some document had no sentence."""
    shown = [*LEVELS, "none"] if levels.get("none") else list(LEVELS)
    total = sum(int(levels.get(level, 0)) for level in (*LEVELS, "none"))
    tallest = max((int(levels.get(level, 0)) for level in shown), default=0)
    bars = []
    for row, level in enumerate(shown):
        count = int(levels.get(level, 0))
        bars.append(
            LevelBar(
                level=level,
                label=LEVEL_LABELS[level],
                documents=count,
                share=german_percent(count, total),
                y=row * _LEVEL_ROW + 6,
                width=round(_LEVEL_BAR_MAX * count / tallest, 2) if tallest else 0.0,
                over=over_threshold(level, max_level),
            )
        )
    return tuple(bars)


def _threshold_bound(max_level: str) -> float | None:
    """Upper difficulty of the threshold level (None for "schwer": it has no upper bound)."""
    return difficulty_model().levels.get(max_level)


def report_view(summary: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the template needs besides the summary itself: labels, maxima, chart geometry."""
    max_level = summary["threshold"]["max_level"]
    bound = _threshold_bound(max_level)
    totals = summary["totals"]
    rules = summary["rules"]
    return {
        "s": summary,
        "totals": totals,
        "findings_per_100": round(100 * totals["findings"] / totals["words"], 2) if totals["words"] else None,
        "redacted": bool(summary["redacted"]),
        "threshold_label": LEVEL_LABELS.get(max_level, max_level),
        "fail_on_text": FAIL_ON_TEXTS.get(summary["threshold"].get("fail_on", "never")),
        "profile_label": PROFILE_LABELS.get(summary["profile"], summary["profile"]),
        "bound": bound,
        "histogram": histogram(summary["difficulty"]["bins"], bound),
        "hist_size": (_HIST_WIDTH, _HIST_HEIGHT, _HIST_TOP, _HIST_BASE),
        "level_bars": level_bars(summary["levels"], max_level),
        "level_size": (_LEVEL_WIDTH, _LEVEL_BAR_X, _LEVEL_BAR_H, _LEVEL_ROW),
        "rules_max": max((rule["per_100_words"] for rule in rules), default=0),
        "words_max": max((word["documents"] for word in summary["hard_words"]), default=0),
        "rule_codes": {rule["code"] for rule in rules},
        "level_labels": LEVEL_LABELS,
        "kind_labels": KIND_LABELS,
        "reason_labels": REASON_LABELS,
        "over": lambda level: over_threshold(level, max_level),
        "percent": german_percent,
        "share": _share,
    }


@cache
def environment() -> jinja2.Environment:
    return environment_for("einfach.audit", {"number": german_number, "decimal": german_decimal})


def render_report(summary: Mapping[str, Any]) -> str:
    """The report page for one audit summary (the content of ``summary.json``)."""
    return environment().get_template("report.html.j2").render(**report_view(summary))
