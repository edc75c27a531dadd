"""Request and response bodies of the HTTP service, as pydantic models: they validate requests and
write the OpenAPI document (docs/openapi.json).

Requests are strict (no "yes" for true, no number for a text) and refuse unknown fields, so a
misspelt field is an error, as in einfach.toml. Responses are built by the library's ``to_dict``
methods in the worker processes and passed on as bytes; the response models here describe them
and the tests hold the two together (schemathesis checks every response against them).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from ..plan.schema import SCHEMA as _PLAN_SCHEMA

Profile = Literal["leicht", "einfach", "standard"]
SeverityName = Literal["suggestion", "warning", "error"]
FailOn = Literal["suggestion", "warning", "error", "never"]
LevelName = Literal["leicht", "einfach", "standard", "schwer"]


def _null_is_absent(schema: Any) -> Any:
    """The plan schema as the validator reads it: an optional field that is null counts as absent
    (YAML writes an empty field as null), so the service accepts null there too."""
    if not isinstance(schema, dict):
        return schema
    result = {key: _null_is_absent(value) if key == "items" else value for key, value in schema.items()}
    if "properties" in schema:
        required = set(schema.get("required", ()))
        result["properties"] = {
            name: _null_is_absent(sub) if name in required else {"anyOf": [_null_is_absent(sub), {"type": "null"}]}
            for name, sub in schema["properties"].items()
        }
    return result


#: The plan file's JSON Schema (docs/plan-schema.json), inlined so clients and fuzzers see every field.
PLAN_JSON_SCHEMA = _null_is_absent({key: value for key, value in _PLAN_SCHEMA.items() if key not in ("$schema", "$id")})
PlanObject = Annotated[dict[str, Any], WithJsonSchema(PLAN_JSON_SCHEMA)]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class RuleSettings(_Request):
    """Per-request settings; they go on top of the server's configuration file (``--config``)."""

    profile: Profile | None = Field(None, description="Language profile; default: the server's (einfach).")
    options: dict[str, dict[str, Any]] | None = Field(
        None, description='Rule options: {"sentence-length": {"warn_above": 12}}; see docs/rules/.'
    )
    select: list[str] | None = Field(None, description="Only these rules (codes, names or beginnings: ES2, passive).")
    ignore: list[str] | None = Field(None, description="Leave these rules out.")
    allow: list[str] | None = Field(None, description="House words no word rule flags.")
    severity: dict[str, SeverityName] | None = Field(None, description="Severity per rule: {rule: level}.")

    def overrides(self) -> dict[str, Any]:
        return self.model_dump(include={"profile", "options", "select", "ignore", "allow", "severity"}, exclude_none=True)


class CheckRequest(RuleSettings):
    text: str = Field(description="The text to check (plain text or Markdown).")
    include_text: bool = Field(True, description="false: the answer holds no word of the text (data protection).")


class GateRequest(RuleSettings):
    text: str | None = Field(None, description="The text to check; give either text or plan.")
    plan: PlanObject | None = Field(None, description="A Kooperationsplan (docs/plan-schema.json) instead of text.")
    fail_on: FailOn = Field("warning", description="Findings from this severity up make the gate fail.")
    baseline: dict[str, Any] | None = Field(
        None, description="A baseline file's content (einfach check --write-baseline): its findings do not fail."
    )
    path: str | None = Field(None, description='The name the baseline knows this text by (default "-").')
    include_text: bool = True


class PlanCheckRequest(_Request):
    plan: PlanObject = Field(description="The Kooperationsplan as a JSON object (docs/plan-schema.json).")
    ignore: list[str] | None = Field(None, description="Rules to leave out: core rules and plan rules (PL104, step-count).")
    allow: list[str] | None = Field(None, description="House words no word rule flags.")
    include_text: bool = True


class PlanRenderRequest(_Request):
    plan: PlanObject = Field(description="The Kooperationsplan as a JSON object (docs/plan-schema.json).")
    format: Literal["html", "pdf"] = Field("html", description="html (accessible page) or pdf (one tagged A4 page).")


# --- responses ---------------------------------------------------------------------------------


class Suggestion(BaseModel):
    replacement: str | None
    note: str | None
    safe: bool
    start: int | None
    end: int | None


class Finding(BaseModel):
    code: str
    rule: str
    severity: SeverityName
    start: int
    end: int
    text: str | None
    message: str
    suggestions: list[Suggestion]
    data: dict[str, Any]
    sentence: int
    fingerprint: str


class Suppressed(BaseModel):
    reason: str
    source: str
    finding: Finding


class SentenceScore(BaseModel):
    start: int
    end: int
    text: str | None
    words: int
    syllables: int
    rare_words: int
    compounds: int
    passives: list[str]
    statements: int
    difficulty: float
    contributions: dict[str, float]


class DocumentScore(BaseModel):
    words: int
    sentences: int
    syllables: int
    difficulty: float | None
    flesch_amstad: float | None
    wiener_sachtextformel: dict[str, float | None]
    level: LevelName | None
    level_label: str | None


class Report(BaseModel):
    """einfach.Report.to_dict() (docs/api.md)."""

    schema_version: str
    einfach_version: str
    data_version: str
    profile: str
    text_length: int
    document: DocumentScore
    sentences: list[SentenceScore]
    findings: list[Finding]
    suppressed: list[Suppressed]


class PlanFinding(BaseModel):
    path: str = Field(description='Field path ("way[1].text"), or "" for the whole plan.')
    code: str
    rule: str
    severity: SeverityName
    message: str
    start: int | None
    end: int | None
    text: str | None
    suggestions: list[Suggestion]


class PlanSummary(BaseModel):
    ready: bool
    errors: int
    warnings: int
    suggestions: int
    level: LevelName | None
    headline: str


class PlanReport(BaseModel):
    """einfach.plan.PlanReport.to_dict()."""

    einfach_version: str
    data_version: str
    summary: PlanSummary
    findings: list[PlanFinding]
    document: DocumentScore


class Override(BaseModel):
    fingerprint: str
    code: str
    reason: str
    author: str
    date: str


class MarkedFinding(BaseModel):
    """A finding (of a text, or of a plan with its field path) and what the baseline says about it."""

    code: str
    rule: str
    severity: SeverityName
    message: str
    start: int | None
    end: int | None
    text: str | None
    suggestions: list[Suggestion]
    fingerprint: str
    baseline: Literal["new", "known", "accepted"]
    override: Override | None = None
    path: str | None = None
    data: dict[str, Any] | None = None
    sentence: int | None = None


class GateCounts(BaseModel):
    findings: int
    deciding: int
    new: int
    known: int
    accepted: int


class GateResult(BaseModel):
    """einfach.GateResult.to_dict(): passed, the findings that decide, the known and accepted ones."""

    passed: bool
    fail_on: FailOn
    content_hash: str = Field(description="SHA-256 of the text (of the plan's canonical JSON).")
    path: str | None
    counts: GateCounts
    deciding: list[MarkedFinding] = Field(description="New findings at or above fail_on: these fail the gate.")
    known: list[MarkedFinding]
    overrides: list[MarkedFinding]
    report: Report | PlanReport


class ProfileDefaults(BaseModel):
    enabled: bool = Field(description="false: the rule runs in this profile only when selected.")
    severities: list[SeverityName]


class RuleInfo(BaseModel):
    code: str
    name: str
    summary: str
    profiles: dict[str, ProfileDefaults]


class Rules(BaseModel):
    rules: list[RuleInfo]


class Health(BaseModel):
    status: Literal["ok", "starting"] = Field(description="ok: at least one worker is ready.")
    einfach_version: str
    data_version: str
    workers: int
    workers_ready: int


class Problem(BaseModel):
    path: str = Field(description='The field that is wrong ("way[1].due", "text"); "" for the whole body.')
    message: str


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable, for programs: invalid_request, invalid_plan, queue_full, timeout, …")
    message: str = Field(description="Plain German, for people.")
    problems: list[Problem] | None = Field(None, description="Every field problem (400/422).")


class Error(BaseModel):
    error: ErrorDetail
