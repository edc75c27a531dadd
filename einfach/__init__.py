"""einfach: checks German text for Einfache and Leichte Sprache.

>>> import einfach
>>> report = einfach.check("Die Kosten werden vom Jobcenter übernommen.")
>>> report.findings[0].suggestions[0].replacement
'Das Jobcenter übernimmt die Kosten.'
"""

from __future__ import annotations

from ._version import __version__
from .checker import DEFAULT_MAX_CHARS, Checker, check
from .errors import ConfigError, DataError, EinfachError, InputError
from .measures.compounds import compound_parts
from .profiles import DEFAULT_PROFILE, PROFILES
from .report import SCHEMA_VERSION, DocumentScore, Finding, Level, Report, SentenceScore, Severity, Suggestion
from .resources import data_version

__all__ = [
    "DEFAULT_MAX_CHARS",
    "DEFAULT_PROFILE",
    "PROFILES",
    "SCHEMA_VERSION",
    "Checker",
    "ConfigError",
    "DataError",
    "DocumentScore",
    "EinfachError",
    "Finding",
    "InputError",
    "Level",
    "Report",
    "SentenceScore",
    "Severity",
    "Suggestion",
    "__version__",
    "check",
    "compound_parts",
    "data_version",
]
