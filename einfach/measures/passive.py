"""Passive constructions in a tagged German sentence.

A rule layer over STTS tags and lemmas (HanTa's or a trained pipeline's), checked clause by
clause (clauses split at , ; : brackets and dashes):

* ``vorgangspassiv``: a form of *werden* with a full-verb participle ("wird übernommen",
  "ist übernommen worden", "muss eingereicht werden", "Wird ... verlangt, gilt ..."),
  unless *haben*/*sein* follows the participle (Futur II, "wird gemacht haben");
* ``zustandspassiv``: *sein* with a participle, unless the verb forms its perfect with *sein*
  ("ist gekommen") or the participle is used as an adjective ("ist bekannt");
* ``rezipientenpassiv``: *bekommen*/*erhalten*/*kriegen* with a participle
  ("Sie bekommen die Kosten erstattet");
* ``sein-zu-infinitiv``: *sein* with a zu-infinitive ("ist ... einzureichen", "ist zu beachten").

Futur I (werden + infinitive), copula *werden* ("wird Ärztin") and *würde* + infinitive
have no participle, so they never match. Rules and their error classes: nlp-stack.md 4.1-4.3.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum

from .. import langdata
from ..analysis.hanta import could_be_participle
from ..analysis.model import FINITE_TAGS, Sentence, Token
from .memo import for_last_sentence

__all__ = ["PassiveKind", "PassiveMatch", "clause_indices", "find_passives", "perfect_with_sein", "sentence_clauses"]


class PassiveKind(StrEnum):
    VORGANG = "vorgangspassiv"
    ZUSTAND = "zustandspassiv"
    REZIPIENT = "rezipientenpassiv"
    SEIN_ZU = "sein-zu-infinitiv"


@dataclass(frozen=True, slots=True)
class PassiveMatch:
    kind: PassiveKind
    auxiliary: int  # token index of werden / sein / bekommen
    verb: int  # token index of the participle or zu-infinitive
    agent: tuple[int, int] | None  # token indices [start, end) of "vom Jobcenter", if named

    @property
    def first(self) -> int:
        return min(self.auxiliary, self.verb)

    @property
    def last(self) -> int:
        return max(self.auxiliary, self.verb)


_DEGREE_WORDS = frozenset(
    [
        "sehr",
        "ganz",
        "total",
        "echt",
        "super",
        "ziemlich",
        "recht",
        "äußerst",
        "besonders",
        "so",
        "zu",
        "etwas",
        "wirklich",
        "richtig",
        "völlig",
        "absolut",
        "extrem",
        "überaus",
        "höchst",
        "mega",
        "voll",
        "angenehm",
    ]
)
_CLAUSE_BREAKS = frozenset(',;:()[]–—"„“”»«')
_RECIPIENT_VERBS = frozenset({"bekommen", "erhalten", "kriegen"})
_ADJECTIVE_SUFFIXES = ("berechtigt", "verpflichtet", "bedürftig")
_AGENT_PREPOSITIONS = frozenset({"von", "vom"})
_AGENT_HEADS = frozenset({"NN", "NE", "PPER", "PIS", "PDS"})
_NP_INNER = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "ADJA", "ADJD", "CARD", "ADV", "NN", "NE", "TRUNC", "KON"})
_TEMPORAL_WORDS = frozenset(
    [
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "anfang",
        "ende",
        "mitte",
        "morgen",
        "abend",
        "heute",
    ]
)


def _starts_clause(tokens: tuple[Token, ...], index: int) -> bool:
    """A conjunction that opens a new clause: "aber", "sondern", "denn", or "und" + finite verb."""
    token = tokens[index]
    if token.tag != "KON":
        return False
    word = token.text.lower()
    if word in ("aber", "sondern", "denn"):
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return word in ("und", "oder") and following is not None and following.tag in FINITE_TAGS


def clause_indices(tokens: tuple[Token, ...]) -> list[list[int]]:
    """Token indices per clause: cut at commas, colons, dashes and clause-starting words."""
    clauses: list[list[int]] = [[]]
    for index, token in enumerate(tokens):
        if token.text in _CLAUSE_BREAKS or (token.text == "-" and token.kind == "punct"):
            if clauses[-1]:
                clauses.append([])
            continue
        if _starts_clause(tokens, index) and clauses[-1]:
            clauses.append([])
        clauses[-1].append(index)
    return [clause for clause in clauses if clause]


@for_last_sentence
def sentence_clauses(sentence: Sentence) -> list[list[int]]:
    """:func:`clause_indices` of a sentence, cut once although passive, tense, mood, negation and
    genitive all ask for it in a row (:mod:`einfach.measures.memo`). Callers must not change it."""
    return clause_indices(sentence.tokens)


def _lemma(token: Token) -> str:
    return token.lemma.lower()


def _is_aux(token: Token, lemma: str) -> bool:
    return token.tag.startswith("VA") and _lemma(token) == lemma


def _is_participle(token: Token) -> bool:
    return token.tag == "VVPP"


def _adjectival(tokens: tuple[Token, ...], index: int) -> bool:
    """ "ist bekannt", "war sehr überrascht": the participle works as an adjective."""
    word = tokens[index].text.lower()
    if word in langdata.participle_adjectives() or word.endswith(_ADJECTIVE_SUFFIXES):
        return True
    if index == 0:
        return False
    before = tokens[index - 1]
    return before.text.lower() in _DEGREE_WORDS or before.tag == "ADJD"  # "sehr überrascht", "gut besucht"


def perfect_with_sein(token: Token) -> bool:
    """The participle's verb forms its perfect with "sein" ("ist gekommen", "ist umgezogen")."""
    lemma = _lemma(token)
    if lemma in langdata.sein_perfect_verbs():
        return True
    from ..suggest.german import split_particle

    particle, rest = split_particle(lemma, token.text)
    return bool(particle) and rest in langdata.sein_perfect_verbs()


def _owned_by_perfect(haben: list[int], werden: list[int], participle: int) -> bool:
    """A form of haben between a werden form and the participle makes it a perfect ("hat ... gedauert").

    ``haben`` and ``werden`` are sorted token positions; a haben lies between the participle and
    some werden form exactly when it lies between the participle and the farthest one.
    """
    first, last = werden[0], werden[-1]
    spans = [(first, participle)] if first < participle else []
    if last > participle:
        spans.append((participle, last))
    for low, high in spans:
        index = bisect_right(haben, low)
        if index < len(haben) and haben[index] < high:
            return True
    return False


def _followed_by_perfect_auxiliary(tokens: tuple[Token, ...], clause: list[int], participle: int) -> bool:
    """ "gemacht haben", "gegangen sein" right after the participle: Futur II or perfect infinitive."""
    following = participle + 1  # clauses are runs of consecutive tokens
    return following <= clause[-1] and tokens[following].tag == "VAINF" and _lemma(tokens[following]) in ("haben", "sein")


def _attribute(tokens: tuple[Token, ...], previous: int, preposition: int) -> bool:
    """ "die Wahrnehmung von Terminen": a bare "von" phrase after a noun describes the noun.

    "der Antrag vom Jobcenter", "der Antrag von Ihnen", "von der Agentur" name who acts.
    """
    if tokens[previous].tag not in ("NN", "NE") or tokens[preposition].text.lower() == "vom":
        return False
    following = tokens[preposition + 1] if preposition + 1 < len(tokens) else None
    return following is None or following.tag not in ("ART", "PPOSAT", "PDAT", "PPER", "NE")


def _agent(tokens: tuple[Token, ...], clause: list[int], before: int) -> tuple[int, int] | None:
    """A "von/vom + noun phrase" before ``before`` that names who acts."""
    for position, index in enumerate(clause):
        if index >= before:
            break
        if tokens[index].text.lower() not in _AGENT_PREPOSITIONS:
            continue
        if position and _attribute(tokens, clause[position - 1], index):
            continue
        end = None
        for inner in clause[position + 1 :]:
            token = tokens[inner]
            if inner >= before or token.tag not in _NP_INNER | _AGENT_HEADS:
                break
            if token.tag in _AGENT_HEADS:
                end = inner + 1
        if end is None:
            continue
        words = [tokens[i] for i in range(index + 1, end)]
        if any(t.kind != "word" or t.text.lower() in _TEMPORAL_WORDS for t in words):
            continue
        if any(t.text.lower() in langdata.months() for t in words):
            continue
        return (index, end)
    return None


#: Adjectives whose subject does what the zu-infinitive says ("ist bereit zu arbeiten"); other
#: adverbs before it leave the sein + zu reading ("ist unverzüglich mitzuteilen", "ist leicht zu lesen").
_CONTROL_ADJECTIVES = frozenset(
    {"bereit", "fähig", "gewillt", "imstande", "befugt", "berechtigt", "gezwungen", "froh", "stolz", "glücklich", "traurig"}
    | {"bemüht", "entschlossen", "interessiert", "begeistert", "gespannt", "faszinierend", "geneigt", "willens", "dabei"}
)


def _controls_infinitive(token: Token) -> bool:
    return token.tag == "ADJD" and (_lemma(token) in _CONTROL_ADJECTIVES or token.text.lower() in _CONTROL_ADJECTIVES)


def _governed_infinitive(tokens: tuple[Token, ...], clause: list[int], sein: int, infinitive: int) -> bool:
    """The zu-infinitive depends on something else than "sein": an adjective ("ist bereit zu
    arbeiten", "war faszinierend, ... zu arbeiten"), "um/ohne", a pronominal adverb ("darauf
    aus, ... zu verkaufen"), another finite verb ("lässt zu wünschen"), or it is a perfect
    infinitive ("getroffen zu haben")."""
    start = infinitive - 1 if tokens[infinitive].tag != "VVIZU" else infinitive
    before = [i for i in clause if i < start]
    if before and _controls_infinitive(tokens[before[-1]]):
        return True
    if _lemma(tokens[infinitive]) in ("haben", "sein"):
        return True
    for neighbour in (sein - 1, sein + 1):
        if neighbour in clause and _controls_infinitive(tokens[neighbour]):
            return True
    low, high = sorted((sein, start))
    between = [i for i in clause if low < i < high]
    if any(tokens[i].tag in FINITE_TAGS or tokens[i].tag == "PAV" for i in between):
        return True
    return any(tokens[i].text.lower() in ("um", "ohne", "statt", "anstatt") for i in before)


def _participles(tokens: tuple[Token, ...], clause: list[int], finite_aux: bool) -> list[int]:
    found = [i for i in clause if _is_participle(tokens[i])]
    if found or not finite_aux:
        return found
    # Verb-first conditionals: "Wird die Auskunft verlangt, ..." HanTa tags the clause-final
    # participle as a finite verb. A clause has one finite verb, so a second one that HanTa's
    # lexicon also allows as a participle is read as the participle.
    return [i for i in clause if tokens[i].tag == "VVFIN" and could_be_participle(tokens[i].text)]


def _participle_in_later_clause(tokens: tuple[Token, ...], later: list[list[int]]) -> list[int]:
    """ "werden, soweit ..., übernommen" and "A wurden leicht, B schwer verletzt": the participle
    stands in a following clause that has no verb of its own."""
    for clause in later:
        if clause and _is_participle(tokens[clause[0]]):
            return [clause[0]]
        if not any(tokens[i].tag in FINITE_TAGS for i in clause):
            found = [i for i in clause if _is_participle(tokens[i])]
            if found:
                return found[-1:]
    return []


def _clause_passives(tokens: tuple[Token, ...], clause: list[int], next_clauses: list[list[int]]) -> list[PassiveMatch]:
    werden = [i for i in clause if _is_aux(tokens[i], "werden") and tokens[i].text.lower() != "geworden"]
    sein = [i for i in clause if _is_aux(tokens[i], "sein")]
    recipient = [i for i in clause if _lemma(tokens[i]) in _RECIPIENT_VERBS and tokens[i].tag in ("VVFIN", "VVINF", "VVIZU")]
    matches: list[PassiveMatch] = []
    finite_werden = any(tokens[i].tag in ("VAFIN", "VAINF") for i in werden)
    participles = [
        i for i in _participles(tokens, clause, finite_werden) if not _followed_by_perfect_auxiliary(tokens, clause, i)
    ]
    if werden:
        haben = [i for i in clause if tokens[i].tag == "VAFIN" and _lemma(tokens[i]) == "haben"]
        verbs = [p for p in participles if not _owned_by_perfect(haben, werden, p)]
        if not verbs and not participles and finite_werden and not any(tokens[i].tag == "VVINF" for i in clause):
            verbs = _participle_in_later_clause(tokens, next_clauses[1:3])
        if verbs:
            aux = next((i for i in werden if tokens[i].text.lower() == "worden"), werden[0])
            verb = verbs[-1]
            matches.append(PassiveMatch(PassiveKind.VORGANG, aux, verb, _agent(tokens, clause, max(verb, aux))))
            return matches
    if sein:
        zu_infinitives = [
            i
            for i in clause
            if (tokens[i].tag == "VVIZU" or (tokens[i].tag in ("VVINF", "VAINF") and i > 0 and tokens[i - 1].tag == "PTKZU"))
            and not _governed_infinitive(tokens, clause, sein[0], i)
        ]
        if zu_infinitives:
            matches.append(PassiveMatch(PassiveKind.SEIN_ZU, sein[0], zu_infinitives[0], None))
            return matches
        states = [i for i in participles if not perfect_with_sein(tokens[i]) and not _adjectival(tokens, i)]
        if states and not werden:
            matches.append(PassiveMatch(PassiveKind.ZUSTAND, sein[0], states[-1], _agent(tokens, clause, states[-1])))
            return matches
    if recipient:
        others = [
            i
            for i in participles
            if i not in recipient
            and not perfect_with_sein(tokens[i])
            and not any(tokens[k].tag == "KON" for k in clause if min(i, recipient[0]) < k < max(i, recipient[0]))
        ]
        if others:
            verb = others[-1]
            matches.append(PassiveMatch(PassiveKind.REZIPIENT, recipient[0], verb, _agent(tokens, clause, verb)))
    return matches


def find_passives(sentence: Sentence) -> tuple[PassiveMatch, ...]:
    """Every passive construction in the sentence, at most one per clause, in text order."""
    tokens = sentence.tokens
    clauses = sentence_clauses(sentence)
    found: list[PassiveMatch] = []
    for position, clause in enumerate(clauses):
        found.extend(_clause_passives(tokens, clause, clauses[position:]))
    unique = {(m.auxiliary, m.verb): m for m in found}
    return tuple(sorted(unique.values(), key=lambda m: m.first))
