"""Structure rules: long-clause (ES103), subordinate-clause (ES104), verb-distance (ES105),
enumeration (ES106), abbreviation (ES206) and inconsistent-term (ES211).

Each rule runs alone through the ``run_rule`` fixture with its profile defaults from
data/rules/<name>.toml.
"""

from __future__ import annotations

import pytest

from einfach import Severity
from einfach.measures.acronyms import acronym_key
from einfach.measures.enumeration import find_enumerations
from einfach.measures.segments import segments
from einfach.measures.subclauses import ClauseKind, clause_commas, subordinate_clauses
from einfach.rules.abbreviation import Abbreviation, common_acronyms
from einfach.rules.enumeration import LongEnumeration
from einfach.rules.inconsistent_term import InconsistentTerm, term_sets
from einfach.rules.long_clause import LongClause
from einfach.rules.subordinate_clause import SubordinateClause
from einfach.rules.verb_distance import VerbDistance

# Good sentences from a plan: no structure rule may flag them.
GOOD = [
    "Ich will wieder als Friseurin arbeiten.",
    "Das Jobcenter bezahlt den Kurs.",
    "Wenn Sie krank sind, rufen Sie uns an.",
    "Bitte bringen Sie Ihren Ausweis mit.",
    "Sie bekommen Geld für Bücher, Fahrkarten und Arbeitskleidung.",
    "Zum Beispiel: Sie schreiben 2 Bewerbungen pro Woche.",
    "Ich lerne Deutsch, weil ich als Friseurin arbeiten will.",
    "Der Kurs kostet 2,50 Euro am Tag.",
    "Ihre Ansprechperson im Jobcenter ist Frau Yilmaz.",
]

RULES = [LongClause(), SubordinateClause(), VerbDistance(), LongEnumeration(), Abbreviation(), InconsistentTerm()]


def _analyse(text: str):
    from einfach.analysis.analyze import analyze

    return analyze(text)


def _offsets_match(text: str, findings) -> None:
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
        for suggestion in finding.suggestions:
            if suggestion.start is not None:
                assert suggestion.end is not None and 0 <= suggestion.start <= suggestion.end <= len(text)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
@pytest.mark.parametrize("text", GOOD)
@pytest.mark.parametrize("profile", ["einfach", "standard"])
def test_good_plan_sentences_are_clean(run_rule, rule, text, profile):
    assert run_rule(rule, text, profile=profile) == []


def test_good_plan_as_one_document_is_clean(run_rule):
    text = "\n".join(GOOD)
    for rule in RULES:
        assert run_rule(rule, text) == [], rule.name


# long-clause (ES103) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "words"),
    [
        (
            (
                "Ich schreibe jede Woche 3 Bewerbungen an Firmen in Mannheim, und ich "
                "schicke Ihnen am Ende vom Monat eine Liste mit allen Firmen."
            ),
            "und ich schicke Ihnen am Ende vom Monat eine Liste mit allen Firmen",
            13,
        ),
        (
            (
                "Wenn Sie im nächsten Monat wegen Ihrer Kinder nicht zu dem "
                "vereinbarten Termin im Jobcenter kommen können, rufen Sie an."
            ),
            "Wenn Sie im nächsten Monat wegen Ihrer Kinder nicht zu dem vereinbarten Termin im Jobcenter kommen können",
            17,
        ),
        (
            (
                "Das Jobcenter bezahlt den Kurs; Sie bekommen außerdem 50 Euro für neue "
                "Kleidung zum Vorstellungsgespräch bei einer großen Firma."
            ),
            "Sie bekommen außerdem 50 Euro für neue Kleidung zum Vorstellungsgespräch bei einer großen Firma",
            14,
        ),
        (
            (
                "Bitte beachten Sie: Die Unterlagen für den Antrag auf Kostenübernahme "
                "müssen bis Ende Mai vollständig im Jobcenter vorliegen."
            ),
            "Die Unterlagen für den Antrag auf Kostenübernahme müssen bis Ende Mai vollständig im Jobcenter vorliegen",
            15,
        ),
        (
            (
                "Frau Yilmaz – Ihre Ansprechperson im Jobcenter Mannheim in der "
                "Ifflandstraße im zweiten Stock im Zimmer 214 – hilft Ihnen."
            ),
            "Ihre Ansprechperson im Jobcenter Mannheim in der Ifflandstraße im zweiten Stock im Zimmer 214",
            14,
        ),
        (  # one segment, but too short for sentence-length (15 words): long-clause reports it
            "Sie schicken die Liste mit Ihren Bewerbungen bis zum 31. März 2026 an Frau Yilmaz.",
            "Sie schicken die Liste mit Ihren Bewerbungen bis zum 31. März 2026 an Frau Yilmaz",
            13,
        ),
    ],
)
def test_long_clause_flags(run_rule, text, flagged, words):
    [finding] = run_rule(LongClause(), text)
    assert finding.text == flagged
    assert finding.data == {"words": words, "limit": 12}
    assert finding.severity is Severity.WARNING and finding.code == "ES103"
    assert finding.suggestions[0].replacement is None and not finding.suggestions[0].safe
    _offsets_match(text, [finding])


@pytest.mark.parametrize(
    "text",
    [
        "Ich schreibe jede Woche 2 Bewerbungen, und ich gehe einmal im Monat zum Termin ins Jobcenter.",
        "Wenn Sie krank sind, schicken Sie uns bitte am selben Tag die Krankmeldung vom Arzt.",
        "Das Jobcenter bezahlt den Kurs, die Bücher und die Fahrkarten für den Bus.",
        # one segment of 16 words: sentence-length (warn above 15) reports it, long-clause stays silent
        "Das Jobcenter bezahlt Ihnen für die Fahrt mit dem Bus zum Vorstellungsgespräch in Heidelberg 12 Euro.",
        "Ich will im Herbst wieder als Friseurin in einem Salon arbeiten.",
        "Sie bekommen 2,50 Euro pro Tag für das Mittagessen im Kurs.",
    ],
)
def test_long_clause_does_not_flag(run_rule, text):
    assert run_rule(LongClause(), text) == []


def test_long_clause_options_and_profiles(run_rule):
    text = "Ich komme zum Termin, aber ich bringe am Montag leider keine Unterlagen vom Arzt mit."
    # second segment: "aber ich bringe am Montag leider keine Unterlagen vom Arzt mit" = 11 words
    assert run_rule(LongClause(), text) == []
    [finding] = run_rule(LongClause(), text, max_words=10)
    assert finding.data == {"words": 11, "limit": 10}
    [leicht] = run_rule(LongClause(), text, profile="leicht")
    assert leicht.data["limit"] == 8 and leicht.severity is Severity.WARNING
    long_text = (
        "Das Jobcenter bezahlt den Kurs; Sie bekommen außerdem 50 Euro für neue "
        "Kleidung zum Vorstellungsgespräch bei einer großen Firma."
    )
    assert run_rule(LongClause(), long_text, profile="standard") == []
    [suggestion] = run_rule(LongClause(), long_text, profile="standard", max_words=13)
    assert suggestion.severity is Severity.SUGGESTION
    # a one-segment sentence is left to sentence-length above sentence_words
    single = "Sie schicken die Liste mit Ihren Bewerbungen bis zum 31. März 2026 an Frau Yilmaz."
    assert run_rule(LongClause(), single, sentence_words=14) == []


def test_segments_split_at_punctuation_and_clause_words():
    [sentence] = _analyse("Wenn Sie krank sind, rufen Sie an und wir suchen zusammen einen neuen Termin.")
    parts = segments(sentence)
    texts = [" ".join(token.text for token in sentence.tokens[part.start : part.end]) for part in parts]
    assert texts == ["Wenn Sie krank sind", "rufen Sie an", "und wir suchen zusammen einen neuen Termin"]
    assert [part.words for part in parts] == [4, 3, 7]


# subordinate-clause (ES104) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subordinate", "commas", "conjunctions"),
    [
        ("Bitte rufen Sie uns an, wenn Sie krank sind, damit wir den Termin verschieben.", 2, 2, ["wenn", "damit"]),
        ("Wir bezahlen den Kurs, wenn Sie uns zeigen, dass Sie einen Platz haben.", 2, 2, ["wenn", "dass"]),
        ("Wenn Sie eine Arbeit finden, dürfen Sie den Kurs beenden, obwohl er noch läuft.", 2, 2, ["Wenn", "obwohl"]),
        ("Sie sagen uns bis Freitag, ob Sie die Stelle nehmen, weil die Firma wartet.", 2, 2, ["ob", "weil"]),
        (
            "Frau Yilmaz prüft, ob das Jobcenter die Kosten übernimmt, nachdem Sie den Antrag abgegeben haben.",
            2,
            2,
            ["ob", "nachdem"],
        ),
        ("Die Firma, die Ihnen die Stelle anbietet, sucht eine Verkäuferin.", 1, 2, ["die"]),
        ("Wir besprechen, was Sie brauchen, und wir suchen zusammen einen Kurs.", 1, 2, ["was"]),
    ],
)
def test_subordinate_clause_flags(run_rule, text, subordinate, commas, conjunctions):
    [finding] = run_rule(SubordinateClause(), text)
    assert finding.text == text  # the whole sentence
    assert finding.data["subordinate"] == subordinate and finding.data["commas"] == commas
    assert finding.data["conjunctions"] == conjunctions
    assert finding.data["max_subordinate"] == 1 and finding.data["max_commas"] == 1
    assert finding.severity is Severity.WARNING and finding.code == "ES104"
    assert finding.suggestions[0].replacement is None and not finding.suggestions[0].safe
    _offsets_match(text, [finding])


@pytest.mark.parametrize(
    "text",
    [
        "Wenn Sie krank sind, rufen Sie uns an.",
        "Sie bekommen Geld für Bücher, Fahrkarten und Arbeitskleidung.",
        "Bitte bringen Sie Ihren Ausweis, Ihre Lohnabrechnung und Ihren Mietvertrag mit.",
        "Der Kurs kostet 2,50 Euro, 3,50 Euro oder 4,50 Euro am Tag.",
        "Als Friseurin verdienen Sie mehr Geld.",
        "Was müssen Sie bis Montag tun?",
        "Am Montag, 3. März 2026, kommen Sie ins Jobcenter.",
        "Ich lerne Deutsch, um eine Arbeit zu finden.",
    ],
)
def test_subordinate_clause_does_not_flag(run_rule, text):
    assert run_rule(SubordinateClause(), text) == []


def test_subordinate_clause_profiles_and_options(run_rule):
    weil = "Ich lerne Deutsch, weil ich als Friseurin arbeiten will."
    relative = "Die Frau, die Ihnen hilft, heißt Frau Yilmaz."
    assert run_rule(SubordinateClause(), weil) == []
    [leicht] = run_rule(SubordinateClause(), weil, profile="leicht")
    assert leicht.severity is Severity.ERROR and leicht.message == "Nebensatz: Besser sind nur Hauptsätze."
    assert leicht.data["conjunctions"] == ["weil"]
    assert "Der Grund" in leicht.suggestions[0].note
    # Leichte Sprache tolerates a short der/die/das relative clause (MUCGPT), Einfache Sprache counts its commas
    assert run_rule(SubordinateClause(), relative, profile="leicht") == []
    assert run_rule(SubordinateClause(), relative, profile="leicht", allow_relative=False)
    [einfach] = run_rule(SubordinateClause(), relative)
    assert einfach.data["commas"] == 2 and einfach.message == "2 Kommas in einem Satz. Gut ist höchstens 1."
    two = "Wir bezahlen den Kurs, wenn Sie uns zeigen, dass Sie einen Platz haben."
    assert run_rule(SubordinateClause(), two, profile="standard") == []
    assert run_rule(SubordinateClause(), two, max_subordinate=2, max_commas=2) == []
    [wenn] = run_rule(SubordinateClause(), two)
    assert "Sie sind krank? Dann" in wenn.suggestions[0].note


def test_subclauses_measure():
    [sentence] = _analyse("Ich komme nicht, so dass ich den Termin verschiebe, obwohl ich krank bin.")
    clauses = subordinate_clauses(sentence)
    assert [(clause.word, clause.kind) for clause in clauses] == [
        ("dass", ClauseKind.SUBORDINATE),
        ("obwohl", ClauseKind.SUBORDINATE),
    ]
    assert len(clause_commas(sentence)) == 2
    [listing] = _analyse("Sie bekommen Geld für Bücher, Fahrkarten, Hefte und Stifte.")
    assert subordinate_clauses(listing) == () and clause_commas(listing) == ()


# verb-distance (ES105) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "words", "bracket"),
    [
        (
            "Sie reichen die Unterlagen bitte bis zum Ende des nächsten Monats im Jobcenter ein.",
            "reichen die Unterlagen bitte bis zum Ende des nächsten Monats im Jobcenter ein",
            11,
            "ein",
        ),
        (
            "Sie geben die Liste mit allen Firmen am Freitag im Jobcenter ab.",
            "geben die Liste mit allen Firmen am Freitag im Jobcenter ab",
            9,
            "ab",
        ),
        (
            "Ich habe im Mai bei 3 Firmen in Mannheim im Lager gearbeitet.",
            "habe im Mai bei 3 Firmen in Mannheim im Lager gearbeitet",
            9,
            "gearbeitet",
        ),
        (
            "Bitte bringen Sie zum Termin am 3. März 2026 Ihren Ausweis mit.",
            "bringen Sie zum Termin am 3. März 2026 Ihren Ausweis mit",
            7,
            "mit",
        ),
        (
            "Sie können den Kurs ab dem 4. Mai 2026 in der Volkshochschule besuchen.",
            "können den Kurs ab dem 4. Mai 2026 in der Volkshochschule besuchen",
            8,
            "besuchen",
        ),
        (
            "Das Jobcenter hat Ihnen am 3. März einen Brief mit allen Informationen zum Kurs geschickt.",
            "hat Ihnen am 3. März einen Brief mit allen Informationen zum Kurs geschickt",
            10,
            "geschickt",
        ),
        (  # the main clause after a subordinate clause
            "Wenn Sie Fragen haben, rufen Sie Frau Yilmaz am Montag zwischen 9 und 12 Uhr im Büro an.",
            "rufen Sie Frau Yilmaz am Montag zwischen 9 und 12 Uhr im Büro an",
            11,
            "an",
        ),
    ],
)
def test_verb_distance_flags(run_rule, text, flagged, words, bracket):
    [finding] = run_rule(VerbDistance(), text)
    assert finding.text == flagged
    assert finding.data["words"] == words and finding.data["limit"] == 6 and finding.data["bracket"] == bracket
    assert finding.severity is Severity.WARNING and finding.code == "ES105"
    assert finding.suggestions[0].note == "Stellen Sie die Verb-Teile näher zusammen."
    assert finding.suggestions[0].replacement is None and not finding.suggestions[0].safe
    _offsets_match(text, [finding])


@pytest.mark.parametrize(
    "text",
    [
        "Ich will wieder als Friseurin arbeiten.",
        "Bitte bringen Sie Ihren Ausweis mit.",
        "Sie müssen die Unterlagen bis Montag, 3. März 2026, im Jobcenter abgeben.",  # no bracket across commas
        "Ich schicke Ihnen die Liste, weil ich am Montag bei einer Firma in Heidelberg ein Gespräch habe.",
        "Sie können die Bewerbung per E-Mail schicken oder im Jobcenter in der Ifflandstraße abgeben.",
        "Zum Beispiel: Sie schreiben 2 Bewerbungen pro Woche an Firmen in Mannheim und Heidelberg.",
        "Ich will im Herbst in Mannheim als Friseurin arbeiten.",  # 6 words between: at the limit
    ],
)
def test_verb_distance_does_not_flag(run_rule, text):
    assert run_rule(VerbDistance(), text) == []


def test_verb_distance_profiles_and_options(run_rule):
    text = "Ich will im Herbst in Mannheim als Friseurin arbeiten."
    [leicht] = run_rule(VerbDistance(), text, profile="leicht")
    assert leicht.data == {"words": 6, "limit": 4, "verb": "will", "bracket": "arbeiten"}
    assert run_rule(VerbDistance(), text, max_words=5)
    far = "Sie reichen die Unterlagen bitte bis zum Ende des nächsten Monats im Jobcenter ein."
    assert run_rule(VerbDistance(), far, max_words=11) == []
    [standard] = run_rule(VerbDistance(), far, profile="standard")
    assert standard.severity is Severity.SUGGESTION and standard.data["limit"] == 9


# enumeration (ES106) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "items", "replacement"),
    [
        (
            "Bringen Sie Ihren Ausweis, Ihre Lohnabrechnung, Ihren Mietvertrag und Ihre Kontoauszüge mit.",
            ["Ihren Ausweis", "Ihre Lohnabrechnung", "Ihren Mietvertrag", "Ihre Kontoauszüge"],
            "Bringen Sie mit:\n- Ihren Ausweis\n- Ihre Lohnabrechnung\n- Ihren Mietvertrag\n- Ihre Kontoauszüge",
        ),
        (
            (
                "Für den Termin brauchen Sie Ihren Ausweis, Ihren Lebenslauf, Ihre "
                "Zeugnisse, Ihren Mietvertrag und Ihre Kontoauszüge."
            ),
            ["Ihren Ausweis", "Ihren Lebenslauf", "Ihre Zeugnisse", "Ihren Mietvertrag", "Ihre Kontoauszüge"],
            (
                "Für den Termin brauchen Sie:\n- Ihren Ausweis\n- Ihren Lebenslauf\n- "
                "Ihre Zeugnisse\n- Ihren Mietvertrag\n- Ihre Kontoauszüge"
            ),
        ),
        (
            "Wir helfen Ihnen bei der Suche, bei den Bewerbungen, bei den Kosten und bei der Kinderbetreuung.",
            ["bei der Suche", "bei den Bewerbungen", "bei den Kosten", "bei der Kinderbetreuung"],
            "Wir helfen Ihnen:\n- bei der Suche\n- bei den Bewerbungen\n- bei den Kosten\n- bei der Kinderbetreuung",
        ),
        (
            "Bitte bringen Sie mit: den Ausweis, die Unterlagen, das Zeugnis und den Lebenslauf.",
            ["den Ausweis", "die Unterlagen", "das Zeugnis", "den Lebenslauf"],
            "Bitte bringen Sie mit:\n- den Ausweis\n- die Unterlagen\n- das Zeugnis\n- den Lebenslauf",
        ),
        (
            "Im Kurs lernen Sie Deutsch, Mathematik, Computer, Bewerbungen und Telefonieren.",
            ["Deutsch", "Mathematik", "Computer", "Bewerbungen", "Telefonieren"],
            "Im Kurs lernen Sie:\n- Deutsch\n- Mathematik\n- Computer\n- Bewerbungen\n- Telefonieren",
        ),
        (  # the rest "für den Kurs" does not fit the lead-in: only a note
            "Wir bezahlen die Fahrt, das Essen, die Arbeitskleidung, die Bücher und die Prüfung für den Kurs.",
            ["die Fahrt", "das Essen", "die Arbeitskleidung", "die Bücher", "die Prüfung"],
            None,
        ),
        (  # "als ... arbeiten": the lead-in cannot take the rest of the verb
            "Sie können als Verkäuferin, Kassiererin, Köchin, Putzhilfe oder Fahrerin arbeiten.",
            ["Verkäuferin", "Kassiererin", "Köchin", "Putzhilfe", "Fahrerin"],
            None,
        ),
    ],
)
def test_enumeration_flags(run_rule, text, items, replacement):
    [finding] = run_rule(LongEnumeration(), text)
    assert finding.data == {"items": items, "count": len(items), "limit": 4}
    assert finding.text.startswith(items[0]) and finding.text.endswith(items[-1])
    assert finding.severity is Severity.WARNING and finding.code == "ES106"
    [suggestion] = finding.suggestions
    assert suggestion.replacement == replacement and suggestion.safe is False
    if replacement is not None:  # the list replaces the whole sentence
        assert (suggestion.start, suggestion.end) == (0, len(text))
    _offsets_match(text, [finding])


@pytest.mark.parametrize(
    "text",
    [
        "Sie bekommen Geld für Bücher, Fahrkarten und Arbeitskleidung.",  # 3 items: fine in Einfache Sprache
        "Wenn Sie krank sind, rufen Sie uns an, und wir suchen einen neuen Termin.",
        "Ich schreibe Bewerbungen, ich gehe zum Kurs, ich lerne Deutsch und ich suche eine Wohnung.",
        "Sie suchen eine sichere, feste, gut bezahlte und unbefristete Arbeit.",
        "Am Montag, 3. März 2026, um 9:30 Uhr kommen Sie ins Jobcenter.",
        "Bitte bringen Sie mit:\n- Ihren Ausweis,\n- Ihre Zeugnisse,\n- Ihren Lebenslauf und\n- Ihren Mietvertrag.",
        "Das brauchen Sie:\n- Bücher, Hefte, Stifte und Papier",  # already a list item
    ],
)
def test_enumeration_does_not_flag(run_rule, text):
    assert run_rule(LongEnumeration(), text) == []


def test_enumeration_profiles_and_options(run_rule):
    three = "Sie bekommen Geld für Bücher, Fahrkarten und Arbeitskleidung."
    [leicht] = run_rule(LongEnumeration(), three, profile="leicht")
    assert leicht.data["count"] == 3 and leicht.suggestions[0].replacement == (
        "Sie bekommen Geld für:\n- Bücher\n- Fahrkarten\n- Arbeitskleidung"
    )
    assert run_rule(LongEnumeration(), three, min_items=3)
    four = "Bringen Sie Ihren Ausweis, Ihre Lohnabrechnung, Ihren Mietvertrag und Ihre Kontoauszüge mit."
    assert run_rule(LongEnumeration(), four, profile="standard") == []
    [five] = run_rule(LongEnumeration(), four, profile="standard", min_items=4)
    assert five.severity is Severity.SUGGESTION


def test_enumeration_measure_keeps_clauses_apart():
    [sentence] = _analyse("Ich schreibe Bewerbungen, ich gehe zum Kurs, ich lerne Deutsch und ich suche eine Wohnung.")
    assert find_enumerations(sentence) == ()


# abbreviation (ES206) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "replacement", "safe"),
    [
        ("Sie bewerben sich z. B. als Verkäuferin.", "z. B.", "zum Beispiel", True),
        ("Z. B. schreiben Sie 2 Bewerbungen pro Woche.", "Z. B.", "Zum Beispiel", True),
        ("Der Kurs dauert i. d. R. 6 Monate.", "i. d. R.", "in der Regel", False),  # spelled out it is vague: no safe fix
        ("Bitte rufen Sie Frau Yilmaz bzw. Herrn Braun an.", "bzw.", "beziehungsweise", False),
        ("Bitte nennen Sie Ihre Kunden-Nr. am Telefon.", "Kunden-Nr.", "Kunden-Nummer", True),
        ("Bringen Sie Bücher, Hefte usw.", "usw.", "und so weiter.", False),  # the period also ends the sentence
        ("Der Kurs dauert 2 Std. am Tag.", "Std.", "Stunde", False),  # the plural is not in the table
        ("Die sog. Maßnahme beginnt im Mai.", "sog.", None, False),  # the ending depends on the noun
    ],
)
def test_abbreviation_spells_out(run_rule, text, flagged, replacement, safe):
    [finding] = run_rule(Abbreviation(), text)
    assert finding.text == flagged and finding.data["kind"] == "abbreviation"
    assert finding.severity is Severity.WARNING and finding.code == "ES206"
    [suggestion] = finding.suggestions
    assert suggestion.replacement == replacement and suggestion.safe is safe
    _offsets_match(text, [finding])


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Sie bekommen einen AVGS für das Bewerbungs-Training.", "AVGS"),
        ("Die BA bezahlt den Kurs.", "BA"),
        ("Das Jobcenter zahlt die KdU direkt an den Vermieter.", "KdU"),
        ("Die VHS bietet den Deutschkurs am Abend an.", "VHS"),
        ("Sie bekommen ALG-II vom Jobcenter.", "ALG"),
        ("Das BAMF bezahlt den Integrationskurs.", "BAMF"),
    ],
)
def test_abbreviation_flags_unexplained_acronyms(run_rule, text, acronym):
    [finding] = run_rule(Abbreviation(), text)
    assert finding.data == {"kind": "acronym", "acronym": acronym}
    assert finding.text.startswith(acronym)
    assert finding.suggestions[0].replacement is None and not finding.suggestions[0].safe
    _offsets_match(text, [finding])


@pytest.mark.parametrize(
    "text",
    [
        "Zum Beispiel: Sie schreiben 2 Bewerbungen pro Woche.",
        "Sie bekommen einen AVGS (Aktivierungs- und Vermittlungsgutschein).",
        "Das Jobcenter zahlt die Kosten der Unterkunft (KdU).",
        "Die KdU sind hoch. Das bedeutet: Die Kosten für Ihre Wohnung sind hoch.",
        "AVGS heißt Aktivierungs- und Vermittlungsgutschein.",
        "Überweisen Sie das Geld auf Ihre IBAN und schicken Sie uns eine PDF.",
        "Das steht in § 15 SGB II.",
        "BITTE BRINGEN SIE DEN AUSWEIS MIT.",
        "Sie dürfen NICHT fehlen.",
        "Sie fahren mit dem Lkw zur Arbeit.",
        "Dr. Müller schreibt Ihnen eine Krankmeldung.",
        "Frau Kaya von der Firma REWE ruft Sie an.",
        "Sie bekommen Arbeitslosengeld II (ALG II) vom Jobcenter.",
    ],
)
def test_abbreviation_does_not_flag(run_rule, text):
    assert run_rule(Abbreviation(), text) == []


def test_abbreviation_acronym_only_at_first_use(run_rule):
    text = "Sie bekommen einen AVGS. Mit dem AVGS machen Sie ein Coaching. Der AVGS gilt 3 Monate."
    [finding] = run_rule(Abbreviation(), text)
    assert finding.start == text.index("AVGS") and finding.sentence == 0
    explained_later = "Mit dem AVGS machen Sie ein Coaching. Das ist ein Gutschein für einen Kurs."
    assert run_rule(Abbreviation(), explained_later) == []


def test_abbreviation_options_and_profiles(run_rule):
    text = "Sie bekommen einen AVGS, z. B. für ein Coaching."
    assert [f.data["kind"] for f in run_rule(Abbreviation(), text)] == ["acronym", "abbreviation"]
    assert [f.data["kind"] for f in run_rule(Abbreviation(), text, flag_acronyms=False)] == ["abbreviation"]
    assert [f.data["kind"] for f in run_rule(Abbreviation(), text, allow=["AVGS"])] == ["abbreviation"]
    assert {f.severity for f in run_rule(Abbreviation(), text, profile="leicht")} == {Severity.ERROR}
    assert {f.severity for f in run_rule(Abbreviation(), text, profile="standard")} == {Severity.SUGGESTION}
    mixed = run_rule(Abbreviation(), text, acronym_severity="suggestion")
    assert [f.severity for f in mixed] == [Severity.SUGGESTION, Severity.WARNING]
    # SGB is the law's name: allowed in Einfache Sprache, explained once in Leichte Sprache
    law = "Das steht in § 15 SGB II."
    assert run_rule(Abbreviation(), law) == []
    [leicht] = run_rule(Abbreviation(), law, profile="leicht")
    assert leicht.data == {"kind": "acronym", "acronym": "SGB"}
    assert run_rule(Abbreviation(), law, profile="leicht", allow_acronyms=["SGB"]) == []


def test_abbreviation_references_days_and_names(run_rule):
    law = "Das steht in § 15 Abs. 2 Nr. 1 SGB II."
    assert [(f.text, f.suggestions[0].replacement, f.suggestions[0].safe) for f in run_rule(Abbreviation(), law)] == [
        ("Abs.", "Absatz", True),
        ("Nr.", "Nummer", True),
    ]
    hours = "Sie erreichen uns Mo. bis Fr. von 9 bis 12 Uhr."
    assert [(f.text, f.suggestions[0].replacement, f.suggestions[0].safe) for f in run_rule(Abbreviation(), hours)] == [
        ("Mo.", "Montag", True),
        ("Fr.", "Freitag", False),  # "Fr." is also "Frau": a person checks it
    ]
    [person] = run_rule(Abbreviation(), "Bitte rufen Sie Fr. Kaya an.")
    assert (person.suggestions[0].replacement, person.suggestions[0].safe) == ("Frau", True)
    [page] = run_rule(Abbreviation(), "Das steht auf S. 5 im Brief von S. Müller.")
    assert (page.text, page.suggestions[0].replacement) == ("S.", "Seite")  # "S. Müller" is an initial
    [street] = run_rule(Abbreviation(), "Kommen Sie in die Hauptstr. 5.")
    assert (street.suggestions[0].replacement, street.suggestions[0].safe) == ("Hauptstraße", False)


def test_acronym_recognition():
    from einfach.analysis.model import Token
    from einfach.analysis.tokens import Kind

    def key(text: str, tag: str = "NE") -> str | None:
        return acronym_key(Token(text, 0, len(text), Kind.WORD, tag, text))

    assert [key(word) for word in ("SGB", "KdU", "GmbH", "ALG-II", "AVGS")] == ["SGB", "KdU", "GmbH", "ALG", "AVGS"]
    assert [key(word) for word in ("Lkw", "PayPal", "II", "IV", "AMT", "Jobcenter", "A")] == [None] * 7
    assert {"EU", "IBAN", "WC", "LKW"} <= common_acronyms()


# inconsistent-term (ES211) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "variant", "first", "replacement"),
    [
        ("Das Jobcenter bezahlt die Fahrt. Die Behörde braucht dafür Ihre Fahrkarte.", "Behörde", "Jobcenter", None),
        ("Das Jobcenter bezahlt den Kurs. Das Amt braucht dafür Ihre Rechnung.", "Amt", "Jobcenter", "Jobcenter"),
        ("Ihr Plan hat 3 Schritte. Die Vereinbarung gilt bis Oktober.", "Vereinbarung", "Plan", None),
        (
            "Ihre Ansprechpartnerin heißt Frau Kaya. Ihre Beraterin ruft Sie am Montag an.",
            "Beraterin",
            "Ansprechpartnerin",
            "Ansprechpartnerin",
        ),
        ("Sie besuchen ab Mai einen Deutschkurs. Der Sprachkurs dauert 6 Monate.", "Sprachkurs", "Deutschkurs", "Deutschkurs"),
        (
            "Sie bekommen Grundsicherungsgeld. Das Bürgergeld kommt jeden Monat auf Ihr Konto.",
            "Bürgergeld",
            "Grundsicherungsgeld",
            "Grundsicherungsgeld",
        ),
        (
            "Sie bekommen Bürgergeld. Das Arbeitslosengeld II kommt am Anfang vom Monat.",
            "Arbeitslosengeld II",
            "Bürgergeld",
            None,
        ),
    ],
)
def test_inconsistent_term_flags(run_rule, text, variant, first, replacement):
    [finding] = run_rule(InconsistentTerm(), text)
    assert finding.text == variant and finding.sentence == 1
    assert finding.data == {"first": first, "variant": variant}
    assert finding.message == "Sie nennen dasselbe anders als vorher. Bleiben Sie bei einem Wort."
    assert f"„{first}“" in finding.suggestions[0].note
    assert finding.severity is Severity.WARNING and finding.code == "ES211"
    [suggestion] = finding.suggestions
    assert suggestion.replacement == replacement and suggestion.safe is False
    _offsets_match(text, [finding])


@pytest.mark.parametrize(
    "text",
    [
        "Das ist Ihr Kooperationsplan. Ihr Plan hat 3 Schritte.",  # "Plan" is the short form
        "Das Jobcenter bezahlt den Kurs. Das Jobcenter braucht dafür Ihre Rechnung.",
        "Sie bekommen Grundsicherungsgeld (früher: Bürgergeld).",
        "Sie bekommen Grundsicherungsgeld. Das Geld hieß früher Bürgergeld.",
        "Die Eingliederungsvereinbarung heißt jetzt Kooperationsplan. Ihr Kooperationsplan hat 3 Schritte.",
        "Das Jobcenter arbeitet mit anderen Behörden zusammen.",
        "Sie bekommen Arbeitslosengeld von der Agentur für Arbeit. Danach bekommen Sie Bürgergeld.",
        "Ihr Termin ist im Jobcenter. Im Bürgeramt bekommen Sie einen neuen Ausweis.",  # compounds do not count
    ],
)
def test_inconsistent_term_does_not_flag(run_rule, text):
    assert run_rule(InconsistentTerm(), text) == []


def test_inconsistent_term_one_finding_per_sentence_and_set(run_rule):
    text = "Das Jobcenter hilft Ihnen. Die Behörde und das Amt bezahlen den Kurs. Das Amt bezahlt auch die Fahrt."
    findings = run_rule(InconsistentTerm(), text)
    assert [(f.sentence, f.text) for f in findings] == [(1, "Behörde"), (2, "Amt")]


def test_inconsistent_term_profiles_and_allow(run_rule):
    text = "Das Jobcenter bezahlt den Kurs. Das Amt braucht dafür Ihre Rechnung."
    assert [f.severity for f in run_rule(InconsistentTerm(), text, profile="leicht")] == [Severity.ERROR]
    assert [f.severity for f in run_rule(InconsistentTerm(), text, profile="standard")] == [Severity.SUGGESTION]
    assert [f.severity for f in run_rule(InconsistentTerm(), text, severity="suggestion")] == [Severity.SUGGESTION]
    assert run_rule(InconsistentTerm(), text, allow=["Amt"]) == []


def test_term_sets_data():
    sets = term_sets()
    preferred = {term_set.preferred for term_set in sets}
    assert {"Kooperationsplan/Plan", "Jobcenter", "Grundsicherungsgeld", "Ansprechperson"} <= preferred
    labels = {label for term_set in sets for term in term_set.labels for label in term}
    assert "Arbeitslosengeld" not in labels and "Termin" not in labels and "Leistungsträger" not in labels


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_option_defaults_are_the_einfach_profile(rule):
    from einfach.profiles import build_options

    assert build_options(rule.name, rule.Options, "einfach") == rule.Options()
    for profile in ("leicht", "standard"):
        build_options(rule.name, rule.Options, profile)  # every profile table loads


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("am 3. März 2026 um 9:30 Uhr", 4),
        ("bis 15. April", 2),
        ("von 8 Uhr bis 12 Uhr", 4),
        ("drei Monate im Jahr 2026", 5),  # a year alone is a word
    ],
)
def test_a_written_date_and_a_time_are_read_as_one_unit(text, words):
    from einfach.analysis.analyze import analyze
    from einfach.measures.segments import reading_words

    assert reading_words(analyze(text)[0].tokens) == words


def test_verb_distance_does_not_count_the_recommended_date_format(run_rule):
    assert run_rule(VerbDistance(), "Ich rufe am 3. März 2026 um 9:30 Uhr an.") == []
