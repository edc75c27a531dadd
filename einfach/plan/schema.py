"""The plan file format: one JSON Schema, and a validator that speaks plain German.

The schema is the single source: ``docs/plan-schema.json`` is written from it (a test keeps
the file in step), and :func:`validate` walks the same dictionary. The validator covers the
part of JSON Schema the schema uses (types, required, enum, patterns, lengths, formats) and
names the field path of every problem, so a caseworker's tool can point at the field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["SCHEMA", "SCHEMA_ID", "PlanProblem", "schema_json", "validate"]

#: Bumped when a field changes its meaning; files name the version they were written for.
SCHEMA_ID = "einfach-kooperationsplan/1"

_TEXT = {"type": "string", "minLength": 1, "maxLength": 2000}
_SHORT = {"type": "string", "minLength": 1, "maxLength": 200}
_DATE = {"type": "string", "format": "date"}
_PHONE = {"type": "string", "pattern": r"^\+?[0-9][0-9 \-]{4,24}$", "maxLength": 30}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://einfach.example/schemas/kooperationsplan-1.json",
    "title": "Kooperationsplan (§ 15 SGB II), Mannheimer Aufbau",
    "type": "object",
    "additionalProperties": False,
    "required": [
        "schema",
        "jobcenter",
        "issuer",
        "person",
        "created_on",
        "review_due",
        "plan",
        "way",
        "support",
        "appointment",
        "contact",
    ],
    "properties": {
        "schema": {"const": SCHEMA_ID, "description": "Version des Formats"},
        "jobcenter": {**_SHORT, "description": "Name des Jobcenters (Textform: wer den Plan ausstellt)"},
        "issuer": {**_SHORT, "description": "Name der Ansprechperson, die den Plan ausstellt"},
        "person": {**_SHORT, "description": "Name der Person, für die der Plan ist"},
        "created_on": {**_DATE, "description": "Erstellt am"},
        "review_due": {
            **_DATE,
            "description": "Gemeinsame Überprüfung (§ 15 Abs. 3: höchstens 6 Monate)",
        },
        "review_reason": {**_TEXT, "description": "Grund, wenn die Überprüfung später als 6 Monate liegt"},
        "legal_basis": {"enum": ["2026", "2023"], "default": "2026", "description": "Fassung von § 15 SGB II"},
        "profile": {"enum": ["leicht", "einfach", "standard"], "default": "einfach"},
        "compound_separator": {"enum": ["-", "·"], "default": "-"},
        "first_plan": {
            "type": "boolean",
            "default": False,
            "description": "Erster Plan: erstes Gespräch persönlich (§ 15 Abs. 4)",
        },
        "plan": {
            "type": "object",
            "additionalProperties": False,
            "required": ["goal"],
            "description": "Der Plan: das Ziel",
            "properties": {
                "goal": {**_TEXT, "description": "Das Ziel, gern in Ich-Form"},
                "occupations": {"type": "array", "maxItems": 5, "items": _SHORT},
            },
        },
        "way": {
            "type": "array",
            "minItems": 1,
            "maxItems": 20,
            "description": "Der Weg: die nächsten Schritte der Person",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["text"],
                "properties": {
                    "text": {**_TEXT, "description": "Was die Person tut"},
                    "actor": {**_SHORT, "default": "ich", "description": "Wer es tut"},
                    "due": {**_DATE, "description": "Bis wann"},
                    "quantity": {"type": "integer", "minimum": 1, "maximum": 1000},
                    "per": {"enum": ["Tag", "Woche", "Monat", "Quartal"], "description": "Wie oft: pro …"},
                    "proof": {**_SHORT, "description": "Wie die Person es zeigt (Nachweis)"},
                    "proof_due": {**_DATE, "description": "Bis wann sie es zeigt"},
                    "costs": {"type": "boolean", "default": False, "description": "Der Schritt kostet Geld"},
                },
            },
        },
        "support": {
            "type": "object",
            "additionalProperties": False,
            "required": ["offer"],
            "description": "Gezielte Unterstützung",
            "properties": {
                "offer": {
                    **_TEXT,
                    "description": "Persönliches Angebot (§ 15 Abs. 2 S. 2)",
                },
                "items": {
                    "type": "array",
                    "maxItems": 20,
                    "items": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["what"],
                        "properties": {
                            "provider": {**_SHORT, "default": "Jobcenter"},
                            "what": {**_TEXT, "description": "Was das Jobcenter oder eine andere Stelle tut oder bezahlt"},
                            "pays": {**_SHORT, "description": "Was bezahlt wird"},
                            "condition": {**_TEXT, "description": "Unter welcher Bedingung"},
                        },
                    },
                },
            },
        },
        "appointment": {
            "type": "object",
            "additionalProperties": False,
            "required": ["date", "mode"],
            "description": "Verabredungen: der nächste Termin",
            "properties": {
                "date": _DATE,
                "time": {"type": "string", "format": "time", "description": "Uhrzeit, so: 9:30"},
                "mode": {"enum": ["persönlich", "Telefon", "Video"]},
                "place": _TEXT,
                "exception_reason": {**_TEXT, "description": "Grund, wenn das erste Gespräch nicht persönlich ist"},
            },
        },
        "contact": {
            "type": "object",
            "additionalProperties": False,
            "required": ["name"],
            "description": "Bei Fragen und Notfällen",
            "properties": {
                "name": _SHORT,
                "phone": _PHONE,
                "email": {"type": "string", "pattern": r"^[^@\s]+@[^@\s]+\.[^@\s]+$", "maxLength": 200},
                "hours": _TEXT,
                "address": _TEXT,
                "emergency": _TEXT,
            },
        },
        "notes": {**_TEXT, "description": "Was sonst noch wichtig ist"},
    },
}


def schema_json() -> str:
    """The schema as the JSON text committed in docs/plan-schema.json (``einfach plan schema``)."""
    return json.dumps(SCHEMA, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True, slots=True)
class PlanProblem:
    """A field that is missing or wrong: where (``way[1].due``) and what, in plain German."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or 'Plan'}: {self.message}"


_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool}
_TYPE_NAMES = {
    "object": "eine Gruppe von Feldern",
    "array": "eine Liste",
    "string": "ein Text",
    "boolean": "ja oder nein (true/false)",
    "integer": "eine ganze Zahl",
}


def validate(data: Any) -> list[PlanProblem]:
    """Every problem of a plan dictionary (as read from JSON or YAML), in document order."""
    return list(_check(data, SCHEMA, ""))


def _join(path: str, key: str | int) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else (f"{path}.{key}" if path else key)


def _check(value: Any, schema: dict[str, Any], path: str) -> Iterator[PlanProblem]:
    if "const" in schema and value != schema["const"]:
        yield PlanProblem(path, f"muss „{schema['const']}“ sein.")
        return
    if "enum" in schema and value not in schema["enum"]:
        yield PlanProblem(path, f"muss eins davon sein: {', '.join(map(str, schema['enum']))}.")
        return
    kind = schema.get("type")
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            yield PlanProblem(path, f"muss {_TYPE_NAMES[kind]} sein.")
            return
    elif kind is not None and not isinstance(value, _TYPES[kind]):
        yield PlanProblem(path, f"muss {_TYPE_NAMES[kind]} sein.")
        return
    if kind == "object":
        yield from _check_object(value, schema, path)
    elif kind == "array":
        yield from _check_array(value, schema, path)
    elif kind == "string":
        yield from _check_string(value, schema, path)
    elif kind == "integer" and (value < schema.get("minimum", value) or value > schema.get("maximum", value)):
        yield PlanProblem(path, f"muss zwischen {schema['minimum']} und {schema['maximum']} liegen.")


def _check_object(value: dict[str, Any], schema: dict[str, Any], path: str) -> Iterator[PlanProblem]:
    properties = schema.get("properties", {})
    for key in schema.get("required", []):
        if key not in value or value[key] is None:
            yield PlanProblem(_join(path, key), "fehlt.")
    if not schema.get("additionalProperties", True):
        for key in value:
            if key not in properties:
                known = ", ".join(properties)
                yield PlanProblem(_join(path, str(key)), f"gibt es nicht. Erlaubt sind: {known}.")
    for key, sub in properties.items():
        if key in value and value[key] is not None:
            yield from _check(value[key], sub, _join(path, key))


def _check_array(value: list[Any], schema: dict[str, Any], path: str) -> Iterator[PlanProblem]:
    if len(value) < schema.get("minItems", 0):
        yield PlanProblem(path, f"braucht mindestens {schema['minItems']} Eintrag.")
    if len(value) > schema.get("maxItems", len(value)):
        yield PlanProblem(path, f"darf höchstens {schema['maxItems']} Einträge haben.")
    for index, item in enumerate(value):
        yield from _check(item, schema["items"], _join(path, index))


def _check_string(value: str, schema: dict[str, Any], path: str) -> Iterator[PlanProblem]:
    if len(value.strip()) < schema.get("minLength", 0):
        yield PlanProblem(path, "ist leer.")
    elif len(value) > schema.get("maxLength", len(value)):
        yield PlanProblem(path, f"ist zu lang: höchstens {schema['maxLength']} Zeichen.")
    elif "pattern" in schema and not re.fullmatch(schema["pattern"], value):
        yield PlanProblem(path, "hat nicht die richtige Form.")
    fmt = schema.get("format")
    if fmt == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            yield PlanProblem(path, "muss ein Datum sein, so: 2026-03-03.")
    elif fmt == "time":
        try:
            dt.time.fromisoformat(value.zfill(5))
        except ValueError:
            yield PlanProblem(path, "muss eine Uhrzeit sein, so: 9:30.")
