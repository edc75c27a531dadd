"""Helpers shared by the bench scripts: where ../shared is, and writing result files."""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = Path(__file__).resolve().parent / "results"


def shared(relative: str) -> Path:
    """A file under ../shared; exit with a clear message when the folder is absent."""
    path = SHARED / relative
    if not path.exists():
        sys.exit(f"skipped: ../shared/{relative} not found (evaluation data lives beside the checkout)")
    return path


def write_result(name: str, data: dict) -> Path:
    """Write bench/results/<name>.json (atomically) with the versions that produced it."""
    import einfach

    RESULTS.mkdir(exist_ok=True)
    data = {
        "einfach_version": einfach.__version__,
        "data_version": einfach.data_version(),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores",
        **data,
    }
    target = RESULTS / f"{name}.json"
    temporary = target.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    temporary.replace(target)
    return target
