"""Command line: ``einfach check``, ``fix``, ``rules``, ``explain``, ``plan`` and ``serve``.

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
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .audit.cli import add_audit_command, run_audit_command
from .baseline import Baseline, MarkedFinding, Override, fingerprinted
from .config import Settings, project_settings
from .errors import ConfigError, EinfachError, InputError
from .plan.cli import add_plan_commands, run_plan
from .profiles import DEFAULT_PROFILE, PROFILES, default_severities, rule_enabled
from .report import Finding, Report, Severity
from .service.cli import add_serve_command, run_serve

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
    known = check.add_mutually_exclusive_group()
    known.add_argument(
        "--baseline", type=Path, default=None, metavar="DATEI", help="nur bei Hinweisen scheitern, die diese Baseline nicht kennt"
    )
    known.add_argument(
        "--write-baseline", type=Path, default=None, metavar="DATEI", help="die Hinweise von heute als Baseline speichern"
    )
    check.add_argument(
        "--override",
        action="append",
        default=[],
        metavar="FINGERABDRUCK",
        help="diesen Hinweis in der Baseline akzeptieren (mit --baseline, --reason und --author)",
    )
    check.add_argument("--reason", default=None, metavar="GRUND", help="warum der Hinweis akzeptiert ist (für --override)")
    check.add_argument("--author", default=None, metavar="NAME", help="wer die Ausnahme verantwortet (für --override)")
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
    add_serve_command(commands)
    add_audit_command(commands, _add_settings)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    """Config file (given, found from the first path or the working folder, or none) plus CLI values."""
    first = next((Path(p) for p in args.paths if p != "-"), None)
    base = project_settings(first, config=args.config, use_config=not args.no_config)
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


def _print_text(
    out: TextIO, name: str, text: str, report: Report, *, include_text: bool, marked: list[MarkedFinding] | None = None
) -> None:
    """Findings and a summary line; with a baseline, known findings are only counted and accepted
    ones show their reason and author."""
    position = _Positions(text)
    for mark in marked if marked is not None else [MarkedFinding(f, f.fingerprint, "new") for f in report.findings]:
        finding = mark.finding
        assert isinstance(finding, Finding)
        if mark.status == "known":
            continue
        line, col = position(finding.start)
        if mark.override is not None:
            accepted = mark.override
            out.write(
                f"{name}:{line}:{col}: {finding.code} {finding.rule} akzeptiert von {accepted.author} "
                f"am {accepted.date}: {accepted.reason}\n"
            )
            continue
        out.write(f"{name}:{line}:{col}: {finding.code} {finding.rule} {finding.message}\n")
        for suggestion in finding.suggestions:
            if include_text:
                out.write(f"    → {suggestion.note}\n")
        if marked is not None:
            out.write(f"    Fingerabdruck: {mark.fingerprint}\n")
    doc = report.document
    if marked is None:
        counted = _count(len(report.findings), "Hinweis", "Hinweise")
    else:
        statuses = [mark.status for mark in marked]
        counted = (
            f"{_count(statuses.count('new'), 'neuer Hinweis', 'neue Hinweise')}, "
            f"{_count(statuses.count('known'), 'bekannter Hinweis', 'bekannte Hinweise')}"
        )
        if "accepted" in statuses:
            counted += f", {_count(statuses.count('accepted'), 'akzeptierter Hinweis', 'akzeptierte Hinweise')}"
    if not doc.words:
        out.write(f"{name}: kein Text zum Prüfen\n")
    else:
        out.write(
            f"{name}: {_count(doc.words, 'Wort', 'Wörter')}, {_count(doc.sentences, 'Satz', 'Sätze')}, "
            f"Schwierigkeit {doc.difficulty:.1f} von 7 ({doc.level.label if doc.level else '-'}), "
            f"Flesch (Amstad) {doc.flesch_amstad}, {counted}\n"
        )


def _checked(
    paths: Sequence[str], checker: Any, max_chars: int
) -> Iterator[tuple[str, str, str, Report] | tuple[str, InputError]]:
    """(name, text, encoding, report) per readable file, (name, error) per unreadable one."""
    for path in paths:
        name = "<stdin>" if path == "-" else path
        try:
            text, encoding = _read(path, max_chars)
            yield name, text, encoding, checker.check(text)
        except InputError as error:
            yield name, error


def _accept(args: argparse.Namespace, baseline: Baseline, checked: list[Any], err: TextIO) -> Baseline:
    """``--override FP --reason … --author …``: record each fingerprint found in the checked files."""
    codes = {fp: finding.code for item in checked if len(item) == 4 for finding, fp in fingerprinted(item[3])}
    missing = [fp for fp in args.override if fp not in codes]
    if missing:
        raise ConfigError(f"Keinen Hinweis mit Fingerabdruck {', '.join(missing)} in den geprüften Dateien gefunden.")
    for fp in args.override:
        baseline = baseline.with_override(Override(fp, codes[fp], args.reason, args.author))
    _save(baseline, args.baseline)
    err.write(f"{args.baseline}: {_count(len(args.override), 'Ausnahme', 'Ausnahmen')} gespeichert ({args.author})\n")
    return baseline


def _save(baseline: Baseline, path: Path) -> None:
    try:
        baseline.save(path)
    except OSError as error:
        raise ConfigError(f"Baseline {path} kann nicht geschrieben werden: {error.strerror or error}") from None


def _baseline_arguments(args: argparse.Namespace) -> None:
    if args.override and (args.baseline is None or not args.reason or not args.author):
        raise ConfigError('--override braucht --baseline DATEI, --reason "Grund" und --author "Name".')
    if (args.reason or args.author) and not args.override:
        raise ConfigError("--reason und --author gehören zu --override FINGERABDRUCK.")


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .checker import DEFAULT_MAX_CHARS

    _baseline_arguments(args)
    max_chars = args.max_chars or DEFAULT_MAX_CHARS
    checker = _settings(args).checker(max_chars=max_chars)
    threshold = None if args.fail_on == "never" else Severity(args.fail_on)
    include_text = not args.no_text
    baseline = Baseline.load(args.baseline) if args.baseline is not None else None
    if baseline is not None and baseline.stale:
        err.write(
            f"einfach: Hinweis: {args.baseline} ist von einfach {baseline.einfach_version} (Daten {baseline.data_version}); "
            "geänderte Regeln können Hinweise als neu zeigen.\n"
        )
    recording = None
    if args.write_baseline is not None:
        target = args.write_baseline
        recording = Baseline.load(target) if target.exists() else Baseline.empty(target.resolve().parent)
    checked: Iterable[Any] = _checked(args.paths, checker, max_chars)
    if args.override:
        assert baseline is not None
        checked = list(checked)
        baseline = _accept(args, baseline, checked, err)
    failed = errors = 0
    results: list[dict[str, Any]] = []
    for item in checked:
        if len(item) == 2:
            name, error = item
            errors += 1
            err.write(f"einfach: {error}\n")
            results.append({"path": name, "error": str(error)})
            continue
        name, text, encoding, report = item
        path = None if name == "<stdin>" else name
        marked = None
        if baseline is not None:
            marked = baseline.mark(path, fingerprinted(report))
            deciding = [
                m for m in marked if m.status == "new" and threshold is not None and m.finding.severity.rank >= threshold.rank
            ]
        else:
            deciding = list(report.at_least(threshold)) if threshold is not None else []
        if recording is not None:
            recording = recording.with_findings(path, fingerprinted(report))
        if deciding:
            failed += 1
        if args.output_format == "text":
            _print_text(out, name, text, report, include_text=include_text, marked=marked)
        else:
            data = report.to_dict(include_text=include_text)
            if marked is not None:
                for finding, mark in zip(data["findings"], marked):
                    finding["baseline"] = mark.status
                    if mark.override is not None:
                        finding["override"] = mark.override.to_dict()
            if args.output_format == "jsonl":
                for finding in data["findings"]:
                    out.write(json.dumps({"path": name, **finding}, ensure_ascii=False) + "\n")
                continue
            entry = {"path": name, "encoding": encoding, "report": data}
            if marked is not None:
                statuses = [mark.status for mark in marked]
                entry["baseline"] = {status: statuses.count(status) for status in ("new", "known", "accepted")}
            results.append(entry)
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
    if recording is not None:
        _save(recording, args.write_baseline)
        total = sum(entry.count for entries in recording.files.values() for entry in entries)
        err.write(
            f"{args.write_baseline}: Baseline mit {_count(total, 'Hinweis', 'Hinweisen')} in "
            f"{_count(len(recording.files), 'Datei', 'Dateien')} gespeichert\n"
        )
    if errors:
        return EXIT_ERROR
    if recording is not None:
        return EXIT_OK
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
        if args.command == "serve":
            return run_serve(args, out, err)
        if args.command == "audit":
            return run_audit_command(args, _settings(args), out, err)
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
