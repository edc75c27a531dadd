"""Reading and writing plan files (JSON and YAML), with errors that name the field.

YAML is read with the safe loader, without YAML 1.1's base-60 numbers ("09:30" stays a
time, not 570) and with dates kept as ISO text, so both formats meet the same schema.
Files are written atomically; an invalid file raises :class:`PlanError` with every problem.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..textfile import decode_bytes, write_text_atomically
from .model import Kooperationsplan
from .schema import PlanProblem, validate

__all__ = ["PlanError", "dump_plan", "load_plan", "parse_plan", "save_plan"]

_MAX_BYTES = 1_000_000  # a one-page plan is a few kilobytes


class PlanError(InputError):
    """A plan file that cannot be used; ``problems`` lists every field that is wrong."""

    def __init__(self, name: str, problems: list[PlanProblem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(
            f"{name}: Der Plan hat {len(problems)} Fehler:\n{lines}" if len(problems) != 1 else f"{name}: {problems[0]}"
        )


class _Loader(yaml.SafeLoader):
    """SafeLoader without base-60 integers and without date objects."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _mapping_without_duplicates(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    """A key written twice is an error: silently keeping the last "issuer" would lose data."""
    seen: set[Any] = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"Feld {key!r} steht zweimal", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?0|[-+]?[1-9][0-9_]*)$"), list("-+0123456789"))


def _format_of(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix == ".json":
        return "json"
    return "json" if text.lstrip().startswith("{") else "yaml"


def parse_plan(text: str, fmt: str | None = None, name: str = "<plan>") -> Kooperationsplan:
    """A plan from JSON or YAML text (``fmt`` "json", "yaml" or None to decide by name and content)."""
    fmt = fmt or _format_of(name, text)
    try:
        data: Any = json.loads(text) if fmt == "json" else yaml.load(text, Loader=_Loader)  # noqa: S506 - safe loader subclass
    except (json.JSONDecodeError, yaml.YAMLError) as error:
        where = getattr(error, "lineno", None) or getattr(getattr(error, "problem_mark", None), "line", -1) + 1
        problem = getattr(error, "problem", None)
        detail = f": {problem}" if isinstance(problem, str) and problem.startswith("Feld") else ""
        raise PlanError(name, [PlanProblem("", f"ist kein gültiges {fmt.upper()} (Zeile {where}){detail}.")]) from None
    problems = validate(_plain(data))
    if problems:
        raise PlanError(name, problems)
    return Kooperationsplan.from_dict(_plain(data))


def _plain(value: Any) -> Any:
    """Dates and times from either format as ISO text, as the schema expects."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def load_plan(path: str | Path) -> Kooperationsplan:
    """Read a plan file; the encoding is detected as for ``einfach check``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: kann nicht gelesen werden ({error.strerror}).") from None
    if len(data) > _MAX_BYTES:
        raise InputError(f"{path}: Datei ist zu groß für einen Plan.")
    return parse_plan(decode_bytes(data, str(path)).text, name=str(path))


def dump_plan(plan: Kooperationsplan, fmt: str = "yaml") -> str:
    data = plan.to_dict()
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def save_plan(plan: Kooperationsplan, path: str | Path) -> None:
    """Write the plan atomically, as JSON or YAML by the file name."""
    path = Path(path)
    write_text_atomically(path, dump_plan(plan, "json" if path.suffix.lower() == ".json" else "yaml"))
