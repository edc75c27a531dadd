"""Sentence boundaries for administrative German.

Blocks first, then punctuation:

* a blank line, a list marker or a Markdown heading always starts a new unit, because
  bullet items without final punctuation are separate statements (every stock splitter
  merges them, nlp-stack.md section 3.1);
* a single line break ends a sentence only when the lines look like separate lines (a short
  heading line, a line ending in ":", a next line starting with "Ich", "Der", "Bitte" ...),
  so hard-wrapped paragraphs (e-mails, PDF text) stay whole;
* ".", "!", "?" and "…" end a sentence unless a lower-case word, a comma or the like follows;
  closing quotes and brackets stay with the sentence they close;
* abbreviations and ordinals were already recognised by the tokenizer, so "z. B.", "Abs.",
  "3. März" and "§ 15 Abs. 2 SGB II" never end a sentence, while "… gilt entsprechend. § 40 …"
  does (the "§" case is the big systematic error of spaCy's sentencizer and SoMaJo).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import langdata
from ..normalize import compact
from .tokens import _LINE_BREAKS, _LIST_MARKER, Kind, RawToken

__all__ = ["BLANK_LINE", "sentence_starts"]

#: A blank line, whatever the line ends ("\n\n", "\r\n\r\n", "\n  \n", "\r\r").
BLANK_LINE = re.compile(r"(?:\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\n|\r(?!\n))")

_TERMINALS = frozenset({".", "!", "?", "…", "?!", "!?"})
_CLOSERS = frozenset(")]}»«“”\"'’‘›")
_NO_SPLIT_BEFORE = frozenset(",;:)]}-–—/")
_SHORT_LINE_WORDS = 4
_SHORT_LINE_SHARE = 0.6


def _is_terminal(token_text: str) -> bool:
    return token_text in _TERMINALS or (len(token_text) > 1 and set(token_text) <= {".", "!", "?"})


def _line_breaks(space: str) -> int:
    return sum(1 for char in space if char in _LINE_BREAKS) - space.count("\r\n")


class _Lines:
    """Lines around a line break, and the longest line of each block (cached)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._widths: dict[int, int] = {}
        self.has_cr = "\r" in text

    def around(self, break_pos: int) -> tuple[str, str]:
        """The line before and the line after the line break at ``break_pos``."""
        text = self.text
        newline = text.rfind("\n", 0, break_pos)
        start = max(newline, text.rfind("\r", max(newline, 0), break_pos) if self.has_cr else -1) + 1
        previous = text[start:break_pos]
        after = break_pos + 1 if text[break_pos] != "\r" or text[break_pos + 1 : break_pos + 2] != "\n" else break_pos + 2
        end = text.find("\n", after)
        following = text[after : end if end >= 0 else len(text)]
        return previous, following

    def block_width(self, block_start: int) -> int:
        """Length of the longest line of the block (text up to the next blank line) at ``block_start``."""
        if block_start not in self._widths:  # computed once per block, not once per line break
            text = self.text
            blank = BLANK_LINE.search(text, block_start)
            end = blank.start() if blank else len(text)
            self._widths[block_start] = max((len(line.strip()) for line in text[block_start:end].splitlines()), default=0)
        return self._widths[block_start]


def _line_break_ends_sentence(lines: _Lines, break_pos: int, block_start: int) -> bool:
    previous, following = lines.around(break_pos)
    before, after = previous.strip(), following.strip()
    if not before or not after:
        return True
    if after.startswith("#") or before.startswith("#") or _LIST_MARKER.match(after + " "):
        return True
    if before.endswith(":"):
        return True
    if after[0].islower() or after[0] in _NO_SPLIT_BEFORE or before[-1] in ",-–/(":
        return False
    last_word = before.rsplit(None, 1)[-1].lower()
    if last_word in langdata.continuation_words():
        return False
    first_word = after.split(None, 1)[0].rstrip(",.:;!?")
    if first_word in langdata.sentence_start_words():
        return True
    if len(before.split()) <= _SHORT_LINE_WORDS:
        return True
    return len(before) < _SHORT_LINE_SHARE * lines.block_width(block_start)


def sentence_starts(text: str, tokens: Sequence[RawToken]) -> list[bool]:
    """One flag per token: True where a sentence (or list item, heading, block) starts.

    Whitespace tokens never start a sentence except when the text begins with whitespace.
    """
    starts = [False] * len(tokens)
    if not tokens:
        return starts
    starts[0] = True
    lines = _Lines(text)
    pending = True  # the next word-bearing token starts a sentence
    after_terminal = False  # last token was ".", "!", "?" (plus closers)
    after_abbreviation: str | None = None
    previous_end = 0
    block_start = 0
    for index, token in enumerate(tokens):
        token_text = text[token.start : token.end]
        if token.kind is Kind.SPACE:
            breaks = _line_breaks(token_text)
            if breaks >= 2:
                pending = True
                block_start = token.end
            elif breaks == 1 and not pending:
                break_pos = token.start + next(i for i, c in enumerate(token_text) if c in _LINE_BREAKS)
                if _line_break_ends_sentence(lines, break_pos, block_start):
                    pending = True
            continue
        if token.kind is Kind.LIST_MARKER:
            pending = True
        elif after_terminal:
            adjacent = token.start == previous_end
            if adjacent and token_text in _CLOSERS:
                previous_end = token.end
                continue
            first = token_text[0]
            if not (first.islower() or first in _NO_SPLIT_BEFORE or _is_terminal(token_text)):
                pending = True
        elif after_abbreviation is not None:
            first = token_text[0]
            if token_text in langdata.sentence_start_words() or (
                first.isupper() and langdata.abbreviations()[after_abbreviation].ends_sentence
            ):
                pending = True
        if pending:
            starts[index] = True
            pending = False
        after_terminal = token.kind is Kind.PUNCT and _is_terminal(token_text)
        after_abbreviation = None
        if token.kind is Kind.ABBREVIATION:
            key = compact(token_text)
            if key in langdata.abbreviations():
                after_abbreviation = key
        previous_end = token.end
    return starts
