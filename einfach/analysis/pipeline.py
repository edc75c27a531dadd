"""einfach's German spaCy pipeline, built without any downloaded model.

``German`` from spaCy with three pieces of einfach's own:

* ``AdminTokenizer`` (tokenizer): the scan in :mod:`einfach.analysis.tokens`;
* ``einfach_sentencizer`` (component): the boundaries from :mod:`einfach.analysis.sentences`;
* ``einfach_hanta`` (component): STTS tags, UPOS and lemmas from HanTa, memoised.

The components also work on Docs from other tokenizers, and they leave annotation alone
that a trained pipeline already set (a user-installed ``de_core_news_*``), so einfach can
sit in someone else's pipeline. :func:`read_sentences` turns an annotated Doc into the
plain tuples the rules work on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import numpy
from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, SENT_START, TAG
from spacy.lang.de import German
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .analyze import build_sentence, cap_length, tag_tokens
from .model import Sentence, Token
from .sentences import sentence_starts
from .tokens import Kind, RawToken, classify, scan

__all__ = ["AdminTokenizer", "build_pipeline", "kinds_of", "read_sentences"]

if not Doc.has_extension("einfach_kinds"):
    Doc.set_extension("einfach_kinds", default=None)

STTS_TO_UPOS = {
    "ADJA": "ADJ",
    "ADJD": "ADJ",
    "ADV": "ADV",
    "APPR": "ADP",
    "APPRART": "ADP",
    "APPO": "ADP",
    "APZR": "ADP",
    "ART": "DET",
    "CARD": "NUM",
    "FM": "X",
    "ITJ": "INTJ",
    "KOUI": "SCONJ",
    "KOUS": "SCONJ",
    "KON": "CCONJ",
    "KOKOM": "CCONJ",
    "NN": "NOUN",
    "NE": "PROPN",
    "PDS": "PRON",
    "PDAT": "DET",
    "PIS": "PRON",
    "PIAT": "DET",
    "PPER": "PRON",
    "PPOSS": "PRON",
    "PPOSAT": "DET",
    "PRELS": "PRON",
    "PRELAT": "DET",
    "PRF": "PRON",
    "PWS": "PRON",
    "PWAT": "DET",
    "PWAV": "ADV",
    "PAV": "ADV",
    "PTKZU": "PART",
    "PTKNEG": "PART",
    "PTKVZ": "ADP",
    "PTKANT": "PART",
    "PTKA": "PART",
    "TRUNC": "X",
    "VVFIN": "VERB",
    "VVIMP": "VERB",
    "VVINF": "VERB",
    "VVIZU": "VERB",
    "VVPP": "VERB",
    "VAFIN": "AUX",
    "VAIMP": "AUX",
    "VAINF": "AUX",
    "VAPP": "AUX",
    "VMFIN": "AUX",
    "VMINF": "AUX",
    "VMPP": "AUX",
    "XY": "X",
    "$,": "PUNCT",
    "$.": "PUNCT",
    "$(": "PUNCT",
}


class AdminTokenizer:
    """spaCy tokenizer around :func:`einfach.analysis.tokens.scan`."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        kinds: list[Kind] = []
        for token in scan(text):
            piece = text[token.start : token.end]
            if token.kind is Kind.SPACE and words and kinds[-1] is not Kind.SPACE and piece[0] == " ":
                spaces[-1] = True
                piece = piece[1:]
                if not piece:
                    continue
            words.append(piece)
            spaces.append(False)
            kinds.append(token.kind)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc._.einfach_kinds = kinds
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # The tokenizer has no state to save; these keep nlp.to_disk()/from_disk() working.
    def to_bytes(self, **_kwargs: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kwargs: object) -> AdminTokenizer:
        return self

    def to_disk(self, _path: object, **_kwargs: object) -> None:
        return None

    def from_disk(self, _path: object, **_kwargs: object) -> AdminTokenizer:
        return self


@registry.tokenizers("einfach.AdminTokenizer.v1")
def create_admin_tokenizer() -> object:
    def make(nlp: Language) -> AdminTokenizer:
        return AdminTokenizer(nlp.vocab)

    return make


def kinds_of(doc: Doc) -> list[Kind]:
    """Token kinds: from einfach's tokenizer when it made the Doc, else classified by text."""
    kinds = doc._.einfach_kinds
    if kinds is not None and len(kinds) == len(doc):
        return kinds
    return [classify(token.text) for token in doc]


def _raw_tokens(doc: Doc) -> list[RawToken]:
    return [RawToken(token.idx, token.idx + len(token.text), kind) for token, kind in zip(doc, kinds_of(doc))]


def set_sentence_boundaries(doc: Doc) -> Doc:
    """einfach_sentencizer: boundaries for a Doc that has none yet (a parser's are kept)."""
    if doc.has_annotation("SENT_START") or len(doc) == 0:
        return doc
    # One bulk write: spaCy's per-token setter rescans the whole Doc each time (quadratic).
    flags = numpy.array([1 if start else -1 for start in sentence_starts(doc.text, _raw_tokens(doc))], dtype="int64")
    doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc


def set_hanta_annotation(doc: Doc) -> Doc:
    """einfach_hanta: tags, UPOS and lemmas; a trained tagger's tags and lemmas are kept."""
    if len(doc) == 0:
        return doc
    has_tags = doc.has_annotation("TAG")
    has_lemmas = doc.has_annotation("LEMMA")
    if has_tags and has_lemmas:
        return doc
    kinds = kinds_of(doc)
    chunks = cap_length([[token for token in sentence if not token.is_space] for sentence in doc.sents])
    for tokens in chunks:
        tagged = tag_tokens([token.text for token in tokens], [kinds[token.i] for token in tokens])
        for token, (tag, lemma) in zip(tokens, tagged):
            if not has_tags:
                token.tag_ = tag
                token.pos_ = STTS_TO_UPOS.get(tag, "X")
            if not has_lemmas or not token.lemma_:
                token.lemma_ = lemma
    for token in doc:
        if token.is_space and not has_tags:
            token.tag_ = "_SP"
            token.pos_ = "SPACE"
    return doc


@Language.component("einfach_sentencizer", assigns=["token.is_sent_start"])
def einfach_sentencizer(doc: Doc) -> Doc:
    return set_sentence_boundaries(doc)


@Language.component("einfach_hanta", requires=["token.is_sent_start"], assigns=["token.tag", "token.pos", "token.lemma"])
def einfach_hanta(doc: Doc) -> Doc:
    return set_hanta_annotation(doc)


@cache
def build_pipeline() -> Language:
    """einfach's German pipeline: tokenizer, sentencizer, HanTa. Built once per process."""
    nlp = German.from_config({"nlp": {"tokenizer": {"@tokenizers": "einfach.AdminTokenizer.v1"}}})
    nlp.add_pipe("einfach_sentencizer")
    nlp.add_pipe("einfach_hanta")
    nlp.max_length = 10**8  # einfach enforces its own limit (see einfach.checker)
    return nlp


def read_sentences(doc: Doc) -> tuple[Sentence, ...]:
    """Sentences as plain tuples; leading list markers and whitespace are left out of the span.

    Reads all token attributes in one array instead of creating a spaCy Token per word.
    """
    if len(doc) == 0:
        return ()
    kinds = kinds_of(doc)
    strings = doc.vocab.strings
    text = doc.text
    array = doc.to_array([IDX, LENGTH, TAG, LEMMA, IS_SPACE, SENT_START])  # uint64 string hashes
    groups: list[list[Token]] = []
    for i, (start, length, tag, lemma, is_space, sent_start) in enumerate(array.tolist()):
        if sent_start == 1 or not groups:
            groups.append([])
        if is_space:
            continue
        word = text[start : start + length]
        groups[-1].append(
            Token(word, start, start + length, kinds[i], strings[tag] if tag else "", strings[lemma] if lemma else word)
        )
    sentences = (build_sentence(group) for group in cap_length(groups))
    return tuple(sentence for sentence in sentences if sentence is not None)
