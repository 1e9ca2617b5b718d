"""The register's own errors reach the person in the window's language: a refused backup in a message box,
and a field the register's rules refuse beside that field in the asset form, both in Urdu."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtWidgets import QMessageBox

from assetmap import messages
from assetmap.errors import quoted
from assetmap.geo.boundaries import gm_boundaries
from assetmap.register import Register
from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.register.records import Category
from assetmap.ui.asset_form import AssetForm
from assetmap.ui.i18n import InstalledLanguage
from tests.ui.conftest import open_window

ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
CATEGORIES = [Category(c.code, c.label, c.colour, c.subcategories) for c in ABCD_CATEGORIES]


def urdu_for(english: str) -> str:
    """The Urdu catalogue's translation of ``english``; fails plainly if the catalogue has none."""
    with messages.catalogue_path("ur").open("rb") as handle:
        found = read_po(handle, locale="ur").get(english)
    assert found is not None and found.string and not found.fuzzy, f"ur.po does not translate {english!r}"
    assert found.string != english
    return str(found.string)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "Levenshulme.assetmap")
    register.add_asset(name="Ancoats Library", category="institutions", lon=-2.2270, lat=53.4840)
    yield register
    register.close()


@pytest.mark.web
def test_a_backup_the_register_refuses_is_explained_in_urdu(
    urdu: InstalledLanguage, qtbot, register: Register, monkeypatch
) -> None:
    assert messages.current_code() == "ur"
    window = open_window(qtbot, register)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    try:
        # A backup onto the register itself: the register refuses it, and the window says why.
        assert window.register_actions.backup_now(register.path) is None
    finally:
        window.shut_down()
        window.close()

    english = "A backup cannot replace the register it copies ({register}); choose another file name."
    assert told == [urdu_for(english).format(register=register.path.resolve())]
    assert ARABIC_SCRIPT.search(told[0]) and "choose another file name" not in told[0]


def test_a_field_the_register_refuses_is_explained_beside_it_in_urdu(urdu: InstalledLanguage, qtbot) -> None:
    form = AssetForm(CATEGORIES, None, gm_boundaries().ward_names)
    qtbot.addWidget(form)
    form.show()
    form.name_edit.setText("Bolton Central Library")
    form.category_combo.setCurrentIndex(form.category_combo.findData("institutions"))
    form.email_edit.setText("not an address")

    found = form.check()

    english = "Contact email {email} does not look like an email address."
    expected = urdu_for(english).format(email=quoted("not an address"))
    assert found == {"contact_email": expected}
    shown = form.errors["contact_email"]
    assert shown.isVisibleTo(form) and shown.text() == expected
    assert ARABIC_SCRIPT.search(shown.text()) and "does not look like" not in shown.text()
