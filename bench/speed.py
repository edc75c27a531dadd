"""Speed and memory of the core checker (never as timed unit tests).

    python bench/speed.py

1. One-page plans (generated, about 250 words, each one different) in a warm process:
   latency p50 / p95 / p99 over 500 checks.
2. SGB II (../shared/corpora/law): words per second on the first pass in a fresh process
   (cold: caches empty, resources loaded before timing) and on later passes (warm, best of 3),
   plus a warm process on text it has not seen (SGB X after SGB II).
3. ``einfach check`` on one page from a cold start: wall time over 10 runs.
4. Peak resident memory of a process that checks all of SGB II.
Numbers go to bench/results/speed.json and docs/performance.md.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, shared, write_result  # noqa: E402
from generate_plans import one_page, plan_text  # noqa: E402

_CHILD = r"""
import json, resource, sys, time
start = time.perf_counter()
import einfach
from einfach.analysis import hanta
from einfach.measures.frequency import zipf
from einfach.measures.syllables import count_syllables
hanta.tagger(); zipf("Haus"); count_syllables("Haus")
loaded = time.perf_counter()
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
results = []
for text in texts:
    begin = time.perf_counter()
    report = einfach.check(text)
    results.append((report.document.words, time.perf_counter() - begin))
print(json.dumps({"load_seconds": loaded - start, "passes": results,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def one_page_plans() -> dict:
    import einfach

    texts = [one_page(seed) for seed in range(520)]
    for text in texts[:20]:
        einfach.check(text)  # warm-up: resources loaded, common words cached
    words, latencies = [], []
    for text in texts[20:]:
        begin = time.perf_counter()
        report = einfach.check(text)
        latencies.append((time.perf_counter() - begin) * 1000)
        words.append(report.document.words)
    latencies.sort()
    quantile = lambda q: round(latencies[int(q * (len(latencies) - 1))], 2)  # noqa: E731
    return {
        "checks": len(latencies),
        "mean_words": round(statistics.mean(words)),
        "p50_ms": quantile(0.5),
        "p95_ms": quantile(0.95),
        "p99_ms": quantile(0.99),
        "max_ms": round(latencies[-1], 2),
    }


def law_throughput() -> dict:
    sgb2 = str(shared("corpora/law/SGB_2-BJNR295500003.md"))
    sgb10 = str(shared("corpora/law/SGB_10-BJNR114690980.md"))
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, sgb2, sgb2, sgb2, sgb2, sgb10], capture_output=True, text=True, check=True
    )
    data = json.loads(run.stdout)
    (words, cold), *warm, (unseen_words, unseen) = data["passes"]
    best = min(seconds for _, seconds in warm)
    return {
        "sgb2_words": words,
        "resource_load_seconds": round(data["load_seconds"], 2),
        "cold_first_pass_words_per_second": round(words / cold),
        "warm_words_per_second": round(words / best),
        "warm_process_unseen_text_words_per_second": round(unseen_words / unseen),
        "peak_rss_mb": round(data["peak_rss_mb"]),
    }


def cli_cold_start() -> dict:
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "plan.txt"
        page.write_text(plan_text(7, "amtsdeutsch"), encoding="utf-8")
        command = [str(Path(sys.executable).with_name("einfach")), "check", str(page)]
        if not Path(command[0]).exists():
            command = [sys.executable, "-m", "einfach", "check", str(page)]
        times = []
        for _ in range(10):
            begin = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
            times.append(time.perf_counter() - begin)
    return {"runs": len(times), "median_seconds": round(statistics.median(times), 3), "max_seconds": round(max(times), 3)}


def main() -> None:
    result = {"one_page_plan": one_page_plans(), "law": law_throughput(), "cli_cold_start": cli_cold_start()}
    path = write_result("speed", result)
    plan, law, cli = result["one_page_plan"], result["law"], result["cli_cold_start"]
    print(
        f"one-page plan ({plan['mean_words']} words): p50 {plan['p50_ms']} ms, p95 {plan['p95_ms']} ms, p99 {plan['p99_ms']} ms"
    )
    print(
        f"SGB II ({law['sgb2_words']} words): cold first pass {law['cold_first_pass_words_per_second']} words/s, "
        f"warm {law['warm_words_per_second']} words/s; unseen text in a warm process "
        f"{law['warm_process_unseen_text_words_per_second']} words/s; resources load in {law['resource_load_seconds']} s"
    )
    print(f"peak RSS checking SGB II: {law['peak_rss_mb']} MB")
    print(f"einfach check, one page, cold start: median {cli['median_seconds']} s, max {cli['max_seconds']} s")
    print(f"written to {path}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
