"""An encrypted register (SQLCipher): unreadable without its passphrase, its backups too; plain on request."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.cli import main
from assetmap.errors import PassphraseNeededError, RegisterError, WrongPassphraseError
from assetmap.geo.wards import WardIndex
from assetmap.register import Register, migrate
from assetmap.register.backup import backup_to, backups_of, restore_backup, take_backup
from assetmap.register.connection import is_encrypted, key_for_file, sqlite_engine
from assetmap.register.encryption import (
    PASSPHRASE_VARIABLE,
    decrypt_register,
    encrypt_register,
    forget_passphrase,
    remember_passphrase,
    remembered_passphrase,
)
from assetmap.register.trial import trial_copy
from tests.memory_keyring import MemoryKeyring, keyring_in_use
from tests.register.builders import write_first_schema_register

PASSPHRASE = "correct horse battery"
ASSET = "Zanzibar Sewing Circle"
PERSON = "Quillon Marchetti-Abara"
PHONE = "07700 900461"


def _plain_sqlite_reads(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def _files_beside(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.is_file()]


def _holds(path: Path, text: str) -> bool:
    return text.encode("utf-8") in path.read_bytes()


@pytest.fixture
def filled(register_path: Path, ward_index: WardIndex) -> Path:
    """A plain register with assets, a person with a gift, and a backup taken while it was plain."""
    with Register.open(register_path, ward_index=ward_index) as register:
        register.add_assets(
            {"name": f"{ASSET} {i}", "category": "associations", "lon": -2.24, "lat": 53.48}
            for i in range(200)
        )
        person = register.add_person(PERSON, phone=PHONE)
        register.add_gift(person.id, name="Fixes bikes")
    take_backup(register_path, reason="manual")
    return register_path


def test_an_encrypted_register_is_unreadable_without_its_passphrase_and_whole_with_it(
    filled: Path, ward_index: WardIndex
) -> None:
    assert _holds(filled, ASSET)

    done = encrypt_register(filled, PASSPHRASE)

    assert done.encrypted and is_encrypted(filled)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        _plain_sqlite_reads(filled)
    # No byte of the plain register is left beside it: not the file, its log, nor a copy set aside.
    for path in _files_beside(filled):
        assert not _holds(path, ASSET) and not _holds(path, PERSON), path
    with Register.open(filled, passphrase=PASSPHRASE, ward_index=ward_index) as register:
        assert register.encrypted
        assert register.count() == 201
        assert sum(a.name.startswith(ASSET) for a in register.assets()) == 200
        [person] = register.people()
        assert (person.name, person.phone) == (PERSON, PHONE)
        register.add_asset(name="Added after encrypting", category="associations")
    with Register.open(filled, passphrase=PASSPHRASE, ward_index=ward_index) as register:
        assert register.count() == 202
    for path in _files_beside(filled):
        assert not _holds(path, "Added after encrypting"), path


def test_a_wrong_or_missing_passphrase_is_refused_plainly_and_changes_nothing(filled: Path) -> None:
    encrypt_register(filled, PASSPHRASE)
    before = filled.read_bytes()

    with pytest.raises(WrongPassphraseError) as wrong:
        Register.open(filled, passphrase="horse battery staple")
    with pytest.raises(PassphraseNeededError) as missing:
        Register.open(filled)

    assert str(wrong.value).startswith(f"The passphrase is not right for {filled}.")
    assert "ASSETMAP_PASSPHRASE" in str(missing.value)
    assert filled.read_bytes() == before


def test_the_backups_of_an_encrypted_register_are_encrypted_with_its_key(
    filled: Path, tmp_path: Path, ward_index: WardIndex
) -> None:
    [plain_backup] = backups_of(filled)
    assert _holds(plain_backup, ASSET)
    encrypt_register(filled, PASSPHRASE)
    # The backup taken while the register was plain was encrypted with it.
    assert is_encrypted(plain_backup) and not _holds(plain_backup, ASSET)

    with Register.open(filled, passphrase=PASSPHRASE, ward_index=ward_index) as register:
        taken = take_backup(filled, reason="manual", key=register.cipher_key)
        chosen = backup_to(filled, tmp_path / "elsewhere" / "copy.assetmap", register.cipher_key)

    for backup in (plain_backup, taken, chosen):
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            _plain_sqlite_reads(backup)
        assert not _holds(backup, ASSET)
        with Register.open(backup, passphrase=PASSPHRASE, backup=False, ward_index=ward_index) as copy:
            assert copy.count() == 201


def test_restoring_a_backup_of_an_encrypted_register_keeps_it_encrypted(
    filled: Path, ward_index: WardIndex
) -> None:
    encrypt_register(filled, PASSPHRASE)
    [backup] = backups_of(filled)

    restore_backup(backup, filled, key_for_file(backup, PASSPHRASE))

    assert is_encrypted(filled)
    with Register.open(filled, passphrase=PASSPHRASE, ward_index=ward_index) as register:
        assert register.count() == 201


def test_decrypting_returns_the_register_and_its_backups_to_plain_files(
    filled: Path, ward_index: WardIndex
) -> None:
    encrypt_register(filled, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        decrypt_register(filled, "not the passphrase")
    assert is_encrypted(filled)

    done = decrypt_register(filled, PASSPHRASE)

    assert not done.encrypted and not is_encrypted(filled)
    _plain_sqlite_reads(filled)
    assert _holds(filled, ASSET)
    assert all(not is_encrypted(b) and _holds(b, ASSET) for b in backups_of(filled))
    with Register.open(filled, ward_index=ward_index) as register:
        assert not register.encrypted and register.count() == 201
    with pytest.raises(RegisterError, match="not encrypted"):
        decrypt_register(filled, PASSPHRASE)


def test_encrypting_twice_or_with_a_short_passphrase_is_refused(filled: Path) -> None:
    with pytest.raises(RegisterError, match="at least 8 characters"):
        encrypt_register(filled, "short")
    assert not is_encrypted(filled)
    encrypt_register(filled, PASSPHRASE)
    with pytest.raises(RegisterError, match="already encrypted"):
        encrypt_register(filled, PASSPHRASE)


def test_a_new_register_given_a_passphrase_is_made_encrypted(register_path: Path) -> None:
    with Register.open(register_path, passphrase=PASSPHRASE) as register:
        register.add_asset(name=ASSET, category="associations")
    assert is_encrypted(register_path) and not _holds(register_path, ASSET)
    with Register.open(register_path, passphrase=PASSPHRASE) as register:
        assert [a.name for a in register.assets()] == [ASSET]


def test_an_encrypted_register_from_an_older_schema_is_upgraded_and_its_backup_is_encrypted(
    register_path: Path,
) -> None:
    write_first_schema_register(register_path, assets=300)
    encrypt_register(register_path, PASSPHRASE)

    with Register.open(register_path, passphrase=PASSPHRASE) as register:
        assert register.count() == 300
        with register.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                migrate.head_revision()
            )

    [before_upgrade] = [b for b in backups_of(register_path) if "before-" in b.name]
    with pytest.raises(sqlite3.DatabaseError):
        _plain_sqlite_reads(before_upgrade)


def test_the_migrations_run_on_an_sqlcipher_engine(register_path: Path) -> None:
    write_first_schema_register(register_path, assets=10)
    encrypt_register(register_path, PASSPHRASE)
    engine = sqlite_engine(register_path, key=key_for_file(register_path, PASSPHRASE))
    try:
        applied = migrate.upgrade(register_path, engine, backup=False)
        assert applied[-1] == migrate.head_revision()
        assert migrate.stored_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def test_erasing_a_person_from_an_encrypted_register_erases_them_from_it_and_its_backups(
    filled: Path, ward_index: WardIndex
) -> None:
    encrypt_register(filled, PASSPHRASE)
    with Register.open(filled, passphrase=PASSPHRASE, ward_index=ward_index) as register:
        take_backup(filled, reason="manual", key=register.cipher_key)
        [person] = register.people()
        register.erase_person(person.id)

    # Decrypted, the register and every backup hold the asset names but not the person's.
    backups = backups_of(filled)
    assert len(backups) == 2
    decrypt_register(filled, PASSPHRASE)
    for path in (filled, *backups):
        assert not is_encrypted(path)
        assert _holds(path, ASSET), path
        assert not _holds(path, PERSON) and not _holds(path, PHONE), path


def test_a_dry_run_copy_of_an_encrypted_register_is_encrypted_and_leaves_it_alone(filled: Path) -> None:
    encrypt_register(filled, PASSPHRASE)
    before = filled.read_bytes()
    with trial_copy(filled, PASSPHRASE) as copy:
        assert copy.encrypted and copy.count() == 201
        copy.add_asset(name="Only in the copy", category="associations")
    assert filled.read_bytes() == before


def test_a_text_file_is_not_taken_for_an_encrypted_register(tmp_path: Path) -> None:
    notes = tmp_path / "notes.assetmap"
    notes.write_text("Community assets to add:\n- the library\n" * 200, encoding="utf-8")
    assert not is_encrypted(notes)


# -- remembering the passphrase -------------------------------------------------------------------


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    with keyring_in_use(backend):
        yield backend


def test_a_remembered_passphrase_is_kept_per_register_and_forgotten_on_request(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    one, other = tmp_path / "one.assetmap", tmp_path / "other.assetmap"

    assert remember_passphrase(one, PASSPHRASE)

    assert remembered_passphrase(one) == PASSPHRASE
    assert remembered_passphrase(other) is None
    assert PASSPHRASE in memory_keyring.kept.values()
    forget_passphrase(one)
    forget_passphrase(one)  # forgetting twice is no error
    assert remembered_passphrase(one) is None


def test_without_a_keyring_the_passphrase_is_not_remembered_and_nothing_fails(tmp_path: Path) -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    with keyring_in_use(NoKeyring()):
        assert remember_passphrase(tmp_path / "one.assetmap", PASSPHRASE) is False
        assert remembered_passphrase(tmp_path / "one.assetmap") is None
        forget_passphrase(tmp_path / "one.assetmap")


# -- the command line -----------------------------------------------------------------------------


def test_the_commands_encrypt_and_decrypt_a_register_with_the_passphrase_from_the_environment(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)

    assert main(["encrypt", "--register", str(filled)]) == 0
    assert "is now encrypted" in capsys.readouterr().out
    assert is_encrypted(filled) and not _holds(filled, ASSET)

    # Any other command opens it with the same variable.
    exported = tmp_path / "assets.csv"
    assert main(["export", str(exported), "--register", str(filled), "--tier", "all"]) == 0
    with exported.open(encoding="utf-8-sig", newline="") as file:
        assert sum(row["name"].startswith(ASSET) for row in csv.DictReader(file)) == 200

    assert main(["decrypt", "--register", str(filled)]) == 0
    assert not is_encrypted(filled) and _holds(filled, ASSET)


def test_the_commands_refuse_an_encrypted_register_without_a_passphrase(
    filled: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    monkeypatch.delenv(PASSPHRASE_VARIABLE, raising=False)
    assert main(["encrypt", "--register", str(filled)]) == 2
    assert PASSPHRASE_VARIABLE in capsys.readouterr().err
    assert not is_encrypted(filled)

    encrypt_register(filled, PASSPHRASE)
    assert main(["export", str(tmp_path / "assets.csv"), "--register", str(filled)]) == 2
    assert "is encrypted" in capsys.readouterr().err
    # A passphrase the window remembered opens it for the commands too.
    remember_passphrase(filled, PASSPHRASE)
    assert main(["export", str(tmp_path / "assets.csv"), "--register", str(filled)]) == 0
    forget_passphrase(filled)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "not the passphrase")
    assert main(["decrypt", "--register", str(filled)]) == 2
    assert "The passphrase is not right" in capsys.readouterr().err
    assert is_encrypted(filled)


@pytest.mark.parametrize(
    "passphrase",
    ['it\'s "quoted"; DROP TABLE assets; --', "x'00112233'", "pässwörd ünïcode 🔑 long enough", " spaces  "],
)
def test_any_passphrase_and_file_name_work_for_they_never_enter_sql_text(
    tmp_path: Path, passphrase: str
) -> None:
    path = tmp_path / "O'Brien's \"team\" register.assetmap"
    with Register.open(path) as register:
        register.add_asset(name=ASSET, category="associations")

    encrypt_register(path, passphrase)
    with Register.open(path, passphrase=passphrase) as register:
        assert [a.name for a in register.assets()] == [ASSET]
    with pytest.raises(WrongPassphraseError):
        Register.open(path, passphrase=passphrase.strip() + "x")
    decrypt_register(path, passphrase)
    assert _holds(path, ASSET)
