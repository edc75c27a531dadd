"""The plan as Markdown (for e-mail and tickets) and as plain text (for case files).

Both are written from the same blocks as the HTML page, in the same order and words. In
Markdown every character that could start markup or raw HTML is escaped with a backslash, so a
plan text such as ``<script>`` or ``*wichtig*`` stays text when the Markdown is turned into HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..model import Kooperationsplan
from ._view import Field, plan_view

__all__ = ["render_markdown", "render_text"]

_MARKUP = re.compile(r"([\\`*_\[\]<>&|~])")
_LINE_START = re.compile(r"^(\s*)([-+=#]|\d+[.)])")


def _escape(text: str) -> str:
    """Backslash before every Markdown/HTML character; a line never starts a list, quote or heading."""
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), _MARKUP.sub(r"\\\1", text))


@dataclass
class _Block:
    """A heading (``level`` > 0), a paragraph of lines, or a list of items (each a list of lines)."""

    level: int = 0
    lines: list[str] = field(default_factory=list)
    items: list[list[str]] | None = None
    ordered: bool = False


def _lines(f: Field | None, label: str | None = None, label_line: bool = False) -> list[str]:
    """A field's lines (sentences at leicht), the label before the first one or on its own line."""
    if f is None:
        return []
    lines = f.plain_lines
    if label_line and label:
        return [label, *lines]
    return [f"{label} {lines[0]}", *lines[1:]] if label and lines else lines


def _blocks(view: dict[str, Any]) -> list[tuple[_Block, bool]]:
    """(block, escape): the plan in reading order; ``escape`` False for the template's own text."""
    parts, plan, contact = view["parts"], view["plan"], view["contact"]
    occupations = plan.goal.occupations
    blocks: list[tuple[_Block, bool]] = [
        (_Block(level=1, lines=[view["title"]]), True),
        (_Block(lines=["Das ist Ihr Plan mit dem Jobcenter."]), False),
        (_Block(lines=[f"Von: {plan.issuer}, {plan.jobcenter}", f"Datum: {view['created']}"]), True),
        (_Block(level=2, lines=[parts["plan"]]), False),
        (_Block(lines=_lines(view["goal"], "Mein Ziel:")), True),
    ]
    if occupations:
        blocks.append((_Block(lines=[f"{'Beruf' if len(occupations) == 1 else 'Berufe'}: {', '.join(occupations)}"]), True))
    steps = [
        [f"Wer: {step['actor']}"] * bool(step["actor"])
        + _lines(step["text"])
        + [f"Bis wann: {step['due']}"] * bool(step["due"])
        + _lines(step["proof"], "So zeige ich es:", view["leicht"])
        + [f"Zeigen bis: {step['proof_due']}"] * bool(step["proof_due"])
        for step in view["steps"]
    ]
    blocks += [
        (_Block(level=2, lines=[parts["way"]]), False),
        (_Block(lines=["Das mache ich als Nächstes:"]), False),
        (_Block(items=steps, ordered=True), True),
        (_Block(level=2, lines=[parts["support"]]), False),
        (_Block(lines=_lines(view["offer"])), True),
    ]
    items = [
        _lines(item["what"])
        + [f"Wer: {item['provider']}"] * bool(item["provider"])
        + _lines(item["pays"], "Geld:")
        + _lines(item["condition"], "Bedingung:")
        for item in view["items"]
    ]
    if items:
        blocks.append((_Block(items=items), True))
    appointment = view["appointment"]
    blocks += [
        (_Block(level=2, lines=[parts["appointment"]]), False),
        (
            _Block(
                lines=[f"Nächster Termin: {appointment['when']}", appointment["mode"]]
                + _lines(appointment["place"], "Wo:")
                + [f"Wir prüfen den Plan zusammen: bis {view['review_due']}"]
            ),
            True,
        ),
        (_Block(level=2, lines=[parts["contact"]]), False),
        (_Block(lines=[f"Ihr Kontakt: {contact['name']}", *contact["address"]]), True),
    ]
    reach = [f"Telefon: {contact['phone']}"] * bool(contact["phone"]) + [f"E-Mail: {contact['email']}"] * bool(contact["email"])
    reach += _lines(contact["hours"], "Zeiten:")
    if reach:
        blocks.append((_Block(lines=reach), True))
    if contact["emergency"]:
        blocks.append((_Block(lines=_lines(contact["emergency"])), True))
    if view["notes"]:
        blocks += [(_Block(level=2, lines=[parts["notes"]]), False), (_Block(lines=_lines(view["notes"])), True)]
    return blocks


def _write(plan: Kooperationsplan, heading: Callable[[int, str], str], escape: Callable[[str], str], line_end: str) -> str:
    """Blocks joined by blank lines; ``line_end`` ends every line of a paragraph but its last."""
    out = []
    for block, user_text in _blocks(plan_view(plan)):
        esc = escape if user_text else (lambda text: text)
        if block.level:
            out.append(heading(block.level, esc(block.lines[0])))
        elif block.items is not None:
            rendered = []
            for number, lines in enumerate(block.items, 1):
                marker = f"{number}. " if block.ordered else "- "
                indent = "\n" + " " * len(marker)
                rendered.append(marker + (line_end + indent).join(esc(line) for line in lines))
            out.append("\n".join(rendered))
        else:
            out.append((line_end + "\n").join(esc(line) for line in block.lines))
    return "\n\n".join(out) + "\n"


def render_markdown(plan: Kooperationsplan) -> str:
    """CommonMark; lines of one paragraph end in a backslash (a hard line break)."""
    return _write(plan, lambda level, text: "#" * level + " " + text, _escape, "\\")


def render_text(plan: Kooperationsplan) -> str:
    """Plain UTF-8 text: headings underlined, lists numbered or with "-", nothing escaped."""
    underline = {1: "=", 2: "-"}
    return _write(plan, lambda level, text: f"{text}\n{underline[level] * len(text)}", lambda text: text, "")
