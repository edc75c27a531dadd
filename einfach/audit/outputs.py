"""The audit's files, written into a hidden folder first and moved into place only at the end.

An audit stopped half-way (Ctrl+C, a crash) leaves the previous outputs as they were, never a
mix or a half-written file. CSV cells that a spreadsheet would run as a formula ("=", "+", "-",
"@" first) get a leading apostrophe: file names come from outside.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

from .document import DocumentResult
from .readers import Unreadable
from .tally import Row

__all__ = ["OUTPUT_FILES", "OutputWriter"]

OUTPUT_FILES = ("findings.jsonl", "documents.csv", "errors.csv", "summary.json", "report.html")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class OutputWriter:
    def __init__(self, outdir: Path, rule_codes: Iterable[str]) -> None:
        outdir.mkdir(parents=True, exist_ok=True)
        self.outdir = outdir
        self.staging = Path(tempfile.mkdtemp(prefix=".einfach-audit-", dir=outdir))
        self.rule_codes = tuple(rule_codes)
        self._findings = self._open("findings.jsonl")
        self._documents_file = self._open("documents.csv")
        self._errors_file = self._open("errors.csv")
        self._documents = csv.writer(self._documents_file, lineterminator="\n")
        self._errors = csv.writer(self._errors_file, lineterminator="\n")
        columns = ["document", "path", "folder", "kind", "words", "sentences", "difficulty", "level", "over_threshold"]
        self._documents.writerow([*columns, "findings", "errors", "warnings", "suggestions", *self.rule_codes])
        self._errors.writerow(["document", "path", "folder", "kind", "reason", "message"])

    def _open(self, name: str) -> TextIO:
        return (self.staging / name).open("w", encoding="utf-8", newline="")

    @property
    def scratch(self) -> Path:
        """A place for temporary files that goes away with the staging folder."""
        return self.staging / "scratch.sqlite"

    def document(self, row: Row, result: DocumentResult, over: bool) -> None:
        head = f'{{"document":{json.dumps(row.document)},"path":{json.dumps(row.path, ensure_ascii=False)},'
        for finding in result.findings:
            self._findings.write(head + finding[1:] + "\n")
        severities = result.severities
        self._documents.writerow(
            [
                row.document,
                _cell(row.path or ""),
                _cell(row.folder),
                result.kind,
                result.words,
                result.sentences,
                "" if result.difficulty is None else result.difficulty,
                result.level or "",
                int(over),
                sum(result.counts.values()),
                severities.get("error", 0),
                severities.get("warning", 0),
                severities.get("suggestion", 0),
                *(result.counts.get(code, 0) for code in self.rule_codes),
            ]
        )

    def problem(self, row: Row, problem: Unreadable) -> None:
        self._errors.writerow([row.document, _cell(row.path or ""), _cell(row.folder), row.kind, problem.reason, str(problem)])

    def finish(self, summary: Mapping[str, Any], report_html: str) -> None:
        """Write the last files and move all of them into the output folder."""
        for handle in (self._findings, self._documents_file, self._errors_file):
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        (self.staging / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (self.staging / "report.html").write_text(report_html, encoding="utf-8")
        for name in OUTPUT_FILES:
            os.replace(self.staging / name, self.outdir / name)
        self.discard()

    def discard(self) -> None:
        for handle in (self._findings, self._documents_file, self._errors_file):
            handle.close()
        shutil.rmtree(self.staging, ignore_errors=True)
