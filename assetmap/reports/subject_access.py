"""The readable document of a subject access copy: "Everything AssetMap holds about NAME", as HTML to print.

It shows the same tables as the CSV files of the copy (:func:`assetmap.register.subject_access.tables`).
A table too wide for a page (a gift's many fields) is shown as one card per row, its empty fields left
out. Every value enters the template as a context variable, so it is escaped, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assetmap.register.subject_access import SubjectAccess, Table
from assetmap.reports.templating import render

# A table with more columns than this is shown as cards (label and value per line).
_WIDEST_TABLE = 7


@dataclass(frozen=True)
class SubjectAccessDocument:
    html: str
    title: str
    subject: str


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _part(table: Table) -> dict[str, object]:
    rows = [[_text(value) for value in row] for row in table.rows]
    cards = None
    if len(table.headers) > _WIDEST_TABLE:
        cards = [[(h, v) for h, v in zip(table.headers, row, strict=True) if v] for row in rows]
    return {"title": table.title, "headers": list(table.headers), "rows": rows, "cards": cards}


def build_subject_access_document(record: SubjectAccess, parts: Sequence[Table]) -> SubjectAccessDocument:
    """The document for ``record``, showing ``parts`` (the tables of the copy) in order."""
    title = f"Everything AssetMap holds about {record.person.name}"
    subject = (
        f"Subject access copy for person {record.person.id}, gathered "
        f"{record.gathered_at.isoformat(sep=' ')} UTC by {record.gathered_by}"
    )
    html = render("subject_access.html.j2", title=title, subject=subject, parts=[_part(t) for t in parts])
    return SubjectAccessDocument(html, title, subject)
