"""Reading text files whose encoding nobody wrote down.

Order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); then strict UTF-8; then
Windows-1252, the usual encoding of older German office files. Files with NUL bytes or
many control characters are binary and refused; the caller learns which encoding was used.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, german_number

__all__ = ["DecodedText", "decode_bytes", "read_text_file", "write_bytes_atomically", "write_text_atomically"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(1 for char in text if ord(char) < 32 and char not in _ALLOWED_CONTROLS)
    return controls > max(2, _MAX_CONTROL_SHARE * len(text))


def decode_bytes(data: bytes, name: str = "<input>") -> DecodedText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{name}: Datei beginnt wie {encoding}, ist aber nicht lesbar.") from None
            if _looks_binary(text):
                raise InputError(f"{name}: Datei ist keine Textdatei (Binärdaten).")
            return DecodedText(text, encoding)
    if b"\x00" in data:
        raise InputError(f"{name}: Datei ist keine Textdatei (Binärdaten).")
    for encoding in ("utf-8", "windows-1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise InputError(f"{name}: Datei ist keine Textdatei (Binärdaten).")
        return DecodedText(text, encoding)
    raise InputError(f"{name}: Zeichenkodierung nicht erkannt (weder UTF-8 noch Windows-1252).")


def read_text_file(path: Path, *, max_bytes: int) -> DecodedText:
    """Decode a file; refuse files larger than ``max_bytes`` before reading them whole."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: Datei ist zu groß ({german_number(size)} Bytes, erlaubt {german_number(max_bytes)}).")
        data = path.read_bytes()
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(f"{path}: ist ein Ordner, keine Datei.") from None
    except FileNotFoundError:
        raise InputError(f"{path}: Datei nicht gefunden.") from None
    except PermissionError:
        raise InputError(f"{path}: keine Leserechte.") from None
    except OSError as error:
        raise InputError(f"{path}: nicht lesbar ({error.strerror or error}).") from None
    return decode_bytes(data, str(path))


def write_text_atomically(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write text in ``encoding``; a character it cannot hold is an error before anything is written."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as error:
        raise InputError(f"{path}: Text passt nicht in die Kodierung {encoding}: {error.reason}.") from None
    write_bytes_atomically(path, data)


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and a rename: readers never see half a file.

    A symbolic link is followed, so the file it points to is replaced and the link stays.
    """
    import os
    import tempfile

    path = path.resolve() if path.is_symlink() else path

    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
