"""Batch audit of existing plan texts: many formats, parallel, resumable, with a report.

``einfach audit PATH... -o OUTDIR`` (see :mod:`einfach.audit.cli`, docs/audit.md), or from
Python ``run_audit([Path("plans")], Path("out"), AuditOptions(workers=2))``. The per-document
work is :func:`einfach.audit.document.audit_safely`, the same on every engine. This package sits
on top of the core and the plan model; the core never imports it. Names load on first use, so
the command line pays nothing for the audit unless it runs one.
"""

from __future__ import annotations

from ..lazy import lazy_names

_WHERE = {
    "AuditOptions": "run",
    "AuditResult": "run",
    "run_audit": "run",
    "DocumentResult": "document",
    "Job": "document",
    "audit_document": "document",
    "audit_safely": "document",
    "Limits": "readers",
    "Unreadable": "readers",
    "read_text": "readers",
    "render_report": "report_html",
}

__all__ = sorted(_WHERE)

__getattr__ = lazy_names(__name__, _WHERE)
