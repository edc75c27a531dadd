"""Passive detection on UD German GSD dev: sentence-level precision, recall and F1 per kind.

    python bench/eval_passive.py

Gold: a sentence contains a werden-passive if a token with relation ``aux:pass`` has the
lemma *werden*, a sein-passive (Zustandspassiv) if it has the lemma *sein*. einfach runs its
whole pipeline on the raw sentence text (``# text``), as it would on a user's text.
The kinds rezipientenpassiv and sein-zu-infinitiv have no UD relation; their counts are
reported for inspection only.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import shared, write_result  # noqa: E402

from einfach.analysis.pipeline import build_pipeline, read_sentences  # noqa: E402
from einfach.measures.passive import find_passives  # noqa: E402


def read_conllu(path: Path) -> list[tuple[str, str, set[str]]]:
    """(sent_id, text, gold kinds) per sentence."""
    sentences = []
    sent_id, text, kinds = "", "", set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text"):
            text = line.split("=", 1)[1].strip()
        elif line and not line.startswith("#"):
            columns = line.split("\t")
            if len(columns) > 7 and columns[7] == "aux:pass":
                kinds.add({"werden": "vorgangspassiv", "sein": "zustandspassiv"}.get(columns[2], columns[2]))
        elif not line and text:
            sentences.append((sent_id, text, kinds))
            sent_id, text, kinds = "", "", set()
    if text:
        sentences.append((sent_id, text, kinds))
    return sentences


def scores(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def main() -> None:
    data = read_conllu(shared("eval/ud_german_gsd/de_gsd-ud-dev.conllu"))
    nlp = build_pipeline()
    counts: dict[str, Counter] = {kind: Counter() for kind in ("vorgangspassiv", "zustandspassiv")}
    predicted_other: Counter = Counter()
    errors: list[tuple[str, str]] = []
    for sent_id, text, gold in data:
        found = {m.kind.value for s in read_sentences(nlp(text)) for m in find_passives(s)}
        for kind, counter in counts.items():
            if kind in found and kind in gold:
                counter["tp"] += 1
            elif kind in found:
                counter["fp"] += 1
                errors.append((f"FP {kind} {sent_id}", text))
            elif kind in gold:
                counter["fn"] += 1
                errors.append((f"FN {kind} {sent_id}", text))
        for kind in found - set(counts):
            predicted_other[kind] += 1
    result = {
        "sentences": len(data),
        "gold_sentences": {kind: sum(1 for _, _, g in data if kind in g) for kind in counts},
        "per_kind": {kind: scores(c["tp"], c["fp"], c["fn"]) for kind, c in counts.items()},
        "other_kinds_predicted": dict(predicted_other),
        "errors": [label for label, _text in errors],  # ids only: GSD text stays in ../shared
    }
    path = write_result("passive_gsd_dev", result)
    for kind, values in result["per_kind"].items():
        print(
            f"{kind}: P {values['precision']:.3f} R {values['recall']:.3f} F1 {values['f1']:.3f} "
            f"(tp {values['tp']}, fp {values['fp']}, fn {values['fn']})"
        )
    print(f"other kinds predicted: {dict(predicted_other)}; written to {path}")
    if "--verbose" in sys.argv:
        for label, text in errors:
            print(f"{label}: {text}")


if __name__ == "__main__":
    main()
