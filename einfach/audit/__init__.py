"""Batch audit of existing plan texts: many formats, parallel, resumable, with a report.

``einfach audit PATH... -o OUTDIR`` (see :mod:`einfach.audit.cli`, docs/audit.md), or from
Python ``run_audit([Path("plans")], Path("out"), AuditOptions(workers=2))``. The per-document
work is :func:`einfach.audit.document.audit_safely`, the same on every engine. This package sits
on top of the core and the plan model; the core never imports it. Names load on first use, so
the command line pays nothing for the audit unless it runs one.
"""

from __future__ import annotations

import importlib
from typing import Any

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'einfach.audit' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
