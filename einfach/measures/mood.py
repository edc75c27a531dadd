"""Konjunktiv II ("würde", "könnte", "wäre") and Konjunktiv I ("er sei", "sie habe") in a sentence.

Word forms decide, because HanTa's STTS tags carry no mood; the tag only confirms a verb.

Konjunktiv II (:func:`find_subjunctives`), kinds:

* ``wuerde-infinitiv``: würde/würden + infinitive ("Wir würden Ihnen helfen.");
* ``konjunktiv-ii``: forms that differ from the indicative past (wäre, hätte, könnte, müsste,
  dürfte, bräuchte, käme, gäbe, ginge, täte, wüsste ...; "würde" without an infinitive);
* ``sollte-bedingung``: "Sollten Sie krank sein, ..." (a hidden "wenn" clause);
* ``sollte``: any other "sollte", which is also the indicative past: reported only on request.

Forms that equal the indicative past ("gingen", "blieben", "wollte") and the polite "möchte"
are never matched. Politeness formulas ("Könnten Sie bitte ...", "Würden Sie ...", "Wir würden
uns freuen", "Ich hätte gern ...") are marked ``polite`` so that a rule can let them pass.

Konjunktiv I (:func:`find_reported_speech`): forms that are always Konjunktiv I (sei, seien,
könne, müsse, solle, wolle, dürfe, möge, wisse) and 3rd person singular forms in -e where the
indicative ends in -t ("er habe", "der Kurs beginne", "sie arbeite"). Imperatives ("Sei
pünktlich.", "Seien Sie ...", "Habe Geduld."), fixed phrases ("es sei denn", "sei es", "Gott
sei Dank") and clauses with "ich", "du", "wir" or "ihr" are never matched.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.model import FINITE_TAGS, Sentence, Token
from .tense import INFINITIVE_TAGS, PARTICIPLE_TAGS, clauses

__all__ = ["MoodMatch", "find_reported_speech", "find_subjunctives"]

_WUERDE = frozenset({"würde", "würden", "würdest", "würdet"})
# Konjunktiv II forms that differ from the indicative Präteritum ("gingen" = "gingen": left out).
_KONJUNKTIV_II = frozenset(
    [
        *("wäre", "wären", "wärst", "wärest", "wärt", "wäret"),
        *("hätte", "hätten", "hättest", "hättet"),
        *("könnte", "könnten", "könntest", "könntet"),
        *("müsste", "müssten", "müsstest", "müsstet", "müßte", "müßten"),
        *("dürfte", "dürften", "dürftest", "dürftet"),
        *("bräuchte", "bräuchten", "bräuchtest", "bräuchtet"),
        *("käme", "kämen", "kämst", "kämest", "kämt"),
        *("gäbe", "gäben", "gäbst", "gäbest", "gäbt"),
        *("ginge", "gingest", "ginget"),
        *("täte", "täten", "tätest", "tätet"),
        *("wüsste", "wüssten", "wüsstest", "wüsstet"),
        *("bliebe", "bliebest", "bliebet"),
        *("läge", "lägen", "stünde", "stünden", "stände", "ständen", "fände", "fänden"),
        *("hieße", "ließe", "bekäme", "bekämen"),
    ]
)
_SOLLTE = frozenset({"sollte", "sollten", "solltest", "solltet"})
_POLITE_VERBS = frozenset({"werden", "können", "sein", "haben"})
_ADDRESS = frozenset({"Sie", "du", "ihr", "Du", "Ihr"})
_WISH_WORDS = frozenset({"gern", "gerne"})
_SUBJECT_TAGS = frozenset({"PPER", "PIS", "PDS", "NN", "NE", "PRELS", "PWS"})

# Konjunktiv I forms that never equal an indicative form.
_ALWAYS_KONJUNKTIV_I = frozenset(
    [
        *("sei", "seiest", "seist", "seien", "seiet"),
        *("könne", "könnest", "müsse", "müssest", "solle", "sollest", "wolle", "wollest"),
        *("dürfe", "dürfest", "möge", "mögest", "wisse", "wissest"),
    ]
)
_FIRST_SECOND = frozenset({"ich", "du", "wir", "ihr"})
_THIRD_PRONOUNS = frozenset({"er", "sie", "es"})
_THIRD_INDEFINITE = frozenset({"man", "jemand", "niemand", "jeder", "jede", "keiner", "keine", "einer", "eine"})
_THIRD_DEMONSTRATIVE = frozenset({"das", "dies", "dieser", "diese", "dieses", "der", "die"})
_SINGULAR_DETERMINERS = frozenset(
    [
        *("der", "die", "das", "ein", "eine", "kein", "keine", "dieser", "diese", "dieses", "jeder", "jede", "jedes"),
        *("mein", "meine", "dein", "deine", "sein", "seine", "ihr", "ihre", "unser", "unsere", "euer", "eure"),
    ]
)
_IMPERATIVE_LEAD = frozenset({"ADV", "ITJ", "KON", "PTKANT"})


@dataclass(frozen=True, slots=True)
class MoodMatch:
    kind: str  # wuerde-infinitiv, konjunktiv-ii, sollte-bedingung, sollte, konjunktiv-i
    verb: int  # token index of the subjunctive form
    last: int  # the other end of the match: the infinitive of "würde ... helfen" / "helfen würde"; else == verb
    polite: bool = False
    person: str = ""  # konjunktiv-i: "3sg", "3pl", "1sg" or "" (not determined)


def _clause_of(clause_list: list[list[int]], index: int) -> list[int]:
    return next(clause for clause in clause_list if index in clause)


def _words(tokens: tuple[Token, ...], clause: list[int]) -> list[int]:
    return [i for i in clause if not tokens[i].tag.startswith("$")]


def _is_verb(token: Token) -> bool:
    return token.tag in FINITE_TAGS or token.tag.startswith(("VV", "VA", "VM"))


def _infinitive_of(tokens: tuple[Token, ...], words: list[int], verb: int) -> int | None:
    """The clause-final infinitive of "würde ... helfen", or the one before a clause-final "würde"."""
    last = words[-1]
    if (
        last > verb
        and tokens[last].tag in INFINITIVE_TAGS
        and tokens[last - 1].tag != "PTKZU"
        and not any(tokens[i].tag in FINITE_TAGS for i in words if verb < i < last)
    ):
        return last
    if words[-1] == verb and verb - 1 in words and tokens[verb - 1].tag in INFINITIVE_TAGS:
        return verb - 1
    return None


def _polite(tokens: tuple[Token, ...], words: list[int], verb: int) -> bool:
    """ "Könnten Sie bitte ...", "Würden Sie ...", "Wir würden uns freuen", "Ich hätte gern ..."."""
    lemma = tokens[verb].lemma.lower()
    if lemma not in _POLITE_VERBS:
        return False
    following = tokens[verb + 1].text if verb + 1 < len(tokens) else ""
    leading = [i for i in words if i < verb]
    texts = {tokens[i].text.lower() for i in words}
    request = tokens[-1].text == "?" or "bitte" in texts
    if following in _ADDRESS and request and all(tokens[i].text.lower() == "bitte" for i in leading):
        return True  # verb first: "Könnten Sie ...?", "Bitte würden Sie ..."
    if lemma in ("werden", "können") and "bitte" in texts:
        return True
    if lemma == "werden" and any(tokens[i].lemma.lower() == "freuen" for i in words):
        return True
    return lemma in ("werden", "haben") and bool(texts & _WISH_WORDS)


def _conditional_sollte(tokens: tuple[Token, ...], verb: int) -> bool:
    """ "Sollten Sie krank sein, rufen Sie uns an.": the sentence opens with the verb, a subject
    follows and a main clause comes after the comma (not a question "Sollten Sie das tun?")."""
    words = [i for i, token in enumerate(tokens) if token.is_word]
    following = tokens[verb + 1] if verb + 1 < len(tokens) else None
    if not words or words[0] != verb or following is None or following.tag not in _SUBJECT_TAGS | {"ART", "PPOSAT"}:
        return False
    return any(token.text == "," for token in tokens[verb:]) and tokens[-1].text != "?"


def find_subjunctives(sentence: Sentence) -> tuple[MoodMatch, ...]:
    tokens = sentence.tokens
    clause_list = clauses(sentence)
    found: list[MoodMatch] = []
    for index, token in enumerate(tokens):
        word = token.text.lower()
        if not _is_verb(token) or word not in _WUERDE | _KONJUNKTIV_II | _SOLLTE:
            continue
        words = _words(tokens, _clause_of(clause_list, index))
        if word in _SOLLTE:
            kind = "sollte-bedingung" if _conditional_sollte(tokens, index) else "sollte"
            found.append(MoodMatch(kind, index, index))
            continue
        polite = _polite(tokens, words, index)
        if word in _WUERDE:
            infinitive = _infinitive_of(tokens, words, index)
            passive = infinitive is not None and tokens[infinitive].text.lower() in ("werden", "sein", "haben")
            if infinitive is not None and not (passive and tokens[infinitive - 1].tag in PARTICIPLE_TAGS):
                found.append(MoodMatch("wuerde-infinitiv", index, infinitive, polite))
                continue
        found.append(MoodMatch("konjunktiv-ii", index, index, polite))
    return tuple(found)


def _imperative(tokens: tuple[Token, ...], words: list[int], verb: int) -> bool:
    """ "Sei pünktlich.", "Bitte habe Geduld.", "Seien Sie ...": nothing but adverbs before the verb,
    and no 3rd person subject right after it ("Morgen komme er" is not an imperative)."""
    if not all(tokens[i].tag in _IMPERATIVE_LEAD for i in words if i < verb):
        return False
    following = tokens[verb + 1] if verb + 1 < len(tokens) else None
    leading = any(i < verb for i in words)
    return not (leading and following is not None and following.text in ("er", "sie", "es", "man"))


def _fixed_phrase(tokens: tuple[Token, ...], verb: int) -> bool:
    """ "es sei denn", "sei es ... oder ...", "Gott sei Dank", "wie dem auch sei"."""
    before = tokens[verb - 1].text.lower() if verb > 0 else ""
    after = tokens[verb + 1].text.lower() if verb + 1 < len(tokens) else ""
    if tokens[verb].text.lower() != "sei":
        return False
    return after in ("es", "denn", "dank") or before in ("gott", "auch", "dem")


def _third_singular_subject(tokens: tuple[Token, ...], words: list[int], verb: int) -> bool:
    """The clause names a 3rd person singular subject (er, man, Frau Müller, der Kurs ...)."""
    for position, index in enumerate(words):
        if index == verb:
            continue
        token = tokens[index]
        word = token.text.lower()
        if token.tag == "PPER" and word in _THIRD_PRONOUNS and (token.text != "Sie" or index == 0):
            return True  # mid-sentence "Sie" is the reader (plural verb), sentence-initial "Sie" may be "she"
        if token.tag == "PIS" and word in _THIRD_INDEFINITE:
            return True
        if token.tag == "PDS" and word in _THIRD_DEMONSTRATIVE:
            return True
        if token.tag == "NE" and token.text[:1].isupper():
            return True
        if token.tag == "NN" and token.text == token.lemma and position > 0:
            previous = tokens[words[position - 1]]
            if previous.text.lower() in _SINGULAR_DETERMINERS and previous.tag in ("ART", "PPOSAT", "PDAT", "PIAT"):
                return True
    return False


def _ending_like_infinitive(token: Token) -> bool:
    """ "komme"/"kommen", "arbeite"/"arbeiten", "habe"/"haben": stem + e (not "kam", "sagte")."""
    word, lemma = token.text.lower(), token.lemma.lower()
    return word.endswith("e") and lemma.endswith("en") and (lemma == word + "n" or lemma.endswith(word + "n"))


def find_reported_speech(sentence: Sentence) -> tuple[MoodMatch, ...]:
    tokens = sentence.tokens
    clause_list = clauses(sentence)
    found: list[MoodMatch] = []
    for index, token in enumerate(tokens):
        if token.tag not in FINITE_TAGS:
            continue
        word = token.text.lower()
        always = word in _ALWAYS_KONJUNKTIV_I
        if not always and not _ending_like_infinitive(token):
            continue
        words = _words(tokens, _clause_of(clause_list, index))
        if _imperative(tokens, words, index) or _fixed_phrase(tokens, index):
            continue
        texts = {tokens[i].text.lower() for i in words if tokens[i].tag == "PPER"}
        if always:
            if not any(tokens[i].tag in _SUBJECT_TAGS for i in words if i != index):
                continue
            person = "3sg"
            if word.startswith("seien"):
                person = "3pl"
            elif texts & _FIRST_SECOND:
                person = "1sg" if texts & _FIRST_SECOND == {"ich"} else ""
            found.append(MoodMatch("konjunktiv-i", index, index, person=person))
            continue
        if texts & _FIRST_SECOND or not _third_singular_subject(tokens, words, index):
            continue
        if index > 0 and tokens[index - 1].tag == "KON":
            continue  # "(Ich) Hab oft bestellt und werde es wieder tun": the subject is shared
        found.append(MoodMatch("konjunktiv-i", index, index, person="3sg"))
    return tuple(found)
