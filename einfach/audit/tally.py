"""Adding up an audit, document by document, into the summary (``summary.json`` and the report).

Memory stays bounded however many documents there are: counts per rule, level and folder are
small; difficulties are counted per value (two decimals on the 1-7 scale); only the hardest
documents are kept; text blocks and hard words, which grow with the texts, are counted in a
temporary SQLite file next to the outputs.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._version import __version__
from ..report import Level, Severity
from .document import DocumentResult
from .readers import Unreadable

__all__ = ["SUMMARY_SCHEMA", "Row", "Tally", "document_over", "over_threshold"]

SUMMARY_SCHEMA = "1.0"
LEVELS = tuple(level.value for level in Level)
SEVERITIES = tuple(severity.value for severity in Severity)  # mildest first
TOP_DOCUMENTS = 20
TOP_WORDS = 30
TOP_BLOCKS = 20
_BINS = [(1.0 + 0.5 * i, 1.5 + 0.5 * i) for i in range(12)]


def over_threshold(level: str | None, max_level: str) -> bool:
    """A level is over when it is harder than ``max_level`` (no sentence, no level: never)."""
    return level in LEVELS and LEVELS.index(level) > LEVELS.index(max_level)


def document_over(result: DocumentResult, max_level: str, fail_on: str) -> bool:
    """A document is over when its level is, or when it has a finding of the severity
    ``fail_on`` or higher ("never": the level only)."""
    if over_threshold(result.level, max_level):
        return True
    if fail_on == "never":
        return False
    rank = SEVERITIES.index(fail_on)
    return any(result.severities.get(severity, 0) for severity in SEVERITIES[rank:])


@dataclass(frozen=True, slots=True)
class Row:
    """Where a document comes from, as the outputs show it (path None under redact)."""

    document: str
    path: str | None
    folder: str
    kind: str


@dataclass(slots=True)
class _Folder:
    documents: int = 0
    words: int = 0
    findings: int = 0
    difficulty_sum: float = 0.0
    scored: int = 0
    over: int = 0
    levels: Counter[str] = field(default_factory=Counter)


class Tally:
    def __init__(
        self,
        scratch: Path,
        *,
        profile: str,
        max_level: str,
        fail_on: str,
        redacted: bool,
        config_key: str,
        data_version: str,
        rule_summaries: dict[str, tuple[str, str]],
    ) -> None:
        self.profile = profile
        self.max_level = max_level
        self.fail_on = fail_on
        self.redacted = redacted
        self.config_key = config_key
        self.data_version = data_version
        self.rule_summaries = rule_summaries  # code -> (name, German one-liner)
        self.files = 0
        self.documents = 0
        self.plans = 0
        self.words = 0
        self.sentences = 0
        self.findings = 0
        self.over = 0
        self.over_by_level = 0  # of those, over by their level (the rest: by a finding)
        self.kinds: Counter[str] = Counter()
        self.levels: Counter[str] = Counter()
        self.difficulties: Counter[float] = Counter()
        self.rule_findings: Counter[str] = Counter()
        self.rule_documents: Counter[str] = Counter()
        self.folders: dict[str, _Folder] = {}
        self.problems: Counter[str] = Counter()
        self._worst: list[tuple[float, int, str, int, dict[str, Any]]] = []
        self._seen = 0
        self._db = sqlite3.connect(scratch)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE blocks (key TEXT PRIMARY KEY, documents INTEGER, findings INTEGER, codes TEXT, text TEXT)")
        self._db.execute(
            "CREATE TABLE words (term TEXT, code TEXT, shown TEXT, alternative TEXT, occurrences INTEGER, documents INTEGER, "
            "PRIMARY KEY (term, code))"
        )

    def add(self, row: Row, result: DocumentResult) -> bool:
        """Count one checked document; True when it is over the threshold."""
        self.files += 1
        self.documents += 1
        self.plans += result.kind == "plan"
        self.kinds[result.kind] += 1
        self.words += result.words
        self.sentences += result.sentences
        findings = sum(result.counts.values())
        self.findings += findings
        over = document_over(result, self.max_level, self.fail_on)
        self.over += over
        self.over_by_level += over_threshold(result.level, self.max_level)
        self.levels[result.level or "none"] += 1
        if result.difficulty is not None:
            self.difficulties[result.difficulty] += 1
        self.rule_findings.update(result.counts)
        self.rule_documents.update(result.counts.keys())
        folder = self.folders.setdefault(row.folder, _Folder())
        folder.documents += 1
        folder.words += result.words
        folder.findings += findings
        folder.over += over
        folder.levels[result.level or "none"] += 1
        if result.difficulty is not None:
            folder.difficulty_sum += result.difficulty
            folder.scored += 1
        self._keep_worst(row, result, findings)
        self._count_texts(result)
        return over

    def add_problem(self, problem: Unreadable) -> None:
        self.files += 1
        self.problems[problem.reason] += 1

    def _keep_worst(self, row: Row, result: DocumentResult, findings: int) -> None:
        if result.difficulty is None:
            return
        top = [code for code, _ in sorted(result.counts.items(), key=lambda item: (-item[1], item[0]))[:3]]
        entry = {
            "document": row.document,
            "path": row.path,
            "folder": row.folder,
            "kind": result.kind,
            "words": result.words,
            "difficulty": result.difficulty,
            "level": result.level,
            "findings": findings,
            "top_rules": top,
        }
        # the heap's smallest is the least hard kept; ties: more findings, then the smaller id, are harder
        self._seen += 1  # last tie-breaker, so two entries are never compared as dicts
        rank = (result.difficulty, findings, _reverse(row.document), -self._seen, entry)
        if len(self._worst) < TOP_DOCUMENTS:
            heapq.heappush(self._worst, rank)  # type: ignore[arg-type]
        elif rank[:4] > self._worst[0][:4]:
            heapq.heapreplace(self._worst, rank)  # type: ignore[arg-type]

    def _count_texts(self, result: DocumentResult) -> None:
        blocks = {block.key: block for block in result.blocks}
        self._db.executemany(
            "INSERT INTO blocks VALUES (?, 1, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET documents = documents + 1",
            [(b.key, b.findings, " ".join(b.codes), b.text) for b in blocks.values()],
        )
        words: dict[tuple[str, str], list[Any]] = {}
        for term, shown, alternative, code in result.hard_words:
            entry = words.setdefault((term, code), [shown, alternative, 0])
            entry[2] += 1
        self._db.executemany(  # the first way of writing it that was seen stays
            "INSERT INTO words VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT(term, code) DO UPDATE SET "
            "occurrences = occurrences + excluded.occurrences, documents = documents + 1",
            [(term, code, shown, alternative, count) for (term, code), (shown, alternative, count) in words.items()],
        )

    def summary(self) -> dict[str, Any]:
        return {
            "schema_version": SUMMARY_SCHEMA,
            "einfach_version": __version__,
            "data_version": self.data_version,
            "profile": self.profile,
            "config_key": self.config_key,
            "redacted": self.redacted,
            "threshold": {"max_level": self.max_level, "fail_on": self.fail_on},
            "totals": {
                "files": self.files,
                "documents": self.documents,
                "unreadable": sum(self.problems.values()),
                "plans": self.plans,
                "words": self.words,
                "sentences": self.sentences,
                "findings": self.findings,
                "over_threshold": self.over,
                "over_by_level": self.over_by_level,
            },
            "kinds": dict(sorted(self.kinds.items())),
            "levels": {level: self.levels[level] for level in (*LEVELS, "none")},
            "difficulty": self._difficulty(),
            "rules": self._rules(),
            "worst_documents": [entry for *_, entry in sorted(self._worst, reverse=True)],
            "hard_words": self._hard_words(),
            "recurring_sentences": self._blocks(),
            "folders": [self._folder(name, folder) for name, folder in sorted(self.folders.items())],
            "errors": {"count": sum(self.problems.values()), "by_reason": dict(sorted(self.problems.items()))},
        }

    def _difficulty(self) -> dict[str, Any]:
        counts = [0] * len(_BINS)
        for value, n in self.difficulties.items():
            counts[min(max(int((value - 1.0) / 0.5), 0), len(_BINS) - 1)] += n
        bins = [{"from": low, "to": high, "documents": n} for (low, high), n in zip(_BINS, counts, strict=True)]
        scored = sum(self.difficulties.values())
        mean = round(sum(value * n for value, n in self.difficulties.items()) / scored, 2) if scored else None
        return {"mean": mean, "median": _median(self.difficulties), "bins": bins}

    def _rules(self) -> list[dict[str, Any]]:
        rows = []
        for code, findings in self.rule_findings.items():
            name, summary = self.rule_summaries.get(code, (code, ""))
            per_100 = round(100 * findings / self.words, 2) if self.words else 0.0
            rows.append(
                {
                    "code": code,
                    "rule": name,
                    "summary": summary,
                    "findings": findings,
                    "documents": self.rule_documents[code],
                    "per_100_words": per_100,
                }
            )
        return sorted(rows, key=lambda row: (-row["per_100_words"], row["code"]))

    def _hard_words(self) -> list[dict[str, Any]]:
        query = (
            "SELECT shown, term, alternative, code, occurrences, documents FROM words "
            "ORDER BY documents DESC, occurrences DESC, term, code LIMIT ?"
        )
        return [
            {
                "term": shown,
                "key": term,
                "alternative": alternative,
                "code": code,
                "occurrences": occurrences,
                "documents": documents,
            }
            for shown, term, alternative, code, occurrences, documents in self._db.execute(query, (TOP_WORDS,))
        ]

    def _blocks(self) -> list[dict[str, Any]]:
        query = (
            "SELECT key, text, documents, findings, codes FROM blocks WHERE documents >= 2 "
            "ORDER BY documents DESC, findings DESC, key LIMIT ?"
        )
        return [
            {"key": key, "text": text, "documents": documents, "findings": findings, "codes": codes.split() if codes else []}
            for key, text, documents, findings, codes in self._db.execute(query, (TOP_BLOCKS,))
        ]

    def _folder(self, name: str, folder: _Folder) -> dict[str, Any]:
        return {
            "folder": name,
            "documents": folder.documents,
            "words": folder.words,
            "mean_difficulty": round(folder.difficulty_sum / folder.scored, 2) if folder.scored else None,
            "levels": {level: folder.levels[level] for level in (*LEVELS, "none")},
            "findings_per_100_words": round(100 * folder.findings / folder.words, 2) if folder.words else 0.0,
            "over_threshold": folder.over,
        }

    def close(self) -> None:
        self._db.close()


def _reverse(document: str) -> str:
    """Sorts the other way round, so that among equals the smaller id counts as harder."""
    return "".join(chr(0x10FFFF - ord(char)) for char in document)


def _median(counts: Counter[float]) -> float | None:
    total = sum(counts.values())
    if not total:
        return None
    values = sorted(counts.items())
    middle = [(total - 1) // 2, total // 2]
    found: list[float] = []
    seen = 0
    for value, n in values:
        while middle and middle[0] < seen + n:
            found.append(value)
            middle.pop(0)
        seen += n
    return round(sum(found) / len(found), 2)
