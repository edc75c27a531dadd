"""Load on the HTTP service (issue 5): 20 clients, 10,000 one-page plans to POST /v1/check.

    python bench/service_load.py [--requests 10000] [--clients 20] [--workers N] [--max-seconds 900]

Starts ``einfach serve`` on a free loopback port (never any other address), warms it up, then:

1. one client, one request at a time (300 plans): the latency of the service itself;
2. ``--clients`` clients with keep-alive connections, ``--requests`` plans in all, each plan a
   different ``one_page(seed)``: errors (must be 0), p50 / p95 / p99 / max latency, throughput;
3. where the time goes: CPU seconds of the server process (HTTP, validation, passing bytes), of
   the worker processes (the checks) and of this client, per request; and the check alone in
   this process for the same plans.

The run is bounded: it stops after ``--max-seconds`` whatever happened, and every request has a
30 s limit. The client is one asyncio loop with raw HTTP/1.1 (no thread pool, no GIL handover
between client threads in the measured latency). Results: bench/results/service.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, write_result  # noqa: E402
from generate_plans import one_page  # noqa: E402

_READY = re.compile(r"bereit auf http://127\.0\.0\.1:(\d+)")
_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """utime + stime of one process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


def _machine_busy_seconds() -> float:
    """CPU seconds all processes on the machine spent busy (Linux /proc/stat)."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return (sum(values[:8]) - idle) / _TICKS


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (the workers are started from threads, so scan /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, ValueError, IndexError):
                continue
    return found


class Client:
    """One keep-alive HTTP/1.1 connection."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: bytes) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        data = await self.reader.readexactly(int(headers["content-length"]))
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, data

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None


def _percentiles(latencies: list[float]) -> dict[str, float]:
    ordered = sorted(latencies)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 2)

    return {
        "p50_ms": at(0.50),
        "p95_ms": at(0.95),
        "p99_ms": at(0.99),
        "max_ms": round(ordered[-1] * 1000, 2),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 2),
    }


async def _run(port: int, bodies: list[bytes], clients: int, deadline: float) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)

    async def client() -> None:
        connection = Client(port)
        try:
            while not queue.empty() and time.monotonic() < deadline:
                body = queue.get_nowait()
                begin = time.perf_counter()
                try:
                    async with asyncio.timeout(30):
                        status, data = await connection.post("/v1/check", body)
                except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError) as error:
                    errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1
                    await connection.close()
                    continue
                latencies.append(time.perf_counter() - begin)
                if status != 200:
                    key = f"HTTP {status}: {json.loads(data)['error']['code']}"
                    errors[key] = errors.get(key, 0) + 1
        finally:
            await connection.close()

    begin = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    elapsed = time.perf_counter() - begin
    done = len(latencies) + sum(v for k, v in errors.items() if not k.startswith("HTTP"))
    return {
        "requests": done,
        "not_sent": len(bodies) - done,
        "errors": sum(errors.values()) + (len(bodies) - done),
        "error_kinds": errors,
        "seconds": round(elapsed, 2),
        "requests_per_second": round(done / elapsed, 1),
        **(_percentiles(latencies) if latencies else {}),
    }


async def _open_loop(port: int, bodies: list[bytes], rate: float, deadline: float) -> dict:
    """Requests arrive at a fixed rate whatever the answers do (as saves from many caseworkers);
    latency counts from the planned send time, so waiting for a free connection is included."""
    loop = asyncio.get_running_loop()
    connections: asyncio.Queue[Client] = asyncio.Queue()
    for _ in range(64):
        connections.put_nowait(Client(port))
    latencies: list[float] = []
    errors: dict[str, int] = {}
    start = loop.time() + 0.2

    async def one(index: int, body: bytes) -> None:
        planned = start + index / rate
        await asyncio.sleep(max(0.0, planned - loop.time()))
        if time.monotonic() > deadline:
            errors["not sent (time bound)"] = errors.get("not sent (time bound)", 0) + 1
            return
        connection = await connections.get()
        try:
            async with asyncio.timeout(30):
                status, data = await connection.post("/v1/check", body)
            latencies.append(loop.time() - planned)
            if status != 200:
                key = f"HTTP {status}: {json.loads(data)['error']['code']}"
                errors[key] = errors.get(key, 0) + 1
        except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError) as error:
            errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1
            await connection.close()
        finally:
            connections.put_nowait(connection)

    await asyncio.gather(*(one(i, body) for i, body in enumerate(bodies)))
    while not connections.empty():
        await connections.get_nowait().close()
    return {
        "rate_per_second": rate,
        "requests": len(bodies),
        "errors": sum(errors.values()),
        "error_kinds": errors,
        **(_percentiles(latencies) if latencies else {}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: the server's, 1 per core)")
    parser.add_argument("--max-seconds", type=float, default=900, help="the whole run stops after this")
    parser.add_argument("--rates", default="25,50,100", help="open-loop arrival rates per second (different plans)")
    parser.add_argument("--no-write", action="store_true", help="print, do not write bench/results/service.json")
    args = parser.parse_args()
    deadline = time.monotonic() + args.max_seconds

    texts = [one_page(seed) for seed in range(args.requests)]
    bodies = [json.dumps({"text": text}, ensure_ascii=False).encode() for text in texts]

    def plans(first: int, count: int) -> list[bytes]:
        return [json.dumps({"text": one_page(seed)}, ensure_ascii=False).encode() for seed in range(first, first + count)]

    warm, single = plans(50_000, 200), plans(60_000, 300)
    saved_again = plans(70_000, 100)  # fewer than the 128 answers each worker keeps
    resubmitted = saved_again * max(1, args.requests // len(saved_again))
    rates = [float(rate) for rate in args.rates.split(",") if rate]
    open_bodies = {rate: plans(80_000 + 10_000 * i, min(1000, int(rate * 20))) for i, rate in enumerate(rates)}

    command = [sys.executable, "-m", "einfach.service", "--port", "0", "--no-access-log"]
    if args.workers:
        command += ["--workers", str(args.workers)]
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        try:
            port = None
            while port is None:
                log.seek(0)
                match = _READY.search(log.read().decode("utf-8", "replace"))
                if match:
                    port = int(match.group(1))
                elif server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    sys.exit(f"server did not start:\n{log.read().decode()}")
                else:
                    time.sleep(0.05)
            workers = [
                pid for pid in _children(server.pid) if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text(errors="replace")
            ]
            print(f"server on port {port}, {len(workers)} worker processes", flush=True)

            asyncio.run(_run(port, warm, args.clients, deadline))  # every worker loads and meets the words once
            sequential = asyncio.run(_run(port, single, 1, deadline))
            print("one client:", sequential, flush=True)

            cpu_server, cpu_workers = _cpu_seconds(server.pid), sum(_cpu_seconds(pid) for pid in workers)
            cpu_client = resource.getrusage(resource.RUSAGE_SELF)
            busy = _machine_busy_seconds()
            load = asyncio.run(_run(port, bodies, args.clients, deadline))
            busy = _machine_busy_seconds() - busy
            cpu_client_after = resource.getrusage(resource.RUSAGE_SELF)
            server_cpu = _cpu_seconds(server.pid) - cpu_server
            workers_cpu = sum(_cpu_seconds(pid) for pid in workers) - cpu_workers
            client_cpu = (cpu_client_after.ru_utime - cpu_client.ru_utime) + (cpu_client_after.ru_stime - cpu_client.ru_stime)
            print(f"{args.clients} clients, different plans:", load, flush=True)

            asyncio.run(_run(port, saved_again * 2, args.clients, deadline))  # first saves: checked, kept by the worker
            again = asyncio.run(_run(port, resubmitted, args.clients, deadline))
            print(f"{args.clients} clients, plans saved again unchanged:", again, flush=True)

            open_loop = []
            for rate in rates:
                open_loop.append(asyncio.run(_open_loop(port, open_bodies[rate], rate, deadline)))
                print("open loop:", open_loop[-1], flush=True)
            log.seek(0)
            server_log = log.read().decode("utf-8", "replace")
        finally:
            server.terminate()
            server.wait(timeout=30)

    import einfach

    sample = texts[:300]
    for text in sample[:20]:
        einfach.check(text)
    check_times = []
    for text in sample:
        begin = time.perf_counter()
        einfach.check(text).to_dict()
        check_times.append(time.perf_counter() - begin)

    n = max(load["requests"], 1)
    result = {
        "target": "p95 <= 30 ms with 20 concurrent clients, 0 errors",
        "setup": {
            "requests": args.requests,
            "clients": args.clients,
            "worker_processes": len(workers),
            "plans": "one_page(seed) for seed in range(requests): each request a different plan",
            "mean_request_bytes": round(statistics.fmean(len(b) for b in bodies)),
            "client": "one asyncio loop, raw HTTP/1.1 keep-alive, on the same 2-core machine",
        },
        "one_client_sequential": sequential,
        "concurrent": load,
        "concurrent_resubmitted_unchanged": {
            "plans": "100 plans sent 100 times each, after 2 warm rounds: unchanged texts come from each worker's cache",
            **again,
        },
        "open_loop_different_plans": open_loop,
        "cpu_ms_per_request": {
            "server_process": round(server_cpu / n * 1000, 2),
            "worker_processes": round(workers_cpu / n * 1000, 2),
            "client": round(client_cpu / n * 1000, 2),
            "other_processes_on_the_machine": round(max(0.0, busy - server_cpu - workers_cpu - client_cpu) / n * 1000, 2),
        },
        "machine_cpu_busy_during_concurrent_run": f"{busy / (load['seconds'] * (os.cpu_count() or 1)):.0%}",
        "check_and_to_dict_in_process": _percentiles(check_times),
        "server_errors_logged": server_log.count(" ERROR "),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if not args.no_write:
        print(f"written to {write_result('service', result)}")


if __name__ == "__main__":
    main()
