"""Text to analysed sentences, without spaCy: the path every check takes.

scan (tokens) -> sentence_starts (boundaries) -> HanTa (tags, lemmas) -> Sentence tuples.
einfach's spaCy pipeline (:mod:`einfach.analysis.pipeline`) runs the same three functions as
tokenizer and components, so both paths give the same sentences (tests/test_analyze.py);
the checker skips spaCy because importing it costs 0.35-0.6 s and about 90 MB per process,
more than a pre-commit hook or an audit worker can spend (docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from .. import langdata
from ..normalize import compact, strip_word_marks
from . import hanta
from .model import Sentence, Token
from .sentences import sentence_starts
from .tokens import Kind, scan

__all__ = ["analyze", "build_sentence", "tag_tokens"]

#: Tags for tokens whose class the tokenizer already knows; HanTa is not asked about them.
KIND_TAGS = {
    Kind.NUMBER: "CARD",
    Kind.ORDINAL: "ADJA",
    Kind.DATE: "CARD",
    Kind.TIME: "CARD",
    Kind.PHONE: "CARD",
    Kind.URL: "XY",
    Kind.EMAIL: "XY",
    Kind.LIST_MARKER: "$(",
}


def tag_tokens(texts: Sequence[str], kinds: Sequence[Kind]) -> list[tuple[str, str]]:
    """(STTS tag, lemma) for the non-space tokens of one sentence."""
    words = [
        "5" if kind in KIND_TAGS or len(text) > MAX_WORD_CHARS else strip_word_marks(compact(text)) or text
        for text, kind in zip(texts, kinds)
    ]
    analysis = hanta.tag_words(words)
    abbreviations = langdata.abbreviations()
    result: list[tuple[str, str]] = []
    for text, kind, (lemma, tag) in zip(texts, kinds, analysis):
        if kind in KIND_TAGS:
            tag, lemma = KIND_TAGS[kind], text
        elif len(text) > MAX_WORD_CHARS:
            tag, lemma = "XY", text  # a data URI or a hash, no word: HanTa would search for seconds
        elif kind is Kind.ABBREVIATION:
            known = abbreviations.get(compact(text))
            tag, lemma = (known.tag if known else "NN"), text
        result.append((tag, lemma))
    return _infinitives_after_modals(texts, result)


_MODAL_TAGS = frozenset({"VMFIN"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "–", "-"})


def _infinitives_after_modals(texts: Sequence[str], tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Ich will kein Geld mehr brauchen": HanTa reads the clause-final "brauchen" as finite.

    A verb in -en at the end of a clause whose finite verb is a modal (and no other finite verb
    stands between them) is its infinitive.
    """
    for index, (tag, lemma) in enumerate(tagged):
        if tag not in ("VVFIN", "VAFIN") or not texts[index].endswith("en"):
            continue
        if index + 1 < len(texts) and texts[index + 1] not in _CLAUSE_ENDS:
            continue
        for before in range(index - 1, -1, -1):
            if texts[before] in _CLAUSE_ENDS:
                break
            if tagged[before][0] in _MODAL_TAGS:
                tagged[index] = ("VVINF" if tag == "VVFIN" else "VAINF", lemma)
                break
            if tagged[before][0] in ("VVFIN", "VAFIN", "VMFIN"):
                break
    return tagged


#: A "sentence" longer than this (a table, a list without punctuation, minified text) is cut into
#: pieces: no sentence is that long, and HanTa's Viterbi search fails on tens of thousands of tokens.
MAX_SENTENCE_TOKENS = 1000
#: Longer "words" (base64, hashes, URLs without a scheme) are not analysed: HanTa's search on one
#: 1,600-letter token takes 14 s. The longest German words in use stay far below this.
MAX_WORD_CHARS = 64
_Item = TypeVar("_Item")


def cap_length(groups: Sequence[Sequence[_Item]]) -> list[Sequence[_Item]]:
    """Token groups with none longer than ``MAX_SENTENCE_TOKENS``."""
    capped: list[Sequence[_Item]] = []
    for group in groups:
        capped.extend(group[i : i + MAX_SENTENCE_TOKENS] for i in range(0, max(len(group), 1), MAX_SENTENCE_TOKENS))
    return capped


def build_sentence(tokens: Sequence[Token]) -> Sentence | None:
    """A sentence from its non-space tokens; list markers and "#" before it are left out."""
    start = 0
    while start < len(tokens) and (tokens[start].kind is Kind.LIST_MARKER or tokens[start].text == "#"):
        start += 1
    body = tuple(tokens[start:])
    if not any(token.is_word for token in body):
        return None
    return Sentence(body[0].start, body[-1].end, body)


def analyze(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` with tokens, kinds, STTS tags and lemmas."""
    raw = scan(text)
    groups: list[list[tuple[int, int, Kind]]] = []
    for token, starts in zip(raw, sentence_starts(text, raw)):
        if starts or not groups:
            groups.append([])
        if token.kind is not Kind.SPACE:
            groups[-1].append((token.start, token.end, token.kind))
    sentences: list[Sentence] = []
    for group in cap_length(groups):
        if not group:
            continue
        texts = [text[start:end] for start, end, _kind in group]
        kinds = [kind for _start, _end, kind in group]
        tokens = [
            Token(word, start, end, kind, tag, lemma)
            for word, (start, end, kind), (tag, lemma) in zip(texts, group, tag_tokens(texts, kinds))
        ]
        sentence = build_sentence(tokens)
        if sentence is not None:
            sentences.append(sentence)
    return tuple(sentences)
