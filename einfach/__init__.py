"""einfach: checks German text for Einfache and Leichte Sprache.

>>> import einfach
>>> report = einfach.check("Der Antrag wird vom Jobcenter geprüft.")
>>> report.findings[0].suggestions[0].replacement
'Das Jobcenter prüft den Antrag.'
"""

from __future__ import annotations

from ._version import __version__
from .baseline import Baseline
from .checker import DEFAULT_MAX_CHARS, Checker, check
from .config import Settings, load_config
from .errors import ConfigError, DataError, EinfachError, InputError
from .fixes import Change, FixResult, apply_safe_fixes, fix
from .gate import GateResult, gate
from .measures.compounds import compound_parts
from .profiles import DEFAULT_PROFILE, PROFILES
from .report import SCHEMA_VERSION, DocumentScore, Finding, Level, Report, SentenceScore, Severity, Suggestion, Suppressed
from .resources import data_version
from .suppression import Suppression


def __getattr__(name: str) -> object:
    """``einfach.check_plan`` without the core importing the plan package (loaded on first use)."""
    if name == "check_plan":
        from .plan.check import check_plan

        return check_plan
    raise AttributeError(f"module 'einfach' has no attribute {name!r}")


__all__ = [
    "DEFAULT_MAX_CHARS",
    "DEFAULT_PROFILE",
    "PROFILES",
    "SCHEMA_VERSION",
    "Baseline",
    "Change",
    "Checker",
    "ConfigError",
    "DataError",
    "DocumentScore",
    "EinfachError",
    "Finding",
    "FixResult",
    "GateResult",
    "InputError",
    "Level",
    "Report",
    "SentenceScore",
    "Settings",
    "Severity",
    "Suggestion",
    "Suppressed",
    "Suppression",
    "__version__",
    "apply_safe_fixes",
    "check",
    "check_plan",
    "compound_parts",
    "data_version",
    "fix",
    "gate",
    "load_config",
]
