"""Small, valid office documents written by hand, for the audit benchmark's tree of files.

A document is a list of blocks ``(kind, text)`` with kind "heading", "item" (list item) or
"paragraph". Each writer is deterministic (fixed zip dates, no timestamps), so the same blocks
always give the same bytes, and fast (well under a millisecond): 10,000 files in seconds, where
WeasyPrint or LibreOffice would take half an hour. They write what a reader needs and what real
files look like in the places a reader can get wrong: Word splits a sentence into several runs,
a PDF has one text object per line with the lines of a paragraph wrapped.
"""

from __future__ import annotations

import codecs
import io
import textwrap
import zipfile
import zlib
from collections.abc import Callable
from typing import NamedTuple
from xml.sax.saxutils import escape

Block = tuple[str, str]

_ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def _zip(members: list[tuple[str, bytes, bool]]) -> bytes:
    """A zip archive in memory; members are (name, data, compress) in order, dated 1 January 2026."""

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, compress in members:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            archive.writestr(info, data)
    return buffer.getvalue()


def _halves(text: str) -> tuple[str, str]:
    """Split a longer text in the middle, often inside a word, as Word's runs do after editing."""
    if len(text) < 40:
        return text, ""
    middle = len(text) // 2
    return text[:middle], text[middle:]


# --- Word (.docx) -------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
_DOCX_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="word/document.xml"/></Relationships>'
)


def _w_run(text: str, bold: bool = False) -> str:
    style = '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>' if bold else ""
    return f'<w:r>{style}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def docx_bytes(blocks: list[Block]) -> bytes:
    """A minimal OOXML document: [Content_Types].xml, _rels/.rels and word/document.xml."""
    paragraphs = []
    for kind, text in blocks:
        if kind == "heading":
            paragraphs.append(f'<w:p><w:pPr><w:spacing w:before="240"/></w:pPr>{_w_run(text, bold=True)}</w:p>')
        else:
            indent = '<w:pPr><w:ind w:left="360"/></w:pPr>' if kind == "item" else ""
            paragraphs.append(f"<w:p>{indent}{''.join(_w_run(part) for part in _halves(text) if part)}</w:p>")
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{_W}"><w:body>{"".join(paragraphs)}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/>'
        "</w:sectPr></w:body></w:document>"
    )
    return _zip(
        [
            ("[Content_Types].xml", _DOCX_TYPES, True),
            ("_rels/.rels", _DOCX_RELS, True),
            ("word/document.xml", document.encode(), True),
        ]
    )


# --- OpenDocument (.odt) ------------------------------------------------------------------------

_ODT_MIME = b"application/vnd.oasis.opendocument.text"
_ODT_MANIFEST = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    b'<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    b"</manifest:manifest>"
)


def _grouped(
    blocks: list[Block],
    *,
    heading: Callable[[str], str],
    item: Callable[[str], str],
    paragraph: Callable[[str], str],
    items: Callable[[str], str],
) -> list[str]:
    """Markup per block, with runs of list items wrapped together (ODF and HTML alike)."""
    body: list[str] = []
    pending: list[str] = []
    for kind, text in blocks:
        if kind != "item" and pending:
            body.append(items("".join(pending)))
            pending = []
        if kind == "heading":
            body.append(heading(text))
        elif kind == "item":
            pending.append(item(text))
        else:
            body.append(paragraph(text))
    if pending:
        body.append(items("".join(pending)))
    return body


def _odt_paragraph(text: str) -> str:
    first, second = _halves(text)
    span = f"<text:span>{escape(second)}</text:span>" if second else ""
    return f"<text:p>{escape(first)}{span}</text:p>"


def odt_bytes(blocks: list[Block]) -> bytes:
    """A minimal ODF text package: mimetype (first, stored), META-INF/manifest.xml, content.xml."""
    body = _grouped(
        blocks,
        heading=lambda text: f'<text:h text:outline-level="2">{escape(text)}</text:h>',
        item=lambda text: f"<text:list-item><text:p>{escape(text)}</text:p></text:list-item>",
        paragraph=_odt_paragraph,
        items=lambda joined: f"<text:list>{joined}</text:list>",
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f"<office:body><office:text>{''.join(body)}</office:text></office:body></office:document-content>"
    )
    return _zip(
        [
            ("mimetype", _ODT_MIME, False),
            ("META-INF/manifest.xml", _ODT_MANIFEST, True),
            ("content.xml", content.encode(), True),
        ]
    )


# --- HTML ---------------------------------------------------------------------------------------


def html_bytes(blocks: list[Block], title: str) -> bytes:
    """A plain HTML page as an intranet or a mail export would have it (UTF-8, a little CSS)."""
    body = _grouped(
        blocks,
        heading=lambda text: f"<h2>{escape(text)}</h2>",
        item=lambda text: f"  <li>{escape(text)}</li>\n",
        paragraph=lambda text: f"<p>{escape(text)}</p>",
        items=lambda joined: f"<ul>\n{joined}</ul>",
    )
    page = (
        '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>body {{ font-family: sans-serif; max-width: 40em; }}</style>\n"
        "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
    return page.encode()


# --- PDF ----------------------------------------------------------------------------------------

# Letters outside Windows-1252 that the generated names use, put on codes WinAnsiEncoding leaves
# empty; /Differences gives their glyph names, so viewers and text extraction know them.
_EXTRA_GLYPHS = {
    "č": (0x81, "ccaron"),
    "ć": (0x8D, "cacute"),
    "ğ": (0x8F, "gbreve"),
    "ş": (0x90, "scedilla"),
    "ł": (0x9D, "lslash"),
}
_DIFFERENCES = " ".join(f"{code} /{name}" for code, name in _EXTRA_GLYPHS.values())
_PAGE_WIDTH, _PAGE_HEIGHT, _MARGIN = 595, 842, 56
_STYLE = {  # kind: (font, size, leading, space before, indent, characters per line)
    "heading": ("F2", 13.0, 17.0, 12.0, 0, 70),
    "paragraph": ("F1", 10.5, 13.5, 6.0, 0, 88),
    "item": ("F1", 10.5, 13.5, 3.0, 14, 84),
}


def _extra_glyph_codes(error: UnicodeError) -> tuple[bytes, int]:
    """Codec error handler: the extra letters get their /Differences codes; anything else is a bug here."""
    assert isinstance(error, UnicodeEncodeError)
    text = error.object[error.start : error.end]
    if missing := [char for char in text if char not in _EXTRA_GLYPHS]:
        raise ValueError(f"character {missing[0]!r} has no glyph in the PDF writer's encoding")
    return bytes(_EXTRA_GLYPHS[char][0] for char in text), error.end


codecs.register_error("bench-pdf-glyphs", _extra_glyph_codes)
_ESCAPES = str.maketrans({"(": "\\(", ")": "\\)", "\\": "\\\\"})


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsiEncoding (plus the extra glyphs), with ( ) \\ escaped."""
    return b"(" + text.translate(_ESCAPES).encode("cp1252", "bench-pdf-glyphs") + b")"


class PdfLine(NamedTuple):
    kind: str
    text: str
    first: bool  # first line of its block (a list item's bullet goes here)
    y: float


def pdf_lines(blocks: list[Block]) -> list[list[PdfLine]]:
    """The lines of each page: blocks wrapped at word boundaries (never at a hyphen), placed top down."""
    pages: list[list[PdfLine]] = [[]]
    y = float(_PAGE_HEIGHT - _MARGIN)
    for kind, text in blocks:
        _font, _size, leading, before, _indent, width = _STYLE[kind]
        y -= before
        for number, line in enumerate(textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)):
            y -= leading
            if y < _MARGIN:
                pages.append([])
                y = _PAGE_HEIGHT - _MARGIN - leading
            pages[-1].append(PdfLine(kind, line, number == 0, y))
    return pages


def _page_content(lines: list[PdfLine]) -> bytes:
    """One BT … Tj … ET per line; a list item gets a small square drawn as its bullet (not text)."""
    parts = []
    for line in lines:
        font, size, _leading, _before, indent, _width = _STYLE[line.kind]
        x = _MARGIN + indent
        if line.kind == "item" and line.first:
            parts.append(b"%.1f %.1f 3 3 re f" % (x - 10, line.y + 2.5))
        parts.append(b"BT /%s %.1f Tf %.1f %.1f Td %s Tj ET" % (font.encode(), size, x, line.y, _pdf_string(line.text)))
    return b"\n".join(parts) + b"\n"


def pdf_bytes(blocks: list[Block]) -> bytes:
    """A PDF 1.4 on A4 with a real text layer: Helvetica and Helvetica-Bold (standard fonts, not
    embedded), WinAnsiEncoding so umlauts and ß come out as they went in, compressed content."""
    pages = pdf_lines(blocks)
    first_page = 5
    kids = " ".join(f"{first_page + 2 * index} 0 R" for index in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids.encode(), len(pages)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 4 0 R >>",
        b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>" % _DIFFERENCES.encode(),
    ]
    fonts = b"<< /Font << /F1 3 0 R /F2 %d 0 R >> >>" % (first_page + 2 * len(pages))
    for index, lines in enumerate(pages):
        stream = zlib.compress(_page_content(lines))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>"
            % (_PAGE_WIDTH, _PAGE_HEIGHT, fonts, first_page + 2 * index + 1)
        )
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 4 0 R >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
