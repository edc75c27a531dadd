"""Tenses plain German avoids (Futur I, Plusquamperfekt) and the present-tense rewrite.

* ``futur1``: a finite form of *werden* (VAFIN) with a bare infinitive that closes its clause
  ("Wir werden Sie anrufen.", "..., weil ich arbeiten werde."). *werden* with a participle
  (passive) or without an infinitive ("Ich werde Friseurin.") never matches, and neither does
  an assumption with "wohl"/"schon" ("Das wird schon stimmen.").
* ``plusquamperfekt``: *hatte/hatten/...* with a participle, and *war/waren/...* with the
  participle of a verb that forms its perfect with *sein* ("war gefahren"), so that the
  Zustandspassiv ("war geschlossen") is not taken for a tense.

:func:`present_rewrite` turns "werden Sie anrufen" into "rufen Sie an" with the verb helpers of
:mod:`einfach.suggest.german`; the subjunctive rule uses it for "würde + Infinitiv". Like those
helpers it returns None whenever a step is not certain.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..analysis.hanta import could_be_participle
from ..analysis.model import FINITE_TAGS, Sentence, Token
from ..suggest.german import finite_form, split_particle
from .frequency import zipf
from .passive import perfect_with_sein, sentence_clauses

__all__ = [
    "TenseMatch",
    "clauses",
    "find_futur",
    "find_plusquamperfekt",
    "perfect_auxiliary",
    "person_of",
    "present_form",
    "present_rewrite",
    "present_rewrite_final",
]

INFINITIVE_TAGS = frozenset({"VVINF", "VAINF", "VMINF"})
PARTICIPLE_TAGS = frozenset({"VVPP", "VAPP", "VMPP"})
_WERDEN_PRESENT = frozenset({"werde", "wirst", "wird", "werden", "werdet"})
_HATTE = frozenset({"hatte", "hatten", "hattest", "hattet"})
_WAR = frozenset({"war", "waren", "warst", "wart"})
_PARTICIPLE_PREFIXES = ("be", "er", "ver", "ent", "ge", "zer", "emp", "miss", "über", "unter", "hinter", "wider", "durch")
_PARTICIPLE_ZIPF = 2.5  # "geraten", "gelassen" are words: "beraten", "verlassen" may be participles
_RECIPIENT_VERBS = frozenset({"bekommen", "erhalten", "kriegen"})
_ASSUMPTION = frozenset({"wohl", "schon", "vermutlich", "wahrscheinlich"})
_SUBORDINATE_STARTS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "PWAT"})
_OTHER_PERSONS = frozenset({"ich", "du", "ihr"})
# Present forms finite_form cannot build: "sein" is irregular in every person, "ich weiß".
_IRREGULAR = {("sein", "3pl"): "sind", ("sein", "1pl"): "sind", ("sein", "1sg"): "bin", ("wissen", "1sg"): "weiß"}
_PERFECT_AUXILIARY = {
    ("hatte", "3sg"): "hat",
    ("hatte", "1sg"): "habe",
    ("hatten", "3pl"): "haben",
    ("hattest", ""): "hast",
    ("hattet", ""): "habt",
    ("war", "3sg"): "ist",
    ("war", "1sg"): "bin",
    ("waren", "3pl"): "sind",
    ("warst", ""): "bist",
    ("wart", ""): "seid",
}
_MIN_SEPARABLE_ZIPF = 1.5  # "anzurufen" is a word, "anzutworten" is not: the particle really separates
_CERTAIN_SEPARABLE_ZIPF = 2.5  # below this the zu-form may be a rare accident ("wiederzuholen")
_MIN_FORM_ZIPF = 2.0  # a computed finite form must be a word wordfreq knows


@dataclass(frozen=True, slots=True)
class TenseMatch:
    kind: str  # "futur1" or "plusquamperfekt"
    auxiliary: int  # token index of werden / hatte / war
    verb: int  # token index of the infinitive or participle (the last verb of the cluster)

    @property
    def first(self) -> int:
        return min(self.auxiliary, self.verb)

    @property
    def last(self) -> int:
        return max(self.auxiliary, self.verb)


def clauses(sentence: Sentence) -> list[list[int]]:
    """Token indices per clause (split at , ; : brackets, dashes and "aber"/"und" + finite verb)."""
    return sentence_clauses(sentence)


def _words(tokens: tuple[Token, ...], clause: list[int]) -> list[int]:
    """The clause without punctuation."""
    return [i for i in clause if not tokens[i].tag.startswith("$")]


def _is_werden(token: Token) -> bool:
    return token.tag == "VAFIN" and token.text.lower() in _WERDEN_PRESENT


def _verb_cluster_end(tokens: tuple[Token, ...], words: list[int], finite: int) -> int | None:
    """The clause-final infinitive after ``finite`` ("werden Sie anrufen", "werden arbeiten müssen")."""
    if not words or words[-1] <= finite:
        return None
    last = words[-1]
    if tokens[last].tag not in INFINITIVE_TAGS or tokens[last - 1].tag == "PTKZU":
        return None
    if tokens[last].text.lower() in ("werden", "sein", "haben") and tokens[last - 1].tag in PARTICIPLE_TAGS:
        return None  # "wird übernommen werden", "wird gemacht haben": passive or Futur II
    if any(tokens[i].tag in FINITE_TAGS for i in words if finite < i < last):
        return None
    if _maybe_passive(tokens[last]):
        return None
    return last


def _maybe_passive(token: Token) -> bool:
    """ "Hier wird gut beraten": the infinitive is also a participle, so this may be a passive.

    That happens with a prefix before a strong verb whose participle keeps the stem (be|raten:
    geraten, ver|lassen: gelassen), not with "bewerben" (beworben). "bekommen", "erhalten" are
    hardly ever passive ("Sie werden einen Brief bekommen").
    """
    word = token.text.lower()
    if word in _RECIPIENT_VERBS or not could_be_participle(word):
        return False
    return any(
        word.startswith(prefix) and zipf("ge" + word[len(prefix) :]) >= _PARTICIPLE_ZIPF for prefix in _PARTICIPLE_PREFIXES
    )


def _final_infinitive(tokens: tuple[Token, ...], words: list[int], finite: int) -> bool:
    """A bare infinitive right before a clause-final werden ("arbeiten werde"), not "gemacht haben wird"."""
    before = finite - 1
    if before not in words or tokens[before].tag not in INFINITIVE_TAGS or tokens[before - 1].tag == "PTKZU":
        return False
    if _maybe_passive(tokens[before]):
        return False
    return not (tokens[before].text.lower() in ("sein", "haben") and tokens[before - 1].tag in PARTICIPLE_TAGS)


def find_futur(sentence: Sentence) -> tuple[TenseMatch, ...]:
    """Futur I: werden + bare infinitive at the end of the clause."""
    tokens = sentence.tokens
    found: list[TenseMatch] = []
    for clause in clauses(sentence):
        words = _words(tokens, clause)
        if any(tokens[i].text.lower() in _ASSUMPTION for i in words):
            continue  # "Das wird schon stimmen.": an assumption, not a time
        for finite in (i for i in words if _is_werden(tokens[i])):
            end = _verb_cluster_end(tokens, words, finite)
            if end is not None:
                found.append(TenseMatch("futur1", finite, end))
                break
            # verb-final clause: "..., weil ich im März arbeiten werde."
            if finite == words[-1] and tokens[words[0]].tag in _SUBORDINATE_STARTS and _final_infinitive(tokens, words, finite):
                before = finite - 1
                start = before - 1 if tokens[before].tag == "VMINF" and tokens[before - 1].tag == "VVINF" else before
                found.append(TenseMatch("futur1", finite, start))
                break
    return tuple(found)


def find_plusquamperfekt(sentence: Sentence) -> tuple[TenseMatch, ...]:
    """hatte + participle; war + participle of a verb with a sein-perfect ("war gefahren")."""
    tokens = sentence.tokens
    found: list[TenseMatch] = []
    for clause in clauses(sentence):
        words = _words(tokens, clause)
        for auxiliary in words:
            token = tokens[auxiliary]
            word = token.text.lower()
            if token.tag != "VAFIN" or word not in _HATTE | _WAR:
                continue
            participles = [i for i in words if tokens[i].tag in PARTICIPLE_TAGS]
            if word in _WAR:
                participles = [i for i in participles if perfect_with_sein(tokens[i])]
            if participles:
                found.append(TenseMatch("plusquamperfekt", auxiliary, participles[-1]))
                break
    return tuple(found)


def person_of(tokens: tuple[Token, ...], clause: list[int], finite: int) -> str | None:
    """ "3sg", "3pl" (also wir and Sie: same verb forms) or "1sg" for a finite verb in -e or -en
    ("wird", "werden", "würde", "hätte", "käme", "hatte", "war"); None if unsure ("werde" without
    "ich" is Konjunktiv I; "hättest" is du)."""
    word = tokens[finite].text.lower()
    if word.endswith("en"):  # werden, würden, hatten, waren, hätten, wären, könnten
        return "3pl"
    if word == "wird":
        return "3sg"
    if not word.endswith("e") and word != "war":
        return None
    neighbours = {tokens[i].text.lower() for i in (finite - 1, finite + 1) if i in clause}
    if "ich" in neighbours:
        return "1sg"
    if any(tokens[i].text.lower() in _OTHER_PERSONS and tokens[i].tag == "PPER" for i in clause):
        return None
    if word == "werde":
        return None  # "er werde": Konjunktiv I
    return "3sg"


@lru_cache(maxsize=20_000)
def _separable_split(infinitive: str) -> tuple[str, str] | None:
    """(particle, rest) where wordfreq knows the zu-infinitive with the particle ("teilzunehmen",
    "umzuziehen"); ("", infinitive) when no prefix separates; None when unsure ("wiederzuholen" is rare)."""
    scores = [(zipf(infinitive[:i] + "zu" + infinitive[i:]), i) for i in range(2, len(infinitive) - 3)]
    found = [(score, i) for score, i in scores if score >= _MIN_SEPARABLE_ZIPF]
    if not found:
        return "", infinitive
    score, index = max(found)
    if score < _CERTAIN_SEPARABLE_ZIPF:
        return None
    return infinitive[:index], infinitive[index:]


@lru_cache(maxsize=20_000)
def present_form(infinitive: str, person: str) -> tuple[str, str] | None:
    """(finite verb, separable particle) in the present: ("rufen", "an") for anrufen/1pl; None if unsure."""
    infinitive = infinitive.lower()
    if (infinitive, person) in _IRREGULAR:
        return _IRREGULAR[infinitive, person], ""
    particle, rest = split_particle(infinitive, infinitive)
    if not particle or zipf(particle + "zu" + rest) < _MIN_SEPARABLE_ZIPF:
        split = _separable_split(infinitive)  # "antworten" is not an + tworten; "umziehen" separates
        if split is None:
            return None
        particle, rest = split
    form = finite_form(rest, person)
    if form is None or zipf(form) < _MIN_FORM_ZIPF:
        return None
    return form, particle


def _capitalised_like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def present_rewrite(text: str, tokens: tuple[Token, ...], finite: int, last: int, person: str) -> str | None:
    """The present tense for ``text[tokens[finite].start:tokens[last].end]``.

    "werden Sie anrufen" -> "rufen Sie an"; "wird die Kosten übernehmen" -> "übernimmt die
    Kosten"; "werden arbeiten müssen" -> "müssen arbeiten". ``last`` is the clause-final
    infinitive; nothing verbal may stand between it and the finite verb.
    """
    if last <= finite or tokens[last].tag not in INFINITIVE_TAGS:
        return None
    modal = tokens[last].tag == "VMINF" and tokens[last - 1].tag in ("VVINF", "VAINF") and last - 1 > finite
    main = last - 1 if modal else last
    between = range(finite + 1, main)
    if any(tokens[i].tag.startswith("V") or tokens[i].tag in ("PTKZU", "$,", "KON") for i in between):
        return None
    verb = tokens[last].text
    forms = present_form(verb, person)
    if forms is None:
        return None
    form, particle = forms
    head = _capitalised_like(form, tokens[finite].text)
    if modal:
        return head + text[tokens[finite].end : tokens[main].end]
    middle = text[tokens[finite].end : tokens[main - 1].end] if main - 1 > finite else ""
    return head + middle + (" " + particle if particle else "")


def present_rewrite_final(tokens: tuple[Token, ...], clause: list[int], infinitive: int, finite: int) -> str | None:
    """The present for a verb-final "anrufen werde" / "kommen wird": "anrufe" / "kommt"."""
    word = tokens[finite].text.lower()
    if infinitive != finite - 1 or tokens[infinitive].tag not in ("VVINF", "VAINF"):
        return None
    words = {tokens[i].text.lower() for i in clause if tokens[i].tag == "PPER"}
    if word == "werden":
        person = "3pl"
    elif word == "wird":
        person = "3sg"
    elif word == "werde" and "ich" in words:
        person = "1sg"
    else:
        return None
    forms = present_form(tokens[infinitive].text, person)
    return None if forms is None else forms[1] + forms[0]


def perfect_auxiliary(tokens: tuple[Token, ...], clause: list[int], auxiliary: int) -> str | None:
    """The present of hatte/war for the Perfekt: "hatten" -> "haben", "war" -> "ist" / "bin" (ich)."""
    word = tokens[auxiliary].text.lower()
    if word in ("hattest", "hattet", "warst", "wart"):
        person = ""
    elif word in ("hatten", "waren"):
        person = "3pl"
    else:
        neighbours = {tokens[i].text.lower() for i in (auxiliary - 1, auxiliary + 1) if i in clause}
        if "ich" in neighbours:
            person = "1sg"
        elif any(tokens[i].text.lower() in _OTHER_PERSONS and tokens[i].tag == "PPER" for i in clause):
            return None
        else:
            person = "3sg"
    form = _PERFECT_AUXILIARY.get((word, person))
    return None if form is None else _capitalised_like(form, tokens[auxiliary].text)
