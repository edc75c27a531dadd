"""The tokenizer keeps administrative German units whole and covers the text exactly."""

from __future__ import annotations

import pytest

from einfach.analysis.tokens import Kind, classify, scan


def tokens(text: str) -> list[tuple[str, str]]:
    return [(text[t.start : t.end], t.kind.value) for t in scan(text) if t.kind is not Kind.SPACE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("z. B.", [("z. B.", "abbreviation")]),
        ("z.B.", [("z.B.", "abbreviation")]),
        ("i. V. m.", [("i. V. m.", "abbreviation")]),
        ("ggf. Nr. Abs.", [("ggf.", "abbreviation"), ("Nr.", "abbreviation"), ("Abs.", "abbreviation")]),
        ("Kunden-Nr.", [("Kunden-Nr.", "abbreviation")]),
        ("Hauptstr. 5", [("Hauptstr.", "abbreviation"), ("5", "number")]),
        ("am 1. März 2026", [("am", "word"), ("1.", "ordinal"), ("März", "word"), ("2026", "number")]),
        ("01.03.2026", [("01.03.2026", "date")]),
        ("1.3.", [("1.3.", "date")]),
        ("9:30 Uhr", [("9:30", "time"), ("Uhr", "word")]),
        ("9.30 Uhr", [("9.30", "time"), ("Uhr", "word")]),
        ("12,50 €", [("12,50", "number"), ("€", "punct")]),
        ("1.234,56", [("1.234,56", "number")]),
        ("0621 123 45 67", [("0621 123 45 67", "phone")]),
        ("0621 12345-0", [("0621 12345-0", "phone")]),
        ("+49 621 1234567", [("+49 621 1234567", "phone")]),
        ("(0621) 123456", [("(0621) 123456", "phone")]),
        ("info@jobcenter-ge.de.", [("info@jobcenter-ge.de", "email"), (".", "punct")]),
        ("https://www.arbeitsagentur.de/lexikon.", [("https://www.arbeitsagentur.de/lexikon", "url"), (".", "punct")]),
        ("Bewerbungs-Training", [("Bewerbungs-Training", "word")]),
        ("Bewerbungs·training", [("Bewerbungs·training", "word")]),
        ("Mitarbeiter*innen Kolleg:innen", [("Mitarbeiter*innen", "word"), ("Kolleg:innen", "word")]),
        ("Kranken- und Pflegeversicherung", [("Kranken-", "word"), ("und", "word"), ("Pflegeversicherung", "word")]),
        ("§ 16e", [("§", "punct"), ("16e", "word")]),
        ("geht's", [("geht's", "word")]),
        ("Das war's...", [("Das", "word"), ("war's", "word"), ("...", "punct")]),
        ("- Punkt", [("-", "list_marker"), ("Punkt", "word")]),
        ("2) Punkt", [("2)", "list_marker"), ("Punkt", "word")]),
        ("(3) Absatz", [("(3)", "list_marker"), ("Absatz", "word")]),
        ("in Raum 12. Kommen", [("in", "word"), ("Raum", "word"), ("12", "number"), (".", "punct"), ("Kommen", "word")]),
        ("im 3. Jahr", [("im", "word"), ("3.", "ordinal"), ("Jahr", "word")]),
    ],
)
def test_token_units(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize("text", ["", " ", "a", "Ein Satz.\n\n  - Punkt\r\n", "\x00\x1c\u2028x", "é" + "\u0301" * 3])
def test_tokens_cover_the_text_without_gaps(text):
    position = 0
    for token in scan(text):
        assert token.start == position and token.end > token.start
        position = token.end
    assert position == len(text)


def test_classify_matches_scan_for_single_tokens():
    for text in ["z. B.", "Nr.", "01.03.2026", "9:30", "12,50", "Haus", ",", "info@x.de"]:
        [token] = [t for t in scan(text)]
        assert classify(text) is token.kind, text
