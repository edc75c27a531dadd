"""Project settings from ``einfach.toml`` or ``[tool.einfach]`` in ``pyproject.toml``.

A team writes its house rules once; the CLI, the pre-commit hook and the API read the same
file. Looked up from a start folder upwards; ``einfach.toml`` wins over ``pyproject.toml`` in
the same folder. Every key is checked: a misspelt key or rule is an error, never ignored.

.. code-block:: toml

    [tool.einfach]
    profile = "einfach"
    select = ["ES1", "ES2", "passive-voice"]
    ignore = ["foreign-word"]
    allow = ["Gabelstapler", "Jobcenter Mannheim"]
    severity = { rare-word = "suggestion" }

    [tool.einfach.options.sentence-length]
    warn_above = 12

    [[tool.einfach.suppress]]
    rule = "rare-word"
    fingerprint = "8c0877e1730ec607"
    reason = "Name der Firma"
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .profiles import DEFAULT_PROFILE, PROFILES
from .suppression import Suppression

__all__ = ["CONFIG_FILES", "Settings", "find_config", "load_config", "project_settings"]

CONFIG_FILES = ("einfach.toml", "pyproject.toml")
_KEYS = frozenset({"profile", "select", "ignore", "allow", "severity", "options", "suppress"})


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a :class:`~einfach.checker.Checker` is configured with."""

    profile: str = DEFAULT_PROFILE
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    suppress: tuple[Suppression, ...] = ()
    source: str | None = None  # the file they came from

    def overridden(
        self,
        *,
        profile: str | None = None,
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        allow: Iterable[str] = (),
        severity: Mapping[str, str] | None = None,
        options: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> Settings:
        """Command-line values on top: ``select`` replaces the file's choice of rules (its ``ignore``
        too, so ``--select passive-voice`` gives exactly that rule), ``ignore`` and ``allow`` add,
        options and severities merge per rule."""
        merged_options = {rule: dict(values) for rule, values in self.options.items()}
        for rule, values in (options or {}).items():
            merged_options.setdefault(rule, {}).update(values)
        return replace(
            self,
            profile=profile or self.profile,
            select=tuple(select) or self.select,
            ignore=tuple(ignore) if select else self.ignore + tuple(ignore),
            allow=self.allow + tuple(allow),
            severity={**self.severity, **(severity or {})},
            options=merged_options,
        )

    def checker(self, **kwargs: Any) -> Any:
        from .checker import Checker

        return Checker(
            self.profile,
            self.options,
            select=self.select,
            ignore=self.ignore,
            severity=self.severity,
            allow=self.allow,
            suppress=self.suppress,
            **kwargs,
        )


def find_config(start: Path) -> Path | None:
    """The nearest einfach.toml, or pyproject.toml with a [tool.einfach] table, from ``start`` up."""
    folder = start.resolve()
    if folder.is_file():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / "einfach.toml"
        if own.is_file():
            return own
        project = candidate / "pyproject.toml"
        if project.is_file() and "einfach" in _read(project).get("tool", {}):
            return project
    return None


def project_settings(near: Path | None = None, *, config: Path | None = None, use_config: bool = True) -> Settings:
    """The settings the command line uses: ``config`` if given (it must exist), else the file found
    from ``near`` (a checked file or folder; the working folder when None or missing), else defaults."""
    if not use_config:
        return Settings()
    if config is not None:
        if not config.is_file():
            raise ConfigError(f"Einstellungsdatei {config} gibt es nicht.")
        return load_config(config)
    found = find_config(near if near is not None and near.exists() else Path.cwd())
    return load_config(found) if found is not None else Settings()


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from error


def load_config(path: Path) -> Settings:
    """Settings from one file; errors name the file and the key."""
    data = _read(path)
    table = data.get("tool", {}).get("einfach", {}) if path.name == "pyproject.toml" else data
    where = f"{path}"
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{where}: unbekannte Einstellung(en) {', '.join(unknown)}. Erlaubt: {', '.join(sorted(_KEYS))}.")
    profile = table.get("profile", DEFAULT_PROFILE)
    if profile not in PROFILES:
        raise ConfigError(f"{where}: Profil {profile!r} unbekannt. Erlaubt: {', '.join(PROFILES)}.")
    return Settings(
        profile=profile,
        select=_strings(table, "select", where),
        ignore=_strings(table, "ignore", where),
        allow=_strings(table, "allow", where),
        severity=_table(table, "severity", where),
        options={rule: _table(table["options"], rule, where) for rule in _table(table, "options", where)},
        suppress=tuple(_suppression(item, where) for item in _list(table, "suppress", where)),
        source=str(path),
    )


def _list(table: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = table.get(key, [])
    if not isinstance(value, list):
        raise ConfigError(f"{where}: {key} muss eine Liste sein.")
    return value


def _strings(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = _list(table, key, where)
    if not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: {key} muss eine Liste von Texten sein.")
    return tuple(value)


def _table(table: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key} muss eine Tabelle sein.")
    return value


def _suppression(item: Any, where: str) -> Suppression:
    if not isinstance(item, dict) or set(item) != {"rule", "fingerprint", "reason"}:
        raise ConfigError(f"{where}: jeder suppress-Eintrag braucht genau rule, fingerprint und reason.")
    return Suppression(str(item["rule"]), str(item["fingerprint"]), str(item["reason"]))
