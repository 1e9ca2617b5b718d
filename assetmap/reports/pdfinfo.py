"""Document information (title, subject, author, keywords) added to a finished PDF.

QtWebEngine's ``printToPdf`` (Chromium's Skia PDF back end) writes only Creator, Producer and dates: no
Title, even with a ``<title>``. This module appends an *incremental update* (PDF 1.7, section 7.5.6): a
new Info dictionary, a one-entry cross-reference section and a trailer pointing back to the old one. The
printed bytes are left exactly as they were, and no PDF library is needed at run time.
"""

from __future__ import annotations

import datetime as dt
import re

from assetmap.errors import AssetMapError

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s+\d+\s+%%EOF\s*$", re.S)
_SIZE = re.compile(rb"/Size\s+(\d+)")
_ROOT = re.compile(rb"/Root\s+(\d+\s+\d+\s+R)")
_INFO = re.compile(rb"/Info\s+(\d+)\s+(\d+)\s+R")


class PdfInfoError(AssetMapError):
    """The PDF is not laid out as expected (a classic cross-reference table and trailer)."""


def pdf_text(value: str) -> bytes:
    """A PDF text string: UTF-16BE with a byte-order mark, written in hex so nothing needs escaping."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _date(moment: dt.datetime) -> bytes:
    return b"(D:" + moment.strftime("%Y%m%d%H%M%S").encode("ascii") + b"Z)"


def set_pdf_info(pdf: bytes, **fields: str | None) -> bytes:
    """Return ``pdf`` with an Info dictionary holding ``fields`` (``title``, ``subject``, ``author``, ...).

    Fields left as ``None`` are not written; the old Info dictionary's entries are kept only for
    Creator and Producer (and the creation date is re-stated).

    Raises
    ------
    PdfInfoError
        If the file does not end with a classic trailer (e.g. it uses cross-reference streams).
    """
    tail = pdf[-4096:]
    trailer = _TRAILER.search(tail)
    start = _STARTXREF.search(tail)
    if trailer is None or start is None:
        raise PdfInfoError("The printed PDF has no classic trailer, so its title and subject cannot be set.")
    size_match = _SIZE.search(trailer.group(1))
    root = _ROOT.search(trailer.group(1))
    if size_match is None or root is None:
        raise PdfInfoError("The printed PDF's trailer has no /Size or /Root.")
    size = int(size_match.group(1))
    now = dt.datetime.now(dt.UTC)
    entries = [
        b"/Producer " + pdf_text("AssetMap (Chromium PDF)"),
        b"/CreationDate " + _date(now),
        b"/ModDate " + _date(now),
    ]
    for key, value in fields.items():
        if value:
            entries.append(b"/" + key.capitalize().encode("ascii") + b" " + pdf_text(value))
    body = bytearray(pdf)
    if not body.endswith(b"\n"):
        body += b"\n"
    offset = len(body)
    body += f"{size} 0 obj\n".encode("ascii") + b"<<" + b"\n".join(entries) + b">>\nendobj\n"
    xref = len(body)
    body += f"xref\n{size} 1\n{offset:010d} 00000 n \n".encode("ascii")
    body += (
        f"trailer\n<</Size {size + 1}\n/Root ".encode("ascii")
        + root.group(1)
        + f"\n/Info {size} 0 R\n/Prev {int(start.group(1))}>>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    )
    return bytes(body)
