"""Speed and memory of ``einfach audit`` on a file share of plans (issue 6), timed end to end.

    python bench/audit_speed.py [--n 29400] [--tree DIR] [--formats txt,docx,pdf] [--subset 3000]
                                [--workers 2] [--out bench/results/audit.json] [--keep]

1. A tree of ``--n`` plans from bench/generate_plans.py (team folders, formats taking turns,
   40 % Amtsdeutsch), or an existing tree with ``--tree``.
2. ``einfach audit TREE -o OUT --workers 2`` in a subprocess, wall clock from start to exit,
   while a thread samples the resident memory of the CLI process and of each of its child
   processes (the workers) every 0.2 s: the peak of each, and of their sum.
3. The same command again, OUT and cache unchanged (warm): its time against the first run.
4. Scaling: 1 and 2 workers on a fresh ``--subset`` tree with ``--no-cache`` and new outdirs.

Target (issue 6): 29,400 files in 5 minutes on 2 cores. The tree is read from the page cache
(it was just written), so a slow file share adds its own time. Exit codes 0 and 1 of the audit
are success (1: some documents are over the threshold); anything else stops the benchmark.
Every run is bounded by ``--max-seconds``. Writes bench/results/audit.json (or ``--out``) and
prints a Markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import RESULTS, ROOT  # noqa: E402
from generate_plans import FORMATS, write_tree  # noqa: E402

TARGET_FILES, TARGET_SECONDS = 29_400, 300.0
_MB = 1024 * 1024


class MemorySampler(threading.Thread):
    """Peak RSS of one process and each of its descendants, sampled every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        import psutil

        self.psutil = psutil
        self.root = psutil.Process(pid)
        self.interval = interval
        self.stopped = threading.Event()
        self.peaks: dict[int, int] = {}
        self.labels: dict[int, str] = {}
        self.total_peak = 0
        self.samples = 0

    def run(self) -> None:
        while not self.stopped.is_set():
            self.sample()
            self.stopped.wait(self.interval)

    def sample(self) -> None:
        psutil = self.psutil
        try:
            processes = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return
        total = 0
        for process in processes:
            try:
                rss = process.memory_info().rss
                if process.pid not in self.labels:
                    self.labels[process.pid] = " ".join(process.cmdline())[:120]
            except psutil.Error:  # ended between listing and reading
                continue
            self.peaks[process.pid] = max(self.peaks.get(process.pid, 0), rss)
            total += rss
        self.total_peak = max(self.total_peak, total)
        self.samples += 1

    def report(self) -> dict:
        children = [
            {"pid": pid, "command": self.labels.get(pid, ""), "peak_rss_mb": round(peak / _MB, 1)}
            for pid, peak in sorted(self.peaks.items())
            if pid != self.root.pid
        ]
        return {
            "main_peak_rss_mb": round(self.peaks.get(self.root.pid, 0) / _MB, 1),
            "children": children,
            "worker_peak_rss_mb": round(
                max((peak for pid, peak in self.peaks.items() if pid != self.root.pid), default=0) / _MB, 1
            ),
            "total_peak_rss_mb": round(self.total_peak / _MB, 1),
            "samples": self.samples,
        }


def _machine_busy_seconds() -> float:
    """CPU seconds all processes on the machine spent busy (Linux /proc/stat), others' included."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return (sum(values[:8]) - values[3] - values[4]) / os.sysconf("SC_CLK_TCK")


def _own_cpu_seconds() -> float:
    """CPU seconds of this process and of its ended, waited-for children (the audit and its workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_audit(name: str, tree: Path, out: Path, workers: int, logs: Path, max_seconds: float, *extra: str) -> dict:
    """One ``einfach audit`` run: wall seconds, exit code, CPU seconds, memory; stops the benchmark on
    failure. Its output goes to logs/NAME.out and logs/NAME.err. ``other_cpu_seconds`` is what other
    processes on the machine used meanwhile: a shared machine makes the wall time longer."""
    command = [sys.executable, "-m", "einfach", "audit", str(tree), "-o", str(out), "--workers", str(workers), *extra]
    logs.mkdir(parents=True, exist_ok=True)
    with open(logs / f"{name}.out", "wb") as stdout, open(logs / f"{name}.err", "wb") as stderr:
        busy, own = _machine_busy_seconds(), _own_cpu_seconds()
        begin = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, cwd=ROOT, start_new_session=True)
        sampler = MemorySampler(process.pid)
        sampler.start()
        try:
            code = process.wait(timeout=max_seconds)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)  # the audit's own process group, started above
            process.wait()
            code = None
        seconds = time.perf_counter() - begin
        busy, own = _machine_busy_seconds() - busy, _own_cpu_seconds() - own
        sampler.stopped.set()
        sampler.join()
    if code not in (0, 1):
        tail = (logs / f"{name}.err").read_text(errors="replace")[-3000:]
        what = f"did not finish in {max_seconds:.0f} s" if code is None else f"exit code {code}"
        sys.exit(f"einfach audit failed ({what}): {' '.join(command)}\n{tail}")
    return {
        "workers": workers,
        "seconds": round(seconds, 2),
        "exit_code": code,
        "cpu_seconds": round(own, 2),
        "other_cpu_seconds": round(max(0.0, busy - own), 2),
        "memory": sampler.report(),
    }


def audit_summary(out: Path) -> dict:
    """What the audit itself counted (summary.json): every generated file must be read."""
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return {"totals": summary["totals"], "kinds": summary["kinds"], "errors": summary["errors"]}


def tree_facts(tree: Path) -> dict:
    files = [path for path in tree.rglob("*") if path.is_file()]
    return {
        "files": len(files),
        "megabytes": round(sum(path.stat().st_size for path in files) / _MB, 1),
        "formats": dict(sorted(Counter(path.suffix.lstrip(".") for path in files).items())),
    }


def generate(tree: Path, n: int, formats: list[str], amtsdeutsch: float) -> float:
    begin = time.perf_counter()
    write_tree(tree, n, formats, amtsdeutsch=amtsdeutsch)
    return round(time.perf_counter() - begin, 2)


def machine() -> dict:
    import einfach

    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "einfach_version": einfach.__version__,
        "data_version": einfach.data_version(),
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
        "machine": f"{platform.machine()}, {platform.system()} {platform.release()}",
    }


def markdown(result: dict) -> str:
    files = result["tree"]["files"]
    subset = result["scaling"]["files"]
    rows = [
        ("cold (fresh outdir)", files, result["cold"]),
        ("warm (unchanged, cache)", files, result["warm"]),
        ("subset, --no-cache", subset, result["scaling"]["one_worker"]),
        ("subset, --no-cache", subset, result["scaling"]["two_workers"]),
    ]
    lines = [
        "| run | files | workers | seconds | files/s | CPU s | others' CPU s | main peak RSS MB | worker peak RSS MB | total peak RSS MB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, count, run in rows:
        memory = run["memory"]
        lines.append(
            f"| {label} | {count:,} | {run['workers']} | {run['seconds']:.1f} | {count / run['seconds']:,.0f} | "
            f"{run['cpu_seconds']:.1f} | {run['other_cpu_seconds']:.1f} | {memory['main_peak_rss_mb']:.0f} | {memory['worker_peak_rss_mb']:.0f} | {memory['total_peak_rss_mb']:.0f} |"
        )
    lines += [
        "",
        f"warm / cold: {result['warm_ratio']:.3f}; speed-up 1 → 2 workers: {result['scaling']['speedup']:.2f}; "
        f"target {TARGET_FILES:,} files in {TARGET_SECONDS:.0f} s: "
        f"{'met' if result['target']['met'] else 'NOT met'} (projected {result['target']['projected_seconds']:.0f} s); "
        f"all files read: {'yes' if result['target']['all_files_read'] else 'NO'}",
    ]
    cores = result["cpu_count"] or 1
    if any(run["other_cpu_seconds"] > 0.1 * cores * run["seconds"] for _label, _count, run in rows):
        lines.append("WARNING: other processes used more than 10 % of the machine during a run: the times are too long")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=TARGET_FILES, help="plans in the generated tree")
    parser.add_argument("--tree", type=Path, help="audit this existing tree instead of generating one")
    parser.add_argument("--formats", default="txt,docx,pdf", help=f"formats of the generated trees, of {','.join(FORMATS)}")
    parser.add_argument("--amtsdeutsch", type=float, default=0.4, help="share of Amtsdeutsch plans")
    parser.add_argument("--subset", type=int, help="plans in the tree for the 1 vs 2 workers runs (default: 3000, at most --n)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the main runs")
    parser.add_argument("--max-seconds", type=float, default=1800, help="limit for each audit run")
    parser.add_argument("--out", type=Path, default=RESULTS / "audit.json")
    parser.add_argument("--keep", action="store_true", help="keep the working folder (trees, outdirs, logs)")
    args = parser.parse_args()
    formats = args.formats.split(",")
    if unknown := [fmt for fmt in formats if fmt not in FORMATS]:
        parser.error(f"unknown format {', '.join(unknown)}; known: {', '.join(FORMATS)}")
    if args.tree and not args.tree.is_dir():
        parser.error(f"{args.tree} is not a folder")

    try:
        import psutil  # noqa: F401 - the memory sampler needs it
    except ImportError:
        sys.exit("audit_speed.py needs psutil: pip install psutil (the [dask] extra brings it)")

    work = Path(tempfile.mkdtemp(prefix="einfach-audit-bench-"))
    logs = work / "logs"
    try:
        tree, generated = args.tree, None
        if tree is None:
            tree = work / "tree"
            generated = generate(tree, args.n, formats, args.amtsdeutsch)
            print(f"generated {args.n:,} plans ({args.formats}) in {generated} s")
        facts = tree_facts(tree)
        print(f"auditing {facts['files']:,} files ({facts['megabytes']} MB) with {args.workers} workers …")
        cold = run_audit("cold", tree, work / "out", args.workers, logs, args.max_seconds, "--quiet")
        cold["audit"] = audit_summary(work / "out")
        counted, unreadable = cold["audit"]["totals"]["files"], cold["audit"]["errors"]["count"]
        print(f"cold: {cold['seconds']} s, exit {cold['exit_code']}, {counted:,} files counted, {unreadable} unreadable")
        if counted != facts["files"] or unreadable:
            print(f"WARNING: the audit counted {counted:,} of {facts['files']:,} files, unreadable: {cold['audit']['errors']}")
        warm = run_audit("warm", tree, work / "out", args.workers, logs, args.max_seconds, "--quiet")
        print(f"warm: {warm['seconds']} s")

        subset_tree, subset = work / "subset", args.subset or min(3000, args.n)
        generate(subset_tree, subset, formats, args.amtsdeutsch)
        scaling: dict = {"files": subset}
        for key, workers in (("one_worker", 1), ("two_workers", 2)):
            out = work / f"subset-out-{workers}"
            scaling[key] = run_audit(
                f"subset-{workers}", subset_tree, out, workers, logs, args.max_seconds, "--no-cache", "--quiet"
            )
            print(f"subset with {workers} worker(s): {scaling[key]['seconds']} s")
        scaling["speedup"] = round(scaling["one_worker"]["seconds"] / scaling["two_workers"]["seconds"], 2)

        projected = cold["seconds"] * TARGET_FILES / max(1, facts["files"])
        result = {
            **machine(),
            "tree": {
                **facts,
                "generated_seconds": generated,
                "given": str(args.tree) if args.tree else None,
                "amtsdeutsch": args.amtsdeutsch,
            },
            "cold": cold,
            "warm": warm,
            "warm_ratio": round(warm["seconds"] / cold["seconds"], 3),
            "scaling": scaling,
            "target": {
                "files": TARGET_FILES,
                "seconds": TARGET_SECONDS,
                "projected_seconds": round(projected, 1),
                "met": projected <= TARGET_SECONDS,
                "all_files_read": counted == facts["files"] and unreadable == 0,
            },
        }
        args.out.parent.mkdir(parents=True, exist_ok=True)
        temporary = args.out.with_suffix(".json.tmp")
        temporary.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        temporary.replace(args.out)
        print()
        print(markdown(result))
        print(f"\nwrote {args.out}")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
