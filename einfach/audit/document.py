"""The work on one document: bytes in, a :class:`DocumentResult` or an :class:`Unreadable` out.

This is the one function every engine runs (local worker processes, Dask). It depends only on
its arguments, so its result can be cached by content hash and configuration. Under ``redact``
nothing of the text is kept: findings lose their text and suggestions, fingerprints and sentence
keys become keyed hashes (HMAC with the audit's own key), hard words are only einfach's own
lexicon terms.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..config import Settings
from ..errors import EinfachError
from ..gate import analyse
from ..langdata import lexicon_entries
from ..report import Report, redacted_data
from .readers import Limits, Unreadable, read_text

__all__ = ["MIN_BLOCK_WORDS", "RESULT_FORMAT", "Block", "DocumentResult", "Job", "audit_document", "audit_safely", "keyed_hash"]

RESULT_FORMAT = 4  # of DocumentResult: part of the cache key; raise it when what a result holds changes
MIN_BLOCK_WORDS = 5  # shorter sentences ("Guten Tag.") recur everywhere and say nothing about text blocks
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Job:
    """What every document of one audit is checked with."""

    settings: Settings
    limits: Limits = Limits()
    redact: bool = False
    key: bytes = b""  # the audit's secret for hashed names; empty without redact

    def __post_init__(self) -> None:
        if self.redact and len(self.key) < 16:
            raise ValueError("a redacted audit needs a secret key of at least 16 bytes")


@dataclass(frozen=True, slots=True)
class Block:
    """A sentence of at least MIN_BLOCK_WORDS words, to find text blocks used in many documents."""

    key: str  # hash of the sentence, whitespace collapsed and digits as "0"
    text: str | None  # None under redact
    findings: int
    codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DocumentResult:
    kind: str
    words: int
    sentences: int
    difficulty: float | None
    level: str | None
    severities: Mapping[str, int]  # error / warning / suggestion -> count
    counts: Mapping[str, int]  # rule code -> count
    findings: tuple[str, ...]  # one JSON object per finding, in reading order
    blocks: tuple[Block, ...]
    # (key, shown, plainer alternative, rule code), one per finding; the key is the lexicon term
    # (lemmas: "leistungsberechtigt Person"); shown is the text for terms of several words
    # ("leistungsberechtigte Person"), else (and always under redact) the key
    hard_words: tuple[tuple[str, str, str | None, str], ...]

    def to_json(self) -> str:
        data = {
            "kind": self.kind,
            "words": self.words,
            "sentences": self.sentences,
            "difficulty": self.difficulty,
            "level": self.level,
            "severities": dict(self.severities),
            "counts": dict(self.counts),
            "findings": list(self.findings),
            "blocks": [[b.key, b.text, b.findings, list(b.codes)] for b in self.blocks],
            "hard_words": [list(word) for word in self.hard_words],
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> DocumentResult:
        data = json.loads(raw)
        return cls(
            kind=data["kind"],
            words=data["words"],
            sentences=data["sentences"],
            difficulty=data["difficulty"],
            level=data["level"],
            severities=data["severities"],
            counts=data["counts"],
            findings=tuple(data["findings"]),
            blocks=tuple(Block(key, text, findings, tuple(codes)) for key, text, findings, codes in data["blocks"]),
            hard_words=tuple((term, shown, alternative, code) for term, shown, alternative, code in data["hard_words"]),
        )


def keyed_hash(value: str, key: bytes, length: int = 16) -> str:
    """Hex hash of ``value``; with a key (redacted audits) an HMAC nobody can redo by guessing words."""
    data = value.encode("utf-8", "surrogatepass")
    digest = hmac.new(key, data, hashlib.sha256).hexdigest() if key else hashlib.sha256(data).hexdigest()
    return digest[:length]


def audit_document(kind: str, data: bytes, job: Job, name: str = "<Dokument>") -> DocumentResult:
    """Read and check one document. Raises :class:`Unreadable` for files einfach cannot read."""
    if kind == "plan":
        from ..plan.io import PlanError, parse_plan

        text = read_text("text", data, job.limits)
        try:
            plan = parse_plan(text, name=name)
        except PlanError as error:
            count = len(error.problems)
            raise Unreadable(
                "invalid-plan", f"Plan-Datei ist nicht gültig ({count} Fehler). Prüfen mit: einfach plan check."
            ) from None
        plan_report = analyse(plan, job.settings)
        language = plan_report.language
        found: list[Any] = list(plan_report.findings)
    else:
        language = analyse(read_text(kind, data, job.limits), job.settings)
        found = list(language.findings)
    return _result(kind, language, found, job)


def audit_safely(kind: str, data: bytes, job: Job, name: str = "<Dokument>") -> DocumentResult | Unreadable:
    """:func:`audit_document` that returns the problem instead of raising it (for engines that
    only pass values back). A bug in einfach is reported by class name, never with file content."""
    try:
        return audit_document(kind, data, job, name)
    except Unreadable as problem:
        return problem
    except MemoryError:  # "crashed" is not cached: another run may have the memory
        return Unreadable("crashed", "Zu wenig Speicher für diese Datei.")
    except RecursionError:
        return Unreadable("corrupt", "Die Datei ist zu tief verschachtelt.")
    except EinfachError as error:
        return Unreadable("corrupt", str(error) if not job.redact else "Die Datei ist nicht lesbar.")
    except Exception as error:  # noqa: BLE001 - one document must not stop the audit
        return Unreadable("crashed", f"Interner Fehler beim Prüfen ({type(error).__name__}). Bitte der IT melden.")


def _result(kind: str, language: Report, found: list[Any], job: Job) -> DocumentResult:
    findings = tuple(_finding_json(finding, job) for finding in found)
    counts = Counter(finding.code for finding in found)
    severities = Counter(str(finding.severity) for finding in found)
    document = language.document
    return DocumentResult(
        kind=kind,
        words=document.words,
        sentences=document.sentences,
        difficulty=document.difficulty,
        level=str(document.level) if document.level is not None else None,
        severities=dict(sorted(severities.items())),
        counts=dict(sorted(counts.items())),
        findings=findings,
        blocks=tuple(_blocks(language, job)),
        hard_words=tuple(_hard_words(found, job.redact)),
    )


def _finding_json(finding: Any, job: Job) -> str:
    """One finding as a JSON object: the same keys for text and plan findings."""
    include_text = not job.redact
    whole = finding.to_dict(include_text=include_text)
    fingerprint = getattr(finding, "fingerprint", "") or None
    if fingerprint and job.redact:
        fingerprint = keyed_hash(fingerprint, job.key)
    data = {
        "field": getattr(finding, "path", None),
        "code": finding.code,
        "rule": finding.rule,
        "severity": str(finding.severity),
        "start": finding.start,
        "end": finding.end,
        "text": whole["text"],
        "message": finding.message,
        "suggestions": whole["suggestions"],
        "data": dict(finding.data) if include_text else redacted_data(finding.data),
        "fingerprint": fingerprint,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _blocks(language: Report, job: Job) -> Iterable[Block]:
    per_sentence: dict[int, list[str]] = {}
    for finding in language.findings:
        per_sentence.setdefault(finding.sentence, []).append(finding.code)
    for index, sentence in enumerate(language.sentences):
        if sentence.words < MIN_BLOCK_WORDS:
            continue
        normalised = _DIGITS.sub("0", " ".join(sentence.text.split()))
        codes = per_sentence.get(index, [])
        yield Block(
            key=keyed_hash(normalised, job.key),
            text=None if job.redact else " ".join(sentence.text.split()),
            findings=len(codes),
            codes=tuple(sorted(set(codes))),
        )


def _hard_words(findings: Iterable[Any], redact: bool) -> Iterable[tuple[str, str, str | None, str]]:
    """Lexicon terms (einfach's own words, safe to show) with the lexicon's plainer word, and,
    without redact, rare words with the suggested synonym if there is one."""
    for finding in findings:
        term = finding.data.get("term")
        if isinstance(term, str):
            # one word: its dictionary form; several: as written ("wichtig Grund" reads badly)
            written = " ".join(finding.text.split()) if finding.text else term
            shown = term if redact or " " not in term else written
            yield term, shown, _replacements().get(term), finding.code
        elif finding.rule == "rare-word" and not redact:
            alternative = next((s.replacement for s in finding.suggestions if s.replacement), None)
            yield finding.text, finding.text, alternative, finding.code


@cache
def _replacements() -> dict[str, str]:
    """Lexicon term -> what to do instead, for the house list: the plainer word, or how to
    explain, make precise or drop it."""
    advice: dict[str, str] = {}
    for entry in lexicon_entries():
        if entry.action == "remove":
            advice[entry.term] = "weglassen"
        elif entry.alternative:
            prefix = _ADVICE.get(entry.action, "")
            advice[entry.term] = prefix + entry.alternative
    return advice


_ADVICE = {"explain": "erklären: ", "specify": "genau sagen: "}  # "replace": the word itself
