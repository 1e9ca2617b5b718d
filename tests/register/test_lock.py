"""One AssetMap window writes a register at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetmap.errors import RegisterLockedError
from assetmap.register.lock import InstanceLock
from tests.register.writers import hold_lock


def test_a_second_lock_on_the_same_register_is_refused_with_a_clear_message(register_path: Path) -> None:
    first = InstanceLock(register_path)
    first.acquire()
    try:
        with pytest.raises(RegisterLockedError) as refused:
            InstanceLock(register_path).acquire()
    finally:
        first.release()

    message = str(refused.value)
    assert str(register_path) in message
    assert "already open in another AssetMap window" in message
    assert refused.value.path == register_path


def test_a_released_lock_can_be_taken_again(register_path: Path) -> None:
    first = InstanceLock(register_path)
    first.acquire()
    first.release()
    assert not first.held

    second = InstanceLock(register_path)
    second.acquire()
    try:
        assert second.held
    finally:
        second.release()


def test_a_lock_held_by_another_process_is_refused_until_that_process_ends(register_path: Path) -> None:
    holder = hold_lock(register_path)
    try:
        with pytest.raises(RegisterLockedError):
            InstanceLock(register_path).acquire()
    finally:
        holder.communicate("", timeout=30)

    lock = InstanceLock(register_path)
    lock.acquire()
    lock.release()
