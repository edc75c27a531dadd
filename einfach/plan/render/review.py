"""The review view: one self-contained HTML page where the caseworker sees every finding in place.

Like a Hemingway editor, but static: each finding is marked in its field (offsets into that
field's text), with a number that links to the message and the suggestion beside the text. Plan
findings on fields without text (the review date, the number of steps) and on the whole plan are
listed at the top. No script, no remote resources: the page can be mailed or stored in the file.
"""

from __future__ import annotations

from ..check import check_plan
from ..model import Kooperationsplan
from ..report import PlanReport
from ._view import plan_view
from .html import environment

__all__ = ["render_review"]


def render_review(plan: Kooperationsplan, report: PlanReport | None = None) -> str:
    """The review page for ``plan``; without ``report`` the plan is checked first."""
    report = report if report is not None else check_plan(plan)
    view = plan_view(plan, report.findings)
    return environment().get_template("review.html.j2").render(**view, head=2, review=True, compact=False, report=report)
