"""The HTTP service (issue 5): a real server in a subprocess, spoken to over HTTP on loopback.

Each server starts with ``python -m einfach.service --port 0`` (the same as ``einfach serve``),
says its port in the log, and is stopped with SIGTERM. Its stdout and stderr go to one file, so
the tests can assert that no word of a request ever reaches the log.
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any, NamedTuple

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "test-token-" + "x" * 24
MARKER = f"Quarzelwumm{uuid.uuid4().hex[:10]}"  # a word no library or log line would contain
_READY = re.compile(r"bereit auf http://([^:\s]+|\[[^\]]+\]):(\d+)")


class Reply(NamedTuple):
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        assert self.headers.get("content-type", "").startswith("application/json"), self.headers
        return json.loads(self.body)


class Server:
    """``einfach serve`` in a subprocess; its log in one file."""

    def __init__(self, folder: Path, *args: str, env: dict[str, str] | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.log_path = folder / "server.log"
        self._log = self.log_path.open("wb")
        environment = {key: value for key, value in os.environ.items() if key != "EINFACH_TOKEN"}
        environment.update(env or {})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "einfach.service", "--port", "0", *args],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=environment,
            cwd=folder,
        )
        deadline = time.monotonic() + 120
        while True:
            match = _READY.search(self.logs())
            if match:
                self.port = int(match.group(2))
                break
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise AssertionError(f"server did not start:\n{self.logs()}")
            time.sleep(0.05)

    def logs(self) -> str:
        return self.log_path.read_bytes().decode("utf-8", "replace")

    def request(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None, timeout: float = 60
    ) -> Reply:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        sent = dict(headers or {})
        if body is not None and not isinstance(body, bytes):
            body = json.dumps(body).encode()
            sent.setdefault("Content-Type", "application/json")
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
        finally:
            connection.close()

    def post(self, path: str, body: Any, **kwargs: Any) -> Reply:
        return self.request("POST", path, body, **kwargs)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = Server(tmp_path_factory.mktemp("serve-default"), "--workers", "1")
    yield running
    running.stop()
    assert MARKER.lower() not in running.logs().lower()


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    """With a token (from a file), CORS for one origin and a small body limit."""
    folder = tmp_path_factory.mktemp("serve-guarded")
    (folder / "token").write_text(TOKEN + "\n", encoding="utf-8")
    running = Server(
        folder,
        "--workers",
        "1",
        "--token-file",
        str(folder / "token"),
        "--cors",
        "https://fachverfahren.example",
        "--max-body",
        "5000",
    )
    yield running
    running.stop()
    assert MARKER.lower() not in running.logs().lower()


@pytest.fixture(scope="module")
def tight(tmp_path_factory):
    """One worker, no queue, 1.5 s per request."""
    running = Server(tmp_path_factory.mktemp("serve-tight"), "--workers", "1", "--queue", "0", "--timeout", "1.5")
    yield running
    running.stop()
    assert MARKER.lower() not in running.logs().lower()


@pytest.fixture(scope="module")
def plan() -> dict[str, Any]:
    from einfach.plan import load_plan

    return load_plan(ROOT / "examples" / "plans" / "lager.yaml").to_dict()


def _slow_text(marker: str = "") -> str:
    """About 200,000 characters of sentences that differ (4-5 s to check): no cache helps."""
    rng = random.Random(5)
    words = ["Jobcenter", "Bewerbung", "Termin", "Kurs", "Arbeit", "Frau", "Herr", "Firma", "Geld", "Antrag", "Monat", "Woche"]
    return " ".join(
        f"Die {a} {i} schickt am {i % 28 + 1}. Mai {b} und {c} an {d}-{i * 7} {marker}."
        for i, (a, b, c, d) in enumerate(rng.sample(words, 4) for _ in range(3000))
    )


def _assert_error(reply: Reply, status: int, code: str | None = None) -> dict[str, Any]:
    assert reply.status == status, (reply.status, reply.body[:500])
    error = reply.json()["error"]
    assert isinstance(error["message"], str) and error["message"]
    if code is not None:
        assert error["code"] == code
    return error


# --- endpoints ---------------------------------------------------------------------------------


def test_health(server):
    reply = server.request("GET", "/health")
    assert reply.status == 200
    data = reply.json()
    import einfach

    assert data == {
        "status": "ok",
        "einfach_version": einfach.__version__,
        "data_version": einfach.data_version(),
        "workers": 1,
        "workers_ready": 1,
    }


def test_check_gives_the_report(server):
    text = "Die Kosten werden vom Jobcenter übernommen."
    report = server.post("/v1/check", {"text": text}).json()
    import einfach

    assert report == json.loads(json.dumps(einfach.check(text).to_dict()))
    assert "passive-voice" in {f["rule"] for f in report["findings"]}


def test_check_settings_and_no_text(server):
    text = f"Die Kosten werden vom Jobcenter übernommen. {MARKER} ist da."
    reply = server.post(
        "/v1/check",
        {"text": text, "profile": "leicht", "select": ["passive-voice"], "allow": [MARKER], "include_text": False},
    )
    report = reply.json()
    assert report["profile"] == "leicht"
    assert {f["rule"] for f in report["findings"]} == {"passive-voice"}
    assert MARKER not in reply.body.decode() and "Jobcenter" not in reply.body.decode()
    options = server.post(
        "/v1/check", {"text": "Ein Satz mit genau sieben kurzen Wörtern hier.", "options": {"sentence-length": {"warn_above": 3}}}
    )
    assert "sentence-length" in {f["rule"] for f in options.json()["findings"]}


def test_check_wrong_settings_are_422(server):
    error = _assert_error(server.post("/v1/check", {"text": "Hallo.", "options": {"no-such-rule": {}}}), 422, "invalid_settings")
    assert "no-such-rule" in error["message"]
    _assert_error(server.post("/v1/check", {"text": "Hallo.", "select": ["XX9"]}), 422, "invalid_settings")


def test_gate_text_and_baseline(server):
    text = "Der Antrag wird vom Jobcenter geprüft."
    first = server.post("/v1/gate", {"text": text}).json()
    assert first["passed"] is False
    assert [f["rule"] for f in first["deciding"]] == ["passive-voice"]
    baseline = {
        "version": 1,
        "files": {
            "-": [{"fingerprint": f["fingerprint"], "code": f["code"], "rule": f["rule"], "count": 1} for f in first["deciding"]]
        },
        "overrides": [],
    }
    second = server.post("/v1/gate", {"text": text, "baseline": baseline}).json()
    assert second["passed"] is True
    assert second["counts"]["known"] == 1 and second["deciding"] == []
    assert server.post("/v1/gate", {"text": text, "fail_on": "error"}).json()["passed"] is True
    _assert_error(server.post("/v1/gate", {"text": text, "baseline": {"version": 99}}), 422, "invalid_settings")


def test_gate_plan_and_exactly_one_input(server, plan):
    result = server.post("/v1/gate", {"plan": plan}).json()
    assert result["passed"] is True
    assert "summary" in result["report"]
    error = _assert_error(server.post("/v1/gate", {"text": "Hallo.", "plan": plan}), 422, "invalid_request")
    assert "text oder plan" in error["message"]
    _assert_error(server.post("/v1/gate", {}), 422, "invalid_request")


def test_plan_check(server, plan):
    report = server.post("/v1/plan/check", {"plan": plan}).json()
    assert report["summary"]["ready"] is True
    from einfach.plan import check_plan, parse_plan

    expected = check_plan(parse_plan(json.dumps(plan), "json")).to_dict()
    assert report == json.loads(json.dumps(expected))


def test_null_fields_count_as_absent(server, plan):
    """As in a YAML file with an empty field: null is no value (and not a crash of the plan model)."""
    with_nulls = {**plan, "plan": {**plan["plan"], "occupations": None}, "notes": None, "profile": None}
    assert server.post("/v1/plan/check", {"plan": with_nulls}).status == 200
    assert server.post("/v1/gate", {"plan": with_nulls}).status == 200
    error = _assert_error(server.post("/v1/plan/check", {"plan": {**plan, "person": None}}), 422, "invalid_plan")
    assert error["problems"] == [{"path": "person", "message": "fehlt."}]


def test_invalid_plan_lists_every_field(server, plan):
    broken = {**plan, "way": [{"text": "", "due": "morgen"}]}
    del broken["person"]
    error = _assert_error(server.post("/v1/plan/check", {"plan": broken}), 422, "invalid_plan")
    assert error["problems"] == [
        {"path": "person", "message": "fehlt."},
        {"path": "way[0].text", "message": "ist leer."},
        {"path": "way[0].due", "message": "muss ein Datum sein, so: 2026-03-03."},
    ]
    assert "3 Fehler" in error["message"]


def test_plan_render_html_and_pdf(server, plan):
    html = server.post("/v1/plan/render", {"plan": plan, "format": "html"})
    assert html.status == 200 and html.headers["content-type"] == "text/html; charset=utf-8"
    assert plan["person"] in html.body.decode()
    pdf = server.post("/v1/plan/render", {"plan": plan, "format": "pdf"})
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body.startswith(b"%PDF-")
    _assert_error(server.post("/v1/plan/render", {"plan": plan, "format": "docx"}), 422, "invalid_request")


def test_rules(server):
    from einfach.profiles import default_severities, rule_enabled
    from einfach.rules.registry import RULES

    rules = server.request("GET", "/v1/rules").json()["rules"]
    assert [(r["code"], r["name"], r["summary"]) for r in rules] == [(r.code, r.name, r.summary) for r in RULES]
    indirect = next(r for r in rules if r["name"] == "indirect-speech")
    assert indirect["profiles"]["einfach"]["enabled"] is rule_enabled("indirect-speech", "einfach")
    assert indirect["profiles"]["leicht"]["severities"] == [str(s) for s in default_severities("indirect-speech", "leicht")]


def test_openapi_served_equals_committed(server):
    served = server.request("GET", "/openapi.json").json()
    committed = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    assert served == committed, "docs/openapi.json is out of date: einfach serve --print-openapi > docs/openapi.json"
    assert set(served["paths"]) == {"/v1/check", "/v1/gate", "/v1/plan/check", "/v1/plan/render", "/v1/rules", "/health"}


def test_print_openapi_writes_the_committed_file():
    result = subprocess.run(
        [sys.executable, "-m", "einfach.service", "--print-openapi"], capture_output=True, text=True, encoding="utf-8", check=True
    )
    assert result.stdout == (ROOT / "docs" / "openapi.json").read_text(encoding="utf-8")


def test_einfach_serve_is_wired_into_the_cli():
    from einfach.cli import main

    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdout", out)
        assert main(["serve", "--print-openapi"]) == 0
    assert out.getvalue() == (ROOT / "docs" / "openapi.json").read_text(encoding="utf-8")


# --- errors ------------------------------------------------------------------------------------


def test_errors_are_json(server):
    _assert_error(server.request("GET", f"/v1/{MARKER}"), 404, "not_found")
    _assert_error(server.request("GET", "/v1/check"), 405, "method_not_allowed")
    _assert_error(server.request("DELETE", "/health"), 405, "method_not_allowed")
    _assert_error(
        server.post("/v1/check", b'{"text": "' + MARKER.encode() + b'"', headers={"Content-Type": "application/json"}),
        400,
        "malformed_json",
    )
    error = _assert_error(server.post("/v1/check", {"txt": MARKER, "include_text": "ja"}), 422, "invalid_request")
    assert {"path": "text", "message": "fehlt."} in error["problems"]
    assert {"path": "txt", "message": "gibt es nicht."} in error["problems"]
    assert {"path": "include_text", "message": "muss true oder false sein."} in error["problems"]
    assert MARKER not in json.dumps(error)  # problems name fields, never the values sent
    _assert_error(server.post("/v1/check", [MARKER]), 422, "invalid_request")
    _assert_error(server.post("/v1/check", MARKER.encode(), headers={"Content-Type": "text/plain"}), 422, "invalid_request")
    _assert_error(server.post("/v1/check", {"text": "Hallo.", "profile": "schwer"}), 422, "invalid_request")
    json_body = {"Content-Type": "application/json"}
    error = _assert_error(server.post("/v1/check", b'{"text": "Hallo \\ud800 Welt."}', headers=json_body), 422, "invalid_input")
    assert error["problems"][0]["path"] == "text"
    error = _assert_error(server.post("/v1/check", b'{"text": "x", "allow": ["\\udfff"]}', headers=json_body), 422)
    assert error["problems"][0]["path"] == "allow[0]"
    _assert_error(server.post("/v1/check", b'{"text": "Hallo \xff"}', headers=json_body), 400, "malformed_json")


def test_body_limit_413_before_and_while_reading(guarded):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    # Content-Length over the limit: the answer comes without the body being sent at all
    connection = http.client.HTTPConnection("127.0.0.1", guarded.port, timeout=10)
    connection.putrequest("POST", "/v1/check")
    for key, value in auth.items():
        connection.putheader(key, value)
    connection.putheader("Content-Length", "10000000")
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == 413
    assert json.loads(body)["error"]["code"] == "body_too_large"
    # chunked, no length: stopped once the chunks pass the limit, the rest never read
    connection = http.client.HTTPConnection("127.0.0.1", guarded.port, timeout=10)
    connection.putrequest("POST", "/v1/check")
    for key, value in auth.items():
        connection.putheader(key, value)
    connection.putheader("Transfer-Encoding", "chunked")
    connection.endheaders()
    chunk = b'{"text": "' + b"a" * 3000
    connection.send(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
    connection.send(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")  # 6,000 bytes > 5,000; no final chunk
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == 413
    assert "5.000 Bytes" in json.loads(body)["error"]["message"]
    # just under the limit is fine
    text = "Hallo. " * 600
    assert guarded.post("/v1/check", {"text": text}, headers={"Authorization": f"Bearer {TOKEN}"}).status == 200


# --- auth and binding --------------------------------------------------------------------------


def test_token_needed_everywhere_but_health(guarded):
    assert guarded.request("GET", "/health").status == 200
    for method, path, body in (
        ("POST", "/v1/check", {"text": MARKER}),
        ("GET", "/v1/rules", None),
        ("GET", "/openapi.json", None),
        ("POST", "/v1/plan/check", {"plan": {}}),
        ("GET", "/nowhere", None),
    ):
        reply = guarded.request(method, path, body)
        _assert_error(reply, 401, "unauthorized")
        assert reply.headers["www-authenticate"] == "Bearer"
        _assert_error(guarded.request(method, path, body, headers={"Authorization": "Bearer wrong-token-wrong-token"}), 401)
        _assert_error(guarded.request(method, path, body, headers={"Authorization": TOKEN}), 401)
    ok = guarded.post("/v1/check", {"text": "Hallo."}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status == 200 and ok.json()["text_length"] == 6


def test_no_token_needed_on_loopback_without_one(server):
    assert server.request("GET", "/v1/rules").status == 200


def _serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "EINFACH_TOKEN"}
    return subprocess.run(
        [sys.executable, "-m", "einfach.service", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**environment, **(env or {})},
        timeout=60,
    )


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "example.org"])
def test_non_loopback_without_token_is_refused(host):
    result = _serve("--host", host, "--port", "0")
    assert result.returncode == 2
    assert "braucht der Dienst ein Zugangs-Token" in result.stderr
    assert "EINFACH_TOKEN" in result.stderr and "startet nicht" in result.stderr
    assert "Uvicorn running" not in result.stderr


def test_short_or_unreadable_token_is_refused(tmp_path):
    result = _serve("--port", "0", env={"EINFACH_TOKEN": "kurz"})
    assert result.returncode == 2 and "mindestens 16 Zeichen" in result.stderr
    result = _serve("--port", "0", "--token-file", str(tmp_path / "none"))
    assert result.returncode == 2 and "nicht lesbar" in result.stderr


def test_is_loopback():
    from einfach.service.cli import is_loopback

    for host in ("127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost"):
        assert is_loopback(host), host
    for host in ("0.0.0.0", "::", "10.0.0.1", "192.168.1.2", "fachverfahren.local", ""):
        assert not is_loopback(host), host


def test_missing_extra_names_it(monkeypatch):
    import importlib.util

    from einfach.service import cli

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "uvicorn" else real(name, *a))
    parser = argparse.ArgumentParser()
    cli.add_serve_command(parser.add_subparsers(dest="command"))
    err = io.StringIO()
    assert cli.run_serve(parser.parse_args(["serve"]), io.StringIO(), err) == 2
    assert "[service]" in err.getvalue() and "uvicorn" in err.getvalue()
    assert "pip install 'einfach-sprache[service]'" in err.getvalue()


# --- CORS --------------------------------------------------------------------------------------


def test_cors_off_unless_configured(server):
    origin = {"Origin": "https://fachverfahren.example"}
    reply = server.post("/v1/check", {"text": "Hallo."}, headers=origin)
    assert reply.status == 200 and "access-control-allow-origin" not in reply.headers
    preflight = server.request("OPTIONS", "/v1/check", headers={**origin, "Access-Control-Request-Method": "POST"})
    _assert_error(preflight, 405)
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_for_the_configured_origin(guarded):
    origin = "https://fachverfahren.example"
    preflight = guarded.request(
        "OPTIONS",
        "/v1/check",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert preflight.status == 204
    assert preflight.headers["access-control-allow-origin"] == origin
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "Authorization" in preflight.headers["access-control-allow-headers"]
    reply = guarded.post("/v1/check", {"text": "Hallo."}, headers={"Origin": origin, "Authorization": f"Bearer {TOKEN}"})
    assert reply.status == 200 and reply.headers["access-control-allow-origin"] == origin
    # a 401 is readable by the page too, so it can say "token wrong"
    denied = guarded.post("/v1/check", {"text": "Hallo."}, headers={"Origin": origin})
    assert denied.status == 401 and denied.headers["access-control-allow-origin"] == origin
    other = {"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"}
    _assert_error(guarded.request("OPTIONS", "/v1/check", headers=other), 403, "cors_forbidden")
    reply = guarded.post("/v1/check", {"text": "Hallo."}, headers={"Origin": other["Origin"], "Authorization": f"Bearer {TOKEN}"})
    assert "access-control-allow-origin" not in reply.headers


# --- time limit and concurrency ----------------------------------------------------------------


def test_time_limit_504_then_503_when_full_then_recovers(tight):
    slow = _slow_text(MARKER)
    results: list[Reply] = []
    worker = threading.Thread(target=lambda: results.append(tight.post("/v1/check", {"text": slow})))
    started = time.monotonic()
    worker.start()
    time.sleep(0.4)  # the slow check is running: the only worker is busy and there is no queue
    _assert_error(tight.post("/v1/check", {"text": "Hallo."}), 503, "queue_full")
    worker.join()
    elapsed = time.monotonic() - started
    error = _assert_error(results[0], 504, "timeout")
    assert "1.5 s" in error["message"]
    assert elapsed < 4, elapsed  # stopped at the limit, not after the 4-5 s the check needs
    _wait_until_ready(tight)  # the stopped worker is replaced; until then requests get 503, never a hang
    health = tight.request("GET", "/health").json()
    assert health["workers_ready"] == 1


def _worker_pids(server: Server) -> list[int]:
    """The worker processes of a server (Linux: /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                command = (entry / "cmdline").read_bytes()
            except (OSError, ValueError, IndexError):
                continue
            if parent == server.process.pid and b"spawn_main" in command:
                pids.append(int(entry.name))
    return pids


def test_body_that_does_not_arrive_is_408(tight):
    connection = http.client.HTTPConnection("127.0.0.1", tight.port, timeout=10)
    connection.putrequest("POST", "/v1/check")
    connection.putheader("Content-Type", "application/json")
    connection.putheader("Content-Length", "100")
    connection.endheaders()
    connection.send(b'{"text": "')  # and then nothing
    started = time.monotonic()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == 408
    assert json.loads(body)["error"]["code"] == "request_timeout"
    assert time.monotonic() - started < 5


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the worker through /proc")
def test_worker_crash_is_a_500_and_the_worker_is_replaced(tight):
    _wait_until_ready(tight)
    (pid,) = _worker_pids(tight)
    results: list[Reply] = []
    request = threading.Thread(target=lambda: results.append(tight.post("/v1/check", {"text": _slow_text(MARKER)})))
    request.start()
    time.sleep(0.5)
    os.kill(pid, signal.SIGKILL)  # a worker this test's server started
    request.join()
    error = _assert_error(results[0], 500, "internal_error")
    assert MARKER not in error["message"]
    _wait_until_ready(tight)
    assert _worker_pids(tight) != [pid]
    assert "ausgefallen" in tight.logs()


def _wait_until_ready(server: Server) -> None:
    deadline = time.monotonic() + 60
    while True:
        reply = server.post("/v1/check", {"text": "Hallo."})
        if reply.status == 200:
            return
        _assert_error(reply, 503)
        assert time.monotonic() < deadline, "the worker was not replaced"
        time.sleep(0.2)


# --- logs --------------------------------------------------------------------------------------


def test_no_request_content_in_logs(server, plan):
    marked_plan = {**plan, "notes": f"{MARKER} hat einen Hund."}
    requests = [
        ("POST", "/v1/check", {"text": f"{MARKER} wird vom Jobcenter geprüft."}),
        ("POST", f"/v1/check?text={MARKER}", {"text": "Hallo."}),
        ("POST", "/v1/gate", {"text": f"Das {MARKER} wird geprüft."}),
        ("POST", "/v1/plan/check", {"plan": marked_plan}),
        ("POST", "/v1/plan/check", {"plan": {**marked_plan, "way": MARKER}}),
        ("POST", "/v1/plan/render", {"plan": marked_plan, "format": "html"}),
        ("POST", "/v1/check", {"text": "x", "options": {MARKER: {}}}),
        ("POST", "/v1/check", {MARKER: 1}),
        ("GET", f"/{MARKER}", None),
    ]
    for method, path, body in requests:
        reply = server.request(method, path, body)
        assert reply.status in (200, 404, 422), (path, reply.status)
    server.post("/v1/check", f'{{"text": "{MARKER}'.encode(), headers={"Content-Type": "application/json"})
    server.request(MARKER.upper(), "/v1/check", {"text": MARKER})  # a made-up method is a valid HTTP token
    time.sleep(0.3)
    logs = server.logs()
    assert "POST /v1/check 200" in logs and "GET - 404" in logs  # the access log is on
    assert MARKER.lower() not in logs.lower()


# --- fuzz --------------------------------------------------------------------------------------

_FUZZ_EXAMPLES = 30  # per operation and mode: 6 operations x 2 modes, about 30 s in all


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_api_fuzz(server, mode):
    """schemathesis generates requests from the OpenAPI document, schema-valid ones and broken ones:
    never a 500, every status and body as documented, every broken request refused with a 4xx."""
    schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the [test] extra")
    from hypothesis import HealthCheck, given, settings
    from schemathesis import GenerationMode
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        negative_data_rejection,
        response_schema_conformance,
        status_code_conformance,
    )

    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    if mode == "negative":
        checks.append(negative_data_rejection)
    schema = schemathesis.openapi.from_url(f"http://127.0.0.1:{server.port}/openapi.json")
    generation = GenerationMode.POSITIVE if mode == "positive" else GenerationMode.NEGATIVE
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 6
    for operation in operations:
        if mode == "negative" and operation.method.upper() == "GET":
            continue  # no parameters, nothing to break

        @given(case=operation.as_strategy(generation_mode=generation))
        @settings(
            max_examples=_FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None
        )
        def run(case):
            case.call_and_validate(checks=checks)

        run()
