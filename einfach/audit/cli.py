"""``einfach audit``: the command line of the batch audit.

Exit codes: 0 finished, no document over the threshold; 1 finished, some documents over it;
2 usage or configuration error (also: no file found, stopped with Ctrl+C); 3 finished, but some
files could not be read (listed in errors.csv). 3 wins over 1: an incomplete audit needs a look
first.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from ..config import Settings
from ..errors import german_number
from ..gate import FAIL_ON
from ..report import Level

__all__ = ["add_audit_command", "run_audit_command"]

_MB = 1_000_000


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("muss mindestens 1 sein")
    return number


def _seconds(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise argparse.ArgumentTypeError("muss größer als 0 sein")
    return number


def add_audit_command(commands: Any, add_settings: Callable[[argparse.ArgumentParser], None]) -> None:
    audit = commands.add_parser(
        "audit",
        help="viele Pläne prüfen und einen Bericht schreiben",
        description=(
            "Prüft alle Dateien in Ordnern (.txt, .md, .json/.yaml als Plan, .docx, .odt, .pdf, .html) "
            "und schreibt findings.jsonl, documents.csv, errors.csv, summary.json und report.html."
        ),
    )
    audit.add_argument("paths", nargs="+", metavar="PFAD", help="Ordner oder Dateien")
    audit.add_argument("-o", "--output", type=Path, required=True, metavar="ORDNER", help="Ordner für die Ergebnisse")
    audit.add_argument(
        "--include", action="append", default=[], metavar="MUSTER", help="nur passende Dateien, z. B. '*.docx' (mehrfach)"
    )
    audit.add_argument(
        "--exclude", action="append", default=[], metavar="MUSTER", help="diese Dateien und Ordner auslassen (mehrfach)"
    )
    audit.add_argument(
        "--group-depth", type=_positive, default=1, metavar="N", help="so viele Ordner-Ebenen bilden ein Team (Standard: 1)"
    )
    audit.add_argument(
        "--workers", type=_positive, default=os.cpu_count() or 1, metavar="N", help="Prozesse (Standard: alle Kerne)"
    )
    audit.add_argument("--engine", choices=("local", "dask"), default="local", help="local (Standard) oder dask")
    audit.add_argument("--scheduler", default=None, metavar="ADRESSE", help="Dask-Scheduler, z. B. tcp://10.0.0.5:8786")
    audit.add_argument(
        "--cache", type=Path, default=None, metavar="ORDNER", help="Zwischenspeicher (Standard: ORDNER/.einfach-cache)"
    )
    audit.add_argument("--no-cache", action="store_true", help="alles neu prüfen und nichts speichern")
    audit.add_argument(
        "--redact", action="store_true", help="kein Text und keine Namen in den Ergebnissen, nur Codes, Zahlen und Hashes"
    )
    audit.add_argument(
        "--max-level",
        choices=[level.value for level in Level],
        default=None,
        help="schwerer als diese Stufe zählt als zu schwer (Standard: die Stufe des Profils)",
    )
    audit.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="ein Hinweis ab dieser Stufe macht ein Dokument auch zu schwer (Standard: error; never: nur die Stufe)",
    )
    audit.add_argument("--max-file-mb", type=_positive, default=20, metavar="MB", help="größte Datei in MB (Standard: 20)")
    audit.add_argument(
        "--timeout", type=_seconds, default=60.0, metavar="SEKUNDEN", help="längste Prüfzeit pro Datei (Standard: 60)"
    )
    audit.add_argument("--quiet", action="store_true", help="keinen Fortschritt und keine Zusammenfassung zeigen")
    add_settings(audit)


def run_audit_command(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    from .readers import Limits
    from .run import AuditOptions, run_audit

    limits = Limits(max_bytes=args.max_file_mb * _MB)
    if args.max_chars is not None:
        limits = Limits(max_bytes=limits.max_bytes, max_chars=args.max_chars)
    options = AuditOptions(
        settings=settings,
        include=tuple(args.include),
        exclude=tuple(args.exclude),
        group_depth=args.group_depth,
        workers=args.workers,
        engine=args.engine,
        scheduler=args.scheduler,
        cache=args.cache,
        use_cache=not args.no_cache,
        redact=args.redact,
        max_level=args.max_level,
        fail_on=args.fail_on,
        limits=limits,
        timeout=args.timeout,
    )
    try:
        result = run_audit([Path(p) for p in args.paths], args.output, options, None if args.quiet else err)
    except KeyboardInterrupt:
        err.write(
            "\neinfach: abgebrochen. Die alten Ergebnisse sind unverändert. Ein neuer Lauf macht beim Zwischenspeicher weiter.\n"
        )
        return 2
    for note in result.notes:
        err.write(f"einfach: {note}\n")
    if not args.quiet:
        err.write(_closing_line(result.summary, result.cached, result.seconds, args.output))
    return result.exit_code


def _closing_line(summary: dict[str, Any], reused: int, seconds: float, outdir: Path) -> str:
    totals = summary["totals"]
    parts = [
        f"{german_number(totals['files'])} Dateien",
        f"{german_number(totals['documents'])} geprüft",
        f"{german_number(totals['over_threshold'])} zu schwer",
        f"{german_number(totals['unreadable'])} nicht lesbar",
    ]
    timing = f"{seconds:.1f} s" + (f", {german_number(reused)} aus dem Zwischenspeicher" if reused else "")
    return f"Fertig: {', '.join(parts)} ({timing}).\nBericht: {outdir / 'report.html'}\n"
