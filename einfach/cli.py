"""Command line: ``einfach check`` and ``einfach rules``.

Exit codes (as Vale, ruff, ESLint): 0 no finding at or above ``--fail-on``; 1 such
findings; 2 usage, input or internal error. A file that cannot be read is reported and
the other files are still checked; the run then ends with 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .errors import EinfachError, InputError
from .profiles import DEFAULT_PROFILE, PROFILES
from .report import Report, Severity

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_LINE_END = re.compile(r"\r\n|\n|\r")
_FAIL_ON = ("suggestion", "warning", "error", "never")


def _parse_option(raw: str) -> tuple[str, str, Any]:
    """ "sentence-length.warn_above=12" -> ("sentence-length", "warn_above", 12)."""
    key, separator, value = raw.partition("=")
    rule, dot, name = key.partition(".")
    if not separator or not dot or not rule or not name:
        raise argparse.ArgumentTypeError(f"Option {raw!r}: Form REGEL.OPTION=WERT erwartet.")
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        parsed = value
    return rule, name, parsed


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="einfach", description="Prüft deutsche Texte auf Einfache und Leichte Sprache.")
    parser.add_argument("--version", action="version", version=f"einfach {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="BEFEHL")

    check = commands.add_parser("check", help="Texte prüfen", description="Texte prüfen.")
    check.add_argument("paths", nargs="+", metavar="PFAD", help="Textdatei(en) oder - für die Standardeingabe")
    check.add_argument("--profile", choices=PROFILES, default=DEFAULT_PROFILE, help="Sprachprofil (Standard: einfach)")
    check.add_argument("--format", choices=("text", "json", "jsonl"), default="text", dest="output_format")
    check.add_argument("--fail-on", choices=_FAIL_ON, default="warning", help="ab welcher Stufe Exit-Code 1 (Standard: warning)")
    check.add_argument(
        "--option",
        action="append",
        default=[],
        type=_parse_option,
        metavar="REGEL.OPTION=WERT",
        help='Regel-Option ändern, z. B. sentence-length.warn_above=12 oder rare-word.allow=["Wort"]',
    )
    check.add_argument("--max-chars", type=_positive, default=None, help="längster erlaubter Text in Zeichen")
    check.add_argument("--no-text", action="store_true", help="keinen Text aus der Eingabe ausgeben (Datenschutz)")

    commands.add_parser("rules", help="Regeln auflisten", description="Regeln auflisten.")
    return parser


class _Positions:
    """Line and column (1-based, in characters) of offsets; any line ends count."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(match.end() for match in _LINE_END.finditer(text))]

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("muss größer als 0 sein")
    return number


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _read(path: str, max_chars: int) -> tuple[str, str]:
    from .textfile import decode_bytes, read_text_file

    if path == "-":
        data = sys.stdin.buffer.read(max_chars * 4 + 1)
        decoded = decode_bytes(data, "<stdin>")
    else:
        decoded = read_text_file(Path(path), max_bytes=max_chars * 4)
    return decoded.text, decoded.encoding


def _print_text(out: TextIO, name: str, text: str, report: Report, *, include_text: bool) -> None:
    position = _Positions(text)
    for finding in report.findings:
        line, col = position(finding.start)
        out.write(f"{name}:{line}:{col}: {finding.code} {finding.rule} {finding.message}\n")
        for suggestion in finding.suggestions:
            if include_text:
                out.write(f"    → {suggestion.note}\n")
    doc = report.document
    if not doc.words:
        out.write(f"{name}: kein Text zum Prüfen\n")
    else:
        out.write(
            f"{name}: {_count(doc.words, 'Wort', 'Wörter')}, {_count(doc.sentences, 'Satz', 'Sätze')}, "
            f"Schwierigkeit {doc.difficulty:.1f} von 7 ({doc.level.label if doc.level else '-'}), "
            f"Flesch (Amstad) {doc.flesch_amstad}, {_count(len(report.findings), 'Hinweis', 'Hinweise')}\n"
        )


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .checker import DEFAULT_MAX_CHARS, Checker

    options: dict[str, dict[str, Any]] = {}
    for rule, name, value in args.option:
        options.setdefault(rule, {})[name] = value
    max_chars = args.max_chars or DEFAULT_MAX_CHARS
    checker = Checker(args.profile, options, max_chars=max_chars)
    threshold = None if args.fail_on == "never" else Severity(args.fail_on)
    include_text = not args.no_text
    failed = errors = 0
    results: list[dict[str, Any]] = []
    for path in args.paths:
        name = "<stdin>" if path == "-" else path
        try:
            text, encoding = _read(path, max_chars)
            report = checker.check(text)
        except InputError as error:
            errors += 1
            err.write(f"einfach: {error}\n")
            results.append({"path": name, "error": str(error)})
            continue
        if threshold is not None and report.at_least(threshold):
            failed += 1
        if args.output_format == "text":
            _print_text(out, name, text, report, include_text=include_text)
        elif args.output_format == "jsonl":
            data = report.to_dict(include_text=include_text)
            for finding in data["findings"]:
                out.write(json.dumps({"path": name, **finding}, ensure_ascii=False) + "\n")
        else:
            results.append({"path": name, "encoding": encoding, "report": report.to_dict(include_text=include_text)})
    if args.output_format == "json":
        json.dump(
            {"files": [r for r in results if "report" in r], "errors": [r for r in results if "error" in r]},
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
    elif args.output_format == "jsonl":
        for result in results:
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if failed else EXIT_OK


def _rules(out: TextIO) -> int:
    from .rules.registry import RULES

    width = max(len(rule.name) for rule in RULES)
    for rule in RULES:
        out.write(f"{rule.code}  {rule.name:<{width}}  {rule.summary}\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exit_.code or 0)
    try:
        if args.command == "rules":
            return _rules(out)
        return _check(args, out, err)
    except EinfachError as error:
        err.write(f"einfach: {error}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("einfach: abgebrochen\n")
        return EXIT_ERROR
    except Exception as error:  # never exit 0 or 1 on a bug
        err.write(f"einfach: interner Fehler: {type(error).__name__}: {error}\n")
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
