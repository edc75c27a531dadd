"""Genitive noun phrases in a tagged sentence, and their "von + Dativ" form.

HanTa gives no case, so the genitive is read from the determiner, the noun's ending and the
neighbours:

* "des/eines/keines/meines/Ihres/... (+ adjectives) + noun" is genitive ("die Kosten des
  Kurses", "innerhalb eines Monats"); "dieses/jedes" only with a genitive -s on the noun
  ("dieses Jahres", not "dieses Jahr");
* "der/einer/Ihrer/... (+ adjectives) + noun" only where it cannot be a nominative or dative:
  after a genitive preposition ("wegen der Krankheit"), or after a noun with a plural noun
  ("die Höhe der Kosten") or a feminine singular noun ("die Kosten der Fahrt"), unless the
  clause's verb takes a dative object ("Ich gebe das Formular der Beraterin.").
  "mit der Fahrt" (after another preposition) and "der Kurs" (masculine) are never genitive.

Kinds: ``attribut`` (after a noun: "von + Dativ" fits), ``praeposition`` (wegen, während ...),
``sonstig`` ("eines Tages", "meines Erachtens").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import langdata
from ..analysis.model import FINITE_TAGS, Sentence, Token
from ..normalize import lexicon_key
from ..resources import read_word_list
from ..suggest.german import noun_gender
from .compounds import compound_parts
from .memo import for_last_sentence
from .tense import clauses

__all__ = ["GENITIVE_PREPOSITIONS", "GenitiveMatch", "dative_phrase", "find_genitives"]

GENITIVE_PREPOSITIONS = frozenset(
    [
        *("wegen", "während", "aufgrund", "trotz", "innerhalb", "außerhalb", "anhand", "mittels", "statt"),
        *("anstatt", "bezüglich", "hinsichtlich", "seitens", "zwecks", "infolge", "angesichts", "anlässlich"),
        *("mangels", "oberhalb", "unterhalb", "zugunsten", "ungeachtet", "inmitten", "abzüglich", "zuzüglich"),
    ]
)
# Masculine/neuter genitive determiners -> their dative form.
_GENITIVE_S = {
    "des": "dem",
    "eines": "einem",
    "keines": "keinem",
    "meines": "meinem",
    "deines": "deinem",
    "seines": "seinem",
    "ihres": "ihrem",
    "unseres": "unserem",
    "eures": "eurem",
    "dieses": "diesem",
    "jenes": "jenem",
    "jedes": "jedem",
}
_AMBIGUOUS_S = frozenset({"dieses", "jenes", "jedes"})  # also nominative/accusative neuter
# Feminine/plural genitive determiners -> (dative singular feminine, dative plural).
_GENITIVE_R = {
    "der": ("der", "den"),
    "einer": ("einer", ""),
    "keiner": ("keiner", "keinen"),
    "meiner": ("meiner", "meinen"),
    "deiner": ("deiner", "deinen"),
    "seiner": ("seiner", "seinen"),
    "ihrer": ("ihrer", "ihren"),
    "unserer": ("unserer", "unseren"),
    "eurer": ("eurer", "euren"),
    "dieser": ("dieser", "diesen"),
    "jener": ("jener", "jenen"),
    "jeder": ("jeder", ""),
}
_DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT"})
# Feminine nouns for persons and institutions that can receive something (dative object).
_RECIPIENTS = frozenset(
    [
        *("frau", "mutter", "tochter", "schwester", "oma", "familie", "person", "firma", "behörde", "agentur"),
        *("kasse", "krankenkasse", "schule", "kita", "bank", "stadt", "gemeinde", "verwaltung", "stelle", "leitung"),
    ]
)
_CITATION_WORDS = frozenset({"§", "§§", "Art.", "Artikel", "Absatz", "Abs.", "Satz", "Nummer", "Nr.", "Buchstabe"})
_SUBORDINATORS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "PWAT"})


@dataclass(frozen=True, slots=True)
class GenitiveMatch:
    kind: str  # "attribut", "praeposition" or "sonstig"
    determiner: int
    head: int  # the noun
    preposition: int | None = None
    plural: bool = False

    @property
    def first(self) -> int:
        return self.determiner if self.preposition is None else self.preposition


@cache
def _ditransitive_verbs() -> frozenset[str]:
    return frozenset(lexicon_key(word) for word in read_word_list("grammar/ditransitive_verbs.txt"))


def _feminine(noun: str) -> bool:
    """ "Fahrt", "Maßnahme", "Beraterin": from the shared gender table (data/grammar/noun_genders.tsv)."""
    return noun_gender(noun) == "f"


@cache
def _plural_nouns() -> tuple[str, ...]:
    return tuple(lexicon_key(word) for word in read_word_list("grammar/plural_nouns.txt"))


def _head(tokens: tuple[Token, ...], determiner: int) -> int | None:
    """The noun after a determiner and its adjectives ("des neuen Kurses" -> Kurses)."""
    index = determiner + 1
    while index < len(tokens) and (
        tokens[index].tag == "ADJA"
        or (tokens[index].tag == "ADV" and index + 1 < len(tokens) and tokens[index + 1].tag == "ADJA")
    ):
        index += 1
    if index < len(tokens) and tokens[index].tag in ("NN", "NE") and tokens[index].kind == "word":
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if tokens[index].text.endswith("er") and following is not None and following.tag == "NN" and following.kind == "word":
            index += 1  # "des Münchner Flughafens": the place adjective is tagged as a noun
        return index
    return None


def _genitive_s_stem(token: Token) -> str | None:
    """ "Kurses" -> "Kurs", "Monats" -> "Monat", "Ergebnisses" -> "Ergebnis"; None without a genitive -s."""
    text, lemma = token.text, token.lemma
    for ending in ("s", "es", lemma[-1:] + "es"):
        if text.lower() == (lemma + ending).lower() and len(lemma) > 1:
            return text[: len(lemma)]
    return None


def _is_plural(token: Token) -> bool:
    """ "Kosten", "Kinder", "Voraussetzungen"; a form HanTa lemmatises differently is plural unless
    it looks like a feminine singular ("Selbstvornahme", lemmatised "Selbstvornahm")."""
    if lexicon_key(token.lemma).endswith(_plural_nouns()):
        return True
    return token.text.lower() != token.lemma.lower() and not _feminine(token.text)


def _may_receive(noun: Token) -> bool:
    """A person or an institution can be a dative object ("der Beraterin"); "der Fahrt" cannot."""
    key = lexicon_key(noun.text)
    return key.endswith(("in", "innen")) or lexicon_key(compound_parts(noun.text)[-1]) in _RECIPIENTS


def _dative_clause(tokens: tuple[Token, ...], clause: list[int], position: int) -> bool:
    """The clause's verb may take a dative object: "der Beraterin" after a noun may be one.

    Not in the prefield of a main clause: what stands before the finite verb is one phrase
    ("Die Kosten der Fahrt bezahlt das Jobcenter.").
    """
    if not _may_receive(tokens[_head(tokens, position) or position]):
        return False
    finite = next((i for i in clause if tokens[i].tag in FINITE_TAGS), None)
    if finite is not None and position < finite and clause and tokens[clause[0]].tag not in _SUBORDINATORS:
        return False
    verbs = {lexicon_key(tokens[i].lemma) for i in clause if tokens[i].tag.startswith("V")}
    return bool(verbs & (langdata.dative_verbs() | _ditransitive_verbs()))


@for_last_sentence
def find_genitives(sentence: Sentence) -> tuple[GenitiveMatch, ...]:
    tokens = sentence.tokens
    clause_of = {index: clause for clause in clauses(sentence) for index in clause}
    found: list[GenitiveMatch] = []
    for index, token in enumerate(tokens):
        word = token.text.lower()
        if token.tag not in _DETERMINER_TAGS or (word not in _GENITIVE_S and word not in _GENITIVE_R):
            continue
        head = _head(tokens, index)
        if head is None or (head + 1 < len(tokens) and tokens[head + 1].tag == "CARD"):
            continue  # "im Fall des Absatzes 3": a legal reference
        previous = tokens[index - 1] if index > 0 else None
        if previous is not None and (previous.tag == "CARD" or previous.text in _CITATION_WORDS):
            continue  # "§ 31 des Zweiten Buches": a legal reference is quoted as it is (S35)
        preposition = index - 1 if previous is not None and previous.text.lower() in GENITIVE_PREPOSITIONS else None
        after_noun = previous is not None and previous.tag in ("NN", "NE") and preposition is None
        if word in _GENITIVE_S:
            if word in _AMBIGUOUS_S and _genitive_s_stem(tokens[head]) is None:
                continue
            kind = "praeposition" if preposition is not None else ("attribut" if after_noun else "sonstig")
            found.append(GenitiveMatch(kind, index, head, preposition))
            continue
        noun = tokens[head]
        if noun.tag != "NN":
            continue
        plural = _is_plural(noun)
        if not plural and not _feminine(noun.text):
            continue
        if preposition is not None:
            found.append(GenitiveMatch("praeposition", index, head, preposition, plural))
        elif after_noun and previous is not None and previous.tag == "NN":
            if not plural and _dative_clause(tokens, clause_of.get(index, []), index):
                continue
            found.append(GenitiveMatch("attribut", index, head, None, plural))
    return tuple(found)


def dative_phrase(tokens: tuple[Token, ...], match: GenitiveMatch) -> str | None:
    """ "von dem Kurs" for "des Kurses", "von der Fahrt" for "der Fahrt", "von den Kindern" for
    "der Kinder"; None when a form is not certain."""
    determiner, noun = tokens[match.determiner], tokens[match.head]
    adjectives = tokens[match.determiner + 1 : match.head]
    if any(token.tag != "ADJA" or not token.text.endswith("en") for token in adjectives):
        return None  # genitive adjectives after a determiner end in -en, and keep it in the dative
    word = determiner.text.lower()
    if word in _GENITIVE_S:
        dative = _GENITIVE_S[word]
        stem = _genitive_s_stem(noun)
        if stem is not None:
            noun_form = stem
        elif noun.text.lower() in ((noun.lemma + "n").lower(), (noun.lemma + "en").lower()):
            noun_form = noun.text  # weak noun: "des Kunden" -> "dem Kunden"
        else:
            return None
    elif word in _GENITIVE_R:
        singular, plural = _GENITIVE_R[word]
        dative = plural if match.plural else singular
        if not dative:
            return None
        noun_form = noun.text
        if match.plural and not noun.text.endswith(("n", "s")):
            noun_form = noun.text + "n"  # "der Kinder" -> "den Kindern"
    else:
        return None
    if determiner.text[:1].isupper() and word.startswith("ihr"):
        dative = dative.capitalize()  # "Ihres Antrags" -> "Ihrem Antrag"
    return " ".join(["von", dative, *(token.text for token in adjectives), noun_form])
