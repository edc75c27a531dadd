"""The gate: pass or fail a text or a Kooperationsplan right before it is saved or committed.

>>> from einfach import gate
>>> result = gate("Der Antrag wird vom Jobcenter geprüft.")
>>> result.passed, [m.finding.rule for m in result.deciding]
(False, ['passive-voice'])

The findings at or above ``fail_on`` that the baseline does not know decide; the ones it knows
are listed apart, and the ones it accepts (overrides, with reason and author) too. A text seen
before with the same settings, ``fail_on`` and baseline is not analysed again in this process:
the same :class:`GateResult` comes back from a bounded LRU cache (keyed by the SHA-256 of the
text and a stable hash of the settings). A changed baseline or ``fail_on`` reuses the analysis.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, overload

from .baseline import Baseline, MarkedFinding, fingerprinted
from .config import Settings
from .errors import ConfigError, InputError
from .report import Finding, Report, Severity

if TYPE_CHECKING:
    from .checker import Checker
    from .plan.model import Kooperationsplan
    from .plan.report import PlanFinding, PlanReport

__all__ = ["FAIL_ON", "GateResult", "analyse", "cache_info", "clear_cache", "gate", "settings_key"]

FAIL_ON = ("suggestion", "warning", "error", "never")
RESULTS_CACHED = 256  # GateResults (text, settings, fail_on, baseline, path)
REPORTS_CACHED = 128  # analyses (text, settings): a new baseline or fail_on does not analyse again
CHECKERS_CACHED = 16


@dataclass(frozen=True, slots=True)
class GateResult:
    """Pass or fail, and why.

    ``deciding``: new findings at or above ``fail_on`` (not in the baseline, not accepted);
    ``known``: findings the baseline already had; ``overrides``: findings accepted in the baseline
    with reason and author. Each is a :class:`~einfach.baseline.MarkedFinding` (the finding, its
    fingerprint, its status, the override). ``report`` is the full Report or PlanReport.
    """

    passed: bool
    deciding: tuple[MarkedFinding, ...]
    known: tuple[MarkedFinding, ...]
    overrides: tuple[MarkedFinding, ...]
    fail_on: str
    report: Report | PlanReport
    content_hash: str  # sha256 of the text (of the plan's canonical JSON for a plan)
    path: str | None = None  # the baseline's name for the input, when a baseline was given
    new: int = 0  # new findings of any severity (deciding ones included)

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """JSON-ready; ``include_text=False`` holds no word of the input (reports redact, the
        baseline holds only fingerprints; override reasons and authors are the reviewers' words)."""
        return {
            "passed": self.passed,
            "fail_on": self.fail_on,
            "content_hash": self.content_hash,
            "path": self.path,
            "counts": {
                "findings": len(self.report.findings),
                "deciding": len(self.deciding),
                "new": self.new,
                "known": len(self.known),
                "accepted": len(self.overrides),
            },
            "deciding": [m.to_dict(include_text=include_text) for m in self.deciding],
            "known": [m.to_dict(include_text=include_text) for m in self.known],
            "overrides": [m.to_dict(include_text=include_text) for m in self.overrides],
            "report": self.report.to_dict(include_text=include_text),
        }


class _LRU:
    """A small thread-safe LRU map (the HTTP service calls the gate from worker threads)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.data: OrderedDict[Hashable, Any] = OrderedDict()
        self.lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: Hashable) -> Any:
        with self.lock:
            value = self.data.get(key)
            if value is None:
                self.misses += 1
                return None
            self.data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: Hashable, value: Any) -> None:
        with self.lock:
            self.data[key] = value
            self.data.move_to_end(key)
            while len(self.data) > self.size:
                self.data.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.data.clear()
            self.hits = self.misses = 0


_results = _LRU(RESULTS_CACHED)
_reports = _LRU(REPORTS_CACHED)
_checkers = _LRU(CHECKERS_CACHED)


def clear_cache() -> None:
    """Forget every cached analysis and result (tests; after changing data files in a process)."""
    for cache in (_results, _reports, _checkers):
        cache.clear()


def cache_info() -> dict[str, dict[str, int]]:
    """Hits, misses and size of the result and analysis caches."""
    return {
        name: {"hits": cache.hits, "misses": cache.misses, "size": len(cache.data), "max": cache.size}
        for name, cache in (("results", _results), ("reports", _reports))
    }


def settings_key(settings: Settings) -> str:
    """A stable hash of everything in ``settings`` that changes a result (not ``source``)."""
    data = {
        "profile": settings.profile,
        "select": list(settings.select),
        "ignore": list(settings.ignore),
        "allow": list(settings.allow),
        "severity": dict(settings.severity),
        "options": {rule: dict(values) for rule, values in settings.options.items()},
        "suppress": [[s.rule, s.fingerprint, s.reason] for s in settings.suppress],
    }
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _fail_on(value: str | Severity) -> str:
    name = str(value)
    if name not in FAIL_ON:
        raise ConfigError(f"fail_on muss eins von {', '.join(FAIL_ON)} sein, nicht {value!r}.")
    return name


def _checker(settings: Settings, key: str) -> Checker:
    checker = _checkers.get(key)
    if checker is None:
        checker = settings.checker()
        _checkers.put(key, checker)
    return checker


def _content(text_or_plan: Any) -> tuple[str, Kooperationsplan | None, str]:
    """("text" or "plan", the plan or None, content hash)."""
    if isinstance(text_or_plan, str):
        return "text", None, hashlib.sha256(text_or_plan.encode("utf-8", "surrogatepass")).hexdigest()
    from .plan.model import Kooperationsplan

    if not isinstance(text_or_plan, Kooperationsplan):
        raise InputError(f"Text oder Kooperationsplan erwartet, nicht {type(text_or_plan).__name__}.")
    canonical = json.dumps(text_or_plan.to_dict(), sort_keys=True, ensure_ascii=False)
    return "plan", text_or_plan, hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


@overload
def analyse(text_or_plan: str, settings: Settings) -> Report: ...
@overload
def analyse(text_or_plan: Kooperationsplan, settings: Settings) -> PlanReport: ...
def analyse(text_or_plan: str | Kooperationsplan, settings: Settings) -> Report | PlanReport:
    """Check a text or a plan with ``settings`` (checkers are kept per settings, as for :func:`gate`)."""
    plan = None if isinstance(text_or_plan, str) else text_or_plan
    return _analyse(text_or_plan, plan, settings, settings_key(settings))


def _analyse(text_or_plan: Any, plan: Kooperationsplan | None, settings: Settings, key: str) -> Report | PlanReport:
    if plan is None:
        return _checker(settings, key).check(text_or_plan)
    if settings.select or settings.suppress:
        raise ConfigError(
            "Für einen Kooperationsplan gelten nur ignore, allow, severity und options; "
            "das Profil steht im Plan. select und suppress gehen hier nicht."
        )
    from .plan.check import check_plan

    return check_plan(plan, ignore=settings.ignore, allow=settings.allow, severity=settings.severity, options=settings.options)


def gate(
    text_or_plan: str | Kooperationsplan,
    *,
    baseline: Baseline | None = None,
    fail_on: str | Severity = "warning",
    settings: Settings | None = None,
    path: str | os.PathLike[str] | None = None,
) -> GateResult:
    """Check a text or a plan and decide: ``passed`` unless a new finding is at or above ``fail_on``.

    ``settings`` as from :func:`einfach.load_config` (default: the default profile). For a plan,
    the plan's own profile and separator apply, with the settings' ignore, allow, severity and
    options. ``baseline``: findings it records for ``path`` (``-`` when None: a text with no file)
    are known, findings its overrides accept pass with their reason. ``fail_on="never"`` always passes.
    """
    threshold = _fail_on(fail_on)
    settings = settings if settings is not None else Settings()
    kind, plan, content_hash = _content(text_or_plan)
    skey = settings_key(settings)
    where = baseline.key(path) if baseline is not None else None
    result_key = (kind, content_hash, skey, threshold, baseline.digest if baseline is not None else None, where)
    cached = _results.get(result_key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]

    report_key = (kind, content_hash, skey)
    analysed = _reports.get(report_key)
    if analysed is None:
        report = _analyse(text_or_plan, plan, settings, skey)
        analysed = (report, fingerprinted(report))
        _reports.put(report_key, analysed)
    report, findings = analysed

    if baseline is not None:
        marked = baseline.mark(path, findings)
    else:
        marked = [MarkedFinding(finding, fp, "new") for finding, fp in findings]
    new = [m for m in marked if m.status == "new"]
    deciding = () if threshold == "never" else tuple(m for m in new if _rank(m.finding) >= Severity(threshold).rank)
    result = GateResult(
        passed=not deciding,
        deciding=deciding,
        known=tuple(m for m in marked if m.status == "known"),
        overrides=tuple(m for m in marked if m.status == "accepted"),
        fail_on=threshold,
        report=report,
        content_hash=content_hash,
        path=where,
        new=len(new),
    )
    _results.put(result_key, result)
    return result


def _rank(finding: Finding | PlanFinding) -> int:
    return finding.severity.rank
