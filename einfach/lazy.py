"""Names of a package that load their module on first use (PEP 562 ``__getattr__``).

The command line imports the plan and audit packages for their subcommands; their heavy parts
(YAML, Jinja2, SQLite, pdfium) load only when a name from them is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that finds ``name`` in the submodule ``where[name]`` of ``package``."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f".{module}", package), name)

    return __getattr__
