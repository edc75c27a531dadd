"""One audit from start to end: walk, read, take from the cache or check, write in order.

Results are written in the order the walk found the files, whatever order the workers finish
in, so the same tree gives the same outputs. At most ``window`` documents are held at once
(read but not yet written), so memory does not grow with the number of files.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO

from .._version import __version__
from ..checker import DEFAULT_MAX_CHARS
from ..config import Settings
from ..errors import ConfigError, german_number
from ..gate import FAIL_ON, settings_key
from ..resources import data_version
from .cache import ResultCache
from .document import RESULT_FORMAT, Job, keyed_hash
from .engine import DaskEngine, Engine, LocalEngine, Outcome
from .outputs import OutputWriter
from .progress import Progress
from .readers import Limits, Unreadable, kind_of
from .sources import Source, SourceProblem, walk
from .tally import LEVELS, Row, Tally

__all__ = ["AuditOptions", "AuditResult", "run_audit"]

EXIT_OK, EXIT_OVER, EXIT_NOTHING, EXIT_UNREADABLE = 0, 1, 2, 3
WINDOW_PER_SLOT, MIN_WINDOW = 8, 32  # documents read ahead and held in order; bounds the memory


@dataclass(frozen=True, slots=True)
class AuditOptions:
    settings: Settings = field(default_factory=Settings)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    group_depth: int = 1  # folder levels that make a team in the breakdown
    workers: int = max(os.cpu_count() or 1, 1)
    engine: str = "local"  # or "dask"
    scheduler: str | None = None  # Dask scheduler address
    cache: Path | None = None  # default: OUTDIR/.einfach-cache
    use_cache: bool = True
    redact: bool = False
    max_level: str | None = None  # default: the profile's own level
    fail_on: str = "error"  # a finding this severe (or worse) also puts a document over; "never": level only
    limits: Limits = field(default_factory=Limits)
    timeout: float = 60.0  # seconds per document


@dataclass(frozen=True, slots=True)
class AuditResult:
    summary: dict[str, Any]
    outdir: Path
    checked: int  # files checked in this run
    cached: int  # files whose result came from the cache
    seconds: float
    notes: tuple[str, ...] = ()  # plain German hints for the person who started the audit

    @property
    def exit_code(self) -> int:
        """2 when no file was found (an audit that looked at nothing must not pass), 3 when files
        could not be read (the audit is incomplete), else 1 when documents are over the threshold,
        else 0."""
        totals = self.summary["totals"]
        if not totals["files"]:
            return EXIT_NOTHING
        if totals["unreadable"]:
            return EXIT_UNREADABLE
        return EXIT_OVER if totals["over_threshold"] else EXIT_OK


@dataclass(slots=True)
class _Item:
    index: int
    row: Row
    kind: str
    data: bytes | None = None  # to be checked
    key: str = ""
    outcome: Outcome | None = None  # known already: cached or unreadable
    cached: bool = False
    name: str = "Dokument"  # what the checker is told: only the suffix of the real name, so a
    # cached result never carries another file's name


def run_audit(roots: Sequence[Path], outdir: Path, options: AuditOptions, progress_stream: TextIO | None = None) -> AuditResult:
    """Audit every document under ``roots`` and write the outputs into ``outdir``."""
    _validate(roots, outdir, options)
    started = time.monotonic()
    cache = None
    if options.use_cache:
        cache = ResultCache(options.cache or outdir / ".einfach-cache", redacted=options.redact)
    writer = None
    try:
        key = b""
        notes: list[str] = []
        if options.redact:
            key = cache.redaction_key() if cache is not None else secrets.token_bytes(32)
            if cache is not None and cache.holds_text():
                notes.append(
                    f"Achtung: Der Zwischenspeicher {cache.folder} enthält Texte aus einem Lauf ohne --redact. "
                    "Geben Sie nur die fünf Ergebnis-Dateien weiter, nie den Zwischenspeicher."
                )
        if options.settings.select or options.settings.suppress:
            notes.append("Mit select oder suppress prüft audit nur Texte, keine Pläne (.json, .yaml).")
        job = Job(options.settings, options.limits, options.redact, key)
        config_key = _config_key(job)
        rules = _rule_summaries()
        writer = OutputWriter(outdir, rules)
        tally = Tally(
            writer.scratch,
            profile=options.settings.profile,
            max_level=options.max_level or options.settings.profile,
            fail_on=options.fail_on,
            redacted=options.redact,
            config_key=config_key,
            data_version=data_version(),
            rule_summaries=rules,
        )
        try:
            total = None
            if progress_stream is not None and Progress(progress_stream, None).enabled:
                total = sum(1 for _ in _walk(roots, outdir, options))
            progress = Progress(progress_stream, total) if progress_stream is not None else None
            checked = cached = 0

            def store(item: _Item, outcome: Outcome) -> None:
                if cache is not None:  # at once: Ctrl+C loses nothing that finished
                    cache.put(item.key, outcome)

            def emit(item: _Item, outcome: Outcome) -> None:
                nonlocal checked, cached
                cached += item.cached
                checked += item.outcome is None  # no outcome when read: it was checked now
                if isinstance(outcome, Unreadable):
                    writer.problem(item.row, outcome)  # type: ignore[union-attr]
                    tally.add_problem(outcome)
                else:
                    writer.document(item.row, outcome, tally.add(item.row, outcome))  # type: ignore[union-attr]
                if progress is not None:
                    progress.step()

            items = _items(roots, outdir, options, job, config_key, cache)
            asyncio.run(_drive(items, _engine(job, options), store, emit))
            if progress is not None:
                progress.close()
            summary = tally.summary()
        finally:
            tally.close()
        from .report_html import render_report

        writer.finish(summary, render_report(summary))
        writer = None
        if not summary["totals"]["files"]:
            notes.append("Keine passende Datei gefunden. Stimmen der Ordner und --include/--exclude?")
        return AuditResult(summary, outdir, checked, cached, time.monotonic() - started, tuple(notes))
    finally:
        if writer is not None:
            writer.discard()
        if cache is not None:
            cache.close()


def _validate(roots: Sequence[Path], outdir: Path, options: AuditOptions) -> None:
    if not roots:
        raise ConfigError("Bitte mindestens einen Ordner oder eine Datei angeben.")
    for root in roots:
        if not root.exists():
            raise ConfigError(f"{root}: Datei oder Ordner gibt es nicht.")
    if outdir.exists() and not outdir.is_dir():
        raise ConfigError(f"{outdir}: ist kein Ordner.")
    if options.workers < 1:
        raise ConfigError("--workers muss mindestens 1 sein.")
    if options.timeout <= 0:
        raise ConfigError("--timeout muss größer als 0 sein.")
    if options.max_level is not None and options.max_level not in LEVELS:
        raise ConfigError(f"--max-level muss eins von {', '.join(LEVELS)} sein.")
    if options.fail_on not in FAIL_ON:
        raise ConfigError(f"--fail-on muss eins von {', '.join(FAIL_ON)} sein.")
    if options.engine == "dask" and not options.scheduler:
        raise ConfigError("--engine dask braucht --scheduler ADRESSE (z. B. tcp://10.0.0.5:8786).")
    if options.engine not in ("local", "dask"):
        raise ConfigError("--engine muss local oder dask sein.")
    if options.limits.max_chars > DEFAULT_MAX_CHARS:
        raise ConfigError(f"--max-chars darf höchstens {german_number(DEFAULT_MAX_CHARS)} sein.")
    options.settings.checker()  # a wrong option or severity is a usage error, not a broken file


def _config_key(job: Job) -> str:
    """Everything besides the bytes that changes a document's result."""
    data = [
        RESULT_FORMAT,
        settings_key(job.settings),
        __version__,
        data_version(),
        job.redact,
        hashlib.sha256(job.key).hexdigest() if job.key else "",
        repr(job.limits),
        _versions("pypdfium2", "PyYAML"),  # readers outside einfach change the extracted text
    ]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()[:16]


def _versions(*packages: str) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for package in packages:
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = None
    return found


def _rule_summaries() -> dict[str, tuple[str, str]]:
    """Code -> (name, German one-liner) of every rule, core first, in registry order."""
    from ..plan.rules.registry import PLAN_RULES
    from ..rules.registry import RULES

    core = {rule.code: (rule.name, rule.summary) for rule in RULES}
    return core | {rule.code: (rule.name, rule.summary) for rule in PLAN_RULES}


def _walk(roots: Sequence[Path], outdir: Path, options: AuditOptions) -> Iterator[Source | SourceProblem]:
    """The walk, without plans when ``select`` or ``suppress`` is set (plans take neither)."""
    plans = not (options.settings.select or options.settings.suppress)
    skip = [outdir] + ([options.cache] if options.cache else [])
    for found in walk(roots, include=options.include, exclude=options.exclude, skip=skip, group_depth=options.group_depth):
        if plans or not isinstance(found, Source) or found.kind != "plan":
            yield found


def _row(name: str, folder: str, kind: str, job: Job) -> Row:
    if job.redact:
        return Row(keyed_hash(name, job.key), None, keyed_hash(folder, job.key, 8) if folder else "", kind)
    return Row(keyed_hash(name, b""), name, folder, kind)


def _items(
    roots: Sequence[Path], outdir: Path, options: AuditOptions, job: Job, config_key: str, cache: ResultCache | None
) -> Iterator[_Item]:
    for index, found in enumerate(_walk(roots, outdir, options)):
        if isinstance(found, SourceProblem):
            folder = "/".join(found.name.split("/")[:-1][: options.group_depth])
            row = _row(found.name, folder, kind_of(found.name) or "", job)
            yield _Item(index, row, row.kind, outcome=Unreadable(found.reason, found.message))
            continue
        row = _row(found.name, found.folder, found.kind, job)
        try:
            data = _read(found.path, job.limits)
        except Unreadable as problem:
            yield _Item(index, row, found.kind, outcome=problem)
            continue
        suffix = found.path.suffix.lower()  # a plan is read as JSON or YAML by its suffix
        key = f"{hashlib.blake2b(data, digest_size=16).hexdigest()}:{found.kind}{suffix}:{config_key}"
        cached = cache.get(key) if cache is not None else None
        if cached is not None:
            yield _Item(index, row, found.kind, outcome=cached, cached=True)
        else:
            yield _Item(index, row, found.kind, data=data, key=key, name="Dokument" + suffix)


def _read(path: Path, limits: Limits) -> bytes:
    """The file's bytes; never more than the size cap, checked before reading and while reading.
    Only regular files: a named pipe or a device would block or never end."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise Unreadable("not-found", "Datei gibt es nicht (mehr), oder der Link zeigt ins Leere.") from None
    except PermissionError:
        raise Unreadable("permission", "Keine Leserechte für die Datei.") from None
    except OSError as error:
        raise Unreadable("corrupt", f"Datei ist nicht lesbar ({error.strerror or type(error).__name__}).") from None
    with open(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise Unreadable("unsupported", "Keine normale Datei (z. B. eine Pipe oder ein Gerät). Übersprungen.")
        if status.st_size > limits.max_bytes:
            size = german_number(status.st_size)
            raise Unreadable("too-large", f"Datei ist zu groß ({size} Bytes, erlaubt {german_number(limits.max_bytes)}).")
        try:
            data = handle.read(limits.max_bytes + 1)
        except OSError as error:
            raise Unreadable("corrupt", f"Datei ist nicht lesbar ({error.strerror or type(error).__name__}).") from None
    if len(data) > limits.max_bytes:
        raise Unreadable("too-large", f"Datei ist zu groß (mehr als {german_number(limits.max_bytes)} Bytes).")
    return data


def _engine(job: Job, options: AuditOptions) -> Engine:
    if options.engine == "dask":
        return DaskEngine(job, options.scheduler or "", options.timeout)
    return LocalEngine(job, options.workers, options.timeout)


async def _drive(
    items: Iterator[_Item],
    engine: Engine,
    store: Callable[[_Item, Outcome], None],
    emit: Callable[[_Item, Outcome], None],
) -> None:
    """Check what needs checking, ``engine.slots`` at a time, store each result when it is done,
    and emit every item in walk order."""
    try:
        if isinstance(engine, DaskEngine):
            await engine.start()
    except BaseException:
        await engine.close()
        raise
    window = max(WINDOW_PER_SLOT * engine.slots, MIN_WINDOW)
    finished: dict[int, tuple[_Item, Outcome]] = {}
    running: set[asyncio.Task[None]] = set()
    slots = asyncio.Semaphore(engine.slots)
    next_index = 0

    async def check(item: _Item) -> None:
        async with slots:
            outcome = await engine.run(item.kind, item.data or b"", item.name)
        item.data = None
        store(item, outcome)
        finished[item.index] = (item, outcome)

    def flush() -> None:
        nonlocal next_index
        while next_index in finished:
            emit(*finished.pop(next_index))
            next_index += 1

    try:
        for item in items:
            while running and item.index >= next_index + window:
                done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    running.discard(task)
                    task.result()
                flush()
            if item.outcome is not None:
                finished[item.index] = (item, item.outcome)
                if item.index % 64 == 0:
                    await asyncio.sleep(0)  # Ctrl+C lands here too when everything comes from the cache
            else:
                task = asyncio.get_running_loop().create_task(check(item))
                running.add(task)
                await asyncio.sleep(0)  # let it start while the next files are read
            flush()
        while running:
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                running.discard(task)
                task.result()
            flush()
    finally:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        await engine.close()
