"""Errors the core raises, each with a message fit to show a person."""

from __future__ import annotations

from pathlib import Path

from assetmap.messages import tr

QUOTE_LIMIT = 80


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``value`` for a message (text in quotes), cut to about ``limit`` characters with its full length said.

    Every message that repeats an offending value goes through this, so a 200,000-character cell
    cannot fill a dialog, a terminal or a log line.
    """
    text = value if isinstance(value, str) else str(value)
    show = repr if isinstance(value, str) else str
    if len(text) <= limit:
        return show(text)
    return tr("{start}… ({count} characters)").format(start=show(text[: limit - 1]), count=f"{len(text):,}")


class AssetMapError(Exception):
    """Base of every error whose message is written for the user.

    The message says what happened, to which file (and row and field, where there is one),
    and what the person can do about it.
    """


class RegisterError(AssetMapError):
    """A register file cannot be opened or written as asked."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(message)


class RegisterLockedError(RegisterError):
    """Another AssetMap window already writes this register."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            tr(
                "The register {path} is already open in another AssetMap window on this computer, or an "
                "AssetMap command is writing to it (or another computer sharing this folder is). Close it "
                "there or let the command finish, then try again."
            ).format(path=path),
        )


class DamagedRegisterError(RegisterError):
    """The file failed SQLite's integrity check, or is not a register at all."""

    def __init__(self, path: Path | str, detail: str, newest_backup: Path | None) -> None:
        self.detail = detail
        self.newest_backup = newest_backup
        advice = (
            tr(
                "The newest backup is {backup}; AssetMap can restore it and keep the damaged file "
                "beside it for inspection."
            ).format(backup=newest_backup.name)
            if newest_backup
            else tr("There is no backup of it yet. Keep the file and ask for help recovering it.")
        )
        super().__init__(
            path,
            tr("The register {path} is damaged and cannot be opened safely ({detail}). {advice}").format(
                path=path, detail=detail, advice=advice
            ),
        )


class RegisterUnwritableError(RegisterError):
    """The register cannot be written where it is: a read-only file, folder or drive, or a full disk."""

    READ_ONLY = "read-only"
    DISK_FULL = "disk full"

    def __init__(self, path: Path | str, reason: str) -> None:
        self.reason = reason
        if reason == self.DISK_FULL:
            message = tr(
                "The disk holding the register {path} is full, so AssetMap cannot write to it. Nothing "
                "was lost: the register is as it was before this change. Free some space on that disk "
                "and try again."
            ).format(path=path)
        else:
            message = tr(
                "The register {path} is read-only here (the file, its folder or the drive it is on "
                "cannot be written), so AssetMap cannot save to it. Nothing was lost. Copy the register "
                "to a folder you can write to, or make the file writable, and open it again."
            ).format(path=path)
        super().__init__(path, message)


class NotARegisterError(RegisterError):
    """A SQLite database that is not an AssetMap register (another program's); it is left untouched."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            tr(
                "{path} is a database, but not an AssetMap register: it has tables of its own and none of "
                "AssetMap's. It has not been changed. Choose an AssetMap register (.assetmap), or a new "
                "file name to start one."
            ).format(path=path),
        )


class NewerRegisterError(RegisterError):
    """The register was written by a newer AssetMap; it is left untouched."""

    def __init__(self, path: Path | str, revision: str) -> None:
        self.revision = revision
        super().__init__(
            path,
            tr(
                "The register {path} was saved by a newer version of AssetMap (schema {revision}). "
                "It has not been changed. Update AssetMap to open it."
            ).format(path=path, revision=revision),
        )


class SharedLocationError(RegisterError):
    """The register lies on a network or synced folder, where SQLite can lose writes."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.reason = reason
        super().__init__(
            path,
            tr(
                "The register {path} is in {reason}. Two computers writing the same file there can corrupt "
                "it. Copy it to a local folder to work on it, or open it anyway if you are sure no one else "
                "uses it."
            ).format(path=path, reason=reason),
        )


class PassphraseNeededError(RegisterError):
    """The register is encrypted and no passphrase was given for it."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            tr(
                "The register {path} is encrypted: give its passphrase to open it. From the command line, "
                "run the command in a terminal to be asked for it, or set ASSETMAP_PASSPHRASE in a script."
            ).format(path=path),
        )


class WrongPassphraseError(RegisterError):
    """The passphrase given does not decrypt the register (or the file is not a register at all)."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            tr(
                "The passphrase is not right for {path}. Check it (capital letters count) and try again; "
                "nothing was changed. Without its passphrase an encrypted register cannot be read."
            ).format(path=path),
        )


class MigrationError(RegisterError):
    """A schema upgrade failed; the register was left at its previous version."""


class AssetNotFoundError(AssetMapError):
    """An asset id that is not in the register."""

    def __init__(self, asset_id: str) -> None:
        self.asset_id = asset_id
        super().__init__(
            tr("There is no asset with id {id} in this register. It may have been removed.").format(
                id=asset_id
            )
        )


class ValidationError(AssetMapError):
    """A value for a field is not acceptable; names the field and what to do."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class DataFileError(AssetMapError):
    """A bundled or supplied data file cannot be read."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(message)


class StaleWriteError(AssetMapError):
    """A write stated the version of a record it read, and someone else has changed the record since.

    Nothing was written. ``current`` is the record as it is now (an asset or a person), ``expected_version``
    the version the write was based on, and ``attempted`` the field values it tried to write, so that the
    person can compare both versions field by field and choose.
    """

    def __init__(
        self, kind: str, current: object, expected_version: int, attempted: dict[str, object]
    ) -> None:
        self.kind = kind
        self.current = current
        self.record_id = str(getattr(current, "id", ""))
        self.expected_version = expected_version
        self.attempted = dict(attempted)
        name = quoted(str(getattr(current, "name", "") or self.record_id))
        version = getattr(current, "version", "?")
        if kind == "person":
            template = tr(
                "Someone else changed the person {name} (it is now at version {version}) after you read "
                "version {expected}, so your change was not saved and theirs was kept. Compare the two "
                "versions field by field, choose what to keep, and save again."
            )
        else:
            template = tr(
                "Someone else changed the asset {name} (it is now at version {version}) after you read "
                "version {expected}, so your change was not saved and theirs was kept. Compare the two "
                "versions field by field, choose what to keep, and save again."
            )
        super().__init__(template.format(name=name, version=version, expected=expected_version))


class ServerError(RegisterError):
    """A team register on a server cannot be reached, or refuses what was asked of it."""

    def __init__(self, location: str, message: str) -> None:
        super().__init__(location, message)
        self.location = location
