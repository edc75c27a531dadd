"""Where documents are checked: local worker processes, or a Dask cluster.

Both engines run :func:`einfach.audit.document.audit_safely` and give back a
:class:`DocumentResult` or an :class:`Unreadable`. Locally, a document that runs past the time
limit has its worker killed and replaced (``timeout``), and a worker that dies on a hostile file
(``crashed``) is replaced too; the audit goes on. Workers start on the first document that is
not in the cache, so a rerun on an unchanged tree starts none.
"""

from __future__ import annotations

import asyncio
import os
from multiprocessing.connection import Connection
from typing import Any, Protocol

from ..workers import Busy, TimedOut, WorkerFailed, WorkerPool, serve_tasks
from .document import DocumentResult, Job, audit_safely
from .readers import Unreadable

__all__ = ["DaskEngine", "Engine", "LocalEngine", "Outcome", "cap_memory", "worker_main"]

Outcome = DocumentResult | Unreadable
_WAIT_FOR_WORKER = 300.0  # seconds: a replacement worker loads its data in 1-2 s, on a busy machine more
MEMORY_HEADROOM = 2 << 30  # bytes a worker may add after loading the language data
_WARM_UP = "Ich gehe am Montag zum Jobcenter. Die Unterlagen werden geprüft.".encode()


class Engine(Protocol):
    slots: int  # documents in flight at once

    async def run(self, kind: str, data: bytes, name: str) -> Outcome: ...

    async def close(self) -> None: ...


def _timed_out(timeout: float) -> Unreadable:
    return Unreadable("timeout", f"Prüfen dauerte länger als {timeout:g} Sekunden. Abgebrochen.")


def _crashed() -> Unreadable:
    return Unreadable("crashed", "Das Lesen der Datei ist abgestürzt. Die Datei ist wohl beschädigt.")


def cap_memory(headroom: int = MEMORY_HEADROOM) -> None:
    """Limit this process's address space to what it uses now plus ``headroom`` (Linux). A hostile
    file that makes a reader allocate without end then costs a MemoryError or this worker (which
    is replaced), not the machine's memory and with it the whole audit."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as handle:
            used = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = used + headroom
        if hard == resource.RLIM_INFINITY or limit < hard:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):
        return  # not Linux: no cap


def worker_main(conn: Connection, job: Job) -> None:
    """A local audit worker: load the resources once, cap the memory, then check documents."""
    serve_tasks(conn, lambda: _warm_up(job), lambda _task, payload: audit_safely(job=job, **payload))


def _warm_up(job: Job) -> None:
    audit_safely("text", _WARM_UP, job)
    cap_memory()


class LocalEngine:
    def __init__(self, job: Job, workers: int, timeout: float) -> None:
        self.slots = workers
        self.timeout = timeout
        self._pool = WorkerPool(worker_main, job, workers, queue_limit=workers, name="einfach-audit")
        self._started: asyncio.Task[None] | None = None

    async def run(self, kind: str, data: bytes, name: str) -> Outcome:
        if self._started is None:
            self._started = asyncio.get_running_loop().create_task(self._pool.start())
        await asyncio.shield(self._started)
        try:
            payload = {"kind": kind, "data": data, "name": name}
            outcome: Outcome = await self._pool.run("document", payload, self.timeout, wait=_WAIT_FOR_WORKER)
        except TimedOut:
            return _timed_out(self.timeout)
        except Busy:  # no replacement for a killed worker came up in time
            return Unreadable("crashed", "Kein Prüf-Prozess ist frei geworden. Bitte den Lauf wiederholen.")
        except WorkerFailed:
            return _crashed()
        return outcome

    async def close(self) -> None:
        if self._started is not None:
            if not self._started.done():
                self._started.cancel()
            await self._pool.close()


class DaskEngine:
    """The same per-document function on a dask.distributed cluster (``pip install "einfach-sprache[dask]"``).
    Files are read here and sent as bytes: the workers need no access to the file share."""

    def __init__(self, job: Job, address: str, timeout: float) -> None:
        self.job = job
        self.address = address
        self.timeout = timeout
        self.slots = 1
        self._client: Any = None

    async def start(self) -> None:
        try:
            from distributed import Client
        except ImportError:
            from ..errors import ConfigError

            raise ConfigError('Für --engine dask fehlt das Extra [dask]: pip install "einfach-sprache[dask]"') from None
        try:
            self._client = await Client(self.address, asynchronous=True, timeout=30)
        except (OSError, TimeoutError) as error:
            from ..errors import ConfigError

            raise ConfigError(f"Dask-Scheduler {self.address} ist nicht erreichbar ({type(error).__name__}).") from None
        info = self._client.scheduler_info()
        threads = sum(worker.get("nthreads", 1) for worker in info.get("workers", {}).values())
        self.slots = max(threads, 1)  # no queue on the workers: the time limit counts from the start
        self._job = await self._client.scatter(self.job, broadcast=True)

    async def run(self, kind: str, data: bytes, name: str) -> Outcome:
        future = self._client.submit(audit_safely, kind, data, self._job, name, pure=False)
        try:
            outcome: Outcome = await asyncio.wait_for(future, self.timeout)
        except TimeoutError:
            await future.cancel()
            return _timed_out(self.timeout)
        except Exception:  # noqa: BLE001 - a worker died (KilledWorker) or the task failed
            return _crashed()
        return outcome

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
