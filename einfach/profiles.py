"""Language profiles and per-rule options.

Defaults live in ``data/profiles.toml`` (one table per profile and rule, with sources);
callers override single options per call. Options are frozen dataclasses declared by each
rule; unknown keys and wrong types are rejected with a message that names them.
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

__all__ = ["PROFILES", "DEFAULT_PROFILE", "build_options", "profile_table"]

PROFILES = ("leicht", "einfach", "standard")
DEFAULT_PROFILE = "einfach"


@cache
def _profiles() -> dict[str, Any]:
    """profiles.toml, checked: every profile present, every table named after a known rule."""
    from .rules.registry import RULES

    table = read_toml("profiles.toml")
    missing = [name for name in PROFILES if name not in table]
    if missing:
        raise DataError(f"profiles.toml: profile(s) missing: {', '.join(missing)}")
    names = {rule.name for rule in RULES}
    for profile, rules in table.items():
        unknown = sorted(set(rules) - names) if isinstance(rules, dict) else [profile]
        if profile not in PROFILES or unknown:
            raise DataError(f"profiles.toml: unknown profile or rule table [{profile}] {', '.join(unknown)}")
    return table


def profile_table(profile: str) -> Mapping[str, Any]:
    if profile not in PROFILES:
        raise ConfigError(f"Unbekanntes Profil {profile!r}. Erlaubt: {', '.join(PROFILES)}.")
    return _profiles()[profile]


def _coerce(rule: str, name: str, expected: Any, value: Any) -> Any:
    origin = typing.get_origin(expected)
    where = f"Option {name!r} der Regel {rule!r}"
    if expected is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where} muss true oder false sein, nicht {value!r}.")
        return value
    if expected is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where} muss eine ganze Zahl sein, nicht {value!r}.")
        return value
    if expected is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{where} muss eine Zahl sein, nicht {value!r}.")
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
    """The rule's options for a profile, with per-call overrides applied and checked."""
    hints = typing.get_type_hints(options_type)
    known = {f.name for f in dataclasses.fields(options_type) if f.init}
    values: dict[str, Any] = {}
    for source, mapping in (("profiles.toml", profile_table(profile).get(rule, {})), ("Aufruf", overrides or {})):
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
