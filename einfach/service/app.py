"""The ASGI application: FastAPI routes in front of the worker pool, and the guards around them.

From the outside in, every request passes: the guard (access log without bodies, query strings
or unknown paths; any unexpected exception becomes a 500 JSON answer without a word of the
request), CORS (only when origins are configured), the bearer token (when configured; /health is
open), the body limit (413 as soon as the body grows past the limit, before it is read in full),
then FastAPI's validation and the route, which hands the work to a worker process.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._version import __version__
from ..config import Settings
from ..errors import german_number
from ..workers import Busy, TimedOut, WorkerFailed, WorkerPool
from . import DEFAULT_MAX_BODY, DEFAULT_QUEUE, DEFAULT_TIMEOUT, models
from .tasks import JSON, error_body, worker_main

__all__ = ["DEFAULT_MAX_BODY", "DEFAULT_QUEUE", "DEFAULT_TIMEOUT", "PATHS", "create_app", "default_workers"]

log = logging.getLogger("einfach.service")
access_log = logging.getLogger("einfach.service.access")

PATHS = frozenset({"/health", "/openapi.json", "/v1/check", "/v1/gate", "/v1/plan/check", "/v1/plan/render", "/v1/rules"})
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
_START = "einfach.start"  # scope key: when the request arrived (loop time)


def default_workers() -> int:
    """One worker process per core, at most 4 (each holds about 200 MB of language resources)."""
    return max(1, min(4, os.cpu_count() or 1))


_MESSAGES = {
    400: ("bad_request", "Die Anfrage ist fehlerhaft."),
    401: ("unauthorized", "Anmeldung fehlt oder stimmt nicht. Senden Sie: Authorization: Bearer <Token>."),
    403: ("forbidden", "Zugriff verweigert."),
    404: ("not_found", "Diese Adresse gibt es nicht. Die Liste steht in /openapi.json."),
    405: ("method_not_allowed", "Diese Methode geht hier nicht."),
    408: ("request_timeout", "Der Inhalt der Anfrage kam nicht rechtzeitig an."),
    413: ("body_too_large", "Die Anfrage ist zu groß."),
    415: ("unsupported_media_type", "Bitte senden Sie JSON (Content-Type: application/json)."),
    500: ("internal_error", "Interner Fehler im Prüf-Dienst. Bitte melden Sie das der IT."),
    503: ("unavailable", "Der Prüf-Dienst ist gerade ausgelastet. Bitte gleich noch einmal versuchen."),
    504: ("timeout", "Die Prüfung hat zu lange gedauert und wurde abgebrochen."),
}


def _error_response(status: int, message: str | None = None, code: str | None = None, **kwargs: Any) -> Response:
    default_code, default_message = _MESSAGES.get(status, ("error", "Fehler."))
    body = error_body(code or default_code, message or default_message, kwargs.get("problems"))
    return Response(body, status_code=status, media_type=JSON, headers=kwargs.get("headers"))


async def _send_error(send: Send, status: int, message: str | None = None, code: str | None = None, **kwargs: Any) -> None:
    response = _error_response(status, message, code, **kwargs)
    await send({"type": "http.response.start", "status": status, "headers": response.raw_headers})
    await send({"type": "http.response.body", "body": response.body})


# --- the guards --------------------------------------------------------------------------------


class _Guard:
    """Outermost: access log (method, known path, status, time; never bodies or query strings) and
    a 500 JSON answer for any exception, which is logged by class name only."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        scope[_START] = asyncio.get_running_loop().time()
        status = 0

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        path = scope["path"] if scope["path"] in PATHS else "-"
        method = scope["method"] if scope["method"] in _METHODS else "-"
        try:
            await self.app(scope, receive, sending)
        except Exception as error:  # never a traceback: its messages could quote the request
            log.error("Fehler bei %s %s: %s", method, path, type(error).__name__)
            if status == 0:
                status = 500
                await _send_error(send, 500)
        access_log.info("%s %s %d %.1f ms", method, path, status, (time.perf_counter() - started) * 1000)


class _Cors:
    """CORS for the configured origins only ("*" for any); preflights are answered here."""

    def __init__(self, app: ASGIApp, origins: Iterable[str]) -> None:
        self.app = app
        self.origins = frozenset(origins)

    def _allowed(self, origin: str) -> bool:
        return "*" in self.origins or origin in self.origins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope["headers"]) if scope["type"] == "http" else {}
        origin = headers.get(b"origin", b"").decode("latin-1")
        if not origin:
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS" and b"access-control-request-method" in headers:
            if not self._allowed(origin):
                await _send_error(
                    send, 403, "Diese Herkunft (Origin) ist für den Prüf-Dienst nicht freigegeben.", "cors_forbidden"
                )
                return
            await send(
                {
                    "type": "http.response.start",
                    "status": 204,
                    "headers": [
                        (b"access-control-allow-origin", origin.encode("latin-1")),
                        (b"access-control-allow-methods", b"GET, POST"),
                        (b"access-control-allow-headers", b"Authorization, Content-Type"),
                        (b"access-control-max-age", b"600"),
                        (b"vary", b"Origin"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        if not self._allowed(origin):
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    (b"access-control-allow-origin", origin.encode("latin-1")),
                    (b"vary", b"Origin"),
                ]
            await send(message)

        await self.app(scope, receive, sending)


class _Auth:
    """Every path except /health needs ``Authorization: Bearer <token>`` when a token is set."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode() if token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.expected is None or scope["type"] != "http" or scope["path"] == "/health":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"authorization", b"")
        if not hmac.compare_digest(given, self.expected):
            await _send_error(send, 401, headers={"WWW-Authenticate": "Bearer"})
            return
        await self.app(scope, receive, send)


class _BodyLimit:
    """Reads the body up front, stopping with 413 as soon as it passes ``max_body`` bytes (at once
    when Content-Length says so), and with 408 when it does not arrive within the time limit."""

    def __init__(self, app: ASGIApp, max_body: int, timeout: float) -> None:
        self.app = app
        self.max_body = max_body
        self.timeout = timeout

    def _too_large(self) -> str:
        return f"Die Anfrage ist zu groß. Erlaubt sind höchstens {german_number(self.max_body)} Bytes."

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            if length.isdigit():
                await _send_error(send, 413, self._too_large())
            else:
                await _send_error(send, 400, "Content-Length ist ungültig.")
            return
        chunks: list[bytes] = []
        size = 0
        try:
            async with asyncio.timeout(self.timeout):
                while True:
                    message = await receive()
                    if message["type"] != "http.request":
                        return  # the client has gone
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > self.max_body:
                        await _send_error(send, 413, self._too_large())
                        return
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        break
        except TimeoutError:
            await _send_error(send, 408)
            return
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


# --- validation errors in plain German ---------------------------------------------------------

_PYDANTIC_MESSAGES = {
    "missing": "fehlt.",
    "extra_forbidden": "gibt es nicht.",
    "string_type": "muss ein Text sein.",
    "bool_type": "muss true oder false sein.",
    "int_type": "muss eine ganze Zahl sein.",
    "dict_type": "muss ein JSON-Objekt sein.",
    "model_type": "muss ein JSON-Objekt sein.",
    "model_attributes_type": "muss ein JSON-Objekt sein.",
    "list_type": "muss eine Liste sein.",
}


def _path(loc: Iterable[Any]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path = f"{path}.{part}" if path else str(part)
    return path


def _problem(error: dict[str, Any]) -> dict[str, str]:
    loc = tuple(error.get("loc", ()))
    if loc[:1] == ("body",):
        loc = loc[1:]
    kind = error.get("type", "")
    message = _PYDANTIC_MESSAGES.get(kind)
    if kind == "literal_error":
        message = f"muss eins davon sein: {error.get('ctx', {}).get('expected', '')}."
    return {"path": _path(loc), "message": message or "ist ungültig."}  # never the input itself


def _validation_response(error: RequestValidationError) -> Response:
    errors = list(error.errors())
    if any(item.get("type") == "json_invalid" for item in errors):
        return _error_response(400, "Der Inhalt der Anfrage ist kein gültiges JSON.", "malformed_json")
    problems = [_problem(item) for item in errors]
    if problems and all(p["path"] == "" and p["message"] == "muss ein JSON-Objekt sein." for p in problems):
        return _error_response(
            422, "Bitte senden Sie ein JSON-Objekt (Content-Type: application/json).", "invalid_request", problems=problems
        )
    count = len(problems)
    message = f"Die Anfrage hat {count} Fehler. Die Liste zeigt, welches Feld nicht stimmt."
    return _error_response(422, message, "invalid_request", problems=problems)


def _not_unicode(value: Any, path: str = "") -> str | None:
    """The path of the first text with a lone surrogate ("\\ud800" is valid JSON, but no character
    and not writable as UTF-8), or None."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _not_unicode(key, path) if isinstance(key, str) else None
            if found is None:
                found = _not_unicode(item, f"{path}.{key}" if path else str(key))
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _not_unicode(item, f"{path}[{index}]")
            if found is not None:
                return found
    return None


# --- the application ---------------------------------------------------------------------------

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.Error, "description": "Malformed JSON or header (malformed_json, bad_request)."},
    401: {"model": models.Error, "description": "A token is configured and the request has none or a wrong one."},
    408: {"model": models.Error, "description": "The request body did not arrive within the time limit."},
    413: {"model": models.Error, "description": "The body is larger than the limit (default 1,000,000 bytes)."},
    422: {
        "model": models.Error,
        "description": "A field is missing or wrong; problems lists each (invalid_request, invalid_plan, …).",
    },
    500: {"model": models.Error, "description": "A bug; the answer holds no word of the request."},
    503: {"model": models.Error, "description": "All workers busy and the queue full, or no worker free in time."},
    504: {"model": models.Error, "description": "The check ran past the time limit and was stopped."},
}
_GET_ERRORS: dict[int | str, dict[str, Any]] = {code: _ERRORS[code] for code in (401, 500)}


def _rules() -> dict[str, Any]:
    from ..profiles import PROFILES, default_severities, rule_enabled
    from ..rules.registry import RULES

    return {
        "rules": [
            {
                "code": rule.code,
                "name": rule.name,
                "summary": rule.summary,
                "profiles": {
                    profile: {
                        "enabled": rule_enabled(rule.name, profile),
                        "severities": [str(s) for s in default_severities(rule.name, profile)],
                    }
                    for profile in PROFILES
                },
            }
            for rule in RULES
        ]
    }


def create_app(
    settings: Settings | None = None,
    *,
    token: str | None = None,
    cors_origins: Iterable[str] = (),
    max_body: int = DEFAULT_MAX_BODY,
    timeout_seconds: float = DEFAULT_TIMEOUT,
    workers: int | None = None,
    queue_limit: int = DEFAULT_QUEUE,
) -> FastAPI:
    """The service as an ASGI app. ``settings`` (einfach.toml) are the defaults every request builds
    on; ``workers`` worker processes (default: one per core, at most 4) run the checks, and at most
    ``queue_limit`` more requests wait for one. The workers start with the app's lifespan."""
    if max_body < 1 or timeout_seconds <= 0:
        raise ValueError("max_body and timeout_seconds must be positive")
    settings = settings or Settings()
    size = workers if workers is not None else default_workers()
    pool = WorkerPool(worker_main, settings, size, queue_limit)  # validates size and queue_limit
    rules_body: bytes | None = None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await pool.start()
        app.state.pool = pool
        log.info(
            "%d Prüf-Prozess%s bereit; Zeitlimit %s s, höchstens %s Bytes je Anfrage, Warteschlange %d.",
            size,
            "" if size == 1 else "e",
            f"{timeout_seconds:g}",
            german_number(max_body),
            queue_limit,
        )
        try:
            yield
        finally:
            await pool.close()

    app = FastAPI(
        title="einfach",
        version=__version__,
        summary="Checks German text and Kooperationspläne for Einfache and Leichte Sprache, locally.",
        description=(
            "Local HTTP service of einfach (`einfach serve`). Every 4xx/5xx answer has the body "
            '`{"error": {"code": …, "message": …}}` with a plain German message. See docs/integration.md.'
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        responses={},
    )
    app.state.pool = None

    async def run(request: Request, task: str, payload: dict[str, Any]) -> Response:
        broken = _not_unicode(payload)
        if broken is not None:
            broken = broken.removeprefix("settings.")
            message = "enthält ungültige Zeichen (einzelne UTF-16-Ersatzzeichen wie \\ud800)."
            problem = {"path": broken, "message": message}
            return _error_response(422, f"{broken or 'Die Anfrage'} {message}", "invalid_input", problems=[problem])
        running: WorkerPool | None = request.app.state.pool
        if running is None:
            return _error_response(503, "Der Prüf-Dienst startet noch.", "starting")
        loop = asyncio.get_running_loop()
        remaining = timeout_seconds - (loop.time() - request.scope.get(_START, loop.time()))
        try:
            answer = await running.run(task, payload, max(remaining, 0.001))
        except Busy as busy:
            return _error_response(503, code=str(busy))
        except TimedOut:
            return _error_response(504, f"Die Prüfung hat länger als {timeout_seconds:g} s gedauert und wurde abgebrochen.")
        except WorkerFailed:
            log.error("Ein Prüf-Prozess ist bei %s ausgefallen und wird ersetzt.", request.url.path)
            return _error_response(500)
        if answer.note:
            log.error("Fehler bei %s: %s", request.url.path, answer.note)
        return Response(answer.body, status_code=answer.status, media_type=answer.media_type)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return _validation_response(error)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if error.status_code == 400:  # FastAPI could not read the body: not UTF-8
            return _error_response(400, "Der Inhalt der Anfrage ist kein gültiges JSON in UTF-8.", "malformed_json")
        return _error_response(error.status_code, headers=getattr(error, "headers", None))

    @app.post(
        "/v1/check",
        response_model=models.Report,
        responses=_ERRORS,
        summary="Check a text",
        description="The report of einfach.check (docs/api.md, schema 1.2).",
    )
    async def check(body: models.CheckRequest, request: Request) -> Response:
        return await run(request, "check", {"text": body.text, "include_text": body.include_text, "settings": body.overrides()})

    @app.post(
        "/v1/gate",
        response_model=models.GateResult,
        responses=_ERRORS,
        summary="Pass or fail a text or plan before it is saved",
        description="Give text or plan. fail_on sets the severity that fails; a baseline keeps known findings from failing.",
    )
    async def gate(body: models.GateRequest, request: Request) -> Response:
        if (body.text is None) == (body.plan is None):
            problem = {"path": "", "message": "Bitte genau eins senden: text oder plan."}
            return _error_response(422, "Bitte genau eins senden: text oder plan.", "invalid_request", problems=[problem])
        payload = {
            "text": body.text,
            "plan": body.plan,
            "fail_on": body.fail_on,
            "baseline": body.baseline,
            "path": body.path,
            "include_text": body.include_text,
            "settings": body.overrides(),
        }
        return await run(request, "gate", payload)

    @app.post(
        "/v1/plan/check",
        response_model=models.PlanReport,
        responses=_ERRORS,
        summary="Check a Kooperationsplan",
        description="Plan rules and language findings per field. An invalid plan gets 422 with every field problem.",
    )
    async def plan_check(body: models.PlanCheckRequest, request: Request) -> Response:
        payload = {"plan": body.plan, "ignore": body.ignore, "allow": body.allow, "include_text": body.include_text}
        return await run(request, "plan_check", payload)

    @app.post(
        "/v1/plan/render",
        response_class=Response,
        responses={
            200: {
                "description": "The plan as an accessible HTML page or a one-page tagged PDF.",
                "content": {
                    "text/html": {"schema": {"type": "string"}},
                    "application/pdf": {"schema": {"type": "string", "format": "binary"}},
                },
            },
            **_ERRORS,
            501: {"model": models.Error, "description": "PDF output is not installed here (extra [pdf])."},
        },
        summary="Render a Kooperationsplan as HTML or PDF",
    )
    async def plan_render(body: models.PlanRenderRequest, request: Request) -> Response:
        return await run(request, "plan_render", {"plan": body.plan, "format": body.format})

    @app.get("/v1/rules", response_model=models.Rules, responses=_GET_ERRORS, summary="The rules and their default severities")
    async def rules() -> Response:
        nonlocal rules_body
        if rules_body is None:
            from .tasks import dumps

            rules_body = dumps(_rules())
        return Response(rules_body, media_type=JSON)

    @app.get(
        "/health",
        response_model=models.Health,
        responses={code: _ERRORS[code] for code in (500,)},
        summary="Is the service up? Needs no token.",
        openapi_extra={"security": []},
    )
    async def health(request: Request) -> models.Health:
        from ..resources import data_version

        running: WorkerPool | None = request.app.state.pool
        ready = running.ready if running is not None else 0
        return models.Health(
            status="ok" if ready else "starting",
            einfach_version=__version__,
            data_version=data_version(),
            workers=size,
            workers_ready=ready,
        )

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
            )
            schema.setdefault("components", {})["securitySchemes"] = {
                "bearer": {"type": "http", "scheme": "bearer", "description": "Needed when the server has a token."}
            }
            schema["security"] = [{"bearer": []}, {}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    app.add_middleware(_BodyLimit, max_body=max_body, timeout=timeout_seconds)
    app.add_middleware(_Auth, token=token)
    cors = tuple(cors_origins)
    if cors:
        app.add_middleware(_Cors, origins=cors)
    app.add_middleware(_Guard)
    return app
