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
_KEY_BYTES = 32
# not stored: the next run may have more time, more memory, the [audit] extra or a fixed einfach
_KEEP = ("timeout", "crashed", "unsupported")


class ResultCache:
    def __init__(self, folder: Path, *, redacted: bool) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.redacted = redacted
        self._db = sqlite3.connect(folder / "results.sqlite", isolation_level=None)
        self._db.execute("PRAGMA journal_mode=DELETE")  # not WAL: WAL fails on network shares
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self._marked = False
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
            if not self.redacted and not self._marked:
                self._db.execute("INSERT OR IGNORE INTO meta VALUES ('holds_text', '1')")
                self._marked = True
        self._db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, zlib.compress(raw.encode("utf-8"), 1)))
        if time.monotonic() - self._last_commit > _COMMIT_EVERY:
            self._commit()

    def _commit(self) -> None:
        self._db.execute("COMMIT")
        self._db.execute("BEGIN")
        self._last_commit = time.monotonic()

    def holds_text(self) -> bool:
        """True once a result of a run without redaction was stored here (findings with text)."""
        return self._db.execute("SELECT 1 FROM meta WHERE name = 'holds_text'").fetchone() is not None

    def redaction_key(self) -> bytes:
        """The secret for hashed names in redacted outputs: made once, kept with the cache, so
        reruns give the same hashes, and never written into the outputs. A missing, empty or
        damaged key file is replaced whole (written aside, then renamed)."""
        path = self.folder / "redact.key"
        key = path.read_bytes() if path.is_file() else b""
        if len(key) != _KEY_BYTES:
            aside = path.with_name(f".redact.key.{os.getpid()}")
            descriptor = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(secrets.token_bytes(_KEY_BYTES))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(aside, path)
            key = path.read_bytes()
        return key

    def close(self) -> None:
        self._db.execute("COMMIT")
        self._db.close()
