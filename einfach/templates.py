"""The one way einfach sets up Jinja2 for its HTML and Markdown pages.

Autoescape on (every value may come from a plan or a file name), undefined variables are errors,
and whitespace control so templates can be indented for reading.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import jinja2

__all__ = ["environment_for"]


def environment_for(package: str, filters: Mapping[str, Callable[..., Any]] = {}) -> jinja2.Environment:  # noqa: B006 - read only
    """An environment that loads ``package``'s ``templates`` folder (shipped inside the wheel)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(filters)
    return env
