"""Rewrite a simple passive sentence as an active one when it names who acts.

"Die Kosten werden vom Jobcenter übernommen."  ->  "Das Jobcenter übernimmt die Kosten."
"Der Antrag wurde von Ihnen gestellt."         ->  "Sie haben den Antrag gestellt."
"Die Unterlagen müssen von Ihnen eingereicht werden." -> "Sie müssen die Unterlagen einreichen."

Only one-clause sentences in the order subject - finite verb - ... - participle are
rewritten, and every step (case, gender, verb form) must be certain; otherwise the caller
gets None and asks the writer "Wer tut das?" instead. Precision over recall.
"""

from __future__ import annotations

from .. import langdata
from ..analysis.model import Token
from ..measures.passive import PassiveKind, PassiveMatch
from .german import finite_form, noun_gender, split_particle

__all__ = ["active_sentence"]

_PRONOUN_AGENTS = {
    "uns": ("wir", "1pl"),
    "ihnen": ("sie", "3pl"),
    "mir": ("ich", "1sg"),
    "ihm": ("er", "3sg"),
    "ihr": ("sie", "3sg"),
}
_POLITE = {"Ihnen": ("Sie", "3pl")}
_SUBJECT_PRONOUNS = {"ich": "mich", "er": "ihn", "wir": "uns", "sie": "sie", "es": "es", "Sie": "Sie"}
_MASCULINE_ACCUSATIVE = {
    "der": "den",
    "ein": "einen",
    "kein": "keinen",
    "dieser": "diesen",
    "jeder": "jeden",
    "mein": "meinen",
    "ihr": "ihren",
    "sein": "seinen",
    "unser": "unseren",
    "euer": "euren",
    "dein": "deinen",
}
_DATIVE_TO_NOMINATIVE = {("dem", "m"): "der", ("dem", "n"): "das", ("der", "f"): "die", ("den", "pl"): "die"}
_POLITE_POSSESSIVES = frozenset({"Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"})
_SUBJECT_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "ADJA", "NN", "NE", "PPER", "CARD"})
_PREPOSITIONS = frozenset({"APPR", "APPRART"})
_ARTICLE_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT"})
_PAST_WERDEN = frozenset({"wurde", "wurden"})
_PRESENT_WERDEN = frozenset({"wird", "werden"})


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _agent_nominative(tokens: tuple[Token, ...]) -> tuple[str, str] | None:
    """("das Jobcenter", "3sg") for the tokens of "vom Jobcenter"; None when unsure."""
    preposition, rest = tokens[0].text, list(tokens[1:])
    if len(rest) == 1 and rest[0].tag == "PPER":
        word = rest[0].text
        if word in _POLITE:
            return _POLITE[word]
        return _PRONOUN_AGENTS.get(word.lower()) if word[0].islower() else None
    head = rest[-1]
    if head.tag not in ("NN", "NE"):
        return None
    if preposition.lower() == "vom":
        article, words = "dem", rest
    elif rest[0].tag == "ART":
        article, words = rest[0].text.lower(), rest[1:]
    elif all(token.tag == "NE" or token.text in ("Frau", "Herrn", "Herr") for token in rest):
        return " ".join("Herr" if t.text == "Herrn" else t.text for t in rest), "3sg"
    else:
        return None
    adjectives = words[:-1]
    if any(token.tag != "ADJA" or not token.text.endswith("en") for token in adjectives):
        return None
    if article == "den":  # dative plural: "den Trägern" -> "die Träger", "den Eltern" stays
        gender, noun = "pl", head.lemma if head.text == head.lemma + "n" else head.text
    else:
        gender, noun = noun_gender(head.text) or "", head.text
    nominative = _DATIVE_TO_NOMINATIVE.get((article, gender))
    if nominative is None:
        return None
    inflected = [token.text[:-1] if gender != "pl" else token.text for token in adjectives]
    phrase = " ".join([nominative, *inflected, noun])
    return phrase, ("3pl" if gender == "pl" else "3sg")


def _object_accusative(tokens: tuple[Token, ...], plural: bool) -> str | None:
    """The passive subject as the active object ("Der Antrag" -> "den Antrag")."""
    words = [token.text for token in tokens]
    if len(tokens) == 1 and tokens[0].tag == "PPER":
        return _SUBJECT_PRONOUNS.get(words[0] if words[0] == "Sie" else words[0].lower())
    first = tokens[0]
    polite = first.text in _POLITE_POSSESSIVES
    if first.tag in _ARTICLE_TAGS and not polite:
        words[0] = words[0].lower()
    if plural:
        return " ".join(words)
    head = tokens[-1]
    if head.tag not in ("NN", "NE"):
        return None
    key = first.text.lower()
    if first.tag not in _ARTICLE_TAGS:
        return " ".join(words) if noun_gender(head.text) in ("f", "n") else None
    if key in ("die", "das", "eine", "keine", "diese", "dieses", "jede", "jedes", "meine", "ihre", "seine", "unsere"):
        return " ".join(words)
    if key not in _MASCULINE_ACCUSATIVE:
        return None
    if key != "der" and noun_gender(head.text) != "m":
        return None  # "ein", "Ihr", "kein" are masculine or neuter; only masculine changes
    accusative = _MASCULINE_ACCUSATIVE[key]
    words[0] = _capitalise(accusative) if polite else accusative
    for position, token in enumerate(tokens[1:-1], start=1):
        if token.tag != "ADJA":
            return None
        if token.text.endswith("er") and key != "der":  # "ein neuer" -> "einen neuen"
            words[position] = token.text[:-2] + "en"
        elif token.text.endswith("e"):  # "der neue" -> "den neuen"
            words[position] = token.text + "n"
        else:
            return None
    return " ".join(words)


def _join(parts: list[str], final: str) -> str:
    sentence = " ".join(part for part in parts if part)
    return _capitalise(sentence) + final


def active_sentence(tokens: tuple[Token, ...], match: PassiveMatch) -> str | None:
    """The active sentence, or None when the passive is not simple enough to rewrite safely."""
    if match.kind is not PassiveKind.VORGANG or match.agent is None:
        return None
    final = tokens[-1].text if tokens[-1].text in (".", "!") else ""
    body = tokens[:-1] if final else tokens
    if any(token.text in ',;:()"„“' for token in body):
        return None
    finite_index = next(
        (i for i, t in enumerate(body) if t.tag == "VMFIN" or (t.tag.startswith("VA") and t.lemma.lower() in ("werden", "sein"))),
        None,
    )
    if finite_index is None or finite_index == 0:
        return None
    subject = body[:finite_index]
    if any(token.tag not in _SUBJECT_TAGS | _PREPOSITIONS for token in subject) or subject[0].tag in _PREPOSITIONS:
        return None
    core_end = next((i for i, token in enumerate(subject) if token.tag in _PREPOSITIONS), len(subject))
    core, attribute = subject[:core_end], " ".join(token.text for token in subject[core_end:])
    finite = body[finite_index]
    participle = body[match.verb]
    verb_lemma = participle.lemma.lower()
    if verb_lemma in langdata.dative_verbs() or not verb_lemma.endswith("n"):
        return None
    modal = finite.tag == "VMFIN"
    trailing = body[match.verb + 1 :]
    expected_trailing = ["werden"] if modal else (["worden"] if finite.lemma.lower() == "sein" else [])
    if [token.text for token in trailing] != expected_trailing:
        return None
    agent_start, agent_end = match.agent
    following = body[agent_end].tag if agent_end < match.verb else ""
    if following == "KON" or (following in ("APPR", "APPRART") and body[agent_end - 1].tag != "PPER"):
        return None  # "von der Agentur für Arbeit", "vom Jobcenter und von Ihnen": the agent may go on
    agent = _agent_nominative(body[agent_start:agent_end])
    if agent is None:
        return None
    agent_text, person = agent
    plural_subject = finite.text.lower() in ("werden", "wurden", "sind", "müssen", "können", "sollen", "dürfen", "wollen")
    obj = _object_accusative(core, plural_subject)
    if obj is None:
        return None
    if attribute:
        obj = f"{obj} {attribute}"
    middle = [t.text for i, t in enumerate(body) if finite_index < i < match.verb and not agent_start <= i < agent_end]
    particle, rest = split_particle(verb_lemma, participle.text)
    if modal:
        verb = finite_form(finite.lemma, person)
        closing = particle + rest
        if verb is None:
            return None
        return _join([agent_text, verb, obj, *middle, closing], final)
    word = finite.text.lower()
    if word in _PRESENT_WERDEN:
        verb = finite_form(rest, person)
        if verb is None:
            return None
        return _join([agent_text, verb, obj, *middle, particle], final)
    if word in _PAST_WERDEN or (finite.lemma.lower() == "sein" and expected_trailing == ["worden"]):
        auxiliary = finite_form("haben", person)
        return _join([agent_text, auxiliary or "", obj, *middle, participle.text], final)
    return None
