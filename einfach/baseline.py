"""Baselines: today's findings recorded by fingerprint, so a check fails only on new ones.

A team that adopts einfach on existing texts records what is there (``einfach check PATH...
--write-baseline FILE``) and from then on fails only on findings the baseline does not know
(``--baseline FILE``). A finding somebody looked at and accepted is recorded as an override with
a reason and an author; it shows in every report as accepted.

The file is JSON, versioned, written atomically, and holds no word of the checked texts: only
fingerprints (short hashes), rule codes and names, counts, and for overrides the reason, author
and date somebody wrote::

    {"version": 1, "einfach_version": "0.1.0", "data_version": "2026.11+…",
     "files": {"docs/antrag.md": [{"fingerprint": "8c0877e1730ec607", "code": "ES301",
                                    "rule": "passive-voice", "count": 1}]},
     "overrides": [{"fingerprint": "…", "code": "ES301", "reason": "…", "author": "…",
                    "date": "2026-03-01"}]}

Paths are relative to the folder of the baseline file, with forward slashes, so the baseline
works from any working folder and on another machine. Standard input is ``-``.

A fingerprint is :attr:`einfach.report.Finding.fingerprint` (rule code, whitespace-normalised
sentence, place in the sentence, flagged text): editing other sentences keeps it. Plan findings
from the language check keep that fingerprint; plan rules (PL codes) get one from code, field path
and the whitespace-normalised flagged text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Literal

from ._version import __version__
from .errors import ConfigError
from .report import Finding, Report

if TYPE_CHECKING:
    from .plan.report import PlanFinding, PlanReport

__all__ = [
    "BASELINE_VERSION",
    "Baseline",
    "BaselineEntry",
    "MarkedFinding",
    "Override",
    "fingerprinted",
    "plan_fingerprint",
]

#: Version of the baseline file layout.
BASELINE_VERSION = 1
STDIN = "-"

Status = Literal["new", "known", "accepted"]


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """``count`` findings with this fingerprint were in the file when the baseline was written."""

    fingerprint: str
    code: str
    rule: str
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "code": self.code, "rule": self.rule, "count": self.count}


@dataclass(frozen=True, slots=True)
class Override:
    """A finding somebody accepted on purpose: every finding with this fingerprint passes."""

    fingerprint: str
    code: str
    reason: str
    author: str
    date: str = field(default_factory=lambda: dt.date.today().isoformat())

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ConfigError(f"Eine Ausnahme braucht einen Grund (Fingerabdruck {self.fingerprint}).")
        if not self.author.strip():
            raise ConfigError(f"Eine Ausnahme braucht eine Person, die sie verantwortet (Fingerabdruck {self.fingerprint}).")
        try:
            dt.date.fromisoformat(self.date)
        except ValueError:
            raise ConfigError(f"Ausnahme {self.fingerprint}: Datum {self.date!r} ist nicht JJJJ-MM-TT.") from None

    def to_dict(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "code": self.code,
            "reason": self.reason,
            "author": self.author,
            "date": self.date,
        }


@dataclass(frozen=True, slots=True)
class MarkedFinding:
    """A finding with its fingerprint and what the baseline says about it."""

    finding: Finding | PlanFinding
    fingerprint: str
    status: Status  # "new", "known" (in the baseline) or "accepted" (an override)
    override: Override | None = None

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        data = {**self.finding.to_dict(include_text=include_text), "fingerprint": self.fingerprint, "baseline": self.status}
        if self.override is not None:
            data["override"] = self.override.to_dict()
        return data


def plan_fingerprint(finding: PlanFinding) -> str:
    """Fingerprint of a plan-rule finding: code, field path and the whitespace-normalised flagged text."""
    text = " ".join((finding.text or "").split())
    return hashlib.sha256(f"{finding.code}\0{finding.path}\0{text}".encode()).hexdigest()[:16]


def fingerprinted(report: Report | PlanReport) -> list[tuple[Finding | PlanFinding, str]]:
    """Every finding of a report with its fingerprint, in report order.

    Language findings of a plan carry the fingerprint of the core finding they came from (the
    plan check lists them after the plan-rule findings, one for one).
    """
    if isinstance(report, Report):
        return [(finding, finding.fingerprint) for finding in report.findings]
    language = report.language.findings
    first = len(report.findings) - len(language)
    result: list[tuple[Finding | PlanFinding, str]] = []
    for index, finding in enumerate(report.findings):
        core = language[index - first] if index >= first else None
        if core is not None and core.code == finding.code and core.fingerprint:
            result.append((finding, core.fingerprint))
        else:
            result.append((finding, plan_fingerprint(finding)))
    return result


def _key(path: str | os.PathLike[str] | None, root: Path | None) -> str:
    """The baseline's name for a file: relative to ``root`` with forward slashes; ``-`` for stdin."""
    if path is None or str(path) == STDIN:
        return STDIN
    if root is None:
        return PurePath(path).as_posix()
    absolute = Path(path).resolve()
    try:
        return PurePath(os.path.relpath(absolute, root.resolve())).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return absolute.as_posix()


@dataclass(frozen=True)
class Baseline:
    """Findings known per file (by fingerprint, with counts) and accepted findings (overrides).

    ``root`` is the folder file paths are relative to (the baseline file's folder when loaded);
    without it, paths are used as given. ``digest`` identifies the content (gate cache key).
    """

    files: Mapping[str, tuple[BaselineEntry, ...]] = field(default_factory=dict)
    overrides: tuple[Override, ...] = ()
    einfach_version: str = __version__
    data_version: str = ""
    root: Path | None = field(default=None, compare=False)
    digest: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "files", {path: tuple(entries) for path, entries in self.files.items()})
        object.__setattr__(self, "overrides", tuple(self.overrides))
        canonical = json.dumps(self._content(), sort_keys=True, ensure_ascii=False)
        object.__setattr__(self, "digest", hashlib.sha256(canonical.encode()).hexdigest())

    # --- reading and writing -------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Any, *, root: Path | None = None, where: str = "Baseline") -> Baseline:
        """A baseline from its JSON form; every wrong key or type is a :class:`ConfigError`."""
        if not isinstance(data, dict):
            raise ConfigError(f"{where}: ein JSON-Objekt erwartet.")
        if data.get("version") != BASELINE_VERSION:
            raise ConfigError(f"{where}: Version {data.get('version')!r} unbekannt, erwartet {BASELINE_VERSION}.")
        unknown = sorted(set(data) - {"version", "einfach_version", "data_version", "files", "overrides"})
        if unknown:
            raise ConfigError(f"{where}: unbekannte Einträge {', '.join(unknown)}.")
        files = data.get("files", {})
        overrides = data.get("overrides", [])
        if not isinstance(files, dict) or not isinstance(overrides, list):
            raise ConfigError(f"{where}: files muss ein Objekt und overrides eine Liste sein.")
        try:
            parsed: dict[str, tuple[BaselineEntry, ...]] = {}
            for path, entries in files.items():
                if not isinstance(entries, list):
                    raise ConfigError(f"die Einträge für {path} müssen eine Liste sein.")
                parsed[str(path)] = tuple(_entry(item) for item in entries)
            accepted = tuple(_override(item) for item in overrides)
        except ConfigError as error:
            raise ConfigError(f"{where}: {error}") from None
        return cls(
            files=parsed,
            overrides=accepted,
            einfach_version=str(data.get("einfach_version", "")),
            data_version=str(data.get("data_version", "")),
            root=root,
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Baseline:
        """Read a baseline file; paths in it are relative to its folder."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"Baseline {path} gibt es nicht. Anlegen mit: einfach check PFAD --write-baseline {path}") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ConfigError(f"Baseline {path} ist nicht lesbar: {error}") from None
        return cls.from_dict(data, root=path.resolve().parent, where=f"Baseline {path}")

    def _content(self) -> dict[str, Any]:
        return {
            "files": {
                path: [entry.to_dict() for entry in sorted(entries, key=lambda e: (e.code, e.fingerprint))]
                for path, entries in sorted(self.files.items())
                if entries
            },
            "overrides": [o.to_dict() for o in sorted(self.overrides, key=lambda o: (o.code, o.fingerprint))],
        }

    def to_dict(self) -> dict[str, Any]:
        """The file form: sorted, so a re-recorded baseline diffs cleanly in version control."""
        return {
            "version": BASELINE_VERSION,
            "einfach_version": self.einfach_version,
            "data_version": self.data_version,
            **self._content(),
        }

    def dumps(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write atomically (a temporary file and a rename): a reader never sees half a baseline."""
        from .textfile import write_text_atomically

        write_text_atomically(Path(path), self.dumps())

    # --- building -------------------------------------------------------------------------

    @classmethod
    def empty(cls, root: Path | None = None) -> Baseline:
        from .resources import data_version

        return cls(data_version=data_version(), root=root)

    def key(self, path: str | os.PathLike[str] | None) -> str:
        """The name this baseline uses for ``path`` (relative to its folder, forward slashes)."""
        return _key(path, self.root)

    def with_findings(
        self, path: str | os.PathLike[str] | None, findings: Iterable[tuple[Finding | PlanFinding, str]]
    ) -> Baseline:
        """A copy that records these findings for ``path`` (replacing what it had for that file)."""
        from .resources import data_version

        counts: Counter[tuple[str, str, str]] = Counter((fp, f.code, f.rule) for f, fp in findings)
        entries = tuple(BaselineEntry(fp, code, rule, count) for (fp, code, rule), count in counts.items())
        files = {**self.files, self.key(path): entries}
        return Baseline(
            files={name: value for name, value in files.items() if value},
            overrides=self.overrides,
            data_version=data_version(),
            root=self.root,
        )

    def with_override(self, override: Override) -> Baseline:
        """A copy with this override (replacing an older one for the same fingerprint and code)."""
        kept = tuple(o for o in self.overrides if (o.fingerprint, o.code) != (override.fingerprint, override.code))
        return Baseline(
            files=self.files,
            overrides=(*kept, override),
            einfach_version=self.einfach_version,
            data_version=self.data_version,
            root=self.root,
        )

    @classmethod
    def of(cls, report: Report | PlanReport, path: str | os.PathLike[str] | None = None) -> Baseline:
        """A baseline that knows every finding of ``report`` (for ``path``, default ``-``)."""
        return cls.empty().with_findings(path, fingerprinted(report))

    # --- matching -------------------------------------------------------------------------

    @property
    def stale(self) -> bool:
        """Written by another einfach or data version: fingerprints of changed rules may differ."""
        from .resources import data_version

        return self.einfach_version != __version__ or self.data_version != data_version()

    def known_counts(self, path: str | os.PathLike[str] | None) -> Counter[str]:
        return Counter({entry.fingerprint: entry.count for entry in self.files.get(self.key(path), ())})

    def mark(
        self, path: str | os.PathLike[str] | None, findings: Sequence[tuple[Finding | PlanFinding, str]]
    ) -> list[MarkedFinding]:
        """Each finding as accepted (an override matches), known (the baseline has it for this file,
        as often as it was recorded) or new. Two identical findings with one recorded: one is new."""
        accepted = {(o.fingerprint, o.code): o for o in self.overrides}
        remaining = self.known_counts(path)
        marked: list[MarkedFinding] = []
        for finding, fp in findings:
            override = accepted.get((fp, finding.code))
            if override is not None:
                marked.append(MarkedFinding(finding, fp, "accepted", override))
            elif remaining[fp] > 0:
                remaining[fp] -= 1
                marked.append(MarkedFinding(finding, fp, "known"))
            else:
                marked.append(MarkedFinding(finding, fp, "new"))
        return marked


def _entry(item: Any) -> BaselineEntry:
    if not isinstance(item, dict) or set(item) != {"fingerprint", "code", "rule", "count"}:
        raise ConfigError("jeder Eintrag braucht genau fingerprint, code, rule und count.")
    count = item["count"]
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ConfigError(f"count muss eine ganze Zahl ab 1 sein, nicht {count!r}.")
    return BaselineEntry(str(item["fingerprint"]), str(item["code"]), str(item["rule"]), count)


def _override(item: Any) -> Override:
    if not isinstance(item, dict) or set(item) != {"fingerprint", "code", "reason", "author", "date"}:
        raise ConfigError("jede Ausnahme braucht genau fingerprint, code, reason, author und date.")
    return Override(*(str(item[key]) for key in ("fingerprint", "code", "reason", "author", "date")))
