"""The core check now against an earlier commit, same machine, same run.

    python bench/compare_speed.py [--baseline REV] [--rounds 3]

Issue #3 allows the full rule catalogue to make the core check at most 1.5 times slower than
before it. The baseline commit is exported with ``git archive`` into a temporary folder and
imported from there (PYTHONPATH comes before the editable install); the two trees run in
alternating fresh processes so that machine drift hits both alike. Measured per tree, best of
the rounds: one-page plans (500 different generated plans of about 290 words as in speed.py, warm, p50/p95) and SGB II
(warm words per second, and the cold first pass). Result: bench/results/speed_compare.json.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, shared, write_result  # noqa: E402
from generate_plans import one_page  # noqa: E402

#: The last commit before issue #3 ("einfach rules: align names").
DEFAULT_BASELINE = "c489437"

_CHILD = r"""
import json, statistics, sys, time
import einfach
plans = json.load(open(sys.argv[1], encoding="utf-8"))
law = open(sys.argv[2], encoding="utf-8").read()
begin = time.perf_counter(); report = einfach.check(law); cold = time.perf_counter() - begin
words = report.document.words
warm = []
for _ in range(2):
    begin = time.perf_counter(); einfach.check(law); warm.append(time.perf_counter() - begin)
for text in plans[:20]:
    einfach.check(text)
latencies = []
for text in plans[20:]:
    begin = time.perf_counter(); einfach.check(text); latencies.append((time.perf_counter() - begin) * 1000)
latencies.sort()
print(json.dumps({"module": einfach.__file__, "rules": len(getattr(__import__("einfach.rules.registry").rules.registry, "RULES")),
    "law_words": words, "cold_words_per_second": words / cold, "warm_words_per_second": words / min(warm),
    "p50_ms": latencies[len(latencies) // 2], "p95_ms": latencies[int(0.95 * (len(latencies) - 1))]}))
"""


def export(revision: str, folder: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def measure(tree: Path, plans: Path, law: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, str(plans), str(law)], capture_output=True, text=True, check=True, env=env, cwd=tree
    )
    result = json.loads(run.stdout)
    if not result.pop("module").startswith(str(tree)):
        sys.exit(f"the child imported einfach from the wrong place, not from {tree}")
    return result


def best(runs: list[dict]) -> dict:
    return {
        "rules": runs[0]["rules"],
        "p50_ms": round(min(r["p50_ms"] for r in runs), 2),
        "p95_ms": round(min(r["p95_ms"] for r in runs), 2),
        "warm_words_per_second": round(max(r["warm_words_per_second"] for r in runs)),
        "cold_words_per_second": round(max(r["cold_words_per_second"] for r in runs)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=DEFAULT_BASELINE)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    law = shared("corpora/law/SGB_2-BJNR295500003.md")
    with tempfile.TemporaryDirectory() as folder:
        base = export(args.baseline, Path(folder) / "baseline")
        current = ROOT  # the working tree as it is
        plans = Path(folder) / "plans.json"
        plans.write_text(json.dumps([one_page(seed) for seed in range(520)]))
        runs: dict[str, list[dict]] = {"baseline": [], "current": []}
        for _ in range(args.rounds):
            runs["baseline"].append(measure(base, plans, law))
            runs["current"].append(measure(current, plans, law))
    before, after = best(runs["baseline"]), best(runs["current"])
    ratios = {
        "plan_p50": round(after["p50_ms"] / before["p50_ms"], 2),
        "plan_p95": round(after["p95_ms"] / before["p95_ms"], 2),
        "law_warm": round(before["warm_words_per_second"] / after["warm_words_per_second"], 2),
        "law_cold": round(before["cold_words_per_second"] / after["cold_words_per_second"], 2),
    }
    result = {"baseline": args.baseline, "rounds": args.rounds, "before": before, "after": after, "slowdown": ratios}
    path = write_result("speed_compare", result)
    for key, value in ratios.items():
        print(f"{key}: {value}x slower (limit 1.5)")
    print(f"before {before}\nafter  {after}\nwritten to {path}")


if __name__ == "__main__":
    main()
