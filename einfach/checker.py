"""The checker: text in, report out.

A :class:`Checker` holds a profile and the resolved rule options; the language resources
(HanTa, wordfreq, pyphen) are loaded once per process on first use and shared by all
checkers; spaCy is not needed (only :meth:`Checker.check_doc` gets a spaCy Doc). Long texts
are analysed in blocks split at blank lines, which are sentence boundaries anyway, so memory
follows the block size, not the text size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ._version import __version__
from .analysis.analyze import analyze
from .analysis.sentences import BLANK_LINE
from .errors import ConfigError, InputError, german_number
from .measures.sentence import MeasuredSentence, measure_sentence
from .profiles import DEFAULT_PROFILE, build_options
from .report import Finding, Report
from .resources import data_version
from .rules.base import CheckContext
from .rules.registry import RULES, rule_by_key
from .scoring import document_score, sentence_score

__all__ = ["DEFAULT_MAX_CHARS", "Checker", "check"]

#: Texts longer than this are refused with a clear message (about 300 pages of plain text).
DEFAULT_MAX_CHARS = 2_000_000
_BLOCK_CHARS = 100_000


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, block) pieces of about ``_BLOCK_CHARS``, cut after blank lines (any line ends)."""
    start = 0
    while len(text) - start > _BLOCK_CHARS:
        cut = None
        for blank in BLANK_LINE.finditer(text, start, start + _BLOCK_CHARS):
            cut = blank.end()
        if cut is None:
            following = BLANK_LINE.search(text, start + _BLOCK_CHARS)
            if following is None:
                break
            cut = following.end()
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


class Checker:
    """Checks German text against one profile with fixed options; reuse it for many texts."""

    def __init__(
        self,
        profile: str = DEFAULT_PROFILE,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        *,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        by_rule: dict[str, Mapping[str, Any]] = {}
        for key, values in (options or {}).items():
            rule = rule_by_key(key)
            if rule is None:
                raise ConfigError(f"Unbekannte Regel in den Optionen: {key!r}.")
            if rule.name in by_rule:
                raise ConfigError(f"Optionen für {rule.name!r} stehen doppelt (Name und Code).")
            by_rule[rule.name] = values
        if max_chars < 1:
            raise ConfigError("max_chars muss größer als 0 sein.")
        self.profile = profile
        self.max_chars = max_chars
        self._rules = tuple(
            (rule, build_options(rule.name, rule.Options, profile, by_rule.get(rule.name))) for rule in RULES
        )

    def check(self, text: str) -> Report:
        if not isinstance(text, str):
            raise InputError(f"Text erwartet, nicht {type(text).__name__}.")
        if len(text) > self.max_chars:
            raise InputError(
                f"Der Text ist zu lang: {german_number(len(text))} Zeichen. "
                f"Erlaubt sind höchstens {german_number(self.max_chars)}."
            )
        measured: list[MeasuredSentence] = []
        for offset, block in _blocks(text):
            if not block.strip():
                continue
            for sentence in analyze(block):
                measured.append(measure_sentence(len(measured), _shifted(sentence, offset) if offset else sentence))
        return self._report(text, measured)

    def check_many(self, texts: Iterable[str]) -> Iterator[Report]:
        for text in texts:
            yield self.check(text)

    def check_doc(self, doc: Any) -> Report:
        """Report for an annotated spaCy Doc (see :mod:`einfach.spacy_component`)."""
        from .analysis.pipeline import read_sentences

        measured = [measure_sentence(i, s) for i, s in enumerate(read_sentences(doc))]
        return self._report(doc.text, measured)

    def _report(self, text: str, measured: list[MeasuredSentence]) -> Report:
        context = CheckContext(text=text)
        scores = [sentence_score(sentence, text) for sentence in measured]
        findings: list[Finding] = []
        for sentence in measured:
            for rule, options in self._rules:
                findings.extend(rule.check(sentence, options, context))
        findings.sort(key=lambda f: (f.start, f.end, f.code))
        return Report(
            profile=self.profile,
            document=document_score(measured, scores),
            sentences=tuple(scores),
            findings=tuple(findings),
            version=__version__,
            data_version=data_version(),
            text_length=len(text),
        )


def _shifted(sentence: Any, offset: int) -> Any:
    from dataclasses import replace

    return replace(
        sentence,
        start=sentence.start + offset,
        end=sentence.end + offset,
        tokens=tuple(replace(t, start=t.start + offset, end=t.end + offset) for t in sentence.tokens),
    )


def check(
    text: str,
    *,
    profile: str = DEFAULT_PROFILE,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Report:
    """Check ``text`` and return a :class:`~einfach.report.Report`.

    >>> report = check("Die Kosten werden vom Jobcenter übernommen.")
    >>> [f.rule for f in report.findings]
    ['passive-voice']
    """
    return Checker(profile, options, max_chars=max_chars).check(text)
