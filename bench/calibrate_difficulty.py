"""Calibrate einfach's sentence difficulty to human ratings and write data/difficulty.toml.

    python bench/calibrate_difficulty.py            # cross-validate, fit, write the weights
    python bench/calibrate_difficulty.py --check    # cross-validate only, write nothing

Ratings: TextComplexityDE (Naderi et al. 2019, MIT), 712 German sentences rated by learners on
a 1-7 complexity scale (``MOS_Complexity``, 1 = easy). The model is a ridge regression over
the features of :func:`einfach.scoring.sentence_features`, so each sentence's score splits
into per-feature contributions. Quality: Pearson r and RMSE in 10-fold cross-validation
(folds by article, so sentences of one text never sit in training and test at once).

Level bounds come from texts of known kind, not from the ratings: the 90th percentile of
the document difficulty of Leichte-Sprache texts (StaGE, GermEval 2024) bounds "leicht";
the 10th percentile of passages of SGB II bounds "standard" (above it: "schwer" like law);
"einfach" ends halfway between.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, shared, write_result  # noqa: E402

from einfach.analysis.model import Sentence  # noqa: E402
from einfach.analysis.pipeline import build_pipeline, read_sentences  # noqa: E402
from einfach.measures.sentence import measure_sentence  # noqa: E402
from einfach.scoring import FEATURES, sentence_features  # noqa: E402

RIDGE = 1.0  # L2 penalty on standardised features
FOLDS = 10


def features_of_text(nlp, text: str) -> dict[str, float]:
    """Features of a rated item as one unit, even where einfach would split it."""
    sentences = read_sentences(nlp(text))
    tokens = tuple(token for sentence in sentences for token in sentence.tokens)
    if not tokens:
        return dict.fromkeys(FEATURES, 0.0)
    return sentence_features(measure_sentence(0, Sentence(tokens[0].start, tokens[-1].end, tokens)))


# Features that may lower the score per word; every other feature can only add difficulty,
# so that a reported contribution never says "this passive makes the sentence easier".
MAY_BE_NEGATIVE = frozenset({"names", "bracketed_words"})


def _ridge_nonnegative(z: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Ridge regression with sign constraints, by cyclic coordinate descent."""
    gram = z.T @ z + RIDGE * np.eye(z.shape[1])
    correlation = z.T @ target
    beta = np.zeros(z.shape[1])
    free = np.array([name in MAY_BE_NEGATIVE for name in FEATURES])
    for _ in range(500):
        previous = beta.copy()
        for j in range(len(beta)):
            residual = correlation[j] - gram[j] @ beta + gram[j, j] * beta[j]
            value = residual / gram[j, j]
            beta[j] = value if free[j] else max(0.0, value)
        if np.max(np.abs(beta - previous)) < 1e-10:
            break
    return beta


def fit(x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
    """Sign-constrained ridge on standardised columns; intercept and weights on the original scale."""
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    z = (x - mean) / std
    y_mean = y.mean()
    beta = _ridge_nonnegative(z, y - y_mean)
    weights = beta / std
    intercept = y_mean - float(weights @ mean)
    return intercept, weights, mean, std


def pearson(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a, b)[0, 1])


def cross_validate(x: np.ndarray, y: np.ndarray, groups: list[str]) -> tuple[float, float, np.ndarray]:
    unique = sorted(set(groups))
    fold_of = {group: index % FOLDS for index, group in enumerate(unique)}
    folds = np.array([fold_of[g] for g in groups])
    predicted = np.zeros_like(y)
    for fold in range(FOLDS):
        train, test = folds != fold, folds == fold
        intercept, weights, _, _ = fit(x[train], y[train])
        predicted[test] = np.clip(intercept + x[test] @ weights, 1, 7)
    rmse = float(np.sqrt(np.mean((predicted - y) ** 2)))
    return pearson(predicted, y), rmse, predicted


def document_difficulties(nlp, texts: list[str], intercept: float, weights: np.ndarray) -> list[float]:
    values = []
    for text in texts:
        total = words = 0.0
        for sentence in read_sentences(nlp(text)):
            measured = measure_sentence(0, sentence)
            count = len(measured.words)
            if not count:
                continue
            features = sentence_features(measured)
            score = min(7.0, max(1.0, intercept + sum(w * features[n] for w, n in zip(weights, FEATURES))))
            total += score * count
            words += count
        if words:
            values.append(total / words)
    return values


def level_bounds(nlp, intercept: float, weights: np.ndarray) -> dict[str, float]:
    rows = list(csv.DictReader(shared("eval/stage_statements/train.csv").open(encoding="utf-8")))
    by_topic: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_topic[row["topic"]].append(row["phrase"])
    easy_docs = [" ".join(phrases) for phrases in by_topic.values()]
    law = shared("corpora/law/SGB_2-BJNR295500003.md").read_text(encoding="utf-8")
    paragraphs = [p for p in law.split("\n\n") if len(p) > 300 and not p.startswith(("#", "|", "%"))]
    easy = document_difficulties(nlp, easy_docs, intercept, weights)
    hard = document_difficulties(nlp, paragraphs[:400], intercept, weights)
    leicht = float(np.percentile(easy, 90))
    standard = float(np.percentile(hard, 10))
    return {
        "leicht": round(leicht, 2),
        "einfach": round((leicht + standard) / 2, 2),
        "standard": round(standard, 2),
        "_easy_texts": len(easy),
        "_law_passages": len(hard),
    }


def write_toml(intercept: float, weights: np.ndarray, means: np.ndarray, levels: dict, stats: dict) -> Path:
    lines = [
        "# Sentence difficulty model, written by bench/calibrate_difficulty.py; do not edit by hand.",
        "# difficulty = intercept + sum(weight * feature), clipped to 1..7 (TextComplexityDE scale, 1 = easy).",
        "# Each feature's contribution is reported as weight * (value - mean).",
        f"# Fitted {date.today().isoformat()} on {stats['n']} rated sentences (TextComplexityDE, MIT licence).",
        f"# {FOLDS}-fold cross-validation by article: Pearson r {stats['cv_pearson']:.3f}, RMSE {stats['cv_rmse']:.3f};",
        f"# log(characters) alone: r {stats['baseline_log_chars']:.2f}. Ridge penalty {RIDGE} on standardised features;",
        "# weights are non-negative except for names and bracketed_words.",
        f"intercept = {intercept:.6f}",
        "",
        "[weights]",
        *(f"{name} = {weight:.6f}" for name, weight in zip(FEATURES, weights)),
        "",
        "[means]",
        *(f"{name} = {mean:.6f}" for name, mean in zip(FEATURES, means)),
        "",
        "# Upper difficulty bound of each level, for a document's word-weighted mean difficulty.",
        f"# leicht: 90th percentile of {levels['_easy_texts']} Leichte-Sprache texts (StaGE);",
        f"# standard: 10th percentile of {levels['_law_passages']} SGB II passages; einfach: halfway between.",
        "[levels]",
        f"leicht = {levels['leicht']}",
        f"einfach = {levels['einfach']}",
        f"standard = {levels['standard']}",
        "",
    ]
    target = ROOT / "data" / "difficulty.toml"
    temporary = target.with_suffix(".toml.tmp")
    temporary.write_text("\n".join(lines), encoding="utf-8")
    temporary.replace(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="cross-validate only, do not write data/difficulty.toml")
    args = parser.parse_args()

    rows = list(csv.DictReader(shared("eval/textcomplexityde/ratings_dev.csv").open(encoding="utf-8")))
    nlp = build_pipeline()
    x = np.array([[features_of_text(nlp, row["Sentence"])[name] for name in FEATURES] for row in rows])
    y = np.array([float(row["MOS_Complexity"]) for row in rows])
    groups = [row["Article_ID"] for row in rows]

    r, rmse, _ = cross_validate(x, y, groups)
    baseline = pearson(np.array([math.log(len(row["Sentence"])) for row in rows]), y)
    single = {name: round(pearson(x[:, i], y), 3) for i, name in enumerate(FEATURES)}
    intercept, weights, means, _ = fit(x, y)
    stats = {"n": len(rows), "cv_pearson": round(r, 4), "cv_rmse": round(rmse, 4), "baseline_log_chars": round(baseline, 4)}
    print(f"{len(rows)} sentences: cross-validated Pearson r {r:.3f}, RMSE {rmse:.3f} (log length alone {baseline:.3f})")
    print("single-feature Pearson r: " + ", ".join(f"{k} {v}" for k, v in single.items()))
    result = {
        **stats,
        "single_feature_pearson": single,
        "weights": dict(zip(FEATURES, map(float, weights))),
        "intercept": intercept,
    }
    if not args.check:
        levels = level_bounds(nlp, intercept, weights)
        print(f"level bounds: {levels}")
        print(f"written to {write_toml(intercept, weights, means, levels, stats)}")
        result["levels"] = levels
    print(f"results: {write_result('difficulty', result)}")


if __name__ == "__main__":
    main()
