"""ES405 phone-format: phone numbers in groups, without slash or brackets.

DIN 5008 and MUCGPT write "0621 123456" or "0621 123 45 67", an extension with a hyphen
("0621 12345-0"), and "+49 621 123456" for international numbers. Kinds
(``data["kind"]``): slash ("0621/123456", also "0621 / 123456"), brackets ("(0621) 123456"),
trunk-zero ("+49 (0)621 1234": the "(0)" goes, which drops a digit, so the fix is not safe),
dash ("0621-123456"). All other fixes keep every digit and are safe. Numbers without any
separator ("0621123456") are not reported: where the area code ends cannot be known.
Numbers after "Kundennummer", "IBAN", "Aktenzeichen" … are no phone numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..analysis.model import Token
from ..analysis.tokens import Kind
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

_TRUNK_ZERO = re.compile(r"^(\+\d{1,3}) ?\(0\) ?")
_AREA_BRACKETS = re.compile(r"^\((0\d{2,5})\) ?")
_PARTS = re.compile(r"(\d+)|( ?/ ?| ?- ?| )")
_AREA_CODE = re.compile(r"0\d{2,5}")
# Words (lower case, compared by prefix) before a number that make it an identifier, not a phone number.
_ID_WORDS = (
    "kundennummer",
    "kunden-nr",
    "aktenzeichen",
    "az.",
    "bg-nummer",
    "iban",
    "bic",
    "steuer",
    "versicherungsnummer",
    "rentenversicherungsnummer",
    "personalnummer",
    "vorgangsnummer",
    "geschäftszeichen",
    "zeichen",
    "kontonummer",
    "rechnungsnummer",
)

_MESSAGES = {
    "slash": "Telefonnummer ohne Schrägstrich schreiben.",
    "brackets": "Telefonnummer ohne Klammern schreiben.",
    "trunk-zero": "Internationale Nummer: ohne „(0)“ schreiben.",
    "dash": "Telefonnummer mit Leerzeichen statt Strich schreiben.",
}


@dataclass(frozen=True, slots=True)
class PhoneFormatOptions:
    severity: Severity = Severity.WARNING


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


def normalise(number: str) -> tuple[str, tuple[str, ...]]:
    """The number in DIN 5008 form and what was changed: ("0621 123456", ("slash",))."""
    kinds: list[str] = []
    prefix = ""
    rest = number
    trunk = _TRUNK_ZERO.match(rest)
    if trunk:
        prefix, rest = trunk.group(1) + " ", rest[trunk.end() :]
        kinds.append("trunk-zero")
    elif rest.startswith("+"):
        head, _, tail = rest.partition(" ")
        if not tail:
            return number, ()
        prefix, rest = head + " ", tail
    brackets = _AREA_BRACKETS.match(rest)
    if brackets:
        area = brackets.group(1)
        if prefix:  # "+49 (0621) 1234": the area code loses its 0
            area = area[1:]
            kinds.append("trunk-zero")
        else:
            kinds.append("brackets")
        rest = area + " " + rest[brackets.end() :]
    pieces = [m.group() for m in _PARTS.finditer(rest)]
    groups, separators = pieces[0::2], pieces[1::2]
    if "".join(pieces) != rest or not all(g.isdigit() for g in groups) or len(groups) != len(separators) + 1:
        return number, ()  # something the tokenizer let through that is not digits and separators
    written: list[str] = []
    for position, separator in enumerate(separators):
        bare = separator.strip()
        last = position == len(separators) - 1
        if bare == "/":
            kinds.append("slash")
            written.append(" ")
        elif bare == "-":
            extension = last and len(groups[-1]) <= 4 and " " in written
            if extension:
                written.append("-")  # DIN 5008 extension: "0621 12345-0"
            else:
                kinds.append("dash")
                written.append(" ")
        else:
            written.append(" ")
    result = prefix + groups[0] + "".join(sep + group for sep, group in zip(written, groups[1:]))
    return result, tuple(dict.fromkeys(kinds))


class PhoneFormat:
    code: ClassVar[str] = "ES405"
    name: ClassVar[str] = "phone-format"
    summary: ClassVar[str] = "Telefonnummer so schreiben: 0621 123 45 67."
    Options: ClassVar[type] = PhoneFormatOptions

    def check(self, sentence: MeasuredSentence, options: PhoneFormatOptions, context: CheckContext) -> Iterator[Finding]:
        if not context.has_digit(sentence):
            return
        tokens = sentence.sentence.tokens
        text = context.text
        index = 0
        while index < len(tokens):
            span = _phone_span(tokens, index)
            if span is None:
                index += 1
                continue
            first, last = span
            index = last + 1
            if _identifier_context(tokens, first):
                continue
            start, end = tokens[first].start, tokens[last].end
            original = text[start:end]
            written, kinds = normalise(original)
            if not kinds or written == original:
                continue
            safe = _digits(written) == _digits(original)
            note = (
                f"Schreiben Sie: {written}"
                if safe
                else f"Schreiben Sie: {written}. Die 0 in Klammern fällt weg; prüfen Sie die Nummer."
            )
            yield make_finding(
                self,
                context,
                sentence,
                start,
                end,
                options.severity,
                _MESSAGES[kinds[0]],
                (Suggestion(note, replacement=written, safe=safe),),
                kind=kinds[0],
                problems=len(kinds),
            )


def _phone_span(tokens: tuple[Token, ...], index: int) -> tuple[int, int] | None:
    """Token range of one phone number: a PHONE token, or one the tokenizer split up.

    Split forms: "+49 (0621) 1234" ("+", "49", "(0621) 1234") and a spaced slash
    "0621 / 123 45 67" (numbers and "/").
    """
    token = tokens[index]
    if token.kind is Kind.PHONE:
        return index, index
    if token.text == "+" and index + 2 < len(tokens):
        code, phone = tokens[index + 1], tokens[index + 2]
        glued = code.kind is Kind.NUMBER and code.start == token.end and len(code.text) <= 3
        if glued and phone.kind is Kind.PHONE and phone.text.startswith("("):
            return index, index + 2
        return None
    if token.kind is Kind.NUMBER and _AREA_CODE.fullmatch(token.text) and index + 2 < len(tokens):
        slash = tokens[index + 1]
        if slash.text != "/":
            return None
        last = index + 1
        digits = 0
        position = index + 2
        while position < len(tokens) and tokens[position].kind in (Kind.NUMBER, Kind.PHONE):
            part = tokens[position]
            if not part.text.replace(" ", "").isdigit() or part.start - tokens[position - 1].end > 1:
                break
            digits += len(_digits(part.text))
            last = position
            position += 1
        if last > index + 1 and digits >= 4:
            return index, last
    return None


def _identifier_context(tokens: tuple[Token, ...], first: int) -> bool:
    for token in tokens[max(0, first - 3) : first]:
        lower = token.text.lower()
        if lower.startswith(_ID_WORDS):
            return True
    return False
