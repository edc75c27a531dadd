"""Results kept between audit runs, by content hash and configuration, in one SQLite file.

A rerun reads each file, hashes it and takes the stored result when the same bytes were checked
with the same configuration, einfach version and data before. Writes are committed at least
every second, so an audit stopped with Ctrl+C keeps what it finished. The file holds findings
with their text (unless the audit was redacted): it is as private as the plans themselves.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import time
import zlib
from pathlib import Path

from .document import DocumentResult
from .readers import Unreadable

__all__ = ["ResultCache"]

_COMMIT_EVERY = 1.0  # seconds
_KEEP = ("timeout", "crashed")  # not stored: the next run may have more time or a fixed einfach


class ResultCache:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self._db = sqlite3.connect(folder / "results.sqlite", isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        self._db.execute("BEGIN")
        self._last_commit = time.monotonic()

    def get(self, key: str) -> DocumentResult | Unreadable | None:
        row = self._db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        raw = zlib.decompress(row[0]).decode("utf-8")
        if raw.startswith("!"):
            reason, _, message = raw[1:].partition("\n")
            return Unreadable(reason, message)
        return DocumentResult.from_json(raw)

    def put(self, key: str, outcome: DocumentResult | Unreadable) -> None:
        if isinstance(outcome, Unreadable):
            if outcome.reason in _KEEP:
                return
            raw = f"!{outcome.reason}\n{outcome}"
        else:
            raw = outcome.to_json()
        self._db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, zlib.compress(raw.encode("utf-8"), 1)))
        if time.monotonic() - self._last_commit > _COMMIT_EVERY:
            self._commit()

    def _commit(self) -> None:
        self._db.execute("COMMIT")
        self._db.execute("BEGIN")
        self._last_commit = time.monotonic()

    def redaction_key(self) -> bytes:
        """The secret for hashed names in redacted outputs: made once, kept with the cache, so
        reruns give the same hashes, and never written into the outputs."""
        path = self.folder / "redact.key"
        if not path.exists():
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(secrets.token_bytes(32))
        return path.read_bytes()

    def close(self) -> None:
        self._db.execute("COMMIT")
        self._db.close()
