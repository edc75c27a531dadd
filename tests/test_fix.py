"""Safe fixes: only safe suggestions, never a changed value, never a new finding."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from einfach import check, fix
from einfach.analysis.analyze import analyze
from einfach.cli import main

CORPUS = Path(__file__).parent / "corpus"
MONTHS = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]
NUMBER_WORDS = (
    {
        w: n
        for n, w in enumerate(
            ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"]
        )
    }
    | {
        w: 10 * n
        for n, w in enumerate(["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"], start=2)
    }
    | {"hundert": 100, "tausend": 1000}
)

_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?!\d)")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WRITTEN_DATE = re.compile(r"\b(\d{1,2})\.\s+(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?", re.IGNORECASE)
_TIME = re.compile(r"\b(\d{1,2})[:.](\d{2})(?=\s*Uhr)|\b(\d{1,2})(?=\s*(?:Uhr|h\b))")
_SECTION = re.compile(r"(§§?|Paragraf(?:en)?)\s*(\d+\s*[a-z]?)(?:\s*(?:Abs\.|Absatz)\s*(\d+))?")
_PHONE = re.compile(r"(?:\+\d{2}\s*)?(?:\(0\)\s*)?\(?0\d{2,5}\)?[\s/-]?\d[\d\s-]{3,}\d")
_AMOUNT = re.compile(r"(\d+(?:\.\d{3})*(?:,\d{1,2})?)\s*(?:Euro|EUR|€)")
_NUMBER = re.compile(r"\d+(?:,\d+)?")


def protected_values(text: str) -> Counter:
    """Dates, times, § references, phone digits, amounts, numbers and names, normalised."""
    values: Counter = Counter()
    spelled = "|".join(word for word in NUMBER_WORDS if word not in ("eins", "null"))
    rest = re.sub(rf"\b({spelled})\b", lambda m: str(NUMBER_WORDS[m.group().lower()]), text, flags=re.IGNORECASE)
    for pattern, kind in ((_ISO_DATE, "iso"), (_WRITTEN_DATE, "written"), (_NUMERIC_DATE, "numeric")):
        for match in pattern.finditer(rest):
            if kind == "iso":
                year, month, day = match.groups()
            elif kind == "written":
                day, month_name, year = match.groups()
                month = str(MONTHS.index(month_name.lower()) + 1)
            else:
                day, month, year = match.groups()
            year = year and (f"20{year}" if len(year) == 2 else year)
            values[("date", int(day), int(month), year and int(year))] += 1
        rest = pattern.sub(" ", rest)
    for match in _TIME.finditer(rest):
        hour = match.group(1) or match.group(3)
        values[("time", int(hour), int(match.group(2) or 0))] += 1
    rest = _TIME.sub(" ", rest)
    for match in _SECTION.finditer(rest):
        values[("§", match.group(2).replace(" ", ""), match.group(3))] += 1
    rest = _SECTION.sub(" ", rest)
    for match in _PHONE.finditer(rest):
        values[("phone", re.sub(r"\D", "", match.group().replace("(0)", "")))] += 1
    rest = _PHONE.sub(" ", rest)
    for match in _AMOUNT.finditer(rest):
        values[("amount", match.group(1).replace(".", ""))] += 1
    rest = _AMOUNT.sub(" ", rest)
    for match in _NUMBER.finditer(rest):
        values[("number", match.group().lstrip("0") or "0")] += 1
    return values


def names(text: str) -> Counter:
    return Counter(t.text for s in analyze(text) for t in s.tokens if t.tag == "NE")


def bad_sentences() -> list[str]:
    path = CORPUS / "bad.tsv"
    lines = [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return [line for line in lines if line.strip() and not line.startswith("#")]


def test_safe_swaps_only():
    result = fix("Z. B. melden Sie sich unverzüglich. Die Kosten werden vom Jobcenter übernommen.")
    assert "sofort" in result.text and "Die Kosten werden vom Jobcenter übernommen." in result.text  # passive stays
    assert all(change.old != change.new for change in result.changes)


def test_changes_point_into_the_original():
    text = "Bitte melden Sie sich unverzüglich."
    result = fix(text)
    (change,) = [c for c in result.changes if c.rule == "officialese"]
    assert text[change.start : change.end] == change.old == "unverzüglich" and change.new == "sofort"
    assert result.text == "Bitte melden Sie sich sofort."


def test_nothing_to_fix_returns_the_same_text():
    text = "Ich will wieder als Friseurin arbeiten."
    result = fix(text)
    assert result.text == text and not result.changed


@pytest.mark.parametrize("sentence", bad_sentences() if (CORPUS / "bad.tsv").exists() else [])
def test_fix_keeps_values_and_never_adds_findings(sentence):
    result = fix(sentence)
    assert protected_values(result.text) == protected_values(sentence)
    for name, count in names(sentence).items():
        assert result.text.count(name) >= count, name
    before = Counter(f.code for f in check(sentence).findings)
    after = Counter(f.code for f in check(result.text).findings)
    new = {code for code in after if after[code] > before[code]}
    assert not new, (sentence, result.text)
    if result.changed:
        assert sum(after.values()) < sum(before.values())


def test_protected_values_see_what_a_fix_may_not_change():
    assert protected_values("Am 03.03.2026 um 09:30 Uhr") == protected_values("Am 3. März 2026 um 9:30 Uhr")
    assert protected_values("Am 03.03.2026") != protected_values("Am 3. März 2025")
    assert protected_values("§ 15 Abs. 2 SGB II, 25 Euro") != protected_values("§ 16 Abs. 2 SGB II, 25 Euro")
    assert protected_values("25,50 Euro") != protected_values("25 Euro")
    assert protected_values("0621/123456") == protected_values("0621 123456")
    assert protected_values("drei Bewerbungen") == protected_values("3 Bewerbungen")
    assert protected_values("fünfzig Euro") == protected_values("50 Euro") != protected_values("5 Euro")


def test_cli_fix_prints_a_diff_and_leaves_the_file(tmp_path, capsys):
    path = tmp_path / "plan.txt"
    original = "Bitte melden Sie sich unverzüglich.\nIch will arbeiten.\n"
    path.write_text(original, encoding="utf-8")
    assert main(["fix", str(path), "--no-config"]) == 0
    out = capsys.readouterr().out
    assert "-Bitte melden Sie sich unverzüglich." in out and "+Bitte melden Sie sich sofort." in out
    assert path.read_text(encoding="utf-8") == original


def test_cli_fix_write_keeps_every_backup(tmp_path, capsys):
    path = tmp_path / "plan.txt"
    original = "Bitte melden Sie sich unverzüglich.\r\nIch will arbeiten.\r\n"
    path.write_bytes(original.encode("windows-1252"))
    assert main(["fix", str(path), "--write", "--no-config"]) == 0
    assert path.read_bytes() == original.replace("unverzüglich", "sofort").encode("windows-1252")
    assert (tmp_path / "plan.txt.bak").read_bytes() == original.encode("windows-1252")
    path.write_text("Bitte melden Sie sich unverzüglich.\n", encoding="utf-8")
    assert main(["fix", str(path), "--write", "--no-config"]) == 0
    assert (tmp_path / "plan.txt.bak").read_bytes() == original.encode("windows-1252")  # not overwritten
    assert (tmp_path / "plan.txt.bak.2").read_text(encoding="utf-8") == "Bitte melden Sie sich unverzüglich.\n"
    assert "Original in" in capsys.readouterr().err


def test_cli_fix_reports_a_missing_file_and_goes_on(tmp_path, capsys):
    good = tmp_path / "plan.txt"
    good.write_text("Bitte melden Sie sich unverzüglich.\n", encoding="utf-8")
    assert main(["fix", str(tmp_path / "fehlt.txt"), str(good), "--no-config"]) == 2
    captured = capsys.readouterr()
    assert "fehlt.txt" in captured.err and "+Bitte melden Sie sich sofort." in captured.out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir kooperieren mit der Schuldnerberatung.", "Wir kooperieren mit der Schuldnerberatung."),  # finite verb
        ("Herr Ferner berät Sie.", "Herr Ferner berät Sie."),  # a name, not "ferner"
        ("Ich arbeite bei der Firma Option.", "Ich arbeite bei der Firma Option."),
        ("Es gilt § 15 Abs. 3 S. 2 SGB II.", "Es gilt § 15 Absatz 3 S. 2 SGB II."),  # "S." is Satz here: not swapped
        ("Ferner brauchen wir Ihr Zeugnis.", "Außerdem brauchen wir Ihr Zeugnis."),
    ],
)
def test_safe_fixes_leave_finite_verbs_names_and_citations(text, expected):
    assert fix(text, select=["ALL"]).text == expected
