"""What the worker processes do: the checks and renders, and the loop that serves them.

A worker gets ``(task, payload)`` over a pipe and answers ``Answer(status, media_type, body,
note)``: the finished HTTP body, so the server process only passes bytes on. ``note`` is what
the server may log about a failure: an exception's class name, never its message (a message can
quote the text). This module imports neither FastAPI nor Uvicorn.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, NamedTuple

from ..config import Settings
from ..errors import ConfigError, InputError
from ..workers import serve_tasks

__all__ = ["TASKS", "Answer", "error_body", "run_task", "worker_main"]

JSON = "application/json"


class Answer(NamedTuple):
    status: int
    media_type: str
    body: bytes
    note: str | None = None  # safe to log: never words of the request


def dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def error_body(code: str, message: str, problems: list[dict[str, str]] | None = None) -> bytes:
    """``{"error": {"code", "message", "problems"?}}``: the body of every 4xx and 5xx answer."""
    error: dict[str, Any] = {"code": code, "message": message}
    if problems is not None:
        error["problems"] = problems
    return dumps({"error": error})


def _error(status: int, code: str, message: str, problems: list[dict[str, str]] | None = None) -> Answer:
    return Answer(status, JSON, error_body(code, message, problems))


_CHECKERS: OrderedDict[str, Any] = OrderedDict()
_CHECKER_CACHE = 32


def _settings(base: Settings, overrides: dict[str, Any]) -> Settings:
    return base.overridden(
        profile=overrides.get("profile"),
        select=overrides.get("select") or (),
        ignore=overrides.get("ignore") or (),
        allow=overrides.get("allow") or (),
        severity=overrides.get("severity") or None,
        options=overrides.get("options") or None,
    )


def _checker(base: Settings, overrides: dict[str, Any]) -> Any:
    """One checker per distinct set of settings, the last few kept (building one costs a little)."""
    key = json.dumps(overrides, sort_keys=True, ensure_ascii=False)
    checker = _CHECKERS.get(key)
    if checker is None:
        checker = _settings(base, overrides).checker()
        _CHECKERS[key] = checker
        if len(_CHECKERS) > _CHECKER_CACHE:
            _CHECKERS.popitem(last=False)
    else:
        _CHECKERS.move_to_end(key)
    return checker


_ANSWERS: OrderedDict[tuple[str, str, bool], bytes] = OrderedDict()
_ANSWER_CACHE = 128  # about 40 kB each: a few MB per worker


def check(payload: dict[str, Any], settings: Settings) -> Answer:
    """The report; an unchanged text with the same settings (saved again) is not checked again."""
    text = payload["text"]
    key = (
        hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        json.dumps(payload["settings"], sort_keys=True, ensure_ascii=False),
        bool(payload["include_text"]),
    )
    body = _ANSWERS.get(key)
    if body is None:
        report = _checker(settings, payload["settings"]).check(text)
        body = dumps(report.to_dict(include_text=payload["include_text"]))
        _ANSWERS[key] = body
        if len(_ANSWERS) > _ANSWER_CACHE:
            _ANSWERS.popitem(last=False)
    else:
        _ANSWERS.move_to_end(key)
    return Answer(200, JSON, body)


def _without_nulls(value: Any) -> Any:
    """Fields that are null left out: the validator reads them as absent, and so does the model."""
    if isinstance(value, dict):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


def _plan(data: Any) -> Any:
    """A Kooperationsplan from the request's JSON object, or PlanError with every field problem."""
    from ..plan.io import PlanError
    from ..plan.model import Kooperationsplan
    from ..plan.schema import validate

    data = _without_nulls(data)
    problems = validate(data)
    if problems:
        raise PlanError("Plan", problems)
    return Kooperationsplan.from_dict(data)


def plan_check(payload: dict[str, Any], settings: Settings) -> Answer:
    from ..plan.check import check_plan

    plan = _plan(payload["plan"])
    report = check_plan(
        plan,
        ignore=(*settings.ignore, *(payload.get("ignore") or ())),
        allow=(*settings.allow, *(payload.get("allow") or ())),
        severity=settings.severity or None,
        options=settings.options or None,
    )
    return Answer(200, JSON, dumps(report.to_dict(include_text=payload["include_text"])))


def plan_render(payload: dict[str, Any], settings: Settings) -> Answer:
    from ..plan.render import render

    plan = _plan(payload["plan"])
    fmt = payload["format"]
    output = render(plan, fmt)
    if fmt == "pdf":
        assert isinstance(output, bytes)
        return Answer(200, "application/pdf", output)
    assert isinstance(output, str)
    return Answer(200, "text/html; charset=utf-8", output.encode("utf-8"))


def gate(payload: dict[str, Any], settings: Settings) -> Answer:
    from ..baseline import Baseline
    from ..gate import gate as run_gate

    subject = _plan(payload["plan"]) if payload.get("plan") is not None else payload["text"]
    baseline = payload.get("baseline")
    result = run_gate(
        subject,
        baseline=Baseline.from_dict(baseline, where="baseline") if baseline is not None else None,
        fail_on=payload["fail_on"],
        settings=_settings(settings, payload["settings"]),
        path=payload.get("path"),
    )
    return Answer(200, JSON, dumps(result.to_dict(include_text=payload["include_text"])))


def warm_up(payload: dict[str, Any], settings: Settings) -> Answer:
    """Load the language resources and the plan modules before the first request needs them."""
    _checker(settings, {}).check("Das Jobcenter bezahlt die Fahrt zum Termin.")
    from ..plan import check as _plan_check  # noqa: F401 - imported for the load time
    from ..plan import render as _plan_render  # noqa: F401

    return Answer(200, JSON, b"{}")


TASKS: dict[str, Callable[[dict[str, Any], Settings], Answer]] = {
    "check": check,
    "gate": gate,
    "plan_check": plan_check,
    "plan_render": plan_render,
    "warm_up": warm_up,
}


def run_task(task: str, payload: dict[str, Any], settings: Settings) -> Answer:
    """The answer to one request; einfach's own errors become 4xx/5xx with their German message."""
    from ..plan.io import PlanError
    from ..plan.render.pdf import PdfUnavailable, TooLong

    try:
        return TASKS[task](payload, settings)
    except PlanError as error:
        problems = [{"path": problem.path, "message": problem.message} for problem in error.problems]
        count = len(problems)
        message = "Der Plan hat 1 Fehler." if count == 1 else f"Der Plan hat {count} Fehler."
        return _error(422, "invalid_plan", f"{message} Die Liste zeigt, welches Feld nicht stimmt.", problems)
    except TooLong as error:
        return _error(422, "plan_too_long", str(error), [{"path": error.part, "message": "ist zu lang für 1 Seite."}])
    except PdfUnavailable:
        return _error(501, "pdf_unavailable", "PDF ist hier nicht eingerichtet (Extra [pdf] fehlt). HTML geht.")
    except ConfigError as error:
        return _error(422, "invalid_settings", str(error))
    except InputError as error:
        return _error(422, "invalid_input", str(error))
    except Exception as error:  # a bug: say so without a word of the request
        return Answer(
            500,
            JSON,
            error_body("internal_error", "Interner Fehler im Prüf-Dienst. Bitte melden Sie das der IT."),
            f"{task}: {type(error).__name__}",
        )


def worker_main(conn: Connection, settings: Settings) -> None:
    """A service worker: load the resources, then answer requests until the server stops it."""
    serve_tasks(conn, lambda: warm_up({}, settings), lambda task, payload: run_task(task, payload, settings))
