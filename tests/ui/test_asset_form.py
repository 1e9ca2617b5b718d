"""The asset form: the register's rules, errors beside their fields, and offline postcode look-up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from assetmap.geo.boundaries import gm_boundaries
from assetmap.geo.postcodes import PostcodeIndex
from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.register.records import EDITABLE_FIELDS, Category
from assetmap.register.store import Register
from assetmap.ui.asset_form import AssetForm

CATEGORIES = [Category(c.code, c.label, c.colour, c.subcategories) for c in ABCD_CATEGORIES]


@pytest.fixture
def make_form(qtbot):
    def make(asset=None, recorded_by: str = "") -> AssetForm:
        form = AssetForm(CATEGORIES, PostcodeIndex.for_gm(), gm_boundaries().ward_names, asset,
                         recorded_by=recorded_by)
        qtbot.addWidget(form)
        form.show()
        return form

    return make


def fill_minimum(form: AssetForm) -> None:
    form.name_edit.setText("Bolton Central Library")
    form.category_combo.setCurrentIndex(form.category_combo.findData("institutions"))


def assert_error_beside(form: AssetForm, field: str, words: str) -> None:
    label = form.errors[field]
    widget = form.inputs[field]
    assert label.isVisibleTo(form)
    assert words in label.text()
    assert label.parentWidget() is widget.parentWidget()
    field_top = widget.mapTo(form, QPoint(0, 0))
    label_top = label.mapTo(form, QPoint(0, 0))
    assert label_top.x() > field_top.x()
    assert abs(label_top.y() - field_top.y()) < widget.height()
    assert form.focusWidget() is widget


def test_a_missing_name_is_shown_beside_the_name_and_the_form_stays_open(make_form) -> None:
    form = make_form()
    form.accept()
    assert form.result() == 0 and form.isVisible()
    assert_error_beside(form, "name", "Name is required")


def test_a_latitude_out_of_range_is_shown_beside_the_latitude(make_form) -> None:
    form = make_form()
    fill_minimum(form)
    form.lon_edit.setText("-2.24")
    form.lat_edit.setText("95")
    form.accept()
    assert form.isVisible()
    assert_error_beside(form, "lat", "between -90 and 90")
    assert not form.errors["name"].isVisibleTo(form)


def test_a_bad_email_is_shown_beside_the_email(make_form) -> None:
    form = make_form()
    fill_minimum(form)
    form.email_edit.setText("library at bolton")
    form.accept()
    assert_error_beside(form, "contact_email", "does not look like an email address")


def test_errors_clear_once_fixed_and_the_form_accepts(make_form) -> None:
    form = make_form()
    form.accept()
    fill_minimum(form)
    form.accept()
    assert not form.errors["name"].isVisibleTo(form)
    assert form.result() == 1


def test_a_gm_postcode_sets_location_and_shows_the_ward(make_form) -> None:
    form = make_form()
    form.postcode_edit.setText("m11ad")
    form.find_button.click()
    assert form.postcode_edit.text() == "M1 1AD"
    assert float(form.lon_edit.text()) == pytest.approx(-2.244869)
    assert float(form.lat_edit.text()) == pytest.approx(53.483768)
    assert form.postcode_note.text() == "Ward: Deansgate"


def test_a_postcode_outside_gm_gets_a_gentle_note(make_form) -> None:
    form = make_form()
    form.postcode_edit.setText("SW1A 1AA")
    form.find_postcode(force=True)
    assert "is not in the bundled postcode list" in form.postcode_note.text()
    assert form.lon_edit.text() == ""


def test_values_are_every_editable_field_ready_for_the_register(make_form, tmp_path: Path) -> None:
    form = make_form(recorded_by="Sam")
    fill_minimum(form)
    form.tags_edit.setText("books, warm space, books")
    form.postcode_edit.setText("M1 1AD")
    form.find_postcode()
    form.review_check.setChecked(True)
    values = form.values()
    assert tuple(values) == EDITABLE_FIELDS
    assert values["recorded_by"] == "Sam"
    assert isinstance(values["review_due"], dt.date)
    with Register.open(tmp_path / "r.assetmap") as register:
        asset = register.asset(register.add_asset(**values).added[0])
    assert asset.ward_code == "E05011361"
    assert asset.tags == ("books", "warm space")


def test_gifts_and_skills_default_to_private(make_form) -> None:
    form = make_form()
    form.category_combo.setCurrentIndex(form.category_combo.findData("institutions"))
    assert form.visibility_combo.currentData() == "public"
    form.category_combo.setCurrentIndex(form.category_combo.findData("gifts_skills"))
    assert form.visibility_combo.currentData() == "private"
    assert "never" in form.visibility_help.text()


def test_a_visibility_someone_chose_is_kept_when_the_category_changes(make_form) -> None:
    form = make_form()
    form.category_combo.setCurrentIndex(form.category_combo.findData("gifts_skills"))
    form.visibility_combo.setCurrentIndex(form.visibility_combo.findData("partners"))
    form.visibility_combo.activated.emit(form.visibility_combo.currentIndex())
    form.category_combo.setCurrentIndex(form.category_combo.findData("institutions"))
    assert form.visibility_combo.currentData() == "partners"


def test_subcategories_follow_the_category(make_form) -> None:
    form = make_form()
    form.category_combo.setCurrentIndex(form.category_combo.findData("institutions"))
    offered = [form.subcategory_combo.itemText(i) for i in range(form.subcategory_combo.count())]
    assert "Library" in offered


def test_editing_reports_only_the_changed_fields(make_form, tmp_path: Path) -> None:
    with Register.open(tmp_path / "r.assetmap") as register:
        change = register.add_asset(name="Deansgate Choir", category="associations", tags=("music",),
                                    lon=-2.244869, lat=53.483768, postcode="M1 1AD")
        asset = change.assets[0]
    form = make_form(asset)
    assert form.changed_values() == {}
    form.name_edit.setText("Deansgate Community Choir")
    form.tags_edit.setText("music, singing")
    assert form.changed_values() == {"name": "Deansgate Community Choir", "tags": ("music", "singing")}


def test_ok_is_the_default_button(make_form) -> None:
    form = make_form()
    ok = form.buttons.buttons()[0]
    assert any(b.isDefault() for b in form.buttons.buttons()), ok.text()
    assert not form.find_button.autoDefault()


def test_labels_have_mnemonics_pointing_at_their_fields(make_form) -> None:
    from PySide6.QtWidgets import QLabel

    form = make_form()
    buddies = {label.buddy(): label.text() for label in form.findChildren(QLabel) if label.buddy()}
    assert buddies[form.name_edit] == "&Name *"
    assert buddies[form.lat_edit] == "&Latitude"
    letters = [t[t.index("&") + 1].lower() for t in buddies.values()]
    assert len(letters) == len(set(letters))


def test_tab_goes_down_the_form_in_order(make_form) -> None:
    form = make_form()
    order = [form.name_edit, form.category_combo, form.subcategory_combo, form.tags_edit,
             form.description_edit, form.address_edit, form.postcode_edit, form.find_button,
             form.lon_edit, form.lat_edit, form.contact_name_edit]
    form.name_edit.setFocus()
    reached = [form.focusWidget()]
    for _ in order[1:]:
        form.focusNextChild()
        reached.append(form.focusWidget())
    assert reached == order


def test_a_website_that_is_not_http_or_https_is_refused_beside_the_website(make_form) -> None:
    form = make_form()
    fill_minimum(form)
    form.website_edit.setText("JavaScript:alert(1)")
    form.accept()
    assert form.isVisible()
    assert_error_beside(form, "website", "is not a web address")
    assert "https://" in form.errors["website"].text()
    form.website_edit.setText("https://bolton.example/library")
    form.accept()
    assert form.result() == 1
