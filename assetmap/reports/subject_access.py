"""The readable document of a subject access copy: "Everything AssetMap holds about NAME", as a PDF.

It shows the same tables as the CSV files of the copy (:func:`assetmap.register.subject_access.tables`),
typeset by Typst (``templates/subject_access.typ``) as tagged PDF/UA-1: a heading per part and tables
with real header cells. A table too wide for a page (a gift's many fields) is shown as one two-column
table per row (field and value), its empty fields left out. A value stored as a code (a category,
status, visibility, cost, preferred contact, kind of link, consent event or how a record changed) is
printed as its word in the document's language (:mod:`assetmap.reports.vocabulary`); what people typed
is printed as they typed it. The CSV files of the copy keep the codes. Every value reaches the template
as data, so it is text, never markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assetmap.register.subject_access import SubjectAccess, Table
from assetmap.reports import vocabulary
from assetmap.reports.typeset import typeset
from assetmap.reports.words import N_, Words, words

# A table with more columns than this is shown as cards (label and value per line).
_WIDEST_TABLE = 7

# The parts' titles and column headers, declared with the tables (assetmap.register.subject_access,
# assetmap.register.records.FIELD_LABELS) and repeated here as literals for the document catalogue;
# a test checks the catalogue holds every one the tables use.
TITLES = (
    N_("Their record"),
    N_("Gifts and skills"),
    N_("Groups and spaces they run or belong to"),
    N_("Their links to groups and spaces"),
    N_("Stories they told"),
    N_("Consent events"),
    N_("Who did what to their records"),
    N_("Every state their records reached"),
)
HEADERS = (
    N_("Field"),
    N_("Value"),
    N_("Name"),
    N_("Category"),
    N_("Subcategory"),
    N_("Tags"),
    N_("Description"),
    N_("Address"),
    N_("Postcode"),
    N_("Lon"),
    N_("Lat"),
    N_("Contact name"),
    N_("Contact phone"),
    N_("Contact email"),
    N_("Website"),
    N_("Opening times"),
    N_("Audience"),
    N_("Accessibility"),
    N_("Cost"),
    N_("Visibility"),
    N_("Status"),
    N_("Recorded by"),
    N_("Review due"),
    N_("Id"),
    N_("Ward code"),
    N_("Created at"),
    N_("Updated at"),
    N_("Removed at"),
    N_("Version"),
    N_("Person"),
    N_("Relation"),
    N_("Asset id"),
    N_("Asset name"),
    N_("Linked at"),
    N_("Kind of link"),
    N_("Note"),
    N_("Told on"),
    N_("Story"),
    N_("Told by"),
    N_("Quoted by name"),
    N_("Featured"),
    N_("Removed"),
    N_("Recorded at"),
    N_("Event"),
    N_("What they agreed to"),
    N_("Partner organisations"),
    N_("Lawful basis"),
    N_("How it was given"),
    N_("Lapses on"),
    N_("Event id"),
    N_("At"),
    N_("User"),
    N_("Action"),
    N_("Record kind"),
    N_("Record id"),
    N_("Operation"),
)
# The fixed words the tables' cells hold: the labels of a person's record, and the core's vocabulary
# (assetmap.register.people, consent and audit) the copy writes for a code. Repeated here as literals for
# the document catalogue; a test checks every one the tables can hold is in it.
LABELS = (
    N_("Phone"),
    N_("Email"),
    N_("Preferred contact"),
    N_("Notes"),
    N_("Added"),
    N_("Last changed"),
    N_("Taken off the list"),
    N_("Consent in force"),
    N_("Consent state"),
    N_("Consent lapses on"),
    N_("Gathered"),
    N_("Gathered by"),
    N_("Gift"),
    N_("yes"),
    N_("no"),
)
VOCABULARY = (
    # people.PREFERRED_CONTACTS and RELATIONS
    N_("In person"),
    N_("Through someone they know"),
    N_("Runs"),
    N_("Belongs to"),
    # consent.LEVEL_LABELS (and SCOPES), the state's reasons and the events' kinds
    N_("No consent in force"),
    N_("Kept in the register only"),
    N_("Shared with named partner organisations"),
    N_("Shown on public maps and reports (not named)"),
    N_("Named in reports as a connector"),
    N_("no consent recorded"),
    N_("withdrawn"),
    N_("lapsed"),
    N_("lapses soon"),
    N_("in force"),
    N_("given"),
    # consent.LAWFUL_BASES and METHODS
    N_("Consent"),
    N_("Contract"),
    N_("Legal obligation"),
    N_("Vital interests"),
    N_("Public task"),
    N_("Legitimate interests"),
    N_("Spoken, at an event or visit"),
    N_("Paper form"),
    N_("Online form"),
    N_("Phone call"),
    # audit.ACTIONS
    N_("Changed"),
    N_("Removed"),
    N_("Restored"),
    N_("Undid adding"),
    N_("Imported"),
    N_("Merged in"),
    N_("Changed ward boundaries"),
    N_("Changed subcategories"),
    N_("Recorded consent"),
    N_("Recorded withdrawal"),
    N_("Linked"),
    N_("Unlinked"),
    N_("Exported a subject access copy"),
    N_("Erased"),
    N_("Encrypted"),
    N_("Made a separate register"),
    N_("Wrote a bundle"),
    N_("Reordered"),
    N_("Suggested"),
    N_("Accepted"),
    N_("Discarded"),
    N_("Reopened"),
    N_("Moved onto the team server"),
    N_("Took an offline copy"),
    N_("Synced with the team register"),
    # audit.KINDS
    N_("Asset"),
    N_("Ward boundaries"),
    N_("Register"),
    N_("Saved view"),
    N_("Suggestion"),
    N_("Link"),
    N_("Photo"),
    N_("Login to a team register"),
)
# The columns (by their English header) whose cells are fixed words, never text a person typed, and the
# rows of "Their record" whose value is a fixed word too.
_WORDED_COLUMNS = frozenset(
    {
        "Field",
        "Relation",
        "Quoted by name",
        "Featured",
        "What they agreed to",
        "Lawful basis",
        "How it was given",
        "Action",
        "Record kind",
    }
)
_WORDED_VALUES = frozenset({"Preferred contact", "Consent in force", "Consent state"})
# The columns, and the fields of the history's "Field" and "Value" pairs (by their English label), whose
# cells hold a code, with the word for each code. A code not listed (a category or kind of link the
# team added) is printed as it is stored.
_CODED: dict[str, Mapping[str, str]] = {
    "Category": vocabulary.CATEGORIES,
    "Visibility": vocabulary.VISIBILITIES,
    "Status": vocabulary.STATUSES,
    "Cost": vocabulary.COSTS,
    "Preferred contact": vocabulary.PREFERRED_CONTACTS,
    "Kind of link": vocabulary.LINK_KINDS,
    "Event": vocabulary.CONSENT_EVENTS,
    "Operation": vocabulary.HISTORY_OPERATIONS,
}
# A kind of link reaches the copy as its label (the register's list of kinds gives it).
_LINK_KIND_LABELS = frozenset(vocabulary.LINK_KINDS.values())


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


def _coded(value: str, header: str, _: Words) -> str:
    """The word for the code ``value`` of the column or field ``header``; any other value as it is."""
    if header == "Kind of link" and value in _LINK_KIND_LABELS:
        return _(value)
    word = _CODED[header].get(value)
    return _(word) if word else value


def _worded(table: Table, row: Sequence[object], _: Words) -> list[str]:
    """A row's cells as text, its fixed words (labels and the core's vocabulary) and codes in the
    document's language; what a person typed is shown as it is."""
    cells = [_text(value) for value in row]
    headers = table.headers
    for i, header in enumerate(headers):
        if header in _CODED:
            cells[i] = _coded(cells[i], header, _)
        elif header in _WORDED_COLUMNS:
            cells[i] = _(cells[i]) if cells[i] else ""
    if "Field" in headers and "Value" in headers:
        field, value = _text(row[headers.index("Field")]), headers.index("Value")
        if headers == ("Field", "Value") and field in _WORDED_VALUES:
            cells[value] = _(cells[value]) if cells[value] else ""
        elif field in _CODED:
            cells[value] = _coded(cells[value], field, _)
    return cells


def _part(table: Table, _: Words) -> dict[str, object]:
    rows = [_worded(table, row, _) for row in table.rows]
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
