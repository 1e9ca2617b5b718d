"""The readable document of a subject access copy: "Everything AssetMap holds about NAME", as a PDF.

It shows the same tables as the CSV files of the copy (:func:`assetmap.register.subject_access.tables`),
typeset by Typst (``templates/subject_access.typ``) as tagged PDF/UA-1: a heading per part and tables
with real header cells. A table too wide for a page (a gift's many fields) is shown as one two-column
table per row (field and value), its empty fields left out. Every value reaches the template as data,
so it is text, never markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from assetmap.register.subject_access import SubjectAccess, Table
from assetmap.reports.typeset import typeset
from assetmap.reports.words import Words, words

# A table with more columns than this is shown as cards (label and value per line).
_WIDEST_TABLE = 7


@dataclass(frozen=True)
class SubjectAccessDocument:
    data: dict[str, object]
    title: str
    subject: str

    def pdf(self, moment: dt.datetime | None = None) -> bytes:
        """The document as tagged PDF/UA-1."""
        return typeset("subject_access.typ", self.data, moment=moment)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _part(table: Table, _: Words) -> dict[str, object]:
    rows = [[_text(value) for value in row] for row in table.rows]
    headers = [_(h) for h in table.headers]
    cards = None
    if len(table.headers) > _WIDEST_TABLE:
        cards = [[[h, v] for h, v in zip(headers, row, strict=True) if v] for row in rows]
    return {"title": _(table.title), "headers": headers, "rows": rows, "cards": cards}


def build_subject_access_document(
    record: SubjectAccess, parts: Sequence[Table], *, language: str | None = "en"
) -> SubjectAccessDocument:
    """The document for ``record``, showing ``parts`` (the tables of the copy) in order, in ``language``."""
    _ = words(language)
    title = _("Everything AssetMap holds about {name}").format(name=record.person.name)
    subject = _("Subject access copy for person {id}, gathered {when} UTC by {user}").format(
        id=record.person.id, when=record.gathered_at.isoformat(sep=" "), user=record.gathered_by
    )
    data: dict[str, object] = {
        "text": _.typst(),
        "title": title,
        "subject": subject,
        "author": record.gathered_by,
        "nothing": _("Nothing is held."),
        "field": _("Field"),
        "value": _("Value"),
        "parts": [_part(t, _) for t in parts],
    }
    return SubjectAccessDocument(data, title, subject)
