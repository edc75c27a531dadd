"""``einfach serve``: the local HTTP service on the command line.

einfach/cli.py adds the command with :func:`add_serve_command` and runs it with
:func:`run_serve`. Neither imports FastAPI or Uvicorn before they are needed, so the rest of the
command line works without the ``[service]`` extra, and ``serve`` says which extra is missing.

Exit codes: 0 after a normal stop (Ctrl+C, SIGTERM); 2 for a usage error, a missing extra, a
non-loopback address without a token, or a server that could not start.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    import socket

__all__ = ["TOKEN_ENV", "add_serve_command", "is_loopback", "openapi_json", "run_serve"]

EXIT_OK, EXIT_ERROR = 0, 2
TOKEN_ENV = "EINFACH_TOKEN"
MIN_TOKEN_LENGTH = 16
_EXTRA_HINT = "pip install 'einfach-sprache[service]'"


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value}: eine Zahl ab 1 erwartet.")
    return number


def _not_negative_int(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value}: eine Zahl ab 0 erwartet.")
    return number


def _port(value: str) -> int:
    number = int(value)
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{value}: Port von 0 bis 65535 erwartet.")
    return number


def _seconds(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise argparse.ArgumentTypeError(f"{value}: Sekunden größer als 0 erwartet.")
    return number


def add_serve_command(commands: Any) -> None:
    """Add ``serve`` to the subcommands of einfach's parser."""
    from . import DEFAULT_MAX_BODY, DEFAULT_QUEUE, DEFAULT_TIMEOUT

    serve = commands.add_parser(
        "serve",
        help="lokalen HTTP-Dienst starten (Extra [service])",
        description=(
            "Startet den HTTP-Dienst für Fachverfahren (POST /v1/check, /v1/gate, /v1/plan/check, /v1/plan/render). "
            "Standard: nur auf diesem Rechner (127.0.0.1). Jede andere Adresse braucht ein Token."
        ),
    )
    serve.add_argument("--host", default="127.0.0.1", help="Adresse (Standard: 127.0.0.1, nur dieser Rechner)")
    serve.add_argument("--port", type=_port, default=8765, help="Port (Standard: 8765; 0: ein freier Port)")
    serve.add_argument(
        "--token-file",
        type=Path,
        default=None,
        metavar="DATEI",
        help=f"Bearer-Token aus dieser Datei (sonst Umgebung {TOKEN_ENV})",
    )
    serve.add_argument(
        "--cors",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="Browser-Zugriff von dieser Herkunft erlauben (mehrfach; * für alle)",
    )
    serve.add_argument(
        "--max-body", type=_positive_int, default=DEFAULT_MAX_BODY, metavar="BYTES", help="größte Anfrage (Standard: 1000000)"
    )
    serve.add_argument(
        "--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="S", help="Zeitlimit je Anfrage in Sekunden (Standard: 10)"
    )
    serve.add_argument(
        "--workers", type=_positive_int, default=None, metavar="N", help="Prüf-Prozesse (Standard: 1 je Kern, höchstens 4)"
    )
    serve.add_argument(
        "--queue",
        type=_not_negative_int,
        default=DEFAULT_QUEUE,
        metavar="N",
        help="so viele Anfragen dürfen warten (Standard: 64)",
    )
    serve.add_argument(
        "--config", type=Path, default=None, metavar="DATEI", help="Einstellungen (einfach.toml oder pyproject.toml)"
    )
    serve.add_argument("--no-access-log", action="store_true", help="keine Zeile je Anfrage ins Protokoll")
    serve.add_argument(
        "--print-openapi", action="store_true", help="OpenAPI-Dokument ausgeben und beenden (so entsteht docs/openapi.json)"
    )


def is_loopback(host: str) -> bool:
    """Whether ``host`` is only reachable from this machine (127.0.0.0/8, ::1, localhost)."""
    import ipaddress

    if host.strip().lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def _missing_extra() -> list[str]:
    return [name for name in ("fastapi", "uvicorn") if importlib.util.find_spec(name) is None]


def _token(args: argparse.Namespace) -> str | None:
    from ..errors import ConfigError

    if args.token_file is not None:
        try:
            token = args.token_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"Token-Datei {args.token_file} ist nicht lesbar ({error}).") from None
        where = f"Token-Datei {args.token_file}"
    else:
        token = os.environ.get(TOKEN_ENV, "").strip()
        if not token:
            return None
        where = f"Umgebungsvariable {TOKEN_ENV}"
    if len(token) < MIN_TOKEN_LENGTH or any(char.isspace() for char in token) or not token.isprintable():
        raise ConfigError(
            f"{where}: Das Token muss mindestens {MIN_TOKEN_LENGTH} Zeichen lang sein, ohne Leerzeichen. "
            'Ein gutes Token macht: python -c "import secrets; print(secrets.token_urlsafe(32))"'
        )
    return token


def openapi_json(app: Any) -> str:
    """The OpenAPI document as committed in docs/openapi.json."""
    return json.dumps(app.openapi(), ensure_ascii=False, indent=2) + "\n"


def _log_config(access_log: bool) -> dict[str, Any]:
    """Log lines to stderr: uvicorn's start and stop lines, errors (class names only) and one line
    per request (method, path, status, time). uvicorn's own access log is off: it prints query strings."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(message)s"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
            "einfach.service": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "einfach.service.access": {"level": "INFO" if access_log else "WARNING"},
        },
    }


def _bind(host: str, port: int) -> socket.socket:
    import socket

    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if family == socket.AF_INET6:
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
    sock.bind(address)
    return sock


def run_serve(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``einfach serve`` until stopped; the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    missing = _missing_extra()
    if missing:
        err.write(f"einfach serve: Dafür fehlt das Extra [service] ({', '.join(missing)}). Installieren mit: {_EXTRA_HINT}\n")
        return EXIT_ERROR

    from ..config import Settings, project_settings
    from ..errors import EinfachError

    try:
        settings = project_settings(config=args.config) if args.config is not None else Settings()
        settings.checker()  # a wrong rule or option in the file: say so now, not on the first request
        token = _token(args)
    except EinfachError as error:
        err.write(f"einfach serve: {error}\n")
        return EXIT_ERROR

    from .app import create_app

    app = create_app(
        settings,
        token=token,
        cors_origins=args.cors,
        max_body=args.max_body,
        timeout_seconds=args.timeout,
        workers=args.workers,
        queue_limit=args.queue,
    )
    if args.print_openapi:
        out.write(openapi_json(app))
        return EXIT_OK
    if token is None and not is_loopback(args.host):
        err.write(
            f"einfach serve: Die Adresse {args.host} ist auch von anderen Rechnern erreichbar. "
            f"Dafür braucht der Dienst ein Zugangs-Token: --token-file DATEI oder Umgebungsvariable {TOKEN_ENV} "
            "(mindestens 16 Zeichen). Der Dienst startet nicht.\n"
        )
        return EXIT_ERROR
    return _serve(app, args, err)


def _serve(app: Any, args: argparse.Namespace, err: TextIO) -> int:
    import logging
    import logging.config

    import uvicorn

    logging.config.dictConfig(_log_config(not args.no_access_log))
    log = logging.getLogger("einfach.service")
    try:
        sock = _bind(args.host, args.port)
    except OSError as error:
        err.write(f"einfach serve: Adresse {args.host}:{args.port} geht nicht ({error.strerror or error}).\n")
        return EXIT_ERROR
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                log.info("einfach serve: bereit auf http://%s:%d (Strg+C beendet)", shown, port)

    config = uvicorn.Config(
        app,
        log_config=None,
        access_log=False,
        server_header=False,
        lifespan="on",
        timeout_keep_alive=5,
        timeout_graceful_shutdown=5,
    )
    server = Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return EXIT_OK if server.started else EXIT_ERROR
