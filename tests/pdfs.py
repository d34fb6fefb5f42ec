"""Small PDFs made in the tests: one with a Japanese text layer, one that is only a picture (a scan).

Written by hand rather than with a PDF library, so the tests need nothing
beyond what the app installs.  The text PDF uses a non-embedded CJK font
(Identity-H, two bytes per character: the Unicode code point) and a ToUnicode
map, which is what makes the text extractable — as in PDFs that care software
prints.
"""

from __future__ import annotations

import io


def _document(objects: list[bytes]) -> bytes:
    """Objects 1..n (1 is the catalog) with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _stream(data: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"


def text_pdf(lines: list[str]) -> bytes:
    """A one-page A4 PDF whose text layer holds ``lines``, one per line."""
    shown = b"".join(f"<{''.join(f'{ord(c):04X}' for c in line)}> Tj T*\n".encode() for line in lines)
    content = b"BT /F1 10 Tf 14 TL 40 800 Td\n" + shown + b"ET"
    chars = sorted({c for line in lines for c in line})
    blocks = []
    for start in range(0, len(chars), 100):  # at most 100 entries per bfchar block
        part = chars[start:start + 100]
        entries = "".join(f"<{ord(c):04X}> <{ord(c):04X}>\n" for c in part)
        blocks.append(f"{len(part)} beginbfchar\n{entries}endbfchar\n")
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "".join(blocks) + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()
    return _document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>",
        _stream(cmap),
        b"<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
    ])


def scanned_pdf() -> bytes:
    """A one-page PDF that only paints a small grey image, as a scanner would: no text layer."""
    pixels = bytes([0x40, 0xC0, 0xC0, 0x40] * 16)
    return _document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        _stream(b"q 515 0 0 762 40 40 cm /Im1 Do Q"),
        _stream(pixels, "/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 "),
    ])


def locked_pdf(data: bytes, password: str) -> bytes:
    """``data`` encrypted so that it opens only with ``password``."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
