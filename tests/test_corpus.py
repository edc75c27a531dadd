"""The team's own corpora: good plan German stays clean, bad Amtsdeutsch is flagged.

tests/corpus/good.txt is checked as one document at profile ``einfach`` (its legal terms are
explained in the line after them, as a caseworker writes them); every line of bad.tsv is
checked on its own and must get at least the rules named next to it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from einfach import check
from einfach.rules.registry import rule_by_key

CORPUS = Path(__file__).parent / "corpus"
ROOT = Path(__file__).resolve().parent.parent


def good_text() -> str:
    lines = (CORPUS / "good.txt").read_text(encoding="utf-8").splitlines()
    return "\n".join("" if line.startswith("#") else line for line in lines)


def bad_lines() -> list[tuple[str, tuple[str, ...]]]:
    rows = (CORPUS / "bad.tsv").read_text(encoding="utf-8").splitlines()[1:]
    cases = []
    for row in rows:
        if row.strip() and not row.startswith("#"):
            sentence, expected = row.split("\t")
            cases.append((sentence, tuple(name.strip() for name in expected.split(","))))
    return cases


def test_good_corpus_has_no_finding_at_profile_einfach():
    text = good_text()
    report = check(text)
    found = [(f.rule, f.text, text[max(0, f.start - 30) : f.end + 10]) for f in report.findings]
    assert found == []
    assert report.document.sentences >= 100


def test_good_corpus_lines_alone_flag_only_unexplained_terms():
    """Without the next line, a legal term loses its explanation: that (and only that) is flagged."""
    for line in good_text().splitlines():
        if line.strip():
            rules = {f.rule for f in check(line).findings}
            assert rules <= {"explain-term"}, (line, rules)


def test_bad_corpus_names_only_known_rules():
    unknown = {name for _, names in bad_lines() for name in names if rule_by_key(name) is None}
    assert unknown == set()


def test_bad_corpus_covers_every_rule_three_times():
    from collections import Counter

    from einfach.rules.registry import RULES

    counts = Counter(name for _, names in bad_lines() for name in names)
    assert {rule.name for rule in RULES if counts[rule.name] < 3} == set()


@pytest.mark.parametrize(("sentence", "expected"), bad_lines())
def test_bad_corpus_line_is_flagged(sentence, expected):
    found = {f.rule for f in check(sentence, select=["ALL"]).findings}
    assert set(expected) <= found, found


def test_reports_without_text_keep_no_word_of_the_bad_corpus():
    """Messages and data never quote the text: privacy mode must hold for every rule."""
    import json
    import re

    text = "\n\n".join(sentence for sentence, _ in bad_lines())
    dumped = json.dumps(check(text, select=["ALL"]).to_dict(include_text=False), ensure_ascii=False)
    rules_source = " ".join(path.read_text(encoding="utf-8") for path in (ROOT / "einfach" / "rules").glob("*.py"))
    message_words = set(re.findall(r"\w+", rules_source))  # words the rules write themselves
    words = {w for w in re.findall(r"\w+", text) if len(w) > 6 and not w.isdigit()} - message_words
    assert sorted(w for w in words if re.search(rf"\b{re.escape(w)}\b", dumped)) == []
