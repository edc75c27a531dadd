"""Language profiles and per-rule options.

Defaults live in ``data/rules/<rule-name>.toml``, one file per rule with a table per profile
and the source of every number. Callers override single options per call. Options are frozen
dataclasses declared by each rule; unknown keys and wrong types are rejected with a message
that names them. One key is shared by all rules and read here: ``enabled = false`` switches a
rule off for a profile by default (``select`` turns it back on).
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping
from functools import cache
from typing import Any

from .errors import ConfigError, DataError
from .report import Severity
from .resources import read_toml

__all__ = ["PROFILES", "DEFAULT_PROFILE", "build_options", "default_severities", "rule_enabled", "rule_table"]

PROFILES = ("leicht", "einfach", "standard")
DEFAULT_PROFILE = "einfach"
_ENABLED = "enabled"


@cache
def _rule_defaults(rule: str) -> dict[str, dict[str, Any]]:
    """data/rules/<rule>.toml, checked: exactly the known profiles, each a table."""
    relative = f"rules/{rule}.toml"
    table = read_toml(relative)
    for profile, values in table.items():
        if profile not in PROFILES or not isinstance(values, dict):
            raise DataError(f"{relative}: unknown profile table [{profile}]. Allowed: {', '.join(PROFILES)}")
        if not isinstance(values.get(_ENABLED, True), bool):
            raise DataError(f"{relative}: [{profile}] {_ENABLED} must be true or false")
    missing = [name for name in PROFILES if name not in table]
    if missing:
        raise DataError(f"{relative}: profile table(s) missing: {', '.join(missing)}")
    return table  # type: ignore[return-value]


def _check_profile(profile: str) -> None:
    if profile not in PROFILES:
        raise ConfigError(f"Unbekanntes Profil {profile!r}. Erlaubt: {', '.join(PROFILES)}.")


def rule_table(rule: str, profile: str) -> Mapping[str, Any]:
    """The rule's defaults for a profile, without the shared ``enabled`` key."""
    _check_profile(profile)
    return {key: value for key, value in _rule_defaults(rule)[profile].items() if key != _ENABLED}


def rule_enabled(rule: str, profile: str) -> bool:
    """Whether the rule runs by default in this profile."""
    _check_profile(profile)
    return bool(_rule_defaults(rule)[profile].get(_ENABLED, True))


def default_severities(rule: str, profile: str) -> tuple[Severity, ...]:
    """The severities a rule reports by default: its ``*severity`` options, or warning and
    error for rules graded by thresholds (sentence length)."""
    table = rule_table(rule, profile)
    found = {Severity(value) for key, value in table.items() if key.endswith("severity")}
    return tuple(sorted(found or {Severity.WARNING, Severity.ERROR}, key=lambda s: s.rank))


def _coerce(rule: str, name: str, expected: Any, value: Any) -> Any:
    origin = typing.get_origin(expected)
    where = f"Option {name!r} der Regel {rule!r}"
    if expected is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where} muss true oder false sein, nicht {value!r}.")
        return value
    if expected is int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigError(f"{where} muss eine ganze Zahl ab 0 sein, nicht {value!r}.")
        return value
    if expected is float:
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ConfigError(f"{where} muss eine Zahl ab 0 sein, nicht {value!r}.")
        return float(value)
    if expected is str:
        if not isinstance(value, str):
            raise ConfigError(f"{where} muss ein Text sein, nicht {value!r}.")
        return value
    if expected is Severity:
        try:
            return Severity(value)
        except ValueError:
            allowed = ", ".join(s.value for s in Severity)
            raise ConfigError(f"{where} muss eins von {allowed} sein, nicht {value!r}.") from None
    if origin is tuple:
        if isinstance(value, str) or not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where} muss eine Liste von Texten sein, nicht {value!r}.")
        return tuple(value)
    raise ConfigError(f"{where}: Typ {expected!r} wird nicht unterstützt.")  # pragma: no cover - rule bug


def build_options(rule: str, options_type: type, profile: str, overrides: Mapping[str, Any] | None = None) -> Any:
    """The rule's options for a profile, with per-call overrides applied and checked.

    Defaults without overrides are built once per rule and profile (options are frozen), so a
    ``Checker`` made for every call costs little.
    """
    if not overrides:
        return _default_options(rule, options_type, profile)
    return _options(rule, options_type, profile, overrides)


@cache
def _default_options(rule: str, options_type: type, profile: str) -> Any:
    return _options(rule, options_type, profile, None)


def _options(rule: str, options_type: type, profile: str, overrides: Mapping[str, Any] | None) -> Any:
    hints = typing.get_type_hints(options_type)
    known = {f.name for f in dataclasses.fields(options_type) if f.init}
    values: dict[str, Any] = {}
    for source, mapping in ((f"rules/{rule}.toml", rule_table(rule, profile)), ("Aufruf", overrides or {})):
        if not isinstance(mapping, Mapping):
            raise ConfigError(f"Optionen für {rule!r} ({source}) müssen eine Tabelle sein.")
        for name, value in mapping.items():
            if name not in known:
                raise ConfigError(
                    f"Regel {rule!r} kennt die Option {name!r} nicht ({source}). Bekannt: {', '.join(sorted(known))}."
                )
            values[name] = _coerce(rule, name, hints[name], value)
    try:
        return options_type(**values)
    except TypeError as error:
        raise ConfigError(f"Optionen für {rule!r} unvollständig: {error}") from None
