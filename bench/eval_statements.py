"""Statements per sentence against human counts (StaGE, GermEval 2024, train split).

    python bench/eval_statements.py

Items with ``num_statements`` 0 mark erroneous sentences and are skipped (data README).
Mean absolute error of einfach's count, next to two baselines measured on the same items:
"always 1" and "one per finite verb".
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import shared, write_result  # noqa: E402

from einfach.analysis.analyze import analyze  # noqa: E402
from einfach.analysis.model import FINITE_TAGS, Sentence  # noqa: E402
from einfach.measures.statements import count_statements  # noqa: E402


def evaluate() -> dict:
    rows = [
        r for r in csv.DictReader(shared("eval/stage_statements/train.csv").open(encoding="utf-8")) if r["num_statements"] != "0"
    ]
    errors, always_one, per_verb = [], [], []
    confusion: Counter = Counter()
    for row in rows:
        gold = int(row["num_statements"])
        tokens = tuple(t for s in analyze(row["phrase"].replace("\\newline", "\n")) for t in s.tokens)
        predicted = count_statements(Sentence(tokens[0].start, tokens[-1].end, tokens)) if tokens else 1
        errors.append(abs(predicted - gold))
        always_one.append(abs(1 - gold))
        per_verb.append(abs(max(1, sum(1 for t in tokens if t.tag in FINITE_TAGS)) - gold))
        confusion[(gold, min(predicted, 6))] += 1
    mae = lambda values: round(sum(values) / len(values), 4)  # noqa: E731
    return {
        "items": len(rows),
        "mae": mae(errors),
        "exact": round(sum(1 for e in errors if e == 0) / len(errors), 4),
        "baseline_always_one_mae": mae(always_one),
        "baseline_finite_verbs_mae": mae(per_verb),
        "confusion_gold_predicted": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())},
    }


def main() -> None:
    result = evaluate()
    path = write_result("statements", result)
    print(
        f"StaGE train ({result['items']} sentences): MAE {result['mae']:.3f}, exact {result['exact']:.3f}; "
        f"always 1: {result['baseline_always_one_mae']:.3f}, one per finite verb: {result['baseline_finite_verbs_mae']:.3f}"
    )
    print(f"written to {path}")


if __name__ == "__main__":
    main()
