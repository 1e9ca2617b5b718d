"""A register file copied to a second laptop: made separate, it and the original swap bundles and converge."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assetmap.bundles.format import BundleError
from assetmap.bundles.resolution import policy_choices
from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from tests.bundles.conftest import contents, plan_from


def _copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def test_a_separated_copy_and_its_original_merge_both_ways(tmp_path: Path, ward_index: WardIndex) -> None:
    original_path = tmp_path / "office.assetmap"
    with Register.open(original_path, ward_index=ward_index) as office:
        office.add_assets([{"name": f"Group {i}", "category": "associations"} for i in range(3)])
        # Imported in bulk: no history entries until first needed.
        office.import_columns(
            {"name": ["Hall", "Garden"], "category": ["physical_spaces", "physical_spaces"]}
        )
    laptop_path = _copy(original_path, tmp_path / "laptop.assetmap")

    with (
        Register.open(original_path, ward_index=ward_index) as office,
        Register.open(laptop_path, ward_index=ward_index) as laptop,
    ):
        assert laptop.register_id == office.register_id
        with pytest.raises(BundleError, match="assetmap separate --register FILE"):
            plan_from(office, laptop, tmp_path)

        old = laptop.register_id
        assert laptop.separate_copy() != old and laptop.register_id != old
        assert contents(laptop) == contents(office)  # nothing about the assets changed

        by_name = {a.name: a.id for a in office.assets()}
        office.update_asset(by_name["Hall"], description="Booked on Tuesdays")
        laptop.update_asset(by_name["Garden"], description="Open to all")
        laptop.update_asset(by_name["Hall"], name="Church Hall")  # a different field: no conflict
        laptop.add_asset(name="Repair cafe", category="local_economy")
        office.remove_asset(by_name["Group 0"])

        into_laptop = plan_from(office, laptop, tmp_path)
        assert not into_laptop.conflicts
        laptop.merge_bundle(into_laptop)
        into_office = plan_from(laptop, office, tmp_path)
        assert not into_office.conflicts
        office.merge_bundle(into_office)

        assert contents(office) == contents(laptop)
        hall = office.asset(by_name["Hall"])
        assert (hall.name, hall.description) == ("Church Hall", "Booked on Tuesdays")
        assert office.asset(by_name["Group 0"]).is_removed and laptop.asset(by_name["Group 0"]).is_removed
        # The same bundles again change nothing.
        again = plan_from(office, laptop, tmp_path)
        assert not again.changes
        laptop.merge_bundle(again, policy_choices(again, "mine"))
        assert contents(office) == contents(laptop)


def test_assetmap_separate_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "copy.assetmap"
    with Register.open(path) as register:
        before = register.register_id
    result = subprocess.run(
        [sys.executable, "-m", "assetmap.cli", "separate", "--register", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "ASSETMAP_HOME": str(tmp_path / "home")},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "now a register of its own" in result.stdout
    with Register.open(path) as register:
        assert register.register_id != before
