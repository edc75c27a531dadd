"""Speed of the plan renderer and of check_plan in a warm process (never as timed unit tests).

    python bench/render_speed.py [RUNS]

For every example plan (examples/plans/*.yaml): PDF (one-page check and PDF/UA-1 writing,
target median ≤ 150 ms), HTML (target ≤ 10 ms), and check_plan of the first example
(target ≤ 30 ms). Each is warmed up first (WeasyPrint import, fonts, language resources),
then timed RUNS times (default 30): median and p95. Writes bench/results/render.json.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, write_result  # noqa: E402

TARGETS_MS = {"pdf": 150.0, "html": 10.0, "check_plan": 30.0}


def timed(function, runs: int) -> dict:
    function()  # warm-up
    function()
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        function()
        times.append((time.perf_counter() - begin) * 1000)
    times.sort()
    return {
        "runs": runs,
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[min(len(times) - 1, round(0.95 * (len(times) - 1)))], 2),
    }


def main() -> None:
    from einfach.plan import load_plan
    from einfach.plan.check import check_plan
    from einfach.plan.render import render
    from einfach.plan.render.pdf import _layout

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    examples = sorted((ROOT / "examples" / "plans").glob("*.yaml"))
    plans = {}
    for path in examples:
        plan = load_plan(path)
        layout = "normal" if len(_layout(plan, compact=False).pages) == 1 else "compact"
        plans[path.stem] = {
            "profile": plan.profile,
            "layout": layout,
            "pdf": timed(lambda plan=plan: render(plan, "pdf"), runs),
            "html": timed(lambda plan=plan: render(plan, "html"), runs),
        }
        print(f"{path.stem:14} {layout:8} pdf {plans[path.stem]['pdf']}  html {plans[path.stem]['html']}")
    first = load_plan(examples[0])
    check = timed(lambda: check_plan(first), runs)
    print(f"check_plan({examples[0].stem}) {check}")
    worst = {fmt: max(entry[fmt]["median_ms"] for entry in plans.values()) for fmt in ("pdf", "html")}
    worst["check_plan"] = check["median_ms"]
    result = {
        "targets_ms": TARGETS_MS,
        "worst_median_ms": worst,
        "within_targets": all(worst[key] <= TARGETS_MS[key] for key in TARGETS_MS),
        "plans": plans,
        "check_plan": {"plan": examples[0].stem, **check},
    }
    print(f"wrote {write_result('render', result)}")


if __name__ == "__main__":
    main()
