"""The export dialog, run on a real register."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assetmap.io.selection import AssetFilter
from assetmap.register.store import Register
from assetmap.ui.export_dialog import ExportDialog


@pytest.fixture
def register(tmp_path: Path):
    reg = Register.open(tmp_path / "r.assetmap")
    reg.add_asset(name="Public Group", category="associations", lon=-2.2374, lat=53.4808)
    reg.add_asset(name="Library", category="institutions", lon=-2.24, lat=53.48)
    reg.add_asset(
        name="Private Space", category="physical_spaces", visibility="private", lon=-2.24, lat=53.48
    )
    yield reg
    reg.close()


def test_export_with_the_current_filter_writes_only_those_assets(
    qtbot, register: Register, tmp_path: Path
) -> None:
    dialog = ExportDialog(register, current_filter=AssetFilter(category="associations"))
    qtbot.addWidget(dialog)
    dialog.show()
    results = []
    dialog.exported.connect(results.append)
    assert dialog.filter_check.isChecked()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("geojson"))
    dialog.path_edit.setText(str(tmp_path / "out.geojson"))
    assert dialog.run_export()
    features = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["name"] for f in features] == ["Public Group"]
    assert results[0].count == 1


def test_public_tier_is_the_default_and_errors_show_in_the_dialog(
    qtbot, register: Register, tmp_path: Path
) -> None:
    dialog = ExportDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tier_combo.currentData() == "public"
    assert not dialog.filter_check.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "missing" / "out.csv"))
    assert not dialog.run_export()
    assert "does not exist" in dialog.message_label.text()
    dialog.path_edit.setText(str(tmp_path / "out.csv"))
    assert dialog.run_export()
    assert "Private Space" not in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_the_dialog_says_where_stories_and_links_go_and_writes_them_there(
    qtbot, register: Register, tmp_path: Path
) -> None:
    group, library = (a.id for a in register.assets() if a.visibility == "public")
    register.add_link(group, library, "meets_at")
    register.add_story(group, "A story from the dialog.")
    dialog = ExportDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    dialog.path_edit.setText(str(tmp_path / "club.csv"))
    assert "club-stories.csv and club-links.csv" in dialog.carries_label.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("gpkg"))
    assert "related tables" in dialog.carries_label.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert dialog.run_export()
    assert "A story from the dialog." in (tmp_path / "club-stories.csv").read_text(encoding="utf-8-sig")
    assert "meets_at" in (tmp_path / "club-links.csv").read_text(encoding="utf-8-sig")
    assert "club-stories.csv" in dialog.message_label.text()
