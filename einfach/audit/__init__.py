"""Batch audit of existing plan texts: many formats, parallel, resumable, with a report.

``einfach audit PATH... -o OUTDIR`` (see :mod:`einfach.audit.cli`). The per-document work is
:func:`einfach.audit.document.audit_document`, the same on every engine. This package sits on top
of the core and the plan model; the core never imports it.
"""
