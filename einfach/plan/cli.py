"""``einfach plan new | check | render``: the plan workflow on the command line.

Exit codes as ``einfach check``: 0 nothing at or above ``--fail-on``, 1 such findings,
2 usage, input or internal error.
"""

from __future__ import annotations

import argparse
import json
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from ..errors import ConfigError, InputError
from ..report import Severity

__all__ = ["add_plan_commands", "run_plan"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_FORMATS = ("pdf", "html", "md", "txt", "review")


def add_plan_commands(commands: Any) -> None:
    plan = commands.add_parser("plan", help="Kooperationsplan: Vorlage, Prüfung, Ausgabe", description="Kooperationsplan.")
    actions = plan.add_subparsers(dest="plan_command", required=True, metavar="BEFEHL")
    new = actions.add_parser("new", help="Vorlage mit den 5 Teilen schreiben")
    new.add_argument("path", type=Path, metavar="DATEI", help="neue Datei (.yaml); sie darf noch nicht da sein")
    check = actions.add_parser("check", help="Plan prüfen")
    check.add_argument("path", type=Path, metavar="DATEI")
    check.add_argument("--format", choices=("text", "json"), default="text", dest="output_format")
    check.add_argument("--fail-on", choices=("suggestion", "warning", "error", "never"), default="warning")
    check.add_argument("--no-text", action="store_true", help="keinen Text aus dem Plan ausgeben (Datenschutz)")
    check.add_argument("--one-page", action="store_true", help="auch prüfen, ob der Plan auf 1 Seite passt (Extra [pdf])")
    check.add_argument(
        "--config", type=Path, default=None, help="Einstellungen aus dieser Datei (einfach.toml oder pyproject.toml)"
    )
    check.add_argument("--no-config", action="store_true", help="keine Einstellungsdatei lesen")
    actions.add_parser("schema", help="JSON Schema des Plan-Formats ausgeben (für IT-Teams)")
    render = actions.add_parser("render", help="Plan als PDF, HTML, Markdown, Text oder Prüf-Ansicht ausgeben")
    render.add_argument("path", type=Path, metavar="DATEI")
    render.add_argument("--format", choices=_FORMATS, required=True, dest="output_format")
    render.add_argument("-o", "--output", type=Path, required=True, metavar="AUSGABE")


def run_plan(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.plan_command == "new":
        return _new(args.path, err)
    if args.plan_command == "check":
        return _check(args, out)
    if args.plan_command == "schema":
        from .schema import schema_json

        out.write(schema_json())
        return EXIT_OK
    return _render(args, err)


def _new(path: Path, err: TextIO) -> int:
    from ..textfile import write_text_atomically

    if path.exists():
        raise InputError(f"{path} gibt es schon. Die Datei bleibt, wie sie ist.")
    template = resources.files("einfach.plan").joinpath("template.yaml").read_text(encoding="utf-8")
    write_text_atomically(path, template)
    err.write(f"Vorlage geschrieben: {path}\n")
    return EXIT_OK


def _check(args: argparse.Namespace, out: TextIO) -> int:
    from .check import check_plan
    from .io import load_plan

    settings = _settings(args)
    report = check_plan(
        load_plan(args.path),
        ignore=settings.ignore,
        allow=settings.allow,
        severity=settings.severity,
        options=settings.options,
        one_page=args.one_page,
    )
    if args.output_format == "json":
        json.dump({"path": str(args.path), **report.to_dict(include_text=not args.no_text)}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for finding in report.findings:
            where = finding.path or "Plan"
            quoted = "" if args.no_text or not finding.text else f" „{finding.text}“"
            out.write(f"{args.path}: {where}: {finding.code} {finding.rule}{quoted}: {finding.message}\n")
            if not args.no_text:
                for suggestion in finding.suggestions:
                    out.write(f"    → {suggestion.note}\n")
        out.write(f"{args.path}: {report.summary.headline}\n")
    if args.fail_on == "never":
        return EXIT_OK
    return EXIT_FINDINGS if report.at_least(Severity(args.fail_on)) else EXIT_OK


def _settings(args: argparse.Namespace) -> Any:
    """The team's settings (einfach.toml or [tool.einfach], found from the plan's folder), as for check.

    A plan has its own profile and rule choice; ``select`` and ``suppress`` do not apply to it, so
    they are refused rather than silently ignored.
    """
    from ..config import project_settings

    settings = project_settings(args.path, config=args.config, use_config=not args.no_config)
    if settings.select or settings.suppress:
        raise ConfigError(f"{settings.source}: select und suppress gelten nicht für Pläne. Nehmen Sie ignore oder eine Baseline.")
    return settings


def _render(args: argparse.Namespace, err: TextIO) -> int:
    from ..textfile import write_bytes_atomically, write_text_atomically
    from .check import check_plan
    from .io import load_plan
    from .render import render

    plan = load_plan(args.path)
    report = check_plan(plan) if args.output_format == "review" else None
    result = render(plan, args.output_format, report=report)
    if isinstance(result, bytes):
        write_bytes_atomically(args.output, result)
    else:
        write_text_atomically(args.output, result)
    err.write(f"geschrieben: {args.output}\n")
    return EXIT_OK
