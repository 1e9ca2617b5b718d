"""Undo commands over a real register file: each redo/undo round trip, and what a failure leaves behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from assetmap.errors import AssetNotFoundError, ValidationError
from assetmap.register.records import Change
from assetmap.register.store import Register
from assetmap.ui.commands import (
    AddAssetCommand,
    EditAssetCommand,
    MoveAssetCommand,
    RemoveAssetsCommand,
    RestoreAssetsCommand,
)

DEANSGATE = (-2.244869, 53.483768)
BOLTON = (-2.431294, 53.577385)
RENAME = ({"name": "Bolton Library"}, {"name": "Bolton Libraries"})


@pytest.fixture
def register(tmp_path: Path):
    reg = Register.open(tmp_path / "r.assetmap")
    yield reg
    reg.close()


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


class Applied(list):
    """Records each change handed to the window."""

    def __call__(self, change: Change) -> None:
        self.append(change)


@pytest.fixture
def applied() -> Applied:
    return Applied()


def library(register: Register) -> str:
    change = register.add_asset(name="Bolton Library", category="institutions", lon=BOLTON[0], lat=BOLTON[1])
    return change.added[0]


def test_adding_then_undo_and_redo_keeps_the_same_id(register, stack, applied) -> None:
    command = AddAssetCommand(register, {"name": "Bolton Library", "category": "institutions"}, applied)
    stack.push(command)
    asset_id = command.asset_id
    assert register.asset(asset_id).name == "Bolton Library"
    assert stack.undoText() == "Add ‘Bolton Library’"
    stack.undo()
    assert register.count(include_removed=True) == 0
    assert applied[-1].purged == (asset_id,)
    stack.redo()
    assert register.asset(asset_id).name == "Bolton Library"
    assert applied[-1].added == (asset_id,)
    assert [c.assets[0].id for c in applied if c.assets] == [asset_id, asset_id]


def test_editing_then_undo_writes_back_the_old_values(register, stack, applied) -> None:
    asset_id = library(register)
    before, after = {"name": "Bolton Library"}, {"name": "Bolton Central Library"}
    stack.push(EditAssetCommand(register, asset_id, before, after, applied))
    assert register.asset(asset_id).name == "Bolton Central Library"
    assert stack.undoText() == "Edit ‘Bolton Central Library’"
    stack.undo()
    assert register.asset(asset_id).name == "Bolton Library"
    assert applied[-1].assets[0].name == "Bolton Library"
    stack.redo()
    assert register.asset(asset_id).name == "Bolton Central Library"


def test_moving_an_asset_updates_its_ward_and_undo_moves_it_back(register, stack, applied) -> None:
    asset_id = library(register)
    before = register.asset(asset_id).ward_code
    stack.push(MoveAssetCommand(register, asset_id, BOLTON, DEANSGATE, applied))
    assert stack.undoText() == "Move ‘Bolton Library’"
    assert register.asset(asset_id).ward_code == "E05011361"
    assert applied[-1].assets[0].ward_code == "E05011361"
    stack.undo()
    assert register.asset(asset_id).ward_code == before
    assert (register.asset(asset_id).lon, register.asset(asset_id).lat) == BOLTON


def test_repeated_drags_of_one_asset_merge_into_one_step(register, stack, applied) -> None:
    asset_id = library(register)
    stack.push(MoveAssetCommand(register, asset_id, BOLTON, (-2.40, 53.57), applied))
    stack.push(MoveAssetCommand(register, asset_id, (-2.40, 53.57), DEANSGATE, applied))
    assert stack.count() == 1
    stack.undo()
    assert (register.asset(asset_id).lon, register.asset(asset_id).lat) == BOLTON


def test_removing_then_undo_restores(register, stack, applied) -> None:
    first, second = library(register), register.add_asset(name="Choir", category="associations").added[0]
    stack.push(RemoveAssetsCommand(register, [first, second], applied))
    assert stack.undoText() == "Remove 2 assets"
    assert register.count() == 0
    assert set(applied[-1].removed) == {first, second}
    stack.undo()
    assert register.count() == 2
    assert set(applied[-1].restored) == {first, second}
    stack.redo()
    assert {a.id for a in register.removed_assets()} == {first, second}


def test_restoring_then_undo_removes_again(register, stack, applied) -> None:
    asset_id = library(register)
    register.remove_assets([asset_id])
    stack.push(RestoreAssetsCommand(register, [asset_id], applied))
    assert stack.undoText() == "Restore ‘Bolton Library’"
    assert not register.asset(asset_id).is_removed
    stack.undo()
    assert register.asset(asset_id).is_removed
    assert applied[-1].removed == (asset_id,)


def test_a_failed_add_stays_off_the_stack_and_keeps_its_error(register, stack, applied) -> None:
    stack.push(EditAssetCommand(register, library(register), *RENAME, applied))
    reports: list[Exception] = []
    nameless = {"name": "", "category": "institutions"}
    command = AddAssetCommand(register, nameless, applied, failed=reports.append)
    stack.push(command)
    assert isinstance(command.error, ValidationError)
    assert str(command.error) == "Name is required."  # the register's own message, untouched
    assert reports == [command.error]
    assert stack.count() == 1 and stack.undoText() == "Edit ‘Bolton Libraries’"
    assert register.count() == 1
    assert len(applied) == 1


def test_a_failed_undo_drops_the_command_and_leaves_the_rest_usable(register, stack, applied) -> None:
    asset_id = library(register)
    other = register.add_asset(name="Choir", category="associations").added[0]
    stack.push(EditAssetCommand(register, other, {"name": "Choir"}, {"name": "Deansgate Choir"}, applied))
    command = EditAssetCommand(register, asset_id, *RENAME, applied)
    stack.push(command)
    register.purge_asset(asset_id)  # the asset vanished behind the command's back
    stack.undo()
    assert isinstance(command.error, AssetNotFoundError)
    assert stack.count() == 1 and not stack.canRedo()
    assert stack.undoText() == "Edit ‘Deansgate Choir’"
    stack.undo()
    assert register.asset(other).name == "Choir"


def test_a_failed_redo_drops_the_command(register, stack, applied) -> None:
    asset_id = library(register)
    command = EditAssetCommand(register, asset_id, *RENAME, applied)
    stack.push(command)
    stack.undo()
    register.purge_asset(asset_id)
    stack.redo()
    assert isinstance(command.error, AssetNotFoundError)
    assert stack.count() == 0 and not stack.canUndo()
