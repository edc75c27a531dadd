"""Sentence boundaries on administrative German: the cases stock splitters get wrong."""

from __future__ import annotations

import pytest

CASES = [
    ("Bringen Sie z. B. Ihren Ausweis mit. Dann geht es los.", ["Bringen Sie z. B. Ihren Ausweis mit.", "Dann geht es los."]),
    ("Bringen Sie z.B. Ihren Ausweis mit. Danke.", ["Bringen Sie z.B. Ihren Ausweis mit.", "Danke."]),
    (
        "Der Termin ist am 1. März 2026. Bitte kommen Sie pünktlich.",
        ["Der Termin ist am 1. März 2026.", "Bitte kommen Sie pünktlich."],
    ),
    (
        "Das regelt § 15 Abs. 2 SGB II. Die Frist beträgt 4 Wochen.",
        ["Das regelt § 15 Abs. 2 SGB II.", "Die Frist beträgt 4 Wochen."],
    ),
    ("Das gilt entsprechend. § 40 Absatz 6 bleibt unberührt.", ["Das gilt entsprechend.", "§ 40 Absatz 6 bleibt unberührt."]),
    ("Es gilt § 15 i. V. m. § 16 SGB II. Fragen Sie uns.", ["Es gilt § 15 i. V. m. § 16 SGB II.", "Fragen Sie uns."]),
    ("Ihre Kunden-Nr. steht oben. Sie lautet 123456.", ["Ihre Kunden-Nr. steht oben.", "Sie lautet 123456."]),
    ("Die Nummer lautet 123456. Bitte notieren Sie sie.", ["Die Nummer lautet 123456.", "Bitte notieren Sie sie."]),
    (
        "Wir sind im Zimmer Nr. 5 bei Dr. Müller. Das ist im 2. Stock.",
        ["Wir sind im Zimmer Nr. 5 bei Dr. Müller.", "Das ist im 2. Stock."],
    ),
    ("Wir sind in Raum 12. Kommen Sie bitte dorthin.", ["Wir sind in Raum 12.", "Kommen Sie bitte dorthin."]),
    ("Im 3. Jahr gibt es mehr Geld.", ["Im 3. Jahr gibt es mehr Geld."]),
    (
        "Der Termin ist am 24.12.2025 um 9:30 Uhr. Bitte seien Sie pünktlich.",
        ["Der Termin ist am 24.12.2025 um 9:30 Uhr.", "Bitte seien Sie pünktlich."],
    ),
    (
        "Öffnungszeiten: Mo.–Fr. von 8 bis 12 Uhr. Am Wochenende ist zu.",
        ["Öffnungszeiten: Mo.–Fr. von 8 bis 12 Uhr.", "Am Wochenende ist zu."],
    ),
    ("Das kostet 12,50 €. Wir bezahlen das.", ["Das kostet 12,50 €.", "Wir bezahlen das."]),
    ("Schreiben Sie an info@jobcenter.de. Oder rufen Sie an.", ["Schreiben Sie an info@jobcenter.de.", "Oder rufen Sie an."]),
    (
        "Mehr steht auf www.arbeitsagentur.de. Dort gibt es Formulare.",
        ["Mehr steht auf www.arbeitsagentur.de.", "Dort gibt es Formulare."],
    ),
    ("Rufen Sie 0621 123 45 67 an. Wir helfen gern.", ["Rufen Sie 0621 123 45 67 an.", "Wir helfen gern."]),
    ("Er sagte: „Ich komme morgen.“ Dann ging er.", ["Er sagte: „Ich komme morgen.“", "Dann ging er."]),
    ("„Wann kommen Sie?“, fragte sie.", ["„Wann kommen Sie?“, fragte sie."]),
    ("Das gilt nach Buchst. b. Mehr nicht.", ["Das gilt nach Buchst. b.", "Mehr nicht."]),
    (
        "Sie brauchen Ausweis, Lebenslauf usw. Die Liste bekommen Sie von uns.",
        ["Sie brauchen Ausweis, Lebenslauf usw.", "Die Liste bekommen Sie von uns."],
    ),
    ("Das ist i. d. R. so. Fragen Sie nach.", ["Das ist i. d. R. so.", "Fragen Sie nach."]),
    ("Herr A. Müller hilft Ihnen. Er ist nett.", ["Herr A. Müller hilft Ihnen.", "Er ist nett."]),
    ("Kommen Sie! Wir warten. Wirklich?", ["Kommen Sie!", "Wir warten.", "Wirklich?"]),
    (
        "Bitte bringen Sie mit:\n- Ausweis\n- Lebenslauf\n- Zeugnisse",
        ["Bitte bringen Sie mit:", "Ausweis", "Lebenslauf", "Zeugnisse"],
    ),
    (
        "Das sind die Schritte:\n1. Ich schreibe Bewerbungen\n2. Ich gehe zum Kurs",
        ["Das sind die Schritte:", "Ich schreibe Bewerbungen", "Ich gehe zum Kurs"],
    ),
    ("• erster Punkt\n• zweiter Punkt", ["erster Punkt", "zweiter Punkt"]),
    ("# Der Weg\nIch schreibe 5 Bewerbungen.", ["Der Weg", "Ich schreibe 5 Bewerbungen."]),
    ("Der Weg\n\nIch schreibe 5 Bewerbungen.", ["Der Weg", "Ich schreibe 5 Bewerbungen."]),
    ("Der Weg\nIch schreibe 5 Bewerbungen.", ["Der Weg", "Ich schreibe 5 Bewerbungen."]),
    (
        "Ich schreibe jeden Monat fünf Bewerbungen und schicke sie\nan die Firmen in meiner Nähe. Danach rufe ich an.",
        ["Ich schreibe jeden Monat fünf Bewerbungen und schicke sie\nan die Firmen in meiner Nähe.", "Danach rufe ich an."],
    ),
    (
        "Die Kosten übernimmt das Jobcenter für die\nFahrt zum Vorstellungsgespräch.",
        ["Die Kosten übernimmt das Jobcenter für die\nFahrt zum Vorstellungsgespräch."],
    ),
    (
        "Ich schreibe jeden Monat 5 Bewerbungen\nIch gehe zum Sprachkurs",
        ["Ich schreibe jeden Monat 5 Bewerbungen", "Ich gehe zum Sprachkurs"],
    ),
    ("1. März 2026: Beginn des Kurses.", ["1. März 2026: Beginn des Kurses."]),
    ("(1) Die Agentur soll helfen. (2) Das Jobcenter zahlt.", ["Die Agentur soll helfen.", "(2) Das Jobcenter zahlt."]),
    ("(1) Die Agentur soll helfen.\n\n(2) Das Jobcenter zahlt.", ["Die Agentur soll helfen.", "Das Jobcenter zahlt."]),
    ("Er wohnt in der Hauptstr. 5 in Mannheim. Das ist nah.", ["Er wohnt in der Hauptstr. 5 in Mannheim.", "Das ist nah."]),
    ("Die Regel gilt seit 2023. Sie wurde 2026 geändert.", ["Die Regel gilt seit 2023.", "Sie wurde 2026 geändert."]),
    ("Kapitel II. Der zweite Teil beginnt hier.", ["Kapitel II.", "Der zweite Teil beginnt hier."]),
    ("Ich habe 2 Kinder. 1 Kind ist 5 Jahre alt.", ["Ich habe 2 Kinder.", "1 Kind ist 5 Jahre alt."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[case[0][:40] for case in CASES])
def test_sentence_boundaries(sentences_of, text, expected):
    assert sentences_of(text) == expected


def test_blank_lines_always_split(sentences_of):
    assert sentences_of("Erster Teil ohne Punkt\n\nZweiter Teil ohne Punkt") == [
        "Erster Teil ohne Punkt",
        "Zweiter Teil ohne Punkt",
    ]


def test_windows_line_endings(sentences_of):
    assert sentences_of("Der Weg\r\n\r\nIch gehe los.\r\nDu bleibst.") == ["Der Weg", "Ich gehe los.", "Du bleibst."]


def test_sentences_without_words_are_dropped(sentences_of):
    assert sentences_of("---\n\n***\n\nEin Satz.") == ["Ein Satz."]
