"""The HanTa cache wrapper changes speed, never results."""

from __future__ import annotations

from HanTa import HanoverTagger

from einfach.analysis import hanta

SENTENCES = [
    ["Die", "Kosten", "werden", "vom", "Jobcenter", "übernommen", "."],
    ["Wird", "die", "Auskunft", "verlangt", ",", "gilt", "die", "Frist", "."],
    ["Ich", "schreibe", "jeden", "Monat", "fünf", "Bewerbungen", "und", "gehe", "zum", "Bewerbungstraining", "."],
    ["Die", "Unterlagen", "sind", "bis", "zum", "3.", "März", "einzureichen", "."],
]


def test_cached_tagging_equals_plain_hanta():
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    cached = hanta.tagger()
    for words in SENTENCES * 2:  # second round hits the caches
        assert cached.tag_sent(words, taglevel=1) == plain.tag_sent(words, taglevel=1)
    for word in ["Bewerbungskostenübernahme", "Verantwortung", "Kinderbetreuung"]:
        assert list(cached.analyze(word, taglevel=3)[1]) == plain.analyze(word, taglevel=3)[1]


def test_cached_results_are_immutable():
    first = hanta.tagger()._tag_word("Bewerbung")
    assert isinstance(first, tuple)
    assert hanta.tagger()._tag_word("Bewerbung") is first


def test_stts_names():
    assert [hanta.to_stts(t) for t in ["VV(PP)", "ADJ(A)", "NNA", "NNI", "PROAV", "$."]] == [
        "VVPP",
        "ADJA",
        "NN",
        "NN",
        "PAV",
        "$.",
    ]
