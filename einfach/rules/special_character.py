"""ES401 special-character: brackets, semicolons and signs in running text.

BITV 2.0 Anlage 2 Teil 2 Nr. 6 asks Leichte Sprache for "no special characters or bracketed
insertions"; MUCGPT's Leichte-Sprache rules allow only . ? ! and :. Kinds
(``data["kind"]``): bracket, semicolon, ampersand, percent, section, slash, ellipsis, and
quote (only with the option ``quotes``). Characters inside URLs, e-mail addresses, phone
numbers, dates, abbreviations and list markers are tokens of their own and never looked at;
the slash or brackets of a gender form ("Mitarbeiter/innen") belong to ES406 gender-form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..analysis.model import Token
from ..analysis.tokens import Kind
from ..errors import ConfigError
from ..measures.gender import gender_marks
from ..measures.sentence import MeasuredSentence
from ..report import Finding, Severity, Suggestion
from .base import CheckContext, make_finding

# kind, start, end, suggestions, data of one finding
_Found = tuple[str, int, int, tuple[Suggestion, ...], dict[str, object]]

KINDS = ("bracket", "semicolon", "ampersand", "percent", "section", "slash", "ellipsis")

_QUOTES = frozenset('"„“”«»')
_PLAIN_PUNCT = frozenset([".", ",", ":", "?", "!", "-", "–"])
_CHUNK_LIMIT = 80  # characters looked at on each side of a slash
_LIST_ENUMERATOR = re.compile(r"\d{1,3}[a-z]?|[a-zA-Z]")
# Units written with a slash: "km/h" is one unit, not two words.
_UNITS = frozenset(["km", "h", "m", "s", "kg", "g", "l", "ml", "min", "std", "kwh", "mb", "gb", "cm", "mm", "qm", "m²"])
# "/" meaning "per": "10 Euro/Stunde", "500 €/Monat".
_PER = frozenset(
    ["monat", "jahr", "woche", "tag", "stunde", "std.", "std", "person", "kopf", "kind", "quartal", "semester", "nacht", "minute"]
)
_DOMAIN = re.compile(r"[A-Za-z0-9-]\.(?:de|com|org|net|eu|info|bund\.de)\b")
_LEGAL_FORMS = frozenset(["gmbh", "ag", "kg", "ohg", "co", "co.", "e.v.", "mbh", "ug"])
_SUFFIX_ONLY = frozenset(["e", "n", "en", "s", "es", "r", "er", "in", "innen"])

_MESSAGES = {
    "bracket": "Klammer im Satz: Schreiben Sie das als eigenen Satz.",
    "semicolon": "Strichpunkt: Machen Sie zwei Sätze daraus.",
    "ampersand": "Schreiben Sie „und“ statt „&“.",
    "percent": "Schreiben Sie „Prozent“ statt „%“.",
    "section": "Paragrafen-Zeichen: Erklären Sie, was dort steht.",
    "slash": "Schrägstrich: Schreiben Sie „oder“ oder „und“.",
    "slash-per": "Schrägstrich: Schreiben Sie „pro“.",
    "ellipsis": "Auslassungspunkte: Schreiben Sie den Satz zu Ende.",
    "quote": "Anführungszeichen: Lassen Sie sie weg, wenn es geht.",
}


@dataclass(frozen=True, slots=True)
class SpecialCharacterOptions:
    severity: Severity = Severity.WARNING
    section_sign_severity: Severity = Severity.SUGGESTION  # § references stay; a hint to explain them
    quotes: bool = False  # quotation marks around a named thing are fine in Einfache Sprache
    kinds: tuple[str, ...] = KINDS

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(KINDS)
        if unknown:
            raise ConfigError(
                f"Unbekannte Zeichen-Art(en) für 'special-character': {', '.join(sorted(unknown))}. Erlaubt: {', '.join(KINDS)}."
            )


class SpecialCharacter:
    code: ClassVar[str] = "ES401"
    name: ClassVar[str] = "special-character"
    summary: ClassVar[str] = "Sonderzeichen und Klammern: Schreiben Sie Wörter."
    Options: ClassVar[type] = SpecialCharacterOptions

    def check(self, sentence: MeasuredSentence, options: SpecialCharacterOptions, context: CheckContext) -> Iterator[Finding]:
        tokens = sentence.sentence.tokens
        if not any(t.kind is Kind.PUNCT and t.text not in _PLAIN_PUNCT for t in tokens):
            return
        text = context.text
        gender = [(m.start, m.end) for m in gender_marks(text, sentence.sentence)]
        wanted = set(options.kinds)
        covered = -1  # end of the last reported bracket or quotation
        quote_open: int | None = None
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.kind is not Kind.PUNCT or token.start < covered or any(a <= token.start < b for a, b in gender):
                index += 1
                continue
            char = token.text
            found: _Found | None = None
            if char == "(" and "bracket" in wanted:
                close = _matching_bracket(tokens, index)
                if _is_enumerator(tokens, index, close):
                    index = close + 1 if close is not None else index + 1
                    continue
                end = tokens[close].end if close is not None else token.end
                note = "Schreiben Sie den Inhalt der Klammer als eigenen Satz. Oder lassen Sie ihn weg."
                found = ("bracket", token.start, end, (Suggestion(note),), {"closed": close is not None})
            elif char == ")" and "bracket" in wanted:
                if not _is_enumerator_end(text, tokens, index):
                    found = ("bracket", token.start, token.end, (Suggestion("Lassen Sie die Klammer weg."),), {"closed": False})
            elif char == ";" and "semicolon" in wanted:
                found = ("semicolon", token.start, token.end, (_semicolon_fix(tokens, index),), {})
            elif char == "&" and "ampersand" in wanted:
                found = _ampersand(tokens, index)
            elif char == "%" and "percent" in wanted:
                found = _percent(tokens, index)
            elif char == "§" and "section" in wanted:
                if index > 0 and tokens[index - 1].text == "§" and tokens[index - 1].end == token.start:
                    index += 1
                    continue  # second sign of "§§", reported with the first
                found = _section(tokens, index)
            elif char == "/" and "slash" in wanted:
                found = _slash(text, tokens, index)
            elif char in ("...", "…") or (char.startswith("...") and set(char) == {"."}):
                if "ellipsis" in wanted:
                    note = "Schreiben Sie alles aus, was gemeint ist. Oder beenden Sie den Satz mit einem Punkt."
                    found = ("ellipsis", token.start, token.end, (Suggestion(note),), {})
            elif char in _QUOTES and options.quotes:
                if quote_open is None:
                    quote_open = index
                else:
                    found = _quotation(text, tokens, quote_open, index)
                    quote_open = None
            if found is not None:
                kind, start, end, suggestions, data = found
                severity = options.section_sign_severity if kind == "section" else options.severity
                message = _MESSAGES["slash-per" if data.get("meaning") == "pro" else kind]
                yield make_finding(self, context, sentence, start, end, severity, message, suggestions, kind=kind, **data)
                if kind in ("bracket", "quote"):
                    covered = end
            index += 1
        if quote_open is not None:  # a quotation mark without its partner
            token = tokens[quote_open]
            note = "Lassen Sie das Anführungszeichen weg."
            yield make_finding(
                self,
                context,
                sentence,
                token.start,
                token.end,
                options.severity,
                _MESSAGES["quote"],
                (Suggestion(note),),
                kind="quote",
            )


def _matching_bracket(tokens: tuple[Token, ...], index: int) -> int | None:
    depth = 0
    for position in range(index, len(tokens)):
        text = tokens[position].text
        if tokens[position].kind is not Kind.PUNCT:
            continue
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
            if depth == 0:
                return position
    return None


def _is_enumerator(tokens: tuple[Token, ...], index: int, close: int | None) -> bool:
    """ "(1)", "(a)", "(2a)" inside a sentence: a numbering, not an insertion."""
    if close is None or close != index + 2:
        return False
    inner = tokens[index + 1]
    return inner.start == tokens[index].end and inner.end == tokens[close].start and bool(_LIST_ENUMERATOR.fullmatch(inner.text))


def _is_enumerator_end(text: str, tokens: tuple[Token, ...], index: int) -> bool:
    """ "a)" or "1)" standing alone inside a sentence ("Sie müssen: a) kommen, b) anrufen"): a list marker."""
    if index == 0:
        return True
    previous = tokens[index - 1]
    if previous.end != tokens[index].start or not _LIST_ENUMERATOR.fullmatch(previous.text):
        return False
    return previous.start == 0 or not text[previous.start - 1].isalnum()


def _capitalised(token: Token) -> str:
    return token.text[:1].upper() + token.text[1:]


def _semicolon_fix(tokens: tuple[Token, ...], index: int) -> Suggestion:
    note = "Beenden Sie den Satz mit einem Punkt und beginnen Sie einen neuen."
    if index + 1 < len(tokens) and tokens[index + 1].kind is Kind.WORD:
        following = tokens[index + 1]
        return Suggestion(note, replacement=". " + _capitalised(following), start=tokens[index].start, end=following.end)
    return Suggestion(note, replacement=".")


def _ampersand(tokens: tuple[Token, ...], index: int) -> _Found | None:
    token = tokens[index]
    if index == 0 or index + 1 >= len(tokens):
        return ("ampersand", token.start, token.end, (Suggestion("Schreiben Sie „und“."),), {})
    previous, following = tokens[index - 1], tokens[index + 1]
    if previous.end == token.start and following.start == token.end:
        return None  # "A&O", "F&E": part of a name or abbreviation
    # a company name ("Müller & Söhne GmbH", "B & C") keeps its "&"
    name = any(t.tag == "NE" or (t.text.isupper() and t.text.isalpha()) for t in (previous, following))
    name = name or any(t.text.lower() in _LEGAL_FORMS for t in tokens[index + 1 : index + 4])
    note = "Schreiben Sie „und“." if not name else "Schreiben Sie „und“, wenn das kein Firmenname ist."
    return ("ampersand", token.start, token.end, (Suggestion(note, replacement="und", safe=not name),), {"name": name})


def _percent(tokens: tuple[Token, ...], index: int) -> _Found:
    token = tokens[index]
    previous = tokens[index - 1] if index else None
    if previous is not None and previous.kind is Kind.NUMBER:
        replacement = f"{previous.text} Prozent"
        suggestion = Suggestion(f"Schreiben Sie: {replacement}", replacement=replacement, safe=True)
        return ("percent", previous.start, token.end, (suggestion,), {})
    return ("percent", token.start, token.end, (Suggestion("Schreiben Sie das Wort „Prozent“."),), {})


def _section(tokens: tuple[Token, ...], index: int) -> _Found:
    token = tokens[index]
    end, signs = token.end, 1
    if index + 1 < len(tokens) and tokens[index + 1].text == "§" and tokens[index + 1].start == token.end:
        end, signs = tokens[index + 1].end, 2
    word = "Paragraf" if signs == 1 else "Paragrafen"
    note = f"Die Angabe bleibt. Sie können „{word}“ schreiben und in Worten sagen, was dort steht."
    return ("section", token.start, end, (Suggestion(note, replacement=word),), {"signs": signs})


def _slash(text: str, tokens: tuple[Token, ...], index: int) -> _Found | None:
    token = tokens[index]
    if index == 0 or index + 1 >= len(tokens):
        return None
    previous, following = tokens[index - 1], tokens[index + 1]
    if _DOMAIN.search(_chunk_around(text, token.start, token.end)):
        return None  # "jobcenter-ge.de/mannheim": an address the tokenizer did not see as one
    counted = previous.kind is Kind.NUMBER or previous.text in ("€", "$") or (index > 1 and tokens[index - 2].kind is Kind.NUMBER)
    if following.text.lower() in _PER and counted:  # "10 Euro/Stunde", "500 €/Monat"; not "Eltern/Kind"
        note = f"Schreiben Sie „pro {following.text}“."
        suggestion = Suggestion(note, replacement=" pro ", safe=True, start=previous.end, end=following.start)
        return ("slash", token.start, token.end, (suggestion,), {"meaning": "pro"})
    words = (Kind.WORD, Kind.ABBREVIATION)
    if previous.kind not in words or following.kind not in words:
        return None  # numbers ("2025/2026", "Az. 123/45") or signs
    if not any(c.isalpha() for c in previous.text) or not any(c.isalpha() for c in following.text):
        return None
    if previous.text.lower().rstrip(".") in _UNITS or following.text.lower().rstrip(".") in _UNITS:
        return None  # "km/h"
    if following.text.isupper() and following.text.isalpha() and len(following.text) >= 2:
        return None  # part of a name: "Freizügigkeitsgesetz/EU"
    if following.text in _SUFFIX_ONLY and following.start == token.end:
        note = "Schreiben Sie die Wörter ganz aus, ohne Schrägstrich."
        return ("slash", previous.start, following.end, (Suggestion(note),), {})
    glued = previous.end == token.start and following.start == token.end
    if glued and "-" in following.text.strip("-"):  # "Eltern/Kind-Gruppe": a compound
        replacement = f"{previous.text}-{following.text}"
        note = f"Schreiben Sie das Wort mit Bindestrich: {replacement}"
        return ("slash", previous.start, following.end, (Suggestion(note, replacement=replacement),), {})
    if previous.text.lower() == "und" and following.text.lower() == "oder":
        replacement = "oder"
        note = "Schreiben Sie „oder“. Wenn beides gemeint sein kann: „… oder beides“."
    else:
        replacement = f"{previous.text} oder {following.text}"
        note = f"Meist passt „oder“: {replacement}. Prüfen Sie, ob „und“ gemeint ist."
    return ("slash", previous.start, following.end, (Suggestion(note, replacement=replacement),), {})


def _chunk_around(text: str, start: int, end: int) -> str:
    """The run of non-space characters around ``text[start:end]`` (at most _CHUNK_LIMIT each side)."""
    left = start
    while left > 0 and start - left < _CHUNK_LIMIT and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and right - end < _CHUNK_LIMIT and not text[right].isspace():
        right += 1
    return text[left:right]


def _quotation(text: str, tokens: tuple[Token, ...], opening: int, closing: int) -> _Found:
    start, end = tokens[opening].start, tokens[closing].end
    inner = text[tokens[opening].end : tokens[closing].start]
    note = "Lassen Sie die Anführungszeichen weg. Oder schreiben Sie: Das heißt …"
    suggestion = Suggestion(note, replacement=inner) if inner.strip() else Suggestion(note)
    return ("quote", start, end, (suggestion,), {})
