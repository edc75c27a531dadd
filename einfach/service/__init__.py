"""The local HTTP service: ``einfach serve`` (needs the ``[service]`` extra: FastAPI and Uvicorn).

Case-management software calls it right before a plan is saved. It binds to 127.0.0.1 by
default; any other address needs a bearer token. Checks run in a small pool of worker
processes with a per-request time limit and a bounded queue, so one slow text cannot stall the
others and a run-away check is stopped for real. Request bodies are never written to a log.

``create_app`` is loaded on first use, so importing this package (as ``einfach`` does for the
``serve`` command) needs neither FastAPI nor Uvicorn.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DEFAULT_MAX_BODY", "DEFAULT_QUEUE", "DEFAULT_TIMEOUT", "create_app"]

DEFAULT_MAX_BODY = 1_000_000  # bytes of request body; a one-page plan is a few kilobytes
DEFAULT_TIMEOUT = 10.0  # seconds per request, waiting for a worker included
DEFAULT_QUEUE = 64  # requests that may wait for a worker beyond those running


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module 'einfach.service' has no attribute {name!r}")
