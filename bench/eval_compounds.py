"""Compound splitting accuracy on DEKOR dev (head and full split) and the dweiss cases.

    python bench/eval_compounds.py

DEKOR (CC BY-NC 4.0) gives noun compounds with their split and linking elements
("beschriftung_+s_datei"); it was derived automatically, so it is the weaker reference.
Head accuracy: the last part einfach returns equals the gold head. dweiss (Apache 2.0) has
hand-written splits including ambiguous words and non-compounds.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import shared, write_result  # noqa: E402

from einfach import compound_parts  # noqa: E402
from einfach.measures.compounds import merge_familiar  # noqa: E402
from einfach.measures.frequency import zipf  # noqa: E402


def top_level_parts(word: str) -> list[str]:
    """The split einfach shows in Einfache Sprache: familiar sub-words kept whole."""
    return [p.lower() for p in merge_familiar(compound_parts(word), lambda w: zipf(w) >= 3.0)]


_UMLAUT = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}


def _umlaut(stem: str) -> str:
    index = stem.lower().rfind("au")
    if index >= 0 and index >= len(stem) - 4:
        return stem[:index] + "äu" + stem[index + 2 :]
    for position in range(len(stem) - 1, -1, -1):
        if stem[position] in _UMLAUT:
            return stem[:position] + _UMLAUT[stem[position]] + stem[position + 1 :]
    return stem


def dekor_surface(entry: str) -> tuple[str, list[str]]:
    """("beschriftungsdatei", ["beschriftungs", "datei"]) from "beschriftung_+s_datei"."""
    pieces = entry.split("_")
    parts: list[str] = []
    for piece in pieces:
        if piece.startswith("+="):
            parts[-1] = _umlaut(parts[-1]) + piece[2:]
        elif piece.startswith("+"):
            parts[-1] += piece[1:]
        elif piece.startswith("-"):
            if parts[-1].endswith(piece[1:]):
                parts[-1] = parts[-1][: -len(piece) + 1]
        else:
            parts.append(piece)
    return "".join(parts), parts


def evaluate_dekor() -> dict:
    path = shared("eval/compounds/dekor-dev_1000.tsv")
    total = head_ok = exact = split = flat_head_ok = 0
    misses: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = line.split("\t")[0]
        surface, gold = dekor_surface(entry)
        word = surface[0].upper() + surface[1:]
        flat = [p.lower() for p in compound_parts(word)]
        flat_head_ok += flat[-1] == gold[-1]
        parts = top_level_parts(word)
        total += 1
        split += len(parts) > 1
        if parts[-1] == gold[-1]:
            head_ok += 1
        else:
            misses.append(f"{entry} -> {'|'.join(parts)}")
        exact += parts == gold
    return {
        "words": total,
        "head_accuracy": round(head_ok / total, 4),
        "head_accuracy_flat_split": round(flat_head_ok / total, 4),
        "exact_split_accuracy": round(exact / total, 4),
        "split_rate": round(split / total, 4),
        "_misses": misses,
    }


def _boundaries(parts: list[str]) -> list[int]:
    positions, total = [], 0
    for part in parts[:-1]:
        total += len(part)
        positions.append(total)
    return positions


_LINKING = ("", "s", "es", "n", "en", "er", "e", "ns")


def _same_split(ours: list[str], gold: list[str], word: str) -> bool:
    """Boundaries agree up to a linking element that gold leaves out ("bewegung.achse")."""
    if len(ours) != len(gold):
        return False
    position = 0
    for our_part, gold_part in zip(ours[:-1], gold[:-1]):
        start = position
        position += len(our_part)
        gold_end = start + len(gold_part)
        if not (word[start:gold_end] == gold_part and word[gold_end:position] in _LINKING):
            return False
    return ours[-1] == gold[-1]


def evaluate_dweiss() -> dict:
    path = shared("eval/compounds/dweiss-test-compounds.utf8")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, alternatives = re.split(r"\s+", line, maxsplit=1)
        rows.append((word, [alt.split(".") for alt in alternatives.split(",")]))
    correct = 0
    details = []
    false_splits = simplex = 0
    for word, alternatives in rows:
        lower = word.lower()
        parts = top_level_parts(lower[0].upper() + lower[1:])
        ok = any(_same_split(parts, [g.lower() for g in gold], lower) for gold in alternatives)
        is_simplex = all(len(gold) == 1 for gold in alternatives)
        simplex += is_simplex
        false_splits += is_simplex and len(parts) > 1
        correct += ok
        details.append(
            f"{'ok ' if ok else 'BAD'} {word}: {'|'.join(parts)}  (gold {' / '.join('.'.join(g) for g in alternatives)})"
        )
    return {"words": len(rows), "correct": correct, "simplex_words": simplex, "false_splits": false_splits, "_details": details}


def main() -> None:
    dekor = evaluate_dekor()
    dweiss = evaluate_dweiss()
    public = {
        name: {k: v for k, v in part.items() if not k.startswith("_")}
        for name, part in (("dekor_dev", dekor), ("dweiss", dweiss))
    }  # no words from the data sets in the repository
    path = write_result("compounds", public)
    print(
        f"DEKOR dev: head accuracy {dekor['head_accuracy']:.3f} (flat split {dekor['head_accuracy_flat_split']:.3f}), exact {dekor['exact_split_accuracy']:.3f}, "
        f"split rate {dekor['split_rate']:.3f} ({dekor['words']} words)"
    )
    print(
        f"dweiss: {dweiss['correct']}/{dweiss['words']} correct, false splits of simplex words: "
        f"{dweiss['false_splits']}/{dweiss['simplex_words']}"
    )
    print(f"written to {path}")
    if "--verbose" in sys.argv:
        print("\n".join(dekor["_misses"] + dweiss["_details"]))


if __name__ == "__main__":
    main()
