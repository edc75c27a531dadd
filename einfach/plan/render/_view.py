"""The plan as plain data for the templates: German dates and times, sentences as lines, marks.

Every renderer (HTML, Markdown, text, the review view) reads the same view, so a date or a part
title is written one way everywhere. A text field becomes lines of pieces: one line per sentence
at profile ``leicht`` (one sentence per line, BITV 2.0 Anlage 2 rule 10), one line otherwise;
in the review view a piece also carries the strongest finding over it and the numbers of the
findings that end after it, so a template needs no offset arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ...analysis.sentences import sentence_starts
from ...analysis.tokens import Kind, scan
from ...measures.compounds import join_parts
from ...suggest.german import german_date, german_time
from ..model import Kooperationsplan
from ..report import PlanFinding

__all__ = ["Field", "Note", "Piece", "german_date", "german_time", "part_titles", "plan_view", "sentence_spans"]


#: Phone and e-mail become tel:/mailto: links only in these shapes (the schema's own patterns),
#: so a plan built in Python without validation cannot smuggle another scheme into an href.
_PHONE = re.compile(r"\+?[0-9][0-9 \-]{4,24}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

_MODES = {
    "persönlich": "Wir treffen uns persönlich.",
    "Telefon": "Wir sprechen am Telefon.",
    "Video": "Wir sprechen per Video.",
}
SEVERITY_LABELS = {"error": "Fehler", "warning": "Warnung", "suggestion": "Vorschlag"}
_RANK = {"suggestion": 0, "warning": 1, "error": 2}


def compound(plan: Kooperationsplan, *parts: str) -> str:
    """A compound of the template's own text, with the plan's separator at profile leicht (S16)."""
    return join_parts(parts, plan.compound_separator) if plan.profile == "leicht" else "".join(parts)


def part_titles(plan: Kooperationsplan) -> dict[str, str]:
    """The five parts of the Mannheim plan (and the optional notes), in reading order.

    At profile leicht "Verabredungen" is a rare word (ES201), so that part is called "Termine".
    """
    return {
        "plan": "Der Plan",
        "way": "Der Weg",
        "support": "Gezielte Unterstützung",
        "appointment": "Termine" if plan.profile == "leicht" else "Verabredungen",
        "contact": f"Bei Fragen und {compound(plan, 'Not', 'fällen')}",
        "notes": "Das ist auch wichtig",
    }


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, without surrounding white space.

    Uses the checker's own sentence boundaries, so "am 3. März" or "z. B." never split a line
    and the lines are the sentences the findings were computed on.
    """
    tokens = scan(text)
    starts = [
        token.start for token, first in zip(tokens, sentence_starts(text, tokens)) if first and token.kind is not Kind.SPACE
    ]
    ends = [start + len(text[start:end].rstrip()) for start, end in zip(starts, [*starts[1:], len(text)])]
    return [(start, end) for start, end in zip(starts, ends) if end > start]


@dataclass(frozen=True, slots=True)
class Note:
    """One finding as the review view lists it; ``marked`` when it is highlighted in the text."""

    number: int
    finding: PlanFinding
    marked: bool

    @property
    def severity(self) -> str:
        return str(self.finding.severity)

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS.get(self.severity, self.severity)


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    severity: str | None = None  # the strongest finding over this piece
    ends: tuple[int, ...] = ()  # numbers of the findings whose mark ends after this piece


@dataclass(frozen=True, slots=True)
class Field:
    """A text field: its lines (sentences at leicht) of pieces, and the findings on it."""

    path: str
    lines: tuple[tuple[Piece, ...], ...]
    notes: tuple[Note, ...] = ()

    @property
    def plain_lines(self) -> list[str]:
        """The lines as text, inner white space (line breaks of a YAML block) collapsed."""
        return [" ".join("".join(piece.text for piece in line).split()) for line in self.lines]


def _valid_span(finding: PlanFinding, size: int) -> bool:
    return finding.start is not None and finding.end is not None and 0 <= finding.start <= finding.end <= size


def make_field(path: str, text: str, leicht: bool, notes: Sequence[Note] = ()) -> Field:
    """Cut ``text`` into lines and, where findings have offsets, into marked pieces."""
    if leicht:
        spans = sentence_spans(text) or [(0, 0)]
    else:
        start = len(text) - len(text.lstrip())
        spans = [(start, max(start, len(text.rstrip())))]
    marks = [(n.finding.start or 0, n.finding.end or 0, n.severity, n.number) for n in notes if n.marked]
    # A mark's number sits where its finding ends, inside the line that finding ends in.
    anchors: list[dict[int, list[int]]] = [{} for _ in spans]
    for _, end, _, number in marks:
        line = max((i for i, (start, _) in enumerate(spans) if start < end), default=0)
        start, stop = spans[line]
        anchors[line].setdefault(min(max(end, start), stop), []).append(number)
    lines = []
    for (start, stop), here in zip(spans, anchors):
        inner = {p for left, right, _, _ in marks for p in (left, right) if start < p < stop}
        cuts = sorted({start, stop} | inner | set(here))
        pieces = [Piece("", None, tuple(here[start]))] if start in here else []
        for left, right in zip(cuts, cuts[1:]):
            over = [severity for a, b, severity, _ in marks if a < right and b > left]
            pieces.append(Piece(text[left:right], max(over, key=_RANK.__getitem__) if over else None, tuple(here.get(right, ()))))
        lines.append(tuple(pieces))
    return Field(path, tuple(lines), tuple(notes))


class _Fields:
    """Builds the Field of each text path and numbers the findings in reading order."""

    def __init__(self, plan: Kooperationsplan, findings: Iterable[PlanFinding]) -> None:
        self.leicht = plan.profile == "leicht"
        self.texts = dict(plan.texts())
        self.by_path: dict[str, list[PlanFinding]] = {}
        general: list[PlanFinding] = []
        for finding in findings:
            home = self._home(finding.path)
            (self.by_path.setdefault(home, []) if home else general).append(finding)
        self.general_notes = tuple(Note(number, finding, False) for number, finding in enumerate(general, 1))
        self.count = len(self.general_notes)

    def _home(self, path: str) -> str | None:
        """The text field a finding is shown at: its own, or the text of its step or item ("way[1]")."""
        return next((home for home in (path, f"{path}.text", f"{path}.what") if home in self.texts), None)

    def __call__(self, path: str) -> Field:
        text = self.texts[path]
        ordered = sorted(self.by_path.get(path, ()), key=lambda f: (f.start is None, f.start or 0, f.end or 0))
        notes = []
        for finding in ordered:
            self.count += 1
            notes.append(Note(self.count, finding, finding.path == path and _valid_span(finding, len(text))))
        return make_field(path, text, self.leicht, notes)


def _address_lines(jobcenter: str, address: str | None) -> list[str]:
    """The Jobcenter's address as a block (S29), one line per line or comma-separated part, led by its name."""
    lines = [line.strip() for line in (address or "").splitlines() if line.strip()]
    if len(lines) == 1:
        lines = [part.strip() for part in lines[0].split(",") if part.strip()]
    return lines if lines and lines[0] == jobcenter.strip() else [jobcenter, *lines]


def plan_view(plan: Kooperationsplan, findings: Iterable[PlanFinding] = ()) -> dict[str, Any]:
    """Everything a template shows, in German, with text fields as :class:`Field`."""
    field = _Fields(plan, findings)
    contact = plan.contact
    phone = contact.phone if contact.phone and _PHONE.fullmatch(contact.phone) else None
    email = contact.email if contact.email and _EMAIL.fullmatch(contact.email) else None
    appointment = plan.appointment
    when = german_date(appointment.date, weekday=True)
    if appointment.time:
        when += f", um {german_time(appointment.time)}"
    view = {
        "title": f"{compound(plan, 'Kooperations', 'plan')} für {plan.person}",
        "plan": plan,
        "leicht": field.leicht,
        "parts": part_titles(plan),
        "created": german_date(plan.created_on),
        "goal": field("plan.goal"),
        "steps": [
            {
                "text": field(f"way[{index}].text"),
                "actor": step.actor if step.actor.strip().lower() != "ich" else None,
                "due": german_date(step.due) if step.due else None,
                "proof": field(f"way[{index}].proof") if step.proof else None,
                "proof_due": german_date(step.proof_due) if step.proof_due else None,
            }
            for index, step in enumerate(plan.steps)
        ],
        "offer": field("support.offer"),
        "items": [
            {
                "what": field(f"support.items[{index}].what"),
                "provider": item.provider if item.provider != "Jobcenter" else None,
                "pays": field(f"support.items[{index}].pays") if item.pays else None,
                "condition": field(f"support.items[{index}].condition") if item.condition else None,
            }
            for index, item in enumerate(plan.support.items)
        ],
        "appointment": {
            "when": when,
            "mode": _MODES.get(appointment.mode, appointment.mode),
            "place": field("appointment.place") if appointment.place else None,
        },
        "review_due": german_date(plan.review_due),
        "contact": {
            "name": contact.name,
            "address": _address_lines(plan.jobcenter, contact.address),
            "phone": contact.phone,
            "tel": "tel:" + re.sub(r"[ \-]", "", phone) if phone else None,
            "email": contact.email,
            "mailto": "mailto:" + quote(email, safe="@.+-_") if email else None,
            "hours": field("contact.hours") if contact.hours else None,
            "emergency": field("contact.emergency") if contact.emergency else None,
        },
        "notes": field("notes") if plan.notes else None,
    }
    view["general_notes"] = field.general_notes
    view["note_count"] = field.count
    return view
