"""Exceptions einfach raises on purpose; each message says what is wrong in plain words."""

from __future__ import annotations

__all__ = ["ConfigError", "DataError", "EinfachError", "InputError", "german_number"]


def german_number(value: int) -> str:
    """1234567 -> "1.234.567", as German readers write large numbers."""
    return f"{value:,}".replace(",", ".")


class EinfachError(Exception):
    """Base class: catch this to handle every deliberate einfach error."""


class ConfigError(EinfachError, ValueError):
    """An unknown profile, rule or option, or an option of the wrong type."""


class InputError(EinfachError, ValueError):
    """Input that cannot be checked: undecodable, binary, or over the size limit."""


class DataError(EinfachError, ValueError):
    """A data file under data/ is missing or malformed; the message names file and line."""
