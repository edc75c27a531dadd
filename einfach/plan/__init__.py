"""The Kooperationsplan built around the language check: model, file format, plan checks, rendering.

The core checker never imports this package; this package imports the core. Names load on
first use, so ``einfach check`` does not pay for YAML or templates.
"""

from __future__ import annotations

from ..lazy import lazy_names

_WHERE = {
    "SCHEMA": "schema",
    "SCHEMA_ID": "schema",
    "PlanProblem": "schema",
    "validate": "schema",
    "Appointment": "model",
    "Contact": "model",
    "Goal": "model",
    "Kooperationsplan": "model",
    "Step": "model",
    "Support": "model",
    "SupportItem": "model",
    "PlanError": "io",
    "dump_plan": "io",
    "load_plan": "io",
    "parse_plan": "io",
    "save_plan": "io",
    "check_plan": "check",
    "PlanFinding": "report",
    "PlanReport": "report",
    "PlanSummary": "report",
}

__all__ = sorted(_WHERE)

__getattr__ = lazy_names(__name__, _WHERE)
