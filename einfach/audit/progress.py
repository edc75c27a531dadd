"""A one-line progress display with rate and time left, for people watching a terminal.

It is quiet when stderr is not a terminal (piped, a log file) or when ``CI`` is set, so logs
get only the closing line of the audit.
"""

from __future__ import annotations

import os
import time
from typing import TextIO

from ..errors import german_number

__all__ = ["Progress"]

_EVERY = 0.2  # seconds between redraws
_WIDTH = 24


class Progress:
    def __init__(self, stream: TextIO, total: int | None, *, enabled: bool | None = None) -> None:
        self.stream = stream
        self.total = total
        if enabled is None:
            enabled = stream.isatty() and not os.environ.get("CI")
        self.enabled = enabled
        self.done = 0
        self._start = time.monotonic()
        self._drawn = 0.0

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and now - self._drawn >= _EVERY:
            self._drawn = now
            self.stream.write("\r" + self.line(now - self._start) + "\x1b[K")
            self.stream.flush()

    def line(self, elapsed: float) -> str:
        rate = self.done / elapsed if elapsed > 0 else 0.0
        done = german_number(self.done)
        if not self.total:
            return f"{done} Dateien · {rate:.0f} pro Sekunde"
        share = min(self.done / self.total, 1.0)
        bar = "█" * round(share * _WIDTH) + "░" * (_WIDTH - round(share * _WIDTH))
        left = (self.total - self.done) / rate if rate > 0 else None
        eta = f" · noch {_clock(left)}" if left is not None else ""
        return f"{bar} {done} von {german_number(self.total)} Dateien · {rate:.0f} pro Sekunde{eta}"

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _clock(seconds: float) -> str:
    minutes, rest = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{rest:02d}" if hours else f"{minutes}:{rest:02d}"
