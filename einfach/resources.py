"""Access to the human-edited language data under ``data/``.

The files live in the repository's top-level ``data/`` folder and are copied into the wheel
as ``einfach/data``. Every reader here reports malformed lines with file and line number,
so that a typo in a word list fails loudly at load time instead of silently changing results.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import DataError

__all__ = [
    "DataError",
    "Row",
    "data_path",
    "data_version",
    "read_table",
    "read_toml",
    "read_word_list",
    "rule_doc",
]

#: Bumped by hand when the meaning of a data file changes; the content hash follows any edit.
DATA_RELEASE = "2026.11"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a TSV table, with its origin for error messages."""

    fields: dict[str, str]
    file: str
    line: int

    def __getitem__(self, key: str) -> str:
        return self.fields[key]

    def error(self, message: str) -> DataError:
        return DataError(f"{self.file}:{self.line}: {message}")


@cache
def _data_root() -> Path:
    packaged = Path(__file__).resolve().parent / "data"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "data"
    if checkout.is_dir():
        return checkout
    raise DataError(f"einfach data folder not found (looked in {packaged} and {checkout})")


@cache
def _rule_docs_root() -> Path:
    packaged = Path(__file__).resolve().parent / "rule_docs"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "docs" / "rules"


def rule_doc(code: str, name: str) -> str:
    """The German doc page of a rule (docs/rules/<code>-<name>.md, shipped in the wheel)."""
    path = _rule_docs_root() / f"{code}-{name}.md"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise DataError(f"doc page of {code} {name} missing: {path}") from error


def data_path(relative: str) -> Path:
    """Path of a data file, from the installed wheel or from a source checkout."""
    path = _data_root() / relative
    if not path.is_file():
        raise DataError(f"data file missing: {relative}")
    return path


def _content_lines(relative: str) -> Iterator[tuple[int, str]]:
    """Non-empty, non-comment lines with their 1-based line numbers."""
    with data_path(relative).open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, line


def read_word_list(relative: str) -> tuple[str, ...]:
    """A list with one entry per line; duplicates are an error."""
    seen: dict[str, int] = {}
    for number, line in _content_lines(relative):
        word = line.strip()
        if word in seen:
            raise DataError(f"{relative}:{number}: duplicate entry {word!r} (first on line {seen[word]})")
        seen[word] = number
    return tuple(seen)


def read_table(relative: str, *, required: tuple[str, ...], unique: str | None = None) -> tuple[Row, ...]:
    """A tab-separated table whose first content line is the header.

    ``required`` columns must be present in the header and non-empty in every row;
    ``unique`` names a column whose values must not repeat.
    """
    lines = iter(_content_lines(relative))
    try:
        header_line, header = next(lines)
    except StopIteration:
        raise DataError(f"{relative}: empty table") from None
    columns = header.split("\t")
    missing = [name for name in required if name not in columns]
    if missing:
        raise DataError(f"{relative}:{header_line}: header lacks column(s) {', '.join(missing)}")
    rows: list[Row] = []
    seen: dict[str, int] = {}
    for number, line in lines:
        values = line.split("\t")
        if len(values) > len(columns):
            raise DataError(f"{relative}:{number}: {len(values)} fields, header has {len(columns)}")
        values += [""] * (len(columns) - len(values))
        row = Row(dict(zip(columns, (value.strip() for value in values))), relative, number)
        empty = [name for name in required if not row[name]]
        if empty:
            raise row.error(f"empty field(s) {', '.join(empty)}")
        if unique is not None:
            key = row[unique]
            if key in seen:
                raise row.error(f"duplicate {unique} {key!r} (first on line {seen[key]})")
            seen[key] = number
        rows.append(row)
    return tuple(rows)


def read_toml(relative: str) -> dict[str, object]:
    path = data_path(relative)
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise DataError(f"{relative}: {error}") from error


@cache
def data_version() -> str:
    """Release plus a short hash over every data file, so any edit changes the version."""
    root = _data_root()
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != "README.md"):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return f"{DATA_RELEASE}+{digest.hexdigest()[:10]}"
