"""Command line: ``einfach check``, ``fix``, ``rules``, ``explain`` and ``plan``.

Exit codes (as Vale, ruff, ESLint): 0 no finding at or above ``--fail-on``; 1 such
findings; 2 usage, input or internal error. A file that cannot be read is reported and
the other files are still checked; the run then ends with 2.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .config import Settings, find_config, load_config
from .errors import ConfigError, EinfachError, InputError
from .plan.cli import add_plan_commands, run_plan
from .profiles import DEFAULT_PROFILE, PROFILES, default_severities, rule_enabled
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


def _parse_severity(raw: str) -> tuple[str, str]:
    """ "rare-word=suggestion" -> ("rare-word", "suggestion")."""
    rule, separator, value = raw.partition("=")
    if not separator or not rule or not value:
        raise argparse.ArgumentTypeError(f"{raw!r}: Form REGEL=STUFE erwartet.")
    return rule, value


def _split(values: list[str]) -> list[str]:
    return [item for value in values for item in value.split(",") if item.strip()]


def _add_settings(command: argparse.ArgumentParser) -> None:
    """Options shared by check and fix; they override einfach.toml / [tool.einfach]."""
    command.add_argument("--profile", choices=PROFILES, default=None, help="Sprachprofil (Standard: einfach)")
    command.add_argument(
        "--select", action="append", default=[], metavar="REGELN", help="nur diese Regeln (Code, Name oder Anfang: ES2,passive)"
    )
    command.add_argument("--ignore", action="append", default=[], metavar="REGELN", help="diese Regeln nicht prüfen")
    command.add_argument(
        "--severity", action="append", default=[], type=_parse_severity, metavar="REGEL=STUFE", help="Schweregrad ändern"
    )
    command.add_argument("--allow", action="append", default=[], metavar="WORT", help="Hauswort, das keine Wort-Regel meldet")
    command.add_argument(
        "--option",
        action="append",
        default=[],
        type=_parse_option,
        metavar="REGEL.OPTION=WERT",
        help="Regel-Option ändern, z. B. sentence-length.warn_above=12",
    )
    command.add_argument(
        "--config", type=Path, default=None, help="Einstellungen aus dieser Datei (einfach.toml oder pyproject.toml)"
    )
    command.add_argument("--no-config", action="store_true", help="keine Einstellungsdatei lesen")
    command.add_argument("--max-chars", type=_positive, default=None, help="längster erlaubter Text in Zeichen")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="einfach", description="Prüft deutsche Texte auf Einfache und Leichte Sprache.")
    parser.add_argument("--version", action="version", version=f"einfach {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="BEFEHL")

    check = commands.add_parser("check", help="Texte prüfen", description="Texte prüfen.")
    check.add_argument("paths", nargs="+", metavar="PFAD", help="Textdatei(en) oder - für die Standardeingabe")
    check.add_argument("--format", choices=("text", "json", "jsonl"), default="text", dest="output_format")
    check.add_argument("--fail-on", choices=_FAIL_ON, default="warning", help="ab welcher Stufe Exit-Code 1 (Standard: warning)")
    check.add_argument("--no-text", action="store_true", help="keinen Text aus der Eingabe ausgeben (Datenschutz)")
    _add_settings(check)

    fix = commands.add_parser(
        "fix", help="sichere Verbesserungen anwenden", description="Zeigt die sicheren Verbesserungen als Diff."
    )
    fix.add_argument("paths", nargs="+", metavar="PFAD", help="Textdatei(en)")
    fix.add_argument("--write", action="store_true", help="Dateien ändern; das Original bleibt als PFAD.bak")
    _add_settings(fix)

    rules = commands.add_parser("rules", help="Regeln auflisten", description="Regeln auflisten.")
    rules.add_argument("--profile", choices=PROFILES, default=DEFAULT_PROFILE, help="Schweregrade dieses Profils")
    explain = commands.add_parser("explain", help="eine Regel erklären", description="Zeigt die Beschreibung einer Regel.")
    explain.add_argument("rule", metavar="REGEL", help="Code oder Name, z. B. ES101 oder sentence-length")
    add_plan_commands(commands)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    """Config file (given, found from the first path or the working folder, or none) plus CLI values."""
    if args.no_config:
        base = Settings()
    else:
        path = args.config
        if path is None:
            first = next((Path(p) for p in args.paths if p != "-"), Path.cwd())
            path = find_config(first if first.exists() else Path.cwd())
        elif not path.is_file():
            raise ConfigError(f"Einstellungsdatei {path} gibt es nicht.")
        base = load_config(path) if path is not None else Settings()
    options: dict[str, dict[str, Any]] = {}
    for rule, name, value in args.option:
        options.setdefault(rule, {})[name] = value
    return base.overridden(
        profile=args.profile,
        select=_split(args.select),
        ignore=_split(args.ignore),
        allow=args.allow,
        severity=dict(args.severity),
        options=options,
    )


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
    from .checker import DEFAULT_MAX_CHARS

    max_chars = args.max_chars or DEFAULT_MAX_CHARS
    checker = _settings(args).checker(max_chars=max_chars)
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


def _fix(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import difflib

    from .checker import DEFAULT_MAX_CHARS
    from .fixes import apply_safe_fixes
    from .textfile import write_text_atomically

    max_chars = args.max_chars or DEFAULT_MAX_CHARS
    checker = _settings(args).checker(max_chars=max_chars)
    errors = 0
    for name in args.paths:
        path = Path(name)
        try:
            text, encoding = _read(name, max_chars)
            result = apply_safe_fixes(text, checker.check(text))
            if not result.changed:
                continue
            if args.write:
                backup = _free_backup(path)
                write_text_atomically(backup, text, encoding)
                write_text_atomically(path, result.text, encoding)
                err.write(f"{name}: {_count(len(result.changes), 'Änderung', 'Änderungen')}, Original in {backup}\n")
            else:
                diff = difflib.unified_diff(
                    text.splitlines(keepends=True), result.text.splitlines(keepends=True), f"{name}", f"{name} (einfach fix)"
                )
                out.writelines(line if line.endswith("\n") else line + "\n" for line in diff)
        except (InputError, OSError) as error:
            errors += 1
            err.write(f"einfach: {error}\n")
    return EXIT_ERROR if errors else EXIT_OK


def _free_backup(path: Path) -> Path:
    """PATH.bak, or PATH.bak.2, ... when an older backup exists: no backup is ever overwritten."""
    candidate = path.with_name(path.name + ".bak")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.bak.{number}")
    return candidate


def _rules(out: TextIO, profile: str) -> int:
    from .rules.registry import RULES

    width = max(len(rule.name) for rule in RULES)
    out.write(f"Profil {profile}. Schweregrad: aus = nur mit --select.\n")
    for rule in RULES:
        severities = "/".join(str(s) for s in default_severities(rule.name, profile))
        state = severities if rule_enabled(rule.name, profile) else "aus"
        out.write(f"{rule.code}  {rule.name:<{width}}  {state:<18}  {rule.summary}\n")
    return EXIT_OK


def _explain(out: TextIO, key: str) -> int:
    from .resources import rule_doc
    from .rules.registry import rule_by_key

    rule = rule_by_key(key)
    if rule is None:
        raise ConfigError(f"Keine Regel heißt {key!r}. Die Liste zeigt: einfach rules")
    out.write(rule_doc(rule.code, rule.name))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exit_.code or 0)
    try:
        if args.command == "rules":
            return _rules(out, args.profile)
        if args.command == "explain":
            return _explain(out, args.rule)
        if args.command == "fix":
            return _fix(args, out, err)
        if args.command == "plan":
            return run_plan(args, out, err)
        return _check(args, out, err)
    except EinfachError as error:
        err.write(f"einfach: {error}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("einfach: abgebrochen\n")
        return EXIT_ERROR
    except BrokenPipeError:  # "einfach check … | head": the reader has gone, nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as error:  # never exit 0 or 1 on a bug
        err.write(f"einfach: interner Fehler: {type(error).__name__}: {error}\n")
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
