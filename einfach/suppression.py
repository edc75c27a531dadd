"""Switching findings off on purpose, with a reason that stays in the report.

Three ways, for three users:

* a comment in the text before a sentence: ``<!-- einfach: ignore rare-word -->``
  (several rules separated by commas or spaces, none for all rules, an optional reason
  after ``|``: ``<!-- einfach: ignore rare-word | Name der Firma -->``);
* a comment anywhere for the whole file: ``<!-- einfach: ignore-file foreign-word -->``;
* in the API: :class:`Suppression` by rule and finding fingerprint, which stays the same when
  text before the finding changes.

Comments are blanked with spaces before the analysis, so offsets stay those of the original
text and the comment itself is never checked.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import ConfigError
from .report import Finding, Suppressed
from .rules.registry import rules_matching

__all__ = ["Directive", "Suppression", "apply_suppressions", "read_directives"]

_COMMENT = re.compile(
    r"<!--\s*einfach\s*:\s*(?P<verb>[^\s|>]+)(?P<rules>[^|>]*?)(?:\|(?P<reason>(?:(?!-->).)*?))?\s*-->",
    re.IGNORECASE | re.DOTALL,
)
_SEPARATORS = re.compile(r"[\s,;]+")
_VERBS = ("ignore", "ignore-file")


@dataclass(frozen=True, slots=True)
class Suppression:
    """Ignore the finding of ``rule`` (code or name) with this fingerprint, because ``reason``."""

    rule: str
    fingerprint: str
    reason: str

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ConfigError(f"Ein Ausschluss braucht einen Grund (Regel {self.rule!r}, {self.fingerprint}).")
        _codes(self.rule, "Ausschluss")


@dataclass(frozen=True, slots=True)
class Directive:
    """An inline comment: the rule codes it switches off (empty: all), for the next sentence or the file."""

    end: int
    codes: frozenset[str]
    whole_file: bool
    reason: str


def _codes(keys: str, where: str) -> frozenset[str]:
    codes: set[str] = set()
    for key in _SEPARATORS.split(keys.strip()):
        if key:
            codes.update(rule.code for rule in rules_matching(key, where))
    return frozenset(codes)


def read_directives(text: str) -> tuple[str, tuple[Directive, ...]]:
    """The text with einfach comments blanked (same length, line ends kept) and the directives."""
    directives: list[Directive] = []
    pieces: list[str] = []
    last = 0
    for match in _COMMENT.finditer(text):
        verb = match["verb"].lower()
        line = text.count("\n", 0, match.start()) + 1
        if verb not in _VERBS:
            raise ConfigError(f"Zeile {line}: einfach-Kommentar {verb!r} unbekannt. Erlaubt: {', '.join(_VERBS)}.")
        codes = _codes(match["rules"], f"Kommentar in Zeile {line}")
        reason = (match["reason"] or "").strip() or "Kommentar im Text"
        directives.append(Directive(match.end(), codes, verb == "ignore-file", reason))
        pieces.append(text[last : match.start()])
        pieces.append("".join(char if char in "\r\n" else " " for char in match.group()))
        last = match.end()
    if not directives:
        return text, ()
    pieces.append(text[last:])
    return "".join(pieces), tuple(directives)


def apply_suppressions(
    findings: Iterable[Finding],
    sentence_starts: Sequence[int],
    directives: Sequence[Directive],
    suppressions: Sequence[Suppression],
) -> tuple[list[Finding], list[Suppressed]]:
    """Split findings into kept and suppressed ones."""
    targets: list[tuple[int, Directive]] = []
    for directive in directives:
        target = -1 if directive.whole_file else bisect_left(sentence_starts, directive.end)
        targets.append((target, directive))
    by_print = {(code, s.fingerprint): s for s in suppressions for code in _codes(s.rule, "Ausschluss")}
    kept: list[Finding] = []
    suppressed: list[Suppressed] = []
    for finding in findings:
        hit = next(
            (d for target, d in targets if target in (-1, finding.sentence) and (not d.codes or finding.code in d.codes)),
            None,
        )
        if hit is not None:
            suppressed.append(Suppressed(finding, hit.reason, "file" if hit.whole_file else "inline"))
            continue
        api = by_print.get((finding.code, finding.fingerprint))
        if api is not None:
            suppressed.append(Suppressed(finding, api.reason, "api"))
            continue
        kept.append(finding)
    return kept, suppressed
