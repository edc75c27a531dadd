"""Finding the files of an audit: folders walked in a fixed order, globs, symlink loops.

A walk yields :class:`Source` for every file of an audited type and :class:`SourceProblem` for
what cannot be walked (a folder without read permission, a symlink loop, a missing path). The
order is sorted by name, so two runs over the same tree list the same files in the same order.
Hidden files and folders (name starting with ".") are skipped: version control, caches and the
audit's own output folder are not plans.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .readers import kind_of

__all__ = ["Source", "SourceProblem", "walk"]


@dataclass(frozen=True, slots=True)
class Source:
    path: Path  # where to open it
    name: str  # relative to its input root, "/"-separated; the root's name first when there are several roots
    folder: str  # the group for the team breakdown: the first ``group_depth`` folders of ``name``
    kind: str  # see readers.KINDS


@dataclass(frozen=True, slots=True)
class SourceProblem:
    name: str
    reason: str  # "not-found", "permission" or "symlink-loop"
    message: str  # plain German, no file content


@dataclass(frozen=True, slots=True)
class _Walk:
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    skip: frozenset[tuple[int, int]]  # folders never entered (the output folder)
    group_depth: int


def walk(
    roots: Sequence[Path],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    skip: Sequence[Path] = (),
    group_depth: int = 1,
) -> Iterator[Source | SourceProblem]:
    """Every audited file under ``roots``. ``include``/``exclude`` are globs matched, ignoring
    case, against the relative name or the file name (``*`` also crosses "/"); a folder matching
    ``exclude`` is not entered."""
    skipped = frozenset(_identity(path) for path in skip if path.exists())
    walk_ = _Walk(tuple(p.lower() for p in include), tuple(p.lower() for p in exclude), skipped, group_depth)
    for root, prefix in zip(roots, _prefixes(roots), strict=True):
        if not os.path.lexists(root):
            yield SourceProblem(str(root), "not-found", "Datei oder Ordner gibt es nicht.")
        elif root.is_dir():
            yield from _folder(root, prefix, walk_, ())
        else:
            name = prefix + "/" + _display(root.name) if prefix else _display(root.name)
            source = _file(root, name, walk_)
            if source is not None:
                yield source


def _prefixes(roots: Sequence[Path]) -> list[str]:
    """With several roots, each name starts with its root's folder name, made unique ("plans",
    "plans-2") so two roots never give the same document name."""
    if len(roots) < 2:
        return [""]
    prefixes: list[str] = []
    for root in roots:
        base = _display(root.resolve().name) or "root"
        prefix, number = base, 1
        while prefix in prefixes:
            number += 1
            prefix = f"{base}-{number}"
        prefixes.append(prefix)
    return prefixes


def _display(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (old shares) become \\xNN escapes."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _identity(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_dev, stat.st_ino


def _folder(folder: Path, name: str, walk_: _Walk, ancestors: tuple[tuple[int, int], ...]) -> Iterator[Source | SourceProblem]:
    label = name or _display(folder.name) or str(folder)
    try:
        identity = _identity(folder)
        if identity in ancestors:
            yield SourceProblem(
                label, "symlink-loop", "Symbolischer Link zeigt auf einen Ordner darüber (Schleife). Übersprungen."
            )
            return
        if identity in walk_.skip:
            return
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except PermissionError:
        yield SourceProblem(label, "permission", "Keine Leserechte für den Ordner.")
        return
    except OSError:
        yield SourceProblem(label, "not-found", "Ordner ist nicht lesbar.")
        return
    inner = (*ancestors, identity)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = f"{name}/{_display(entry.name)}" if name else _display(entry.name)
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows symlinks
        except OSError:
            is_dir = False
        if is_dir:
            if not _matches(child, walk_.exclude):
                yield from _folder(path, child, walk_, inner)
            continue
        source = _file(path, child, walk_)
        if source is not None:
            yield source


def _file(path: Path, name: str, walk_: _Walk) -> Source | None:
    kind = kind_of(name)
    if kind is None or _matches(name, walk_.exclude):
        return None
    if walk_.include and not _matches(name, walk_.include):
        return None
    parts = name.split("/")[:-1]
    return Source(path, name, "/".join(parts[: walk_.group_depth]), kind)


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    """Case-insensitive, like the file types (patterns come lower-cased)."""
    name = name.lower()
    base = name.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(base, pattern) for pattern in patterns)
