"""einfach.audit.readers: every format's text with paragraphs apart, and every hostile file refused
with its reason code (never another exception, never a quote of the file)."""

from __future__ import annotations

import codecs
import html
import io
import pickle
import random
import struct
import sys
import time
import zipfile
from pathlib import Path

import pytest

from einfach import EinfachError
from einfach.audit import readers
from einfach.audit.readers import KINDS, REASONS, Limits, Unreadable, kind_of, read_text

ROOT = Path(__file__).resolve().parent.parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
SECRET = "Geheimnis4711"  # put into hostile files: an error message must never show it


def unreadable(kind: str, data: bytes, limits: Limits = readers.DEFAULT_LIMITS) -> Unreadable:
    with pytest.raises(Unreadable) as caught:
        read_text(kind, data, limits)
    assert SECRET not in str(caught.value)
    return caught.value


# ------------------------------------------------------------------ builders


def zip_bytes(members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def document_xml(body: str, namespace: str = W) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{namespace}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f"<w:body>{body}</w:body></w:document>"
    )


def docx(body: str, namespace: str = W) -> bytes:
    return zip_bytes(
        {
            "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
            "_rels/.rels": "<Relationships/>",
            "word/document.xml": document_xml(body, namespace),
        }
    )


def paragraph(*runs: str) -> str:
    return "<w:p>" + "".join(f'<w:r><w:t xml:space="preserve">{html.escape(run)}</w:t></w:r>' for run in runs) + "</w:p>"


def odt(body: str, manifest: str = "") -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content xmlns:office="{OFFICE_NS}" xmlns:text="{TEXT_NS}"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    manifest_xml = (
        f'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">{manifest}</manifest:manifest>'
    )
    return zip_bytes(
        {"mimetype": "application/vnd.oasis.opendocument.text", "META-INF/manifest.xml": manifest_xml, "content.xml": content}
    )


def pdf(pages: list[list[str]], *, font_size: int = 11, leading: int = 14) -> bytes:
    """A minimal PDF with a real text layer: Helvetica in WinAnsiEncoding (umlauts and ß work),
    one line per Tj; "" is an empty line (a paragraph gap). A page of [] draws a grey box only."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    kids = []
    for number, lines in enumerate(pages):
        page, contents = 4 + 2 * number, 5 + 2 * number
        if lines:
            escaped = (line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines)
            shows = b"\n".join(b"(" + line.encode("cp1252") + b") Tj T*" for line in escaped)
            stream = f"BT /F1 {font_size} Tf 72 770 Td {leading} TL\n".encode() + shows + b"\nET"
        else:
            stream = b"0.5 g 72 400 300 200 re f"  # a "scan": no text at all
        objects[page] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            + f"/Resources << /Font << /F1 3 0 R >> >> /Contents {contents} 0 R >>".encode()
        )
        objects[contents] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
        kids.append(f"{page} 0 R")
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offsets[number]:010d} 00000 n \n".encode() for number in sorted(objects))
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def patch_zip_headers(data: bytes, *, flag: int = 0, method: int | None = None, size: int | None = None) -> bytes:
    """Change every local and central header: OR in general purpose ``flag`` bits, set the
    compression ``method`` or the uncompressed ``size`` (a lying header)."""
    out = bytearray(data)
    for signature, flag_at, method_at, size_at in ((b"PK\x03\x04", 6, 8, 22), (b"PK\x01\x02", 8, 10, 24)):
        start = out.find(signature)
        while start != -1:
            struct.pack_into("<H", out, start + flag_at, struct.unpack_from("<H", out, start + flag_at)[0] | flag)
            if method is not None:
                struct.pack_into("<H", out, start + method_at, method)
            if size is not None:
                struct.pack_into("<I", out, start + size_at, size)
            start = out.find(signature, start + 4)
    return bytes(out)


@pytest.fixture(scope="module")
def pdfium():
    return pytest.importorskip("pypdfium2", reason="PDF reading needs the [audit] extra")


# ------------------------------------------------------------------ kinds, errors


def test_kind_of_by_suffix_in_any_case():
    assert kind_of("plan.DOCX") == "docx"
    assert kind_of("team-1/Plan 7.Pdf") == "pdf"
    assert kind_of("a.htm") == kind_of("b.HTML") == "html"
    assert kind_of("notes.markdown") == "markdown"
    assert kind_of("plan.yml") == kind_of("plan.json") == "plan"
    assert kind_of("archive.tar.gz") is None
    assert kind_of("old.doc") is None
    assert kind_of("README") is None
    assert set(KINDS.values()) == {"text", "markdown", "plan", "docx", "odt", "pdf", "html"}


def test_unreadable_keeps_its_reason_through_pickling():
    error = Unreadable("zip-bomb", "Die Datei wird beim Entpacken riesig.")
    copy = pickle.loads(pickle.dumps(error))  # workers in other processes raise it
    assert (copy.reason, str(copy)) == ("zip-bomb", "Die Datei wird beim Entpacken riesig.")
    assert isinstance(copy, EinfachError)
    with pytest.raises(ValueError, match="unknown reason"):
        Unreadable("kaputt", "x")
    assert len(set(REASONS)) == len(REASONS) == 15


def test_plans_and_unknown_kinds_are_not_read_here():
    with pytest.raises(ValueError, match="no reader"):
        read_text("plan", b"schema: x")
    with pytest.raises(ValueError, match="no reader"):
        read_text("doc", b"x")


@pytest.mark.parametrize("kind", ["text", "markdown", "docx", "odt", "pdf", "html"])
def test_an_empty_file_is_empty(kind):
    error = unreadable(kind, b"")
    assert (error.reason, str(error)) == ("empty", "Die Datei ist leer.")


def test_size_and_length_limits():
    assert unreadable("text", b"x" * 101, Limits(max_bytes=100)).reason == "too-large"
    error = unreadable("text", "Ä".encode() * 11, Limits(max_chars=10))
    assert (error.reason, str(error)) == ("too-large", "Der Text ist zu lang (mehr als 10 Zeichen).")
    assert read_text("text", "Ä".encode() * 10, Limits(max_chars=10)) == "Ä" * 10


# ------------------------------------------------------------------ text, markdown


def test_text_is_decoded_like_einfach_check():
    assert read_text("text", "Größe und Maß\n\nZweiter Absatz".encode()) == "Größe und Maß\n\nZweiter Absatz"
    assert read_text("text", "Straße".encode("cp1252")) == "Straße"
    assert read_text("text", codecs.BOM_UTF16_LE + "Übung".encode("utf-16-le")) == "Übung"
    markdown = "# Der Plan\n\n- Ich übe.\n- Ich schreibe **zwei** Bewerbungen.\n"
    assert read_text("markdown", markdown.encode()) == markdown  # einfach check reads Markdown as is


def test_text_failures_have_their_reasons():
    assert unreadable("text", b"\x00\x01PK" + SECRET.encode()).reason == "binary"
    assert unreadable("text", b"abc \x81\x8d " + SECRET.encode()).reason == "encoding"  # neither UTF-8 nor cp1252
    assert unreadable("text", b"  \n\t\r\n ").reason == "empty"
    assert unreadable("text", zip_bytes({"a.txt": SECRET})).reason == "binary"  # a zip named .txt


# ------------------------------------------------------------------ docx


def test_docx_paragraphs_runs_tables_and_breaks():
    body = (
        paragraph("Größe", " und Maß.")
        + '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
        + "<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>E</w:t><w:noBreakHyphen/><w:t>Mail</w:t></w:r></w:p>"
        + "<w:tbl><w:tr><w:tc>"
        + paragraph("Zelle eins")
        + "</w:tc><w:tc>"
        + paragraph("Zelle zwei")
        + "</w:tc></w:tr></w:tbl>"
        + "<w:p/>"
        + paragraph("Ein\u00adglie\u00adderung ist ein langes Wort.")
    )
    assert read_text("docx", docx(body)) == (
        "Größe und Maß.\n\nA B\nE-Mail\n\nZelle eins\n\nZelle zwei\n\nEingliederung ist ein langes Wort."
    )


def test_docx_leaves_out_deleted_text_properties_and_fallback_copies():
    body = (
        "<w:p><w:r><w:t>Ich komme </w:t></w:r>"
        f"<w:del><w:r><w:delText>nicht </w:delText><w:t>{SECRET}</w:t></w:r></w:del>"
        f"<w:moveFrom><w:r><w:t>{SECRET}</w:t></w:r></w:moveFrom>"
        "<w:r><w:rPr><w:lang w:val='de-DE'/></w:rPr><w:t>pünktlich.</w:t></w:r>"
        "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><w:txbxContent>"
        + paragraph("Text im Kasten.")
        + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        + paragraph("Text im Kasten.")
        + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        + "<w:sectPr><w:pgSz w:w='11906'/></w:sectPr>"
    )
    assert read_text("docx", docx(body)) == "Text im Kasten.\n\nIch komme pünktlich."


def test_docx_strict_ooxml_namespace():
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    assert read_text("docx", docx(paragraph("Ich übe.") + paragraph("Ich lerne."), strict)) == "Ich übe.\n\nIch lerne."


def test_docx_without_text_is_empty():
    error = unreadable("docx", docx("<w:p/><w:p><w:r><w:drawing/></w:r></w:p>"))
    assert (error.reason, str(error)) == ("empty", "Die Datei enthält keinen Text.")


def test_docx_broken_packages_are_corrupt():
    assert unreadable("docx", b"PK\x03\x04" + SECRET.encode() * 20).reason == "corrupt"
    assert unreadable("docx", docx(paragraph(SECRET))[:200]).reason == "corrupt"  # truncated zip
    assert unreadable("docx", zip_bytes({"word/other.xml": "<x/>"})).reason == "corrupt"  # no document.xml
    broken = zip_bytes({"word/document.xml": f"<w:document xmlns:w='{W}'><w:body><w:p>{SECRET}</w:body>"})
    assert unreadable("docx", broken).reason == "corrupt"
    assert unreadable("docx", f"<html>{SECRET}</html>".encode()).reason == "corrupt"


def test_docx_old_word_or_encrypted_ole_file():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + SECRET.encode()
    error = unreadable("docx", ole)
    assert error.reason == "encrypted"
    assert "alten Word-Format" in str(error)


def test_docx_encrypted_or_unknown_zip_methods():
    data = docx(paragraph(SECRET))
    assert unreadable("docx", patch_zip_headers(data, flag=0x1)).reason == "encrypted"
    assert unreadable("docx", patch_zip_headers(data, method=99)).reason == "unsupported"  # AES


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + f"]><w:document xmlns:w='{W}'><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize(
    "xml",
    [
        BILLION_LAUGHS.encode(),
        (
            f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            f"<w:document xmlns:w='{W}'><w:body><w:p><w:r><w:t>&x;{SECRET}</w:t></w:r></w:p></w:body></w:document>"
        ).encode(),
        # the same trick in UTF-16: a byte search for "<!DOCTYPE" would miss it
        codecs.BOM_UTF16_LE + BILLION_LAUGHS.replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16-le"),
    ],
    ids=["billion-laughs", "external-entity", "utf-16"],
)
def test_docx_entity_declarations_are_refused(xml):
    error = unreadable("docx", zip_bytes({"word/document.xml": xml}))
    assert error.reason == "corrupt"
    assert "DOCTYPE" in str(error)


def test_odt_entity_declarations_are_refused():
    content = BILLION_LAUGHS.replace("w:document", "office:document-content")
    assert unreadable("odt", zip_bytes({"content.xml": content})).reason == "corrupt"


def test_zip_bomb_by_size():
    bomb = zip_bytes({"word/document.xml": document_xml(paragraph("Hallo.")), "word/media/zeros.bin": bytes(60_000_000)})
    assert len(bomb) < 200_000
    error = unreadable("docx", bomb)
    assert error.reason == "zip-bomb"
    assert unreadable("odt", bomb).reason == "zip-bomb"


def test_zip_bomb_by_ratio_and_total():
    two_mb = {"word/document.xml": document_xml(paragraph("Hallo.")), "word/media/zeros.bin": bytes(2_000_000)}
    assert unreadable("docx", zip_bytes(two_mb)).reason == "zip-bomb"  # ratio about 1000 : 1
    assert read_text("docx", zip_bytes(two_mb), Limits(max_ratio=5000)) == "Hallo."
    stored = zip_bytes(two_mb, zipfile.ZIP_STORED)  # ratio 1, but more than the total allows
    assert read_text("docx", stored) == "Hallo."
    assert unreadable("docx", stored, Limits(max_unpacked_bytes=1_000_000)).reason == "zip-bomb"


def test_zip_bomb_with_lying_headers_stops_early():
    """The headers say 1 KB, the data unpack to 60 MB: reading stops at the header's size and the
    checksum fails; nothing near 60 MB is ever held."""
    bomb = zip_bytes({"word/document.xml": document_xml(paragraph("Hallo.") * 1_100_000)})
    error = unreadable("docx", patch_zip_headers(bomb, size=1000))
    assert error.reason == "corrupt"


def test_member_reads_are_bounded_whatever_the_headers_say():
    archive = zipfile.ZipFile(io.BytesIO(zip_bytes({"content.xml": bytes(3_000_000)})))
    chunks = readers._member_chunks(archive, "content.xml", Limits(max_unpacked_bytes=1_000_000))
    with pytest.raises(Unreadable) as caught:
        for _ in chunks:
            pass
    assert caught.value.reason == "zip-bomb"


# ------------------------------------------------------------------ odt


def test_odt_paragraphs_headings_lists_tables_and_spaces():
    body = (
        '<text:h text:outline-level="1">Der Plan</text:h>'
        "<text:p>Ich   will\n   als <text:span>Friseurin</text:span>"
        "<text:s text:c='999999999'/>arbeiten.<text:line-break/>Das ist mein Ziel.</text:p>"
        "<text:list><text:list-item><text:p>Ich übe.</text:p></text:list-item>"
        "<text:list-item><text:p>Ich schreibe<text:tab/>Bewerbungen.</text:p></text:list-item></text:list>"
        "<table:table><table:table-row><table:table-cell><text:p>Größe</text:p></table:table-cell>"
        "<table:table-cell><text:p>Maß</text:p></table:table-cell></table:table-row></table:table>"
        f"<text:p>Mit Fußnote<text:note><text:note-citation>1</text:note-citation>"
        f"<text:note-body><text:p>{SECRET}</text:p></text:note-body></text:note>.</text:p>"
        f"<text:p><office:annotation><text:p>{SECRET}</text:p></office:annotation>Mit Kommentar.</text:p>"
        f"<text:tracked-changes><text:changed-region><text:deletion><text:p>{SECRET}</text:p></text:deletion>"
        "</text:changed-region></text:tracked-changes>"
    )
    assert read_text("odt", odt(body)) == (
        "Der Plan\n\nIch will als Friseurin arbeiten.\nDas ist mein Ziel.\n\nIch übe.\n\nIch schreibe Bewerbungen."
        "\n\nGröße\n\nMaß\n\nMit Fußnote.\n\nMit Kommentar."
    )


def test_odt_encrypted_by_manifest():
    manifest = (
        '<manifest:file-entry manifest:full-path="content.xml">'
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry>'
    )
    error = unreadable("odt", odt(f"<text:p>{SECRET}</text:p>", manifest))
    assert error.reason == "encrypted"


def test_odt_broken_packages():
    assert unreadable("odt", zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text"})).reason == "corrupt"
    assert unreadable("odt", odt(f"<text:p>{SECRET}</text:p>")[:150]).reason == "corrupt"
    assert unreadable("odt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)).reason == "encrypted"
    assert unreadable("odt", odt("<text:p>  </text:p>")).reason == "empty"


# ------------------------------------------------------------------ html


def test_html_visible_text_in_paragraphs():
    page = (
        "<!DOCTYPE html><html><head><title>Titel</title><style>p { color: red }</style>"
        f"<script>var s = '<p>{SECRET}</p>';</script></head><body>"
        "<h1>Der&nbsp;Plan</h1><p>Ich will   als\nFriseurin arbeiten.<br>Das ist mein Ziel.</p>"
        "<ul><li>Ich &uuml;be.</li><li>Ich schreibe Bewerbungen &amp; Briefe.</li></ul>"
        "<table><tr><td>Größe</td><td>Maß</td></tr></table>"
        f"<noscript>{SECRET}</noscript><template><p>{SECRET}</p></template>"
        "<div>Straße<span> und </span>Weg</div><pre>Zeile 1\n  Zeile 2</pre></body></html>"
    )
    assert read_text("html", page.encode()) == (
        "Der Plan\n\nIch will als Friseurin arbeiten.\nDas ist mein Ziel.\n\nIch übe.\n\n"
        "Ich schreibe Bewerbungen & Briefe.\n\nGröße\n\nMaß\n\nStraße und Weg\n\nZeile 1\nZeile 2"
    )


def test_html_head_without_end_tag_and_text_only_pages():
    assert read_text("html", b"<html><head><title>T</title><body><p>Hallo.</p>") == "Hallo."
    assert read_text("html", "Nur Text, kein Markup: äöü".encode()) == "Nur Text, kein Markup: äöü"
    assert unreadable("html", b"<html><head><title>Nur Titel</title></head><body> </body></html>").reason == "empty"


@pytest.mark.parametrize(
    ("declaration", "encoding", "text"),
    [
        ('<meta charset="windows-1252">', "cp1252", "Größe – Maß"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252", "Größe – Maß"),
        ("<meta charset=iso-8859-15>", "iso-8859-15", "Größe: 5 €"),
        ("<meta charset='koi8-r'>", "koi8-r", "Привет"),
    ],
)
def test_html_declared_charset(declaration, encoding, text):
    page = f"<html><head>{declaration}</head><body><p>{text}</p></body></html>"
    assert read_text("html", page.encode(encoding)) == text


def test_html_valid_utf8_beats_a_wrong_declaration_and_boms_win():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Größe</p></body></html>'
    assert read_text("html", page.encode("utf-8")) == "Größe"
    assert read_text("html", codecs.BOM_UTF16_LE + "<p>Übung</p>".encode("utf-16-le")) == "Übung"
    unknown = '<meta charset="x-nonsense"><p>Straße</p>'
    assert read_text("html", unknown.encode("cp1252")) == "Straße"
    not_text = '<meta charset="zlib"><p>Straße</p>'  # a codec, but no text encoding
    assert read_text("html", not_text.encode("cp1252")) == "Straße"


def test_html_binary_is_refused():
    assert unreadable("html", b"<html>\x00\x00\x01" + SECRET.encode()).reason == "binary"


@pytest.mark.parametrize(
    "pattern",
    ["<", "<p ", "<a href='", '<a href="x>', "<a", "</", "<!", "<?", "<![CDATA[", "&#", "<script>", "<!--", "<a '>"],
)
def test_html_broken_markup_takes_linear_time(pattern):
    """html.parser needs 5 s for 30 KB of "<p <p ..."; one megabyte of any of these must be quick."""
    page = (pattern * (1_000_000 // len(pattern)) + "Text").encode()
    started = time.perf_counter()
    try:
        read_text("html", page)
    except Unreadable as error:
        assert error.reason in ("empty", "too-large")
    assert time.perf_counter() - started < 5


def test_html_less_than_signs_in_text():
    assert read_text("html", b"<p>Wenn a < b und c > d, dann 3<4.</p>") == "Wenn a < b und c > d, dann 3<4."
    assert read_text("html", b'<p title="a > b">Text</p><p>Mehr</p>') == "Text\n\nMehr"


# ------------------------------------------------------------------ pdf


def test_pdf_text_with_umlauts_paragraphs_and_pages(pdfium):
    lines = [
        "Der Plan",
        "",
        "Ich will als Friseurin arbeiten und schreibe jede Woche zwei",
        "Bewerbungen an Salons in der Nähe. Die Größe des Salons ist egal.",
        "Das Jobcenter bezahlt die Fahrt zum Vorstellungsgespräch.",
        "",
        "Meine Ziele",
        "Ich übe mit Frau Yilmaz.",
        "Ich lerne Deutsch.",
    ]
    text = read_text("pdf", pdf([lines, ["Seite zwei: Maß und Straße."]]))
    assert text == (
        "Der Plan\n\n"
        "Ich will als Friseurin arbeiten und schreibe jede Woche zwei Bewerbungen an Salons in der Nähe. "
        "Die Größe des Salons ist egal. Das Jobcenter bezahlt die Fahrt zum Vorstellungsgespräch.\n\n"
        "Meine Ziele\nIch übe mit Frau Yilmaz.\nIch lerne Deutsch.\n\n"
        "Seite zwei: Maß und Straße."
    )


def test_pdf_hyphenated_line_ends(pdfium):
    lines = [
        "Ich übe mit Frau Yilmaz das Vorstellungs-",
        "gespräch und melde mich bei der Kranken-",
        "und Pflegeversicherung. Ich schreibe eine E-",
        "Mail an die Firma und warte auf die Antwort.",
    ]
    assert read_text("pdf", pdf([lines])) == (
        "Ich übe mit Frau Yilmaz das Vorstellungsgespräch und melde mich bei der Kranken- "
        "und Pflegeversicherung. Ich schreibe eine E-Mail an die Firma und warte auf die Antwort."
    )


def test_pdf_layout_rules():
    def line(text, top, right=500.0, bottom=None):
        return readers._Line(text, 72.0, right, top, top if bottom is None else bottom)

    lines = [
        line("Überschrift", 800, right=150),
        line("Ein langer Satz geht über die", 770),
        line("ganze Breite weiter.", 756, right=200),
        line("•", 742),  # a bullet drawn apart from its item
        line("Zweite Spalte oben", 800),  # jumps up: a new column
        line("Ein Stück mit Trenn\u2010", 786),
        line("strich am Ende.", 772, right=160),
    ]
    assert readers._page_text(lines) == (
        "Überschrift\n\nEin langer Satz geht über die ganze Breite weiter.\n\n"
        "Zweite Spalte oben Ein Stück mit Trennstrich am Ende."
    )


def test_pdf_written_by_einfach_reads_back(pdfium):
    weasyprint = pytest.importorskip("weasyprint")
    del weasyprint
    from einfach.plan import load_plan
    from einfach.plan.render.pdf import render_pdf

    text = read_text("pdf", render_pdf(load_plan(ROOT / "examples" / "plans" / "friseurin.yaml")))
    paragraphs = text.split("\n\n")
    assert "Der Plan" in paragraphs and "Der Weg" in paragraphs and "Bei Fragen und Notfällen" in paragraphs
    assert "Mein Ziel: Ich will wieder als Friseurin arbeiten." in text
    assert "Ich schreibe jede Woche 2 Bewerbungen an Friseur-Salons." in text


def test_pdf_with_a_user_password_is_encrypted_but_owner_only_is_read(pdfium):
    pikepdf = pytest.importorskip("pikepdf")
    plain = pdf([["Ich übe mit Frau Yilmaz."]])

    def encrypted(user: str) -> bytes:
        out = io.BytesIO()
        with pikepdf.open(io.BytesIO(plain)) as document:
            document.save(out, encryption=pikepdf.Encryption(owner="chef", user=user))
        return out.getvalue()

    error = unreadable("pdf", encrypted("geheim"))
    assert (error.reason, str(error)) == ("encrypted", "Die PDF ist mit einem Passwort geschützt.")
    assert read_text("pdf", encrypted("")) == "Ich übe mit Frau Yilmaz."


@pytest.mark.parametrize("share", [0.95, 0.6, 0.2])
def test_truncated_pdf_is_corrupt(pdfium, share):
    data = pdf([[f"Ich übe {SECRET}."], ["Seite zwei."]])
    assert unreadable("pdf", data[: int(len(data) * share)]).reason == "corrupt"


def test_pdf_broken_or_not_a_pdf(pdfium):
    assert unreadable("pdf", b"%PDF-1.7\n" + SECRET.encode() * 10).reason == "corrupt"
    assert unreadable("pdf", docx(paragraph(SECRET))).reason == "corrupt"


def test_pdf_without_text_is_a_scan(pdfium):
    error = unreadable("pdf", pdf([[], []]))
    assert error.reason == "no-text"
    assert "Texterkennung (OCR)" in str(error)
    assert unreadable("pdf", pdf([["12"], ["- 2 -"]])).reason == "no-text"  # page numbers are no text


def test_pdf_page_and_length_limits(pdfium):
    error = unreadable("pdf", pdf([["Seite."]] * 51))
    assert (error.reason, str(error)) == ("too-large", "Die PDF hat mehr als 50 Seiten.")
    assert read_text("pdf", pdf([["Seite."]] * 3), Limits(max_pages=3)) == "Seite.\n\nSeite.\n\nSeite."
    assert unreadable("pdf", pdf([["Seite."]] * 3), Limits(max_pages=2)).reason == "too-large"
    assert unreadable("pdf", pdf([["Ein Satz mit vielen Wörtern."]] * 3), Limits(max_chars=40)).reason == "too-large"


def test_pdf_without_pypdfium2_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    error = unreadable("pdf", b"%PDF-1.4\n")
    assert error.reason == "unsupported"
    assert "einfach-sprache[audit]" in str(error)


# ------------------------------------------------------------------ fuzzing


def _mutations(data: bytes, seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            if len(mutated) < 100:
                break
            position = rng.randrange(len(mutated))
            action = rng.random()
            if action < 0.6:
                mutated[position] = rng.randrange(256)
            elif action < 0.8:
                del mutated[position : position + rng.randint(1, 64)]
            else:
                mutated[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        yield bytes(mutated)


def _sample_files() -> dict[str, bytes]:
    samples = {
        "docx": docx(paragraph("Größe und Maß.") + "<w:tbl><w:tr><w:tc>" + paragraph("Zelle") + "</w:tc></w:tr></w:tbl>"),
        "odt": odt("<text:h>Titel</text:h><text:p>Ich <text:span>übe</text:span>.<text:s text:c='3'/></text:p>"),
        "html": "<html><head><meta charset=utf-8><title>T</title></head><body><p>Größe</p><ul><li>a</li></ul></body>".encode(),
        "text": "Größe und Maß.\n\nZweiter Absatz.".encode(),
    }
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return samples
    samples["pdf"] = pdf([["Ich übe mit Frau Yilmaz das Vorstellungs-", "gespräch.", "", "Zweiter Absatz."], ["Seite zwei."]])
    return samples


@pytest.mark.parametrize("kind", ["docx", "odt", "html", "text", "pdf"])
def test_mutated_files_give_text_or_unreadable_only(kind):
    """Random byte changes, cuts and insertions: the reader returns text or raises Unreadable,
    never another exception (the audit would report it as a crash)."""
    samples = _sample_files()
    if kind not in samples:
        pytest.skip("PDF reading needs the [audit] extra")
    reasons = set()
    for mutated in _mutations(samples[kind], seed=len(kind), count=400):
        try:
            text = read_text(kind, mutated)
        except Unreadable as error:
            reasons.add(error.reason)
        else:
            assert isinstance(text, str) and text.strip()
    assert reasons <= set(REASONS)


@pytest.mark.parametrize(("kind", "member"), [("docx", "word/document.xml"), ("odt", "content.xml")])
def test_mutated_xml_in_a_sound_package(kind, member):
    """The zip is fine, the XML inside is not: this reaches the XML parser (a broken zip rarely does)."""
    archive = zipfile.ZipFile(io.BytesIO(_sample_files()[kind]))
    members = {name: archive.read(name) for name in archive.namelist()}
    reasons = set()
    for mutated in _mutations(members[member], seed=7, count=300):
        try:
            read_text(kind, zip_bytes({**members, member: mutated}))
        except Unreadable as error:
            reasons.add(error.reason)
    assert "corrupt" in reasons and reasons <= set(REASONS)


def test_unknown_encoding_in_the_xml_declaration_is_corrupt():
    xml = f'<?xml version="1.0" encoding="UTF-x"?><w:document xmlns:w="{W}"><w:body/></w:document>'
    assert unreadable("docx", zip_bytes({"word/document.xml": xml})).reason == "corrupt"
