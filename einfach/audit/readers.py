"""Document bytes -> plain text for the audit, safe against hostile files.

An audit reads thousands of files nobody has looked at, so every reader assumes the worst:
zip bombs, XML entity tricks, encrypted or truncated files, binary data under a text name.
Each failure is an :class:`Unreadable` with a stable ``reason`` code and a short German message
that never quotes the file. The text keeps paragraphs apart with a blank line, so sentences of
different paragraphs, table cells and list items do not run together.

Plans (``.json``, ``.yaml``) are not read here: :mod:`einfach.plan.io` validates them.
"""

from __future__ import annotations

import codecs
import ctypes
import html as htmllib
import io
import re
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any
from xml.parsers import expat

from ..errors import EinfachError, InputError, german_number
from ..textfile import decode_bytes

__all__ = ["DEFAULT_LIMITS", "KINDS", "REASONS", "Limits", "Unreadable", "kind_of", "read_text"]


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps that keep one hostile file from eating the memory or time of a whole audit."""

    max_bytes: int = 20_000_000  # file size (the caller checks it before reading, too)
    max_unpacked_bytes: int = 50_000_000  # docx/odt: all members together, uncompressed
    max_ratio: int = 200  # docx/odt: compression ratio of a member over 1 MB
    max_pages: int = 50  # pdf pages
    max_chars: int = 2_000_000  # extracted text


DEFAULT_LIMITS = Limits()

# The codes of Unreadable. The readers raise the first nine; discovery and opening raise not-found,
# permission and symlink-loop, plan validation invalid-plan, the engine timeout and crashed.
REASONS = (
    "empty",
    "binary",
    "encoding",
    "corrupt",
    "encrypted",
    "too-large",
    "zip-bomb",
    "no-text",
    "unsupported",
    "not-found",
    "permission",
    "symlink-loop",
    "invalid-plan",
    "timeout",
    "crashed",
)

KINDS: Mapping[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "plan",
    ".yaml": "plan",
    ".yml": "plan",
    ".docx": "docx",
    ".odt": "odt",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
}


class Unreadable(EinfachError):
    """A file einfach cannot read. ``reason`` is a stable code from :data:`REASONS`;
    ``str(error)`` is a short plain German message that never quotes file content."""

    def __init__(self, reason: str, message: str) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[type[Unreadable], tuple[str, str]]:
        # Workers in other processes raise it; the default pickling would lose ``reason``.
        return type(self), (self.reason, str(self))


def kind_of(name: str) -> str | None:
    """The kind of file by its suffix (any case); None for files the audit does not read."""
    return KINDS.get(PurePath(name).suffix.lower())


def read_text(kind: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> str:
    """The text of a document of ``kind`` ("text", "markdown", "docx", "odt", "pdf", "html").

    Raises :class:`Unreadable`; a kind this module does not read (such as "plan") is a ValueError.
    """
    reader = _READERS.get(kind)
    if reader is None:
        raise ValueError(f"no reader for kind {kind!r}")
    if len(data) > limits.max_bytes:
        raise Unreadable("too-large", f"Die Datei ist zu groß (mehr als {german_number(limits.max_bytes)} Bytes).")
    if not data:
        raise Unreadable("empty", "Die Datei ist leer.")
    text = reader(data, limits)
    if not text.strip():
        raise Unreadable("empty", "Die Datei ist leer." if kind in ("text", "markdown") else "Die Datei enthält keinen Text.")
    if len(text) > limits.max_chars:
        raise Unreadable("too-large", f"Der Text ist zu lang (mehr als {german_number(limits.max_chars)} Zeichen).")
    return text


# Plain text and Markdown ---------------------------------------------------------------------


def _decode(data: bytes) -> str:
    try:
        return decode_bytes(data).text
    except InputError as error:
        if "Binärdaten" in str(error):
            raise Unreadable("binary", "Die Datei ist keine Textdatei.") from None
        raise Unreadable("encoding", "Die Zeichenkodierung der Datei ist unbekannt.") from None


def _read_plain(data: bytes, limits: Limits) -> str:
    """The same decoding as ``einfach check``, and the text unchanged: it reads Markdown as is,
    because the sentence splitter already knows headings and list markers."""
    return _decode(data)


_SPACES = re.compile(r"[^\S\n]+")
_AROUND_NEWLINE = re.compile(r" ?\n ?")


def _paragraphs(paragraphs: list[str]) -> str:
    """Non-empty paragraphs with a blank line between them; runs of spaces (tabs, no-break
    spaces) are one space, soft hyphens are removed."""
    kept = []
    for paragraph in paragraphs:
        text = _AROUND_NEWLINE.sub("\n", _SPACES.sub(" ", paragraph.replace("\u00ad", ""))).strip()
        if text:
            kept.append(text)
    return "\n\n".join(kept)


# Office packages (docx, odt) -----------------------------------------------------------------

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1 << 20  # expat before 2.6 re-scans an unfinished token per chunk: big chunks keep that cheap
_BIG_MEMBER = 1_000_000


def _zip_bomb() -> Unreadable:
    return Unreadable("zip-bomb", "Die Datei wird beim Entpacken riesig. Sie ist vielleicht eine Zip-Bombe.")


def _member_chunks(archive: zipfile.ZipFile, name: str, limits: Limits) -> Iterator[bytes]:
    """One member of a zip package in chunks, safe against zip bombs and broken data.

    The headers are checked first (total size, compression ratio), but not trusted: the member is
    read in chunks and reading stops as soon as more than the cap came out.
    """
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise Unreadable("corrupt", "Die Datei ist beschädigt: Ein Teil des Dokuments fehlt.") from None
    unpacked = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                unpacked += len(chunk)
                if unpacked > limits.max_unpacked_bytes:
                    raise _zip_bomb()
                yield chunk
    except NotImplementedError:  # a compression method zipfile does not know (a RuntimeError, so first)
        raise Unreadable("unsupported", "Die Datei ist auf eine Art gepackt, die einfach nicht kennt.") from None
    except RuntimeError:  # zipfile: "File ... is encrypted, password required"
        raise Unreadable("encrypted", "Die Datei ist mit einem Passwort geschützt.") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise Unreadable("corrupt", "Die Datei ist beschädigt.") from None


def _open_package(data: bytes, limits: Limits, format_name: str) -> zipfile.ZipFile:
    """The zip container of a docx or odt file, refused when its headers promise too much."""
    if data.startswith(_OLE_SIGNATURE):
        raise Unreadable("encrypted", "Die Datei ist verschlüsselt oder im alten Word-Format (.doc).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, ValueError, IndexError):
        raise Unreadable("corrupt", f"Die Datei ist kein gültiges {format_name}-Dokument.") from None
    if sum(member.file_size for member in members) > limits.max_unpacked_bytes:
        raise _zip_bomb()
    for member in members:
        if member.file_size > _BIG_MEMBER and member.file_size > limits.max_ratio * max(member.compress_size, 1):
            raise _zip_bomb()
    return archive


def _refuse_doctype(*_args: object) -> None:
    raise Unreadable("corrupt", "Die Datei enthält eine unsichere XML-Anweisung (DOCTYPE).")


class _XmlText:
    """Paragraph text from an XML stream (expat, element names as "namespace local").

    ``paragraph``: elements that are paragraphs (nested ones, as in text boxes, become their own);
    ``text``: the elements whose character data counts (empty: any inside a paragraph);
    ``skip``: elements whose whole content is left out; ``inline``: empty elements that stand for
    text (a tab, a line break). The handlers run for every element, so they are kept flat.
    """

    def __init__(self, paragraph: frozenset[str], text: frozenset[str], skip: frozenset[str], inline: Mapping[str, str]) -> None:
        self._paragraph = paragraph
        self._text = text
        self._skip_names = skip
        self._inline = inline
        self._open: list[list[str]] = []
        self._skip = 0
        self._in_text = 0 if text else 1
        self.paragraphs: list[str] = []

    def start(self, name: str, _attributes: object) -> None:
        if self._skip:
            self._skip += 1
        elif name in self._text:
            self._in_text += 1
        elif name in self._paragraph:
            self._open.append([])
        elif name in self._skip_names:
            self._skip = 1
        elif self._open and name in self._inline:
            self._open[-1].append(self._inline[name])

    def end(self, name: str) -> None:
        if self._skip:
            self._skip -= 1
        elif name in self._text:
            self._in_text -= 1
        elif name in self._paragraph:
            self.paragraphs.append("".join(self._open.pop()))

    def data(self, text: str) -> None:
        if self._in_text and self._open and not self._skip:
            self._open[-1].append(text)


def _parse_member(archive: zipfile.ZipFile, name: str, limits: Limits, handler: _XmlText) -> str:
    """Feed one XML member to ``handler``; a DOCTYPE (entity tricks) or broken XML is "corrupt"."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.data
    try:
        for chunk in _member_chunks(archive, name, limits):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except (expat.ExpatError, LookupError):  # LookupError: an unknown encoding in the XML declaration
        raise Unreadable("corrupt", "Die Datei ist beschädigt: Das XML im Dokument ist fehlerhaft.") from None
    return _paragraphs(handler.paragraphs)


_W = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
_MC_FALLBACK = "http://schemas.openxmlformats.org/markup-compatibility/2006 Fallback"


def _w(*names: str) -> frozenset[str]:
    return frozenset(f"{namespace} {name}" for namespace in _W for name in names)


def _docx_text() -> _XmlText:
    """Word body text: w:t inside w:p. Deleted and moved-away text, properties and the fallback
    copy of text boxes (mc:Fallback repeats mc:Choice) are left out."""
    inline = {name: " " for name in _w("tab", "ptab")}
    inline |= {name: "\n" for name in _w("br", "cr")}
    inline |= {name: "-" for name in _w("noBreakHyphen")}
    skip = _w("del", "moveFrom", "pPr", "rPr", "sectPr") | {_MC_FALLBACK}
    return _XmlText(_w("p"), _w("t"), skip, inline)


def _read_docx(data: bytes, limits: Limits) -> str:
    """The body of a Word document (word/document.xml): paragraphs and table cells, no headers,
    footers, footnotes or comments (they live in other parts)."""
    return _parse_member(_open_package(data, limits, "Word"), "word/document.xml", limits, _docx_text())


_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_WHITESPACE = re.compile(r"[ \t\r\n]+")


class _OdtText(_XmlText):
    """OpenDocument text: text:p and text:h, with spans, links, lists and table cells inside.

    Character data anywhere in a paragraph counts, whitespace collapsed as ODF says; text:s (any
    number of spaces) is one space. Notes, tracked changes and comments are left out.
    """

    def __init__(self) -> None:
        inline = {f"{_TEXT_NS} s": " ", f"{_TEXT_NS} tab": " ", f"{_TEXT_NS} line-break": "\n"}
        skip = frozenset({f"{_TEXT_NS} note", f"{_TEXT_NS} tracked-changes", f"{_OFFICE_NS} annotation"})
        super().__init__(frozenset({f"{_TEXT_NS} p", f"{_TEXT_NS} h"}), frozenset(), skip, inline)

    def data(self, text: str) -> None:
        super().data(_WHITESPACE.sub(" ", text))


def _read_odt(data: bytes, limits: Limits) -> str:
    """The text of an OpenDocument text file (content.xml); an encrypted one says so in its manifest."""
    archive = _open_package(data, limits, "OpenDocument")
    if "META-INF/manifest.xml" in archive.NameToInfo:
        manifest = b"".join(_member_chunks(archive, "META-INF/manifest.xml", limits))
        if b"encryption-data" in manifest:
            raise Unreadable("encrypted", "Die Datei ist mit einem Passwort geschützt.")
    return _parse_member(archive, "content.xml", limits, _OdtText())


# HTML ----------------------------------------------------------------------------------------

_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset"}
    | {"figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav"}
    | {"ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"}
)
_HIDDEN = frozenset({"template", "noscript"})
_RAW_TEXT = {name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in ("script", "style", "title")}
_MARKUP = re.compile(r"<[A-Za-z/!?]")  # any other "<" is text
# A start or end tag: name, then attributes with quoted values that may contain ">".
_TAG = re.compile(r"""<(/?)([A-Za-z][^\s/>]*+)(?:[^>"']++|"[^"]*+"|'[^']*+')*+>""")
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-32 BOMs start like UTF-16 ones


def _html_paragraphs(page: str) -> list[str]:
    """Visible text of an HTML page: block elements end paragraphs, <br> is a line break;
    script, style, title, template, noscript and the head are left out; entities are decoded.

    A small linear scanner rather than :mod:`html.parser`, whose time grows with the square of
    the length on broken markup ("<p <p <p ...": 30 KB took 5 s). Like a browser, it ends a tag at
    the first ">" outside quotes and reads a "<" that starts no markup as text.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    hidden = pre = 0
    in_head = False
    position, length = 0, len(page)
    while position < length:
        markup = _MARKUP.search(page, position)
        start = length if markup is None else markup.start()
        if start > position and not hidden and not in_head:
            text = htmllib.unescape(page[position:start])
            current.append(text if pre else _WHITESPACE.sub(" ", text))
        if start == length:
            break
        if page.startswith("<!--", start):
            end = page.find("-->", start + 4)
            position = length if end == -1 else end + 3
            continue
        tag = _TAG.match(page, start)
        if tag is None:  # a declaration, a processing instruction or a broken tag: up to the next ">"
            end = page.find(">", start)
            position = length if end == -1 else end + 1
            continue
        position = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if name in _RAW_TEXT:
            if not closing:  # script, style, title: their content is not markup, skip it whole
                raw_end = _RAW_TEXT[name].search(page, position)
                position = length if raw_end is None else raw_end.start()
        elif name in _HIDDEN:
            hidden = max(hidden - 1, 0) if closing else hidden + 1
        elif name == "head":
            in_head = not closing
        elif name == "br":
            current.append("\n")
        elif name in _BLOCKS or name == "body":
            in_head = False
            if current:
                paragraphs.append("".join(current))
                current = []
            if name == "pre":
                pre = max(pre - 1, 0) if closing else pre + 1
    paragraphs.append("".join(current))
    return paragraphs


def _declared_charset(data: bytes) -> str | None:
    """The <meta charset> near the top, as a Python codec name (None if absent or unknown).

    As in browsers, Latin-1 and ASCII mean Windows-1252, and UTF-16 without a byte-order mark
    cannot be meant (the bytes would not match the pattern).
    """
    match = _META_CHARSET.search(data, 0, 4096)
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return None if name.startswith(("utf-16", "utf-32")) else name


def _decode_html(data: bytes) -> str:
    """Byte-order mark, then valid UTF-8 (other encodings almost never are), then the declared
    charset, then the fallback of text files (Windows-1252)."""
    charset = _declared_charset(data)
    if charset is not None and not data.startswith(_BOMS) and b"\x00" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):  # a codec that is no text encoding, or wrong
                pass
    return _decode(data)


def _read_html(data: bytes, limits: Limits) -> str:
    return _paragraphs(_html_paragraphs(_decode_html(data)))


# PDF -----------------------------------------------------------------------------------------

# PDFium is not thread-safe; a lock costs nothing when only one thread reads.
_PDFIUM_LOCK = threading.Lock()
_LINE = re.compile(r"[^\r\n]+")
_HYPHENS = ("-", "\u2010", "\u00ad", "\x02")  # hyphen-minus, hyphen, soft hyphen, PDFium's soft hyphen
_CONJUNCTIONS = frozenset({"und", "oder", "bzw", "sowie", "bis", "als", "wie"})
_MIN_LINE_DISTANCE = 4.0  # points; smaller steps are sub- and superscripts
_PDFIUM_HYPHEN = re.compile(r"(\w)\ufffe\s*(\S*)")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class _Line:
    """A line as PDFium gives it: a hyphenated line end joins two lines of the page into one."""

    text: str
    left: float  # x of the first character
    right: float  # right edge of the last character
    top: float  # baseline of the first character
    bottom: float  # baseline of the last character


def _join_hyphenated(before: str, after: str) -> str | None:
    """``before`` ends in a hyphen: the joined word, or None if the hyphen stays with a space
    ("Kranken- und Pflegeversicherung"). "Vor-" + "stellung" -> "Vorstellung", "E-" + "Mail" -> "E-Mail"."""
    word = after.split(maxsplit=1)[0] if after.strip() else ""
    if not word or word.rstrip(".,") in _CONJUNCTIONS:
        return None
    if word[0].islower():
        return before[:-1] + after
    return before[:-1] + "-" + after


def _unhyphenate(text: str) -> str:
    """PDFium joins a line ending in "-" with the next and marks the spot with U+FFFE."""
    return _PDFIUM_HYPHEN.sub(lambda m: _join_hyphenated(m[1] + "-", m[2]) or f"{m[1]}- {m[2]}", text)


def _page_lines(textpage: Any, raw: Any) -> list[_Line]:
    """The lines of a page with their position (PDF points, y upwards)."""
    text = textpage.get_text_range()
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    lines = []
    for match in _LINE.finditer(text):
        first = raw.FPDFText_GetCharIndexFromTextIndex(textpage, match.start())
        last = raw.FPDFText_GetCharIndexFromTextIndex(textpage, match.end() - 1)
        if first < 0 or last < 0:  # no position: treat it as a paragraph of its own
            lines.append(_Line(match.group(), 0.0, 0.0, 0.0, 0.0))
            continue
        raw.FPDFText_GetCharOrigin(textpage, first, ctypes.byref(x), ctypes.byref(y))
        line_left, line_top = x.value, y.value
        raw.FPDFText_GetCharOrigin(textpage, last, ctypes.byref(x), ctypes.byref(y))
        raw.FPDFText_GetCharBox(textpage, last, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
        lines.append(_Line(match.group(), line_left, right.value, line_top, y.value))
    return lines


def _page_text(lines: list[_Line]) -> str:
    """Lines -> paragraphs by the layout, since PDFium gives lines only.

    A gap of more than 1.3 times the usual line distance, or a line on the same height or higher
    up (a new column, a table cell), starts a paragraph. The usual distance is the lower decile of
    the distances (at least 4 pt), so a page of many short paragraphs still has its line distance.
    Inside a paragraph, a line that ends early (short of 70 % of the text width: a heading, a list
    item) keeps its line break and the sentence splitter decides; other lines are joined with a
    space. Line ends in a hyphen are joined ("Vor-" "stellung"). Lines without a letter or digit
    (bullets drawn apart from their item) are dropped.
    """
    lines = [line for line in lines if any(char.isalnum() for char in line.text)]
    if not lines:
        return ""
    distances = [above.bottom - below.top for above, below in zip(lines, lines[1:])]
    plausible = sorted(distance for distance in distances if distance >= _MIN_LINE_DISTANCE)
    usual = plausible[len(plausible) // 10] if plausible else _MIN_LINE_DISTANCE
    text_left = min(line.left for line in lines)
    text_width = max(line.right for line in lines) - text_left
    paragraphs: list[str] = []
    current = lines[0].text.strip()
    for distance, above, below in zip(distances, lines, lines[1:]):
        following = below.text.strip()
        if not 0 < distance <= 1.3 * usual:
            paragraphs.append(current)
            current = following
        elif current.endswith(_HYPHENS) and current[-2:-1].isalpha() and (joined := _join_hyphenated(current, following)):
            current = joined
        elif above.right < text_left + 0.7 * text_width:
            current += "\n" + following
        else:
            current += " " + following
    paragraphs.append(current)
    return _paragraphs([_CONTROLS.sub("", _unhyphenate(paragraph)) for paragraph in paragraphs])


def _read_page(document: Any, index: int, pdfium: Any, raw: Any) -> str:
    try:
        page = document[index]
    except pdfium.PdfiumError:
        raise Unreadable("corrupt", "Die PDF ist beschädigt: Eine Seite ist nicht lesbar.") from None
    try:
        textpage = page.get_textpage()
        try:
            return _page_text(_page_lines(textpage, raw))
        finally:
            textpage.close()
    except pdfium.PdfiumError:
        raise Unreadable("corrupt", "Die PDF ist beschädigt: Eine Seite ist nicht lesbar.") from None
    finally:
        page.close()


def _read_pdf(data: bytes, limits: Limits) -> str:
    """The text layer of a PDF, page by page (a paragraph that goes on over a page break is split).

    Owner-password PDFs (printing or copying restricted) open; a user password is "encrypted".
    A PDF without any letter in its text layer is a scan: "no-text".
    """
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:
        raise Unreadable("unsupported", 'PDF lesen braucht das Extra [audit]: pip install "einfach-sprache[audit]"') from None
    pages: list[str] = []
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            if error.err_code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
                raise Unreadable("encrypted", "Die PDF ist mit einem Passwort geschützt.") from None
            raise Unreadable("corrupt", "Die PDF ist beschädigt.") from None
        try:
            if len(document) > limits.max_pages:
                raise Unreadable("too-large", f"Die PDF hat mehr als {german_number(limits.max_pages)} Seiten.")
            characters = 0
            for index in range(len(document)):
                pages.append(_read_page(document, index, pdfium, raw))
                characters += len(pages[-1])
                if characters > limits.max_chars:
                    raise Unreadable("too-large", f"Der Text ist zu lang (mehr als {german_number(limits.max_chars)} Zeichen).")
        finally:
            document.close()
    text = "\n\n".join(page for page in pages if page)
    if not any(char.isalpha() for char in text):
        raise Unreadable("no-text", "Die PDF hat keinen Text, nur Bilder. Bitte mit Texterkennung (OCR) umwandeln.")
    return text


_READERS: Mapping[str, Callable[[bytes, Limits], str]] = {
    "text": _read_plain,
    "markdown": _read_plain,
    "docx": _read_docx,
    "odt": _read_odt,
    "pdf": _read_pdf,
    "html": _read_html,
}
