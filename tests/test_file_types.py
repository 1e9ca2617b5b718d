"""Registers and bundles open from the file manager: the arguments, and each platform's file types."""

from __future__ import annotations

import re
from pathlib import Path

from assetmap.cli import BUNDLE_SUFFIX, REGISTER_SUFFIX, file_manager_arguments

REPO = Path(__file__).resolve().parents[1]


def test_a_register_opened_from_the_file_manager_opens_in_the_window() -> None:
    assert file_manager_arguments(["/home/a/My wards.assetmap"]) == (
        ["--register", "/home/a/My wards.assetmap"],
        None,
    )


def test_a_bundle_opened_from_the_file_manager_opens_the_usual_register_to_merge_it() -> None:
    assert file_manager_arguments(["C:\\Users\\a\\from-b.assetmap-bundle"]) == (
        [],
        Path("C:\\Users\\a\\from-b.assetmap-bundle"),
    )


def test_commands_and_options_are_not_taken_for_files() -> None:
    for arguments in (["demo"], ["--version"], ["--register", "x.assetmap"], ["self-test"]):
        assert file_manager_arguments(arguments) == (arguments, None)


def test_the_linux_menu_entry_passes_the_file_and_claims_both_file_types() -> None:
    entry = (REPO / "installer" / "linux" / "assetmap.desktop").read_text(encoding="utf-8")
    mime = (REPO / "installer" / "linux" / "assetmap-mime.xml").read_text(encoding="utf-8")
    assert re.search(r"^Exec=\S*assetmap %f$", entry, re.M)
    claimed = re.search(r"^MimeType=(.*)$", entry, re.M).group(1).rstrip(";").split(";")
    declared = dict(re.findall(r'<mime-type type="([^"]+)">.*?<glob pattern="\*([^"]+)"/>', mime, re.S))
    assert sorted(declared.values()) == sorted([REGISTER_SUFFIX, BUNDLE_SUFFIX])
    assert sorted(claimed) == sorted(declared)


def test_the_windows_installer_and_the_mac_app_associate_both_file_types() -> None:
    nsis = (REPO / "installer" / "windows" / "assetmap.nsi").read_text(encoding="utf-8")
    spec = (REPO / "installer" / "assetmap.spec").read_text(encoding="utf-8")
    for suffix in (REGISTER_SUFFIX, BUNDLE_SUFFIX):
        assert f'!insertmacro FileType "{suffix}"' in nsis
        assert f'"{suffix.lstrip(".")}",' in spec
    assert '"%1"' in nsis
