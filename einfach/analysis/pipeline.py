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

from spacy.language import Language
from spacy.lang.de import German
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .. import langdata
from . import hanta
from .model import Sentence, Token
from .sentences import sentence_starts
from .tokens import Kind, RawToken, classify, scan

__all__ = ["AdminTokenizer", "build_pipeline", "kinds_of", "read_sentences"]

if not Doc.has_extension("einfach_kinds"):
    Doc.set_extension("einfach_kinds", default=None)

STTS_TO_UPOS = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP",
    "APZR": "ADP", "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ", "KOUI": "SCONJ",
    "KOUS": "SCONJ", "KON": "CCONJ", "KOKOM": "CCONJ", "NN": "NOUN", "NE": "PROPN", "PDS": "PRON",
    "PDAT": "DET", "PIS": "PRON", "PIAT": "DET", "PPER": "PRON", "PPOSS": "PRON", "PPOSAT": "DET",
    "PRELS": "PRON", "PRELAT": "DET", "PRF": "PRON", "PWS": "PRON", "PWAT": "DET", "PWAV": "ADV",
    "PAV": "ADV", "PTKZU": "PART", "PTKNEG": "PART", "PTKVZ": "ADP", "PTKANT": "PART", "PTKA": "PART",
    "TRUNC": "X", "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB",
    "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX", "VMFIN": "AUX", "VMINF": "AUX",
    "VMPP": "AUX", "XY": "X", "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT",
}

#: Tags for tokens whose class the tokenizer already knows; HanTa is not asked about them.
_KIND_TAGS = {
    Kind.NUMBER: "CARD", Kind.ORDINAL: "ADJA", Kind.DATE: "CARD", Kind.TIME: "CARD",
    Kind.PHONE: "CARD", Kind.URL: "XY", Kind.EMAIL: "XY", Kind.LIST_MARKER: "$(",
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
    for token, start in zip(doc, sentence_starts(doc.text, _raw_tokens(doc))):
        token.is_sent_start = start
    return doc


def _hanta_input(text: str, kind: Kind) -> str:
    if kind in _KIND_TAGS:
        return "5"  # a stand-in HanTa reads as a number, for its context model
    return text.replace(" ", "").replace("\u00a0", "")


def set_hanta_annotation(doc: Doc) -> Doc:
    """einfach_hanta: tags, UPOS and lemmas; a trained tagger's tags are kept."""
    if len(doc) == 0:
        return doc
    has_tags = doc.has_annotation("TAG")
    has_lemmas = doc.has_annotation("LEMMA")
    if has_tags and has_lemmas:
        return doc
    kinds = kinds_of(doc)
    abbreviations = langdata.abbreviations()
    for sentence in doc.sents:
        tokens = [token for token in sentence if not token.is_space]
        analysis = hanta.tag_words([_hanta_input(token.text, kinds[token.i]) for token in tokens])
        for token, (lemma, tag) in zip(tokens, analysis):
            kind = kinds[token.i]
            if kind in _KIND_TAGS:
                tag, lemma = _KIND_TAGS[kind], token.text
            elif kind is Kind.ABBREVIATION:
                known = abbreviations.get(token.text.replace(" ", "").replace("\u00a0", ""))
                tag, lemma = (known.tag if known else "NN"), token.text
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
    """Sentences as plain tuples; leading list markers and whitespace are left out of the span."""
    kinds = kinds_of(doc)
    sentences: list[Sentence] = []
    for span in doc.sents:
        tokens = tuple(
            Token(token.text, token.idx, token.idx + len(token.text), kinds[token.i], token.tag_, token.lemma_ or token.text)
            for token in span
            if not token.is_space
        )
        body = tokens
        while body and (body[0].kind is Kind.LIST_MARKER or body[0].text == "#"):
            body = body[1:]
        if any(token.is_word for token in body):
            sentences.append(Sentence(body[0].start, body[-1].end, body))
    return tuple(sentences)
