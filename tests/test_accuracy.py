"""Accuracy floors on the external evaluation data in ../shared (skipped when it is absent).

The bench scripts report the full numbers (docs/evaluation.md); these tests fail when a change
makes einfach measurably worse than the committed state.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


@pytest.mark.slow
def test_werden_passive_f1_on_gsd_dev(nlp, shared_file):
    from eval_passive import read_conllu

    from einfach.analysis.pipeline import read_sentences
    from einfach.measures.passive import find_passives

    tp = fp = fn = 0
    for _id, text, gold in read_conllu(shared_file("eval/ud_german_gsd/de_gsd-ud-dev.conllu")):
        found = any(m.kind.value == "vorgangspassiv" for s in read_sentences(nlp(text)) for m in find_passives(s))
        expected = "vorgangspassiv" in gold
        tp += found and expected
        fp += found and not expected
        fn += expected and not found
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95


@pytest.mark.slow
def test_compound_heads_on_dekor_and_no_false_splits_on_dweiss(shared_file):
    shared_file("eval/compounds/dekor-dev_1000.tsv")
    from eval_compounds import evaluate_dekor, evaluate_dweiss

    assert evaluate_dekor()["head_accuracy"] >= 0.86
    dweiss = evaluate_dweiss()
    assert dweiss["false_splits"] <= 1


@pytest.mark.slow
def test_difficulty_correlates_with_ratings(nlp, shared_file):
    import csv

    import numpy as np
    from calibrate_difficulty import FOLDS, cross_validate, features_of_text

    from einfach.scoring import FEATURES

    rows = list(csv.DictReader(shared_file("eval/textcomplexityde/ratings_dev.csv").open(encoding="utf-8")))
    x = np.array([[features_of_text(nlp, row["Sentence"])[name] for name in FEATURES] for row in rows])
    y = np.array([float(row["MOS_Complexity"]) for row in rows])
    r, _rmse, _ = cross_validate(x, y, [row["Article_ID"] for row in rows])
    assert FOLDS == 10 and r >= 0.80


@pytest.mark.slow
def test_statement_counts_on_stage(shared_file):
    shared_file("eval/stage_statements/train.csv")
    from eval_statements import evaluate

    assert evaluate()["mae"] <= 0.40


@pytest.mark.slow
def test_grammar_rules_precision_on_gsd_dev(shared_file):
    """Konjunktiv, Genitiv and tense against the gold morphology of UD GSD dev (bench/eval_rules.py)."""
    from eval_rules import evaluate_gsd

    result, _ = evaluate_gsd(shared_file("eval/ud_german_gsd/de_gsd-ud-dev.conllu"))
    assert result["konjunktiv"]["precision"] >= 0.85
    assert result["genitive"]["precision"] >= 0.90 and result["genitive"]["recall"] >= 0.50
    assert result["futur1"]["strict"]["precision"] >= 0.90 and result["futur1"]["strict"]["recall"] >= 0.70
    assert result["plusquamperfekt"]["f1"] >= 0.85


@pytest.mark.slow
def test_rules_fire_far_less_on_leichte_sprache_than_on_the_law(shared_file):
    """The rules that say "hard" must separate the StaGE Leichte-Sprache texts from SGB II."""
    shared_file("eval/stage_statements/train.csv")
    shared_file("corpora/law")
    from eval_rules import evaluate_rates

    table = evaluate_rates()[0]["rules"]
    for code in ("ES101", "ES102", "ES103", "ES104", "ES203", "ES304", "ES307", "ES308"):
        row = table[code]
        assert row["ratio_law_to_stage"] is None or row["ratio_law_to_stage"] >= 10, (code, row)
