"""Sentence boundaries: einfach against spaCy's rule-based sentencizer.

    python bench/eval_sentences.py

1. UD German GSD dev (news, reviews, wiki): the gold sentences joined by a space; boundary
   precision, recall and F1.
2. Administrative German (VwVfG, unseen while building the splitter, and SGB II): every boundary
   on which einfach and spaCy disagree is listed; those in the VwVfG were judged by hand, and
   the verdicts live in bench/segmentation_judgements.tsv (offset into the file, who is right).
Boundaries are compared at the first letter of a sentence, after list markers, so that "1." or
"(2a)" before a list item does not count as a disagreement.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from _common import shared, write_result  # noqa: E402

from einfach.analysis.pipeline import build_pipeline, read_sentences  # noqa: E402

JUDGEMENTS = Path(__file__).resolve().parent / "segmentation_judgements.tsv"


_LEADING_MARKER = re.compile(r"\s*(?:[-*•–]|\(?\d{1,3}[a-z]?[.)]|\([a-z]\)|[a-z]\))\s+")


def first_letter(text: str, start: int, end: int) -> int | None:
    """Where a sentence's words begin: after whitespace and a list marker ("1.", "a)", "(2a)")."""
    marker = _LEADING_MARKER.match(text, start, end)
    position = marker.end() if marker else start
    for index in range(position, end):
        if text[index].isalpha():
            return index
    return None


def einfach_starts(nlp, text: str) -> set[int]:
    spans = [(s.start, s.end) for s in read_sentences(nlp(text))]
    return {p for p in (first_letter(text, a, b) for a, b in spans) if p is not None}


def spacy_starts(nlp, text: str) -> set[int]:
    spans = [(s.start_char, s.end_char) for s in nlp(text).sents]
    return {p for p in (first_letter(text, a, b) for a, b in spans) if p is not None}


_SOMAJO_SCRIPT = """
import json, sys
from somajo import SoMaJo
tokenizer = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True)
texts = json.load(sys.stdin)
out = []
for text in texts:
    spans = []
    for sentence in tokenizer.tokenize_text([text]):
        spans.append((sentence[0].character_offset[0], sentence[-1].character_offset[1]))
    out.append(spans)
json.dump(out, sys.stdout)
"""


def somajo_starts(python: str, texts: list[str]) -> list[set[int]]:
    """SoMaJo (GPL-3, never a dependency of einfach) runs in a separate interpreter."""
    result = subprocess.run([python, "-c", _SOMAJO_SCRIPT], input=json.dumps(texts), capture_output=True, text=True, check=True)
    return [
        {p for p in (first_letter(text, a, b) for a, b in spans) if p is not None}
        for text, spans in zip(texts, json.loads(result.stdout))
    ]


def gsd(ours, theirs) -> dict:
    texts = [
        line.split("=", 1)[1].strip()
        for line in shared("eval/ud_german_gsd/de_gsd-ud-dev.conllu").read_text(encoding="utf-8").splitlines()
        if line.startswith("# text")
    ]
    gold, position = set(), 0
    for text in texts:
        first = next((i for i, c in enumerate(text) if c.isalpha()), None)
        if first is not None:
            gold.add(position + first)
        position += len(text) + 1
    joined = " ".join(texts)
    result = {}
    for name, predicted in (("einfach", einfach_starts(ours, joined)), ("spacy_sentencizer", spacy_starts(theirs, joined))):
        tp = len(predicted & gold)
        precision, recall = tp / len(predicted), tp / len(gold)
        result[name] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(2 * precision * recall / (precision + recall), 4),
            "false": len(predicted - gold),
            "missed": len(gold - predicted),
        }
    return {"sentences": len(texts), **result}


def blocks(text: str):
    position = 0
    for block in re.split(r"(\n\s*\n)", text):
        if block.strip() and not block.lstrip().startswith(("#", "%", "|")):
            yield position, block
        position += len(block)


def boundaries(ours, theirs, relative: str, somajo: str | None) -> tuple[dict[str, set[int]], str]:
    text = shared(relative).read_text(encoding="utf-8")
    found: dict[str, set[int]] = {"einfach": set(), "spacy": set()}
    pieces = list(blocks(text))
    for offset, block in pieces:
        found["einfach"] |= {offset + s for s in einfach_starts(ours, block)}
        found["spacy"] |= {offset + s for s in spacy_starts(theirs, block)}
    if somajo:
        found["somajo"] = set()
        for (offset, _), starts in zip(pieces, somajo_starts(somajo, [b for _, b in pieces])):
            found["somajo"] |= {offset + s for s in starts}
    return found, text


def judged(found: dict[str, set[int]], text: str) -> dict:
    """Count false and missed boundaries per system on the boundaries where systems disagree."""
    verdicts = {}
    if JUDGEMENTS.exists():
        with JUDGEMENTS.open(encoding="utf-8") as handle:
            for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
                verdicts[int(row["offset"])] = row["boundary"] == "yes"
    union = set().union(*found.values())
    disputed = sorted(o for o in union if not all(o in starts for starts in found.values()))
    result: dict = {"disputed": len(disputed), "unjudged": []}
    for name in found:
        result[name] = {"false": 0, "missed": 0}
    for offset in disputed:
        if offset not in verdicts:
            result["unjudged"].append(
                {
                    "offset": offset,
                    "context": text[max(0, offset - 60) : offset] + "‖" + text[offset : offset + 25],
                    "split_by": sorted(n for n, s in found.items() if offset in s),
                }
            )
            continue
        for name, starts in found.items():
            if verdicts[offset] and offset not in starts:
                result[name]["missed"] += 1
            elif not verdicts[offset] and offset in starts:
                result[name]["false"] += 1
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--somajo-python", help="a Python interpreter with SoMaJo installed, to compare with it too")
    args = parser.parse_args()
    ours = build_pipeline()
    theirs = spacy.blank("de")
    theirs.add_pipe("sentencizer")
    result = {"gsd_dev": gsd(ours, theirs)}
    found, text = boundaries(ours, theirs, "corpora/law/VwVfG-BJNR012530976.md", args.somajo_python)
    result["vwvfg"] = judged(found, text)
    sgb, _ = boundaries(ours, theirs, "corpora/law/SGB_2-BJNR295500003.md", None)
    result["sgb2_disputed_einfach_vs_spacy"] = len(sgb["einfach"] ^ sgb["spacy"])
    contexts = [item.pop("context") for item in result["vwvfg"]["unjudged"]]  # law text stays in ../shared
    path = write_result("sentences", result)
    for name in ("einfach", "spacy_sentencizer"):
        g = result["gsd_dev"][name]
        print(
            f"GSD dev {name}: P {g['precision']:.3f} R {g['recall']:.3f} F1 {g['f1']:.3f} (false {g['false']}, missed {g['missed']})"
        )
    v = result["vwvfg"]
    print(
        f"VwVfG: {v['disputed']} disputed boundaries; "
        + "; ".join(f"{name} false/missed {v[name]['false']}/{v[name]['missed']}" for name in found)
    )
    for item, context in zip(v["unjudged"], contexts):
        print(f"  unjudged {item['offset']} (split by {', '.join(item['split_by'])}): {context!r}")
    print(f"SGB II: einfach and spaCy disagree on {result['sgb2_disputed_einfach_vs_spacy']} boundaries; written to {path}")


if __name__ == "__main__":
    main()
