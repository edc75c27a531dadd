"""Accuracy of the grammar rules on UD German GSD dev, and how often every rule fires on plain vs. hard text.

    python bench/eval_rules.py [--verbose]

Nothing from ../shared is stored: bench/results/rules.json holds numbers, rule-made labels and
sentence ids only. ``--verbose`` prints the word forms behind the errors (never whole sentences).

Part 1-3: UD German GSD dev (``eval/ud_german_gsd/de_gsd-ud-dev.conllu``)
--------------------------------------------------------------------------
einfach checks the raw sentence text (``# text``) with profile ``leicht`` (every Konjunktiv incl.
politeness formulas and every "sollte", genitive after prepositions too). One checker with the rules
subjunctive, indirect-speech, genitive and tense runs once per sentence; a rule's findings do not
depend on which other rules run, so this equals one run per rule. GSD tokens are placed in the text
by searching their FORM left to right (a multi-word token such as "zum" = "zu dem" gives its span to
both syntactic words). A token is *inside* a finding if their character spans overlap. Scores are
token-level: precision = tp / (tp + fp), recall = tp / (tp + fn), F1 their harmonic mean.

1. Konjunktiv (ES302 subjunctive + ES303 indirect-speech). Gold positive: a token with UPOS VERB or
   AUX, ``VerbForm=Fin`` and ``Mood=Sub``. einfach positive: a finite VERB/AUX token inside a finding
   of ES302 or ES303 (a "würde ... helfen" span thus counts "würde", not the infinitive). Precision is
   also given per rule. "möchte" is never reported by design: gold forms of "möchte(n/st/t)" are
   counted apart, with the recall without them. GSD's ``Mood=Sub`` is assigned automatically and
   also sits on forms that read as indicative: "indicative-like" = no umlaut, no "würde", and the
   clause has no subject or only "ich" ("ich kenne", the subject-less "Habe ... gekauft" of reviews).
   They are counted apart, with the recall without them and without "möchte". "sollte(n)" is flagged
   in every use under ``leicht`` while GSD mostly marks it ``Mood=Ind`` (the forms are identical);
   its tp/fp are given apart.
2. Genitive (ES304). Gold positive: a NOUN or PROPN with ``Case=Gen``. einfach positive: a NOUN or
   PROPN inside an ES304 finding. Precision per finding kind (attribut, praeposition, ...).
3. Tense (ES306). Futur I, gold: a token with lemma *werden*, UPOS AUX, ``VerbForm=Fin``, relation
   ``aux``, whose head is a VERB with ``VerbForm=Inf`` (the brief's definition, "strict"), not a
   "würde" form (Konjunktiv II, ES302's business). "extended" also counts heads that are AUX
   infinitives and heads (a participle, an adjective) with a sibling infinitive attached as ``aux``,
   ``aux:pass`` or ``cop`` ("wird gebaut werden", "wird schwierig sein"). einfach positive: the werden
   token (the finding's ``auxiliary``) of an ES306 finding with ``kind == "futur1"``. A finding whose
   auxiliary cannot be placed on a GSD token counts as a false positive. Plusquamperfekt is scored
   the same way for reference: gold = lemma haben/sein, AUX, ``Tense=Past``, ``Mood=Ind``, relation
   ``aux``, head with ``VerbForm=Part``; einfach = the auxiliary of a ``plusquamperfekt`` finding.

Part 4: findings per 100 sentences, every rule, profile ``einfach``, ``select=["ALL"]``
----------------------------------------------------------------------------------------
* StaGE (``eval/stage_statements/train.csv``, column ``phrase``): Leichte-Sprache sentences of 252
  web texts. All rows are used (num_statements 0 marks a segmentation error, the text is still
  Leichte Sprache); ``\\newline`` becomes a line break, and the rows of one ``topic`` are joined with
  blank lines in ``sent-id`` order into one document, so document rules (inconsistent-term, the first
  use of a term) see a whole text, as on the law.
* SGB II (``corpora/law/SGB_2-*.md``): the whole file minus Markdown table rows (the table of
  contents) and ``%`` metadata lines, checked as one document.
* TextComplexityDE (``eval/textcomplexityde/ratings_dev.csv``): each rated sentence checked alone;
  sorted by ``MOS_Complexity`` (ties by ID), the lowest third is "easy", the highest third "hard".
The denominator is always the number of sentences einfach itself splits the text into. Ratios:
law / StaGE and hard / easy (None when the plain side has no finding). A rule that separates plain
from hard text fires far more on law and hard; a rule that fires often on StaGE flags text that
Leichte-Sprache authors wrote on purpose: candidates for false positives. "Worst" rules: the five
with the highest StaGE rate, plus every rule with findings on StaGE and a law/StaGE ratio below 3.
For them the script prints up to 10 flagged spans (only the flagged words, spread evenly over the
findings); the json keeps their StaGE ``sent-id`` only, plus per rule on StaGE the counts of the
finding kinds (rule-made labels) and of findings containing a hyphen (Leichte Sprache splits long
words with hyphens: "Krypto-währung").
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED, shared, write_result  # noqa: E402

from einfach import Checker  # noqa: E402
from einfach.rules.registry import RULES  # noqa: E402

GSD = "eval/ud_german_gsd/de_gsd-ud-dev.conllu"
STAGE = "eval/stage_statements/train.csv"
TCDE = "eval/textcomplexityde/ratings_dev.csv"
LAW_GLOB = "SGB_2-*.md"
VERBS = frozenset({"VERB", "AUX"})
NOUNS = frozenset({"NOUN", "PROPN"})
EXAMPLE_RULES = 5
LOW_RATIO = 3.0
EXAMPLES = 10


@dataclass
class Token:
    id: int
    form: str
    lemma: str
    upos: str
    feats: dict[str, str]
    head: int
    deprel: str
    start: int = -1
    end: int = -1

    @property
    def finite_verb(self) -> bool:
        return self.upos in VERBS and self.feats.get("VerbForm") == "Fin"


@dataclass
class GsdSentence:
    sent_id: str
    text: str
    tokens: list[Token] = field(default_factory=list)
    unaligned: int = 0


def optional(relative: str) -> Path | None:
    """``shared(relative)``, but a missing file skips one part instead of the whole script."""
    try:
        return shared(relative)
    except SystemExit as missing:
        print(missing)
        return None


def read_conllu(path: Path) -> list[GsdSentence]:
    """Sentences with their syntactic words placed in ``# text`` by character offsets."""
    sentences: list[GsdSentence] = []
    current: GsdSentence | None = None
    cursor, range_end, range_span = 0, 0, (-1, -1)
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# sent_id"):
            current = GsdSentence(line.split("=", 1)[1].strip(), "")
            cursor, range_end = 0, 0
        elif line.startswith("# text") and current is not None:
            current.text = line.split("=", 1)[1].strip()
        elif line and not line.startswith("#") and current is not None:
            columns = line.split("\t")
            if "-" in columns[0]:  # multi-word token: its surface span goes to the words it covers
                range_end = int(columns[0].split("-")[1])
                range_span = _place(current, columns[1], cursor)
                cursor = max(cursor, range_span[1])
                continue
            if "." in columns[0]:
                continue
            feats = dict(item.split("=", 1) for item in columns[5].split("|") if "=" in item)
            token = Token(int(columns[0]), columns[1], columns[2], columns[3], feats, int(columns[6]), columns[7])
            if token.id <= range_end:
                token.start, token.end = range_span
            else:
                token.start, token.end = _place(current, token.form, cursor)
                cursor = max(cursor, token.end)
            current.unaligned += token.start < 0
            current.tokens.append(token)
        elif not line and current is not None and current.tokens:
            sentences.append(current)
            current = None
    return sentences


def _place(sentence: GsdSentence, form: str, cursor: int) -> tuple[int, int]:
    at = sentence.text.find(form, cursor)
    return (at, at + len(form)) if at >= 0 else (-1, -1)


def inside(token: Token, spans: list[tuple[int, int]]) -> bool:
    return token.start >= 0 and any(token.start < end and token.end > start for start, end in spans)


def scores(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def precision_only(tp: int, fp: int) -> dict:
    return {"tp": tp, "fp": fp, "precision": round(tp / (tp + fp), 4) if tp + fp else None}


def is_moechte(token: Token) -> bool:
    return token.lemma.lower() == "mögen" and token.form.lower().startswith("möcht")


def indicative_like(sentence: GsdSentence, token: Token) -> bool:
    """A Mood=Sub form that equals the indicative: no umlaut, no "würde", subject "ich" or none.

    "ich habe", "ich kenne" and the subject-less "Habe ... gekauft" of reviews read as indicative;
    GSD's automatic ``Mood=Sub`` on them is doubtful.
    """
    form = token.form.lower()
    if any(letter in form for letter in "äöü") or form.startswith("würd"):
        return False
    clause = token.head if token.deprel.startswith(("aux", "cop")) else token.id
    subjects = [t for t in sentence.tokens if t.head == clause and t.deprel.startswith(("nsubj", "expl"))]
    return all(t.lemma.lower() == "ich" for t in subjects)


def futur_gold(sentence: GsdSentence, extended: bool) -> set[int]:
    """ids of werden tokens that build a Futur I (see the module docstring)."""
    by_id = {t.id: t for t in sentence.tokens}
    gold = set()
    for token in sentence.tokens:
        if not (
            token.lemma == "werden" and token.upos == "AUX" and token.deprel == "aux" and token.feats.get("VerbForm") == "Fin"
        ):
            continue
        if token.form.lower().startswith("würd"):
            continue
        head = by_id.get(token.head)
        if head is None:
            continue
        verb_head = head.feats.get("VerbForm") == "Inf" and (head.upos == "VERB" or (extended and head.upos == "AUX"))
        sibling = extended and any(
            t.head == head.id and t.id != token.id and t.deprel in ("aux", "aux:pass", "cop") and t.feats.get("VerbForm") == "Inf"
            for t in sentence.tokens
        )
        if verb_head or sibling:
            gold.add(token.id)
    return gold


def plusquamperfekt_gold(sentence: GsdSentence) -> set[int]:
    by_id = {t.id: t for t in sentence.tokens}
    return {
        t.id
        for t in sentence.tokens
        if t.lemma in ("haben", "sein")
        and t.upos == "AUX"
        and t.deprel == "aux"
        and t.feats.get("Tense") == "Past"
        and t.feats.get("Mood") == "Ind"
        and t.head in by_id
        and by_id[t.head].feats.get("VerbForm") == "Part"
    }


def auxiliary_token(sentence: GsdSentence, finding) -> Token | None:
    """The GSD token of a tense finding's auxiliary: inside the span, same form."""
    wanted = str(finding.data.get("auxiliary", "")).lower()
    candidates = [t for t in sentence.tokens if inside(t, [(finding.start, finding.end)]) and t.form.lower() == wanted]
    if not candidates:
        return None
    return candidates[0] if finding.text.lower().startswith(wanted) else candidates[-1]


def evaluate_gsd(path: Path) -> tuple[dict, list[str]]:
    data = read_conllu(path)
    checker = Checker("leicht", select=["subjunctive", "indirect-speech", "genitive", "tense"])
    mood = Counter()
    mood_by_rule: dict[str, Counter] = defaultdict(Counter)
    mood_excluded = Counter()
    genitive = Counter()
    genitive_by_kind: dict[str, Counter] = defaultdict(Counter)
    futur = {"strict": Counter(), "extended": Counter()}
    plusquam = Counter()
    kinds = Counter()
    errors: list[str] = []
    verbose: list[str] = []
    for sentence in data:
        findings = checker.check(sentence.text).findings
        for f in findings:
            kinds[f"{f.code} {f.data.get('kind', '')}".strip()] += 1

        # 1. Konjunktiv
        spans_by_rule = {code: [(f.start, f.end) for f in findings if f.code == code] for code in ("ES302", "ES303")}
        all_spans = spans_by_rule["ES302"] + spans_by_rule["ES303"]
        for token in sentence.tokens:
            if not token.finite_verb:
                continue
            gold = token.feats.get("Mood") == "Sub"
            found = inside(token, all_spans)
            outcome = "tp" if gold and found else "fp" if found else "fn" if gold else None
            if outcome is None:
                continue
            mood[outcome] += 1
            for code, spans in spans_by_rule.items():
                if inside(token, spans):
                    mood_by_rule[code][outcome] += 1
            if gold:
                mood_excluded["gold"] += 1
                if is_moechte(token):
                    mood_excluded["moechte_gold"] += 1
                    mood_excluded["moechte_found"] += found
                if indicative_like(sentence, token):
                    mood_excluded["indicative_like_gold"] += 1
                    mood_excluded["indicative_like_found"] += found
                    if not is_moechte(token):
                        mood_excluded["rest_excluded"] += 1
                        mood_excluded["rest_excluded_found"] += found
            if found and token.form.lower() in ("sollte", "sollten"):
                mood_excluded[f"sollte_{outcome}"] += 1
            if outcome != "tp":
                errors.append(f"{outcome.upper()} konjunktiv {sentence.sent_id} token {token.id}")
                verbose.append(f"{outcome.upper()} konjunktiv {sentence.sent_id}: {token.form} ({token.lemma}, {token.upos})")

        # 2. Genitive
        genitive_findings = [f for f in findings if f.code == "ES304"]
        for token in sentence.tokens:
            if token.upos not in NOUNS:
                continue
            gold = token.feats.get("Case") == "Gen"
            hits = [f for f in genitive_findings if inside(token, [(f.start, f.end)])]
            outcome = "tp" if gold and hits else "fp" if hits else "fn" if gold else None
            if outcome is None:
                continue
            genitive[outcome] += 1
            if hits:
                genitive_by_kind[str(hits[0].data.get("kind"))][outcome] += 1
            if outcome != "tp":
                errors.append(f"{outcome.upper()} genitive {sentence.sent_id} token {token.id}")
                verbose.append(f"{outcome.upper()} genitive {sentence.sent_id}: {token.form} (Case={token.feats.get('Case')})")

        # 3. Tense
        for kind, gold_ids, counter in (
            ("futur1", futur_gold(sentence, False), futur["strict"]),
            ("futur1", futur_gold(sentence, True), futur["extended"]),
            ("plusquamperfekt", plusquamperfekt_gold(sentence), plusquam),
        ):
            predicted: set[int] = set()
            for f in findings:
                if f.code == "ES306" and f.data.get("kind") == kind:
                    token = auxiliary_token(sentence, f)
                    if token is None:
                        counter["fp"] += 1
                        counter["unplaced"] += 1
                    else:
                        predicted.add(token.id)
            counter["tp"] += len(predicted & gold_ids)
            counter["fp"] += len(predicted - gold_ids)
            counter["fn"] += len(gold_ids - predicted)
            if counter is not futur["extended"]:
                label = "futur1" if kind == "futur1" else kind
                for token_id in sorted(predicted - gold_ids):
                    errors.append(f"FP {label} {sentence.sent_id} token {token_id}")
                for token_id in sorted(gold_ids - predicted):
                    errors.append(f"FN {label} {sentence.sent_id} token {token_id}")

    gold_mood = mood_excluded["gold"]
    without_moechte = gold_mood - mood_excluded["moechte_gold"]
    found_without_moechte = mood["tp"] - mood_excluded["moechte_found"]
    result = {
        "sentences": len(data),
        "tokens": sum(len(s.tokens) for s in data),
        "tokens_not_aligned": sum(s.unaligned for s in data),
        "findings_by_rule_and_kind": dict(sorted(kinds.items())),
        "konjunktiv": {
            **scores(mood["tp"], mood["fp"], mood["fn"]),
            "gold_positives": gold_mood,
            "precision_per_rule": {code: precision_only(c["tp"], c["fp"]) for code, c in sorted(mood_by_rule.items())},
            "gold_moechte_forms": mood_excluded["moechte_gold"],
            "moechte_found": mood_excluded["moechte_found"],
            "recall_without_moechte": round(found_without_moechte / without_moechte, 4) if without_moechte else None,
            "gold_indicative_like": mood_excluded["indicative_like_gold"],
            "indicative_like_found": mood_excluded["indicative_like_found"],
            "recall_without_moechte_and_indicative_like": round(
                (found_without_moechte - mood_excluded["rest_excluded_found"])
                / (without_moechte - mood_excluded["rest_excluded"]),
                4,
            )
            if without_moechte > mood_excluded["rest_excluded"]
            else None,
            "sollte_forms_found": {"tp": mood_excluded["sollte_tp"], "fp": mood_excluded["sollte_fp"]},
        },
        "genitive": {
            **scores(genitive["tp"], genitive["fp"], genitive["fn"]),
            "gold_positives": genitive["tp"] + genitive["fn"],
            "precision_per_kind": {kind: precision_only(c["tp"], c["fp"]) for kind, c in sorted(genitive_by_kind.items())},
        },
        "futur1": {
            name: {**scores(c["tp"], c["fp"], c["fn"]), "gold_positives": c["tp"] + c["fn"], "unplaced_findings": c["unplaced"]}
            for name, c in futur.items()
        },
        "plusquamperfekt": {
            **scores(plusquam["tp"], plusquam["fp"], plusquam["fn"]),
            "gold_positives": plusquam["tp"] + plusquam["fn"],
            "unplaced_findings": plusquam["unplaced"],
        },
        "errors": errors,  # ids only: GSD text stays in ../shared
    }
    return result, verbose


# --- Part 4: rates -------------------------------------------------------------------------------------------


@dataclass
class Corpus:
    name: str
    documents: list[str]
    ids: list[list[tuple[int, str]]] | None = None  # per document: (offset, item id) of each item


def stage_corpus(path: Path) -> Corpus:
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for row in csv.DictReader(path.open(encoding="utf-8")):
        by_topic[row["topic"]].append(row)
    documents, ids = [], []
    for topic in sorted(by_topic):
        parts, offsets, offset = [], [], 0
        for row in sorted(by_topic[topic], key=lambda r: int(r["sent-id"])):
            phrase = row["phrase"].replace("\\newline", "\n").strip()
            offsets.append((offset, row["sent-id"]))
            parts.append(phrase)
            offset += len(phrase) + 2
        documents.append("\n\n".join(parts))
        ids.append(offsets)
    return Corpus("stage_leichte_sprache", documents, ids)


def law_corpus() -> Corpus | None:
    folder = SHARED / "corpora" / "law"
    files = sorted(folder.glob(LAW_GLOB)) if folder.is_dir() else []
    if not files:
        print(f"skipped: ../shared/corpora/law/{LAW_GLOB} not found (evaluation data lives beside the checkout)")
        return None
    text = files[0].read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not line.lstrip().startswith(("|", "%"))]
    return Corpus("sgb_ii_law", ["\n".join(kept)])


def tcde_corpora(path: Path) -> tuple[Corpus, Corpus]:
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rows.sort(key=lambda r: (float(r["MOS_Complexity"]), int(r["ID"])))
    third = len(rows) // 3
    easy, hard = rows[:third], rows[-third:]
    return Corpus("textcomplexityde_easy", [r["Sentence"] for r in easy]), Corpus(
        "textcomplexityde_hard", [r["Sentence"] for r in hard]
    )


def run_rates(checker: Checker, corpus: Corpus) -> tuple[dict, dict[str, list[tuple[str, str]]]]:
    """Finding counts per rule code and the sentence count; (item id, flagged text) per rule."""
    counts: Counter = Counter()
    sentences = 0
    flagged: dict[str, list[tuple[str, str]]] = defaultdict(list)
    kinds: dict[str, Counter] = defaultdict(Counter)
    hyphenated: Counter = Counter()
    for number, document in enumerate(corpus.documents):
        if not document.strip():
            continue
        report = checker.check(document)
        sentences += report.document.sentences
        for f in report.findings:
            counts[f.code] += 1
            if "kind" in f.data:
                kinds[f.code][str(f.data["kind"])] += 1
            hyphenated[f.code] += "-" in f.text
            if corpus.ids is not None:
                item = max((o for o in corpus.ids[number] if o[0] <= f.start), default=corpus.ids[number][0])[1]
                flagged[f.code].append((item, f.text))
    run = {
        "items": len(corpus.documents),
        "sentences": sentences,
        "findings": dict(counts),
        "kinds": {code: dict(sorted(c.items())) for code, c in sorted(kinds.items())},
        "hyphenated": {code: n for code, n in sorted(hyphenated.items()) if n},
    }
    return run, flagged


def per_100(run: dict, code: str) -> float:
    return round(100 * run["findings"].get(code, 0) / run["sentences"], 2) if run["sentences"] else 0.0


def ratio(hard: float, plain: float) -> float | None:
    return round(hard / plain, 2) if plain else None


def evaluate_rates() -> tuple[dict, dict[str, list[tuple[str, str]]]]:
    checker = Checker("einfach", select=["ALL"])
    runs: dict[str, dict] = {}
    flagged: dict[str, list[tuple[str, str]]] = {}
    stage = optional(STAGE)
    if stage is not None:
        runs["stage_leichte_sprache"], flagged = run_rates(checker, stage_corpus(stage))
    law = law_corpus()
    if law is not None:
        runs["sgb_ii_law"], _ = run_rates(checker, law)
    tcde = optional(TCDE)
    if tcde is not None:
        for corpus in tcde_corpora(tcde):
            runs[corpus.name], _ = run_rates(checker, corpus)
    table = {}
    for rule in RULES:
        rates = {name: per_100(run, rule.code) for name, run in runs.items()}
        row = {"name": rule.name, "per_100_sentences": rates}
        if "stage_leichte_sprache" in rates and "sgb_ii_law" in rates:
            row["ratio_law_to_stage"] = ratio(rates["sgb_ii_law"], rates["stage_leichte_sprache"])
        if "textcomplexityde_easy" in rates:
            row["ratio_hard_to_easy"] = ratio(rates["textcomplexityde_hard"], rates["textcomplexityde_easy"])
        table[rule.code] = row
    corpora = {name: {"items": run["items"], "sentences": run["sentences"]} for name, run in runs.items()}
    if "stage_leichte_sprache" in runs:
        stage_run = runs["stage_leichte_sprache"]
        for code, row in table.items():
            row["stage_findings"] = stage_run["findings"].get(code, 0)
            row["stage_kinds"] = stage_run["kinds"].get(code, {})
            row["stage_hyphenated_findings"] = stage_run["hyphenated"].get(code, 0)
    return {"corpora": corpora, "rules": table}, flagged


def examples(findings: list[tuple[str, str]], limit: int = EXAMPLES) -> list[tuple[str, str]]:
    """Up to ``limit`` findings spread evenly over the list (deterministic)."""
    if len(findings) <= limit:
        return findings
    return [findings[round(i * (len(findings) - 1) / (limit - 1))] for i in range(limit)]


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _line(name: str, values: dict) -> str:
    return (
        f"{name}: P {values['precision']:.3f} R {values['recall']:.3f} F1 {values['f1']:.3f} "
        f"(tp {values['tp']}, fp {values['fp']}, fn {values['fn']})"
    )


def main() -> None:
    result: dict = {}
    gsd = optional(GSD)
    if gsd is not None:
        gsd_result, verbose = evaluate_gsd(gsd)
        result["gsd_dev"] = gsd_result
        k, g = gsd_result["konjunktiv"], gsd_result["genitive"]
        print(
            f"UD GSD dev: {gsd_result['sentences']} sentences, {gsd_result['tokens']} words, "
            f"{gsd_result['tokens_not_aligned']} not aligned"
        )
        print(_line(f"1. Konjunktiv (ES302+ES303) vs Mood=Sub, {k['gold_positives']} gold", k))
        for code, values in k["precision_per_rule"].items():
            print(f"   {code}: P {_fmt(values['precision'])} (tp {values['tp']}, fp {values['fp']})")
        print(
            f"   gold möchte forms: {k['gold_moechte_forms']} (found {k['moechte_found']}); recall without them "
            f"{_fmt(k['recall_without_moechte'])}"
        )
        print(
            f"   gold indicative-like (no umlaut, subject 'ich' or none): {k['gold_indicative_like']} "
            f"(found {k['indicative_like_found']}); recall without möchte and them "
            f"{_fmt(k['recall_without_moechte_and_indicative_like'])}"
        )
        print(f"   sollte/sollten flagged (every sollte counts in leicht): {k['sollte_forms_found']}")
        print(_line(f"2. Genitive (ES304) vs Case=Gen on NOUN/PROPN, {g['gold_positives']} gold", g))
        for kind, values in g["precision_per_kind"].items():
            print(f"   {kind}: P {_fmt(values['precision'])} (tp {values['tp']}, fp {values['fp']})")
        for name, values in gsd_result["futur1"].items():
            print(_line(f"3. Futur I (ES306 futur1), {name} gold {values['gold_positives']}", values))
        p = gsd_result["plusquamperfekt"]
        print(_line(f"   Plusquamperfekt (ES306), gold {p['gold_positives']}", p))
        print(f"   findings by rule and kind: {gsd_result['findings_by_rule_and_kind']}")
        if "--verbose" in sys.argv:
            print("\n".join(verbose))

    rates, flagged = evaluate_rates()
    if rates["corpora"]:
        names = list(rates["corpora"])
        short = {
            "stage_leichte_sprache": "StaGE",
            "sgb_ii_law": "SGB II",
            "textcomplexityde_easy": "TCDE easy",
            "textcomplexityde_hard": "TCDE hard",
        }
        print("\n4. Findings per 100 sentences (profile einfach, all rules)")
        print(
            "   " + ", ".join(f"{short[n]}: {c['items']} items, {c['sentences']} sentences" for n, c in rates["corpora"].items())
        )
        header = f"{'code':6} {'name':20}" + "".join(f"{short[n]:>10}" for n in names) + f"{'law/LS':>8}{'hard/easy':>10}"
        print(header)
        for code, row in rates["rules"].items():
            cells = "".join(f"{row['per_100_sentences'][n]:>10.2f}" for n in names)
            print(
                f"{code:6} {row['name']:20}{cells}{_fmt(row.get('ratio_law_to_stage')):>8}{_fmt(row.get('ratio_hard_to_easy')):>10}"
            )
        if "stage_leichte_sprache" in rates["corpora"]:
            rules = rates["rules"]
            by_rate = sorted(rules, key=lambda code: (-rules[code]["per_100_sentences"]["stage_leichte_sprache"], code))
            low_ratio = [
                code
                for code in by_rate
                if rules[code]["stage_findings"] and (rules[code].get("ratio_law_to_stage") or 0.0) < LOW_RATIO
            ]
            worst = by_rate[:EXAMPLE_RULES] + [code for code in low_ratio if code not in by_rate[:EXAMPLE_RULES]]
            rates["stage_examples_sent_ids"] = {}
            print(
                f"\nExamples from StaGE for the {EXAMPLE_RULES} rules with the highest rate there and those with "
                f"law/StaGE < {LOW_RATIO:g} (flagged words only):"
            )
            for code in worst:
                chosen = examples(flagged.get(code, []))
                rates["stage_examples_sent_ids"][code] = [item for item, _ in chosen]
                shown = "; ".join(f"„{' '.join(text.split())}“" for _, text in chosen)
                row = rules[code]
                print(
                    f"   {code} {row['name']} ({row['stage_findings']} findings, kinds {row['stage_kinds'] or '–'}, "
                    f"with hyphen {row['stage_hyphenated_findings']}): {shown}"
                )
        result["rates"] = rates
    if not result:
        sys.exit("skipped: no evaluation data found")
    path = write_result("rules", result)
    print(f"\nwritten to {path}")


if __name__ == "__main__":
    main()
