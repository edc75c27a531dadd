"""A fixed pool of worker processes for CPU-bound work, driven from an asyncio event loop.

Used by the HTTP service (one request = one task) and by the batch audit (one document = one
task). A worker is ``target(conn, argument)`` in a spawned process: it loads what it needs, sends
``("ready", None)`` (or ``("failed", message)``), then answers every ``(task, payload)`` it receives
with ``("done", answer)`` until it receives ``None``.

Why processes and not threads: a check is pure Python and holds the GIL, so threads would run
one check at a time however many there are, and a check that runs over its time limit could not
be stopped, only abandoned while it kept the CPU busy. A worker process runs checks in parallel
with the others and is killed when it runs over; a fresh one takes its place (about 1-2 s to load
the language resources, while the other workers go on serving).

Each worker does one task at a time. At most ``size + queue_limit`` requests are admitted; more
get :class:`Busy` at once (HTTP 503). A request waits for a free worker at most until its own
deadline (503), and a running task that passes the deadline gets :class:`TimedOut` (504) and its
worker is replaced.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import multiprocessing
import signal
import warnings
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from .errors import EinfachError

__all__ = ["Busy", "TimedOut", "WorkerFailed", "WorkerPool", "serve_tasks"]

log = logging.getLogger("einfach.workers")

Target = Callable[[Connection, Any], None]

_START_TIMEOUT = 120.0  # loading the resources takes 1-2 s; a loaded machine may need more
_RESTART_DELAY = 5.0  # after a replacement worker failed to start


def serve_tasks(conn: Connection, warm_up: Callable[[], Any], handle: Callable[[str, Any], Any]) -> None:
    """The body of every worker: ``warm_up()`` once, then ``handle(task, payload)`` for each task
    until the pipe closes or sends None. Nothing is logged or printed here (libraries' messages
    could quote a text), and Ctrl+C or a stop of the process group is left to the parent, which
    ends its workers itself (with SIGKILL when it must)."""
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        warm_up()
    except Exception as error:  # noqa: BLE001 - reported to the parent, which says so
        conn.send(("failed", str(error) if isinstance(error, EinfachError) else type(error).__name__))
        return
    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        task, payload = message
        conn.send(("done", handle(task, payload)))


class Busy(Exception):
    """No worker free in time (``busy``), the queue is full (``queue_full``) or the pool is
    stopping (``unavailable``): HTTP 503. ``str(error)`` is the code."""


class TimedOut(Exception):
    """The task ran past the request's time limit; its worker was stopped (HTTP 504)."""


class WorkerFailed(Exception):
    """The worker process died during the task (HTTP 500); it is replaced."""


class _Worker:
    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.result: asyncio.Future[Any] | None = None
        self.alive = True


class WorkerPool:
    def __init__(self, target: Target, argument: Any, size: int, queue_limit: int, name: str = "einfach-worker") -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        if queue_limit < 0:
            raise ValueError("queue_limit must not be negative")
        self.target = target
        self.argument = argument
        self.name = name
        self.size = size
        self.queue_limit = queue_limit
        self._context = multiprocessing.get_context("spawn")  # no fork of a process with an event loop and threads
        self._workers: set[_Worker] = set()
        self._idle: list[_Worker] = []
        self._waiters: collections.deque[asyncio.Future[_Worker]] = collections.deque()
        self._admitted = 0
        self._closed = False
        self._background: set[asyncio.Task[None]] = set()

    @property
    def ready(self) -> int:
        """Workers that are up and have loaded their resources."""
        return sum(1 for worker in self._workers if worker.alive and worker.ready.done() and not worker.ready.exception())

    @property
    def admitted(self) -> int:
        return self._admitted

    async def start(self) -> None:
        """Start every worker and wait until all have loaded their resources."""
        workers = await asyncio.gather(*(self._spawn() for _ in range(self.size)))
        try:
            async with asyncio.timeout(_START_TIMEOUT):
                for worker in workers:
                    await worker.ready
        except BaseException:
            await self.close()
            raise
        for worker in workers:
            self._release(worker)

    async def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(target=self.target, args=(child, self.argument), name=self.name, daemon=True)
        await asyncio.to_thread(process.start)
        child.close()
        worker = _Worker(process, parent)
        self._workers.add(worker)
        asyncio.get_running_loop().add_reader(parent.fileno(), self._readable, worker)
        return worker

    def _readable(self, worker: _Worker) -> None:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            self._died(worker)
            return
        kind = message[0]
        if kind == "ready":
            if not worker.ready.done():
                worker.ready.set_result(None)
        elif kind == "failed":
            if not worker.ready.done():
                worker.ready.set_exception(RuntimeError(f"Ein Prüf-Prozess startet nicht: {message[1]}"))
            self._died(worker)
        elif kind == "done" and worker.result is not None and not worker.result.done():
            worker.result.set_result(message[1])

    def _died(self, worker: _Worker) -> None:
        """The worker's pipe closed: it crashed, was killed or ended. Fail its task, replace it."""
        if not worker.alive:
            return
        worker.alive = False
        was_ready = worker.ready.done() and worker.ready.exception() is None
        loop = asyncio.get_running_loop()
        loop.remove_reader(worker.conn.fileno())
        worker.conn.close()
        self._workers.discard(worker)
        if worker in self._idle:
            self._idle.remove(worker)
        if not worker.ready.done():
            worker.ready.set_exception(RuntimeError("Ein Prüf-Prozess hat sich beim Start beendet."))
        if worker.result is not None and not worker.result.done():
            worker.result.set_exception(WorkerFailed())
        if not self._closed:  # close() joins the processes itself
            self._background_task(self._reap(worker.process))
            if was_ready:  # one that never got ready is retried by start() or _replace()
                self._background_task(self._replace())

    def _background_task(self, coroutine: Any) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _reap(self, process: BaseProcess) -> None:
        if process.is_alive():
            process.kill()
        await asyncio.to_thread(process.join, 5)

    async def _replace(self) -> None:
        while not self._closed:
            worker = await self._spawn()
            try:
                async with asyncio.timeout(_START_TIMEOUT):
                    await worker.ready
            except Exception as error:  # noqa: BLE001 - logged without request content, then tried again
                if self._closed:
                    return
                log.error("Ersatz für einen Prüf-Prozess startet nicht (%s); neuer Versuch in %d s.", error, _RESTART_DELAY)
                if worker.alive:
                    self._kill(worker)
                await asyncio.sleep(_RESTART_DELAY)
                continue
            if worker.alive:
                self._release(worker)
            return

    def _kill(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        self._died(worker)  # replaces it

    def _release(self, worker: _Worker) -> None:
        """A worker is free: give it to the longest waiting request, or keep it idle."""
        if not worker.alive or self._closed:
            return
        worker.result = None
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    async def _acquire(self, timeout: float) -> _Worker:
        if self._idle:
            return self._idle.pop()
        waiter: asyncio.Future[_Worker] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(timeout):
                return await asyncio.shield(waiter)
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self._release(waiter.result())  # handed over as we gave up: pass it on
            else:
                waiter.cancel()
            raise

    async def run(self, task: str, payload: Any, timeout: float, *, wait: float | None = None) -> Any:
        """Run ``task`` in a worker; all of it, waiting included, within ``timeout`` seconds. With
        ``wait``, waiting for a free worker may take up to ``wait`` seconds and ``timeout`` counts
        from the moment the task reaches its worker (a batch job's limit is for the work)."""
        if self._closed:
            raise Busy("unavailable")
        if self._admitted >= self.size + self.queue_limit:
            raise Busy("queue_full")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        self._admitted += 1
        try:
            try:
                worker = await self._acquire(timeout if wait is None else wait)
            except TimeoutError:
                raise Busy("busy") from None
            if wait is not None:
                deadline = loop.time() + timeout
            result: asyncio.Future[Any] = loop.create_future()
            worker.result = result
            try:
                worker.conn.send((task, payload))
            except OSError:
                self._kill(worker)
                raise WorkerFailed() from None
            try:
                async with asyncio.timeout(max(deadline - loop.time(), 0.001)):
                    answer = await asyncio.shield(result)
            except TimeoutError:
                if result.done() and not result.exception():
                    answer = result.result()
                else:
                    worker.result = None  # nobody waits for it any more
                    self._kill(worker)
                    raise TimedOut() from None
            except asyncio.CancelledError:
                # the client has gone: the worker is free again once its answer arrives
                result.add_done_callback(lambda done: self._release(worker) if not done.exception() else None)
                raise
            except WorkerFailed:
                raise
            self._release(worker)
            return answer
        finally:
            self._admitted -= 1

    async def close(self) -> None:
        """Ask every worker to end, and kill the ones that do not within 2 s."""
        self._closed = True
        for waiter in self._waiters:
            waiter.cancel()
        for task in list(self._background):
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)
        workers = list(self._workers)
        for worker in workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in workers:
            await asyncio.to_thread(worker.process.join, 2)
            if worker.process.is_alive():
                worker.process.kill()
                await asyncio.to_thread(worker.process.join, 2)
            if worker.alive:
                worker.result = None
                worker.alive = False
                asyncio.get_running_loop().remove_reader(worker.conn.fileno())
                worker.conn.close()
        self._workers.clear()
        self._idle.clear()
