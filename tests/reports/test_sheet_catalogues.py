"""The words of the map sheet, the handout and the subject access document: every one is in the
documents' one template catalogue (reports.pot, the report's too), translated into Urdu and Polish in
<code>.po with its placeholders kept."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from assetmap import paths
from assetmap.register import Register, audit, consent
from assetmap.register.people import PERSON_LABELS, PREFERRED_CONTACTS, RELATIONS
from assetmap.register.subject_access import gather, tables
from assetmap.reports.classify import NO_DATA_LABEL
from assetmap.reports.layer import TIER_WORDING
from assetmap.reports.measures import MEASURES
from assetmap.reports.methods import SHORT_ATTRIBUTION
from assetmap.reports.privacy import PARTNER_NOTICE, WITHHELD_LABEL
from assetmap.reports.selection import CATEGORY_LABELS
from assetmap.reports.words import words
from assetmap.ui.asset_form import COSTS, STATUSES, VISIBILITIES

MODULES = ("mapsheet.py", "map_wording.py", "handout.py", "subject_access.py")
CATALOGUES = paths.resources_dir() / "i18n" / "reports"


def _written_in_code() -> set[str]:
    """Every ``_("...")`` in the documents' modules."""
    found: set[str] = set()
    folder = Path(__file__).parents[2] / "assetmap" / "reports"
    for name in MODULES:
        for node in ast.walk(ast.parse((folder / name).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def _declared_elsewhere(tmp_path: Path) -> set[str]:
    """The words the documents translate that the rules declare: categories, measures, notes, and the
    subject access copy's table titles, headers, the labels of a person's record and the vocabulary its
    cells hold for a code (status, visibility and cost in the window's words, the kinds of link a
    register starts with)."""
    declared = {m.label for m in MEASURES.values() if m.key != "reach"}
    declared |= set(CATEGORY_LABELS.values()) | set(TIER_WORDING.values())
    declared |= {SHORT_ATTRIBUTION, NO_DATA_LABEL, WITHHELD_LABEL, PARTNER_NOTICE}
    with Register.open(tmp_path / "r.assetmap", user="Sam") as register:
        for table in tables(gather(register, register.add_person("Ada").id)):
            declared |= {table.title, *table.headers}
            if table.name == "person":
                declared |= {str(row[0]) for row in table.rows}
        declared |= {kind.label for kind in register.link_kinds()}
    declared |= {label for label, code, *_ in (*STATUSES, *VISIBILITIES, *COSTS) if code}
    for vocabulary in (
        PERSON_LABELS,
        PREFERRED_CONTACTS,
        RELATIONS,
        consent.LEVEL_LABELS,
        consent.SCOPES,
        consent.LAWFUL_BASES,
        consent.METHODS,
        audit.ACTIONS,
        audit.KINDS,
    ):
        declared |= set(vocabulary.values())
    # The consent state's reasons and the events' kinds (consent.state_on), yes and no, and the kinds of
    # record in the history.
    declared |= {"no consent recorded", "withdrawn", "lapsed", "lapses soon", "in force", consent.GIVEN}
    declared |= {"yes", "no", "Person", "Gift"}
    return declared


def _catalogue(name: str) -> dict[str, str]:
    with (CATALOGUES / name).open("rb") as handle:
        catalogue = read_po(handle)
    return {str(m.id): str(m.string) for m in catalogue if m.id and not m.fuzzy}


def test_the_documents_share_one_catalogue_per_language() -> None:
    assert sorted(p.name for p in CATALOGUES.glob("*.po*")) == ["pl.po", "reports.pot", "ur.po"]


def test_every_word_of_the_documents_is_in_the_template_catalogue(tmp_path: Path) -> None:
    template = set(_catalogue("reports.pot"))
    wanted = _written_in_code() | _declared_elsewhere(tmp_path)
    assert sorted(wanted - template) == []


@pytest.mark.parametrize("code", ["ur", "pl"])
def test_each_word_is_translated_with_its_placeholders_and_marked_for_review(code: str) -> None:
    template = _catalogue("reports.pot")
    translated = _catalogue(f"{code}.po")
    missing = [msgid for msgid in template if not translated.get(msgid)]
    assert missing == []
    for msgid, text in translated.items():
        assert sorted(re.findall(r"\{\w+\}", msgid)) == sorted(re.findall(r"\{\w+\}", text)), msgid
    head = (CATALOGUES / f"{code}.po").read_text(encoding="utf-8").split("msgid", 1)[0]
    assert "awaiting review by a native speaker" in head
    assert words(code)("Wards by number") == translated["Wards by number"]


def test_the_vocabulary_is_the_projects(tmp_path: Path) -> None:
    ur, pl = _catalogue("ur.po"), _catalogue("pl.po")
    assert ur["Associations and groups"] == "انجمنیں اور گروپ"
    assert pl["Associations and groups"] == "Stowarzyszenia i grupy"
    assert "اثاثے" in ur["Assets"] and pl["Assets"] == "Zasoby"
    assert "وارڈ" in ur["Wards by number"] and "Okręgi" in pl["Wards by number"]
    assert (
        "تحفے اور ہنر" in ur["People's gifts and skills"]
        and "dary i umiejętności" in pl["People's gifts and skills"].lower()
    )
