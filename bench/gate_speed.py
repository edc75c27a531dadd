"""Speed of einfach.gate in a warm process (never as timed unit tests).

    python bench/gate_speed.py [RUNS]

* unchanged text: the same one-page text (examples/kooperationsplan.txt repeated to about 3,000
  characters, one printed page) gated again and again,
  with a baseline; the result comes from the cache. Target: median and p99 <= 1 ms.
* unchanged plan: the same for a one-page Kooperationsplan (examples/plans/friseurin.yaml).
* changed plan: a one-page plan with one word changed before every call, so every call analyses
  (cache miss): what a caseworker's save costs after an edit.
* changed text: the same for the text.

Each case is warmed up first (language resources); RUNS calls (default 2000 for cache hits,
RUNS // 20 for analyses). Writes bench/results/gate.json.
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, write_result  # noqa: E402

TARGET_UNCHANGED_MS = 1.0


def timed(calls: list[Callable[[], object]]) -> dict:
    times = []
    for call in calls:
        begin = time.perf_counter()
        call()
        times.append((time.perf_counter() - begin) * 1000)
    times.sort()

    def quantile(q: float) -> float:
        return round(times[min(len(times) - 1, round(q * (len(times) - 1)))], 4)

    return {
        "runs": len(times),
        "median_ms": round(statistics.median(times), 4),
        "p95_ms": quantile(0.95),
        "p99_ms": quantile(0.99),
        "max_ms": round(times[-1], 4),
    }


def main() -> None:
    import einfach
    from einfach.gate import cache_info, clear_cache
    from einfach.plan import load_plan

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    example = (ROOT / "examples" / "kooperationsplan.txt").read_text(encoding="utf-8")
    text = "\n\n".join([example] * (3000 // len(example) + 1))
    plan = load_plan(ROOT / "examples" / "plans" / "friseurin.yaml")
    einfach.check("Warm-up: Der Antrag wird vom Jobcenter geprüft.")
    clear_cache()

    baseline = einfach.Baseline.of(einfach.check(text))
    first = einfach.gate(text, baseline=baseline)
    unchanged_text = timed([lambda: einfach.gate(text, baseline=baseline)] * runs)
    assert einfach.gate(text, baseline=baseline) is first

    einfach.gate(plan)
    unchanged_plan = timed([lambda: einfach.gate(plan)] * runs)

    edits = max(10, runs // 20)
    plans = [dataclasses.replace(plan, notes=f"Wir sprechen am Termin Nummer {i} über den Plan.") for i in range(edits)]
    changed_plan = timed([lambda p=p: einfach.gate(p) for p in plans])
    texts = [f"{text}\n\nNotiz {i}: Wir sprechen beim nächsten Termin darüber." for i in range(edits)]
    changed_text = timed([lambda t=t: einfach.gate(t, baseline=baseline) for t in texts])

    result = {
        "target_unchanged_ms": TARGET_UNCHANGED_MS,
        "within_target": max(unchanged_text["p99_ms"], unchanged_plan["p99_ms"]) <= TARGET_UNCHANGED_MS,
        "text": {"file": "examples/kooperationsplan.txt (repeated)", "chars": len(text), "findings": len(first.report.findings)},
        "plan": {"file": "examples/plans/friseurin.yaml", "text_fields": len(list(plan.texts()))},
        "unchanged_text": unchanged_text,
        "unchanged_plan": unchanged_plan,
        "changed_plan": changed_plan,
        "changed_text": changed_text,
        "cache": cache_info(),
    }
    for key in ("unchanged_text", "unchanged_plan", "changed_plan", "changed_text"):
        print(f"{key:15} {result[key]}")
    print(f"wrote {write_result('gate', result)}")


if __name__ == "__main__":
    main()
