"""The checker: text in, report out.

A :class:`Checker` holds a profile and the resolved rule options; the language resources
(HanTa, wordfreq, pyphen) are loaded once per process on first use and shared by all
checkers; spaCy is not needed (only :meth:`Checker.check_doc` gets a spaCy Doc). Long texts
are analysed in blocks split at blank lines, which are sentence boundaries anyway, so memory
follows the block size, not the text size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from ._version import __version__
from .analysis.analyze import analyze
from .analysis.sentences import BLANK_LINE
from .errors import ConfigError, InputError, german_number
from .measures.sentence import MeasuredSentence, measure_sentence
from .normalize import lexicon_key
from .profiles import DEFAULT_PROFILE, build_options, rule_enabled
from .report import Finding, Report, Severity
from .resources import data_version
from .rules.base import CheckContext, Rule
from .rules.registry import RULES, rule_by_key, rules_matching
from .scoring import document_score, sentence_score
from .suppression import Directive, Suppression, apply_suppressions, read_directives

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
    """Checks German text against one profile with fixed settings; reuse it for many texts.

    ``select``/``ignore`` take rule codes, names or their prefixes ("ES2", "passive");
    without ``select`` the profile's default rules run. ``severity`` overrides the severity
    of every finding of a rule, ``allow`` lists house words no word rule flags, and
    ``suppress`` switches single findings off by fingerprint with a reason.
    """

    def __init__(
        self,
        profile: str = DEFAULT_PROFILE,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        *,
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        severity: Mapping[str, str | Severity] | None = None,
        allow: Iterable[str] = (),
        suppress: Iterable[Suppression] = (),
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        if max_chars < 1:
            raise ConfigError("max_chars muss größer als 0 sein.")
        self.profile = profile
        self.max_chars = max_chars
        by_rule = _by_rule(options or {}, "Optionen")
        chosen = _chosen_rules(profile, tuple(select), tuple(ignore))
        self._rules = tuple((rule, build_options(rule.name, rule.Options, profile, by_rule.get(rule.name))) for rule in chosen)
        self._severity = {name: _severity(name, value) for name, value in _by_rule(severity or {}, "Schweregrade").items()}
        self._allowed = frozenset(lexicon_key(word) for word in allow)
        self._suppress = tuple(suppress)

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The rules this checker runs, in registry order."""
        return tuple(rule for rule, _ in self._rules)

    def check(self, text: str) -> Report:
        if not isinstance(text, str):
            raise InputError(f"Text erwartet, nicht {type(text).__name__}.")
        if len(text) > self.max_chars:
            raise InputError(
                f"Der Text ist zu lang: {german_number(len(text))} Zeichen. "
                f"Erlaubt sind höchstens {german_number(self.max_chars)}."
            )
        analysed, directives = read_directives(text)
        measured: list[MeasuredSentence] = []
        for offset, block in _blocks(analysed):
            if not block.strip():
                continue
            for sentence in analyze(block):
                measured.append(measure_sentence(len(measured), _shifted(sentence, offset) if offset else sentence))
        return self._report(text, measured, directives)

    def check_many(self, texts: Iterable[str]) -> Iterator[Report]:
        for text in texts:
            yield self.check(text)

    def check_doc(self, doc: Any) -> Report:
        """Report for an annotated spaCy Doc (see :mod:`einfach.spacy_component`)."""
        from .analysis.pipeline import read_sentences

        measured = [measure_sentence(i, s) for i, s in enumerate(read_sentences(doc))]
        return self._report(doc.text, measured)

    def _report(self, text: str, measured: list[MeasuredSentence], directives: tuple[Directive, ...] = ()) -> Report:
        context = CheckContext(text=text, sentences=tuple(measured), allowed=self._allowed)
        scores = [sentence_score(sentence, text) for sentence in measured]
        found: list[Finding] = []
        for sentence in measured:
            for rule, options in self._rules:
                found.extend(rule.check(sentence, options, context))
        if self._severity:
            found = [replace(f, severity=self._severity[f.rule]) if f.rule in self._severity else f for f in found]
        starts = [sentence.sentence.start for sentence in measured]
        findings, suppressed = apply_suppressions(found, starts, directives, self._suppress)
        findings.sort(key=lambda f: (f.start, f.end, f.code))
        return Report(
            profile=self.profile,
            document=document_score(measured, scores),
            sentences=tuple(scores),
            findings=tuple(findings),
            version=__version__,
            data_version=data_version(),
            text_length=len(text),
            suppressed=tuple(suppressed),
        )


def _by_rule(values: Mapping[str, Any], what: str) -> dict[str, Any]:
    """Settings keyed by rule code or name, re-keyed by name; unknown or doubled rules are errors."""
    by_rule: dict[str, Any] = {}
    for key, value in values.items():
        rule = rule_by_key(key)
        if rule is None:
            raise ConfigError(f"{what}: unbekannte Regel {key!r}. Die Liste zeigt: einfach rules")
        if rule.name in by_rule:
            raise ConfigError(f"{what} für {rule.name!r} stehen doppelt (Name und Code).")
        by_rule[rule.name] = value
    return by_rule


def _chosen_rules(profile: str, select: tuple[str, ...], ignore: tuple[str, ...]) -> tuple[Rule, ...]:
    if select:
        chosen = {rule.code for key in select for rule in rules_matching(key, "select")}
    else:
        chosen = {rule.code for rule in RULES if rule_enabled(rule.name, profile)}
    chosen -= {rule.code for key in ignore for rule in rules_matching(key, "ignore")}
    return tuple(rule for rule in RULES if rule.code in chosen)


def _severity(rule: str, value: str | Severity) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        allowed = ", ".join(s.value for s in Severity)
        raise ConfigError(f"Schweregrad für {rule!r} muss eins von {allowed} sein, nicht {value!r}.") from None


def _shifted(sentence: Any, offset: int) -> Any:
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
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Mapping[str, str | Severity] | None = None,
    allow: Iterable[str] = (),
    suppress: Iterable[Suppression] = (),
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Report:
    """Check ``text`` and return a :class:`~einfach.report.Report`.

    >>> report = check("Die Kosten werden vom Jobcenter übernommen.")
    >>> [f.rule for f in report.findings]
    ['light-verb', 'passive-voice']
    """
    checker = Checker(
        profile, options, select=select, ignore=ignore, severity=severity, allow=allow, suppress=suppress, max_chars=max_chars
    )
    return checker.check(text)
