"""What the person sees after an unexpected error, and a report they can send that holds none of their data.

The report names AssetMap's, Python's and Qt's versions, the system, the exception's type and, for each
step of the traceback, its file, line and function. It never holds the exception's message, local
variables or source lines: a message may quote an asset's name or a person's details.
"""

from __future__ import annotations

import platform
import traceback
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

import assetmap
from assetmap import paths
from assetmap.ui.i18n import translate
from assetmap.ui.screen_fit import fit_to_screen

_PACKAGE_ROOT = Path(assetmap.__file__).resolve().parent.parent
# The register's own code: a failure there happened in a register read or write, and a write that fails is
# rolled back whole (each is one transaction), so the change being saved is not in the register.
_REGISTER_PACKAGE = "assetmap/register/"


def _where(filename: str) -> str:
    """A frame's file, without the folders above it (which may hold the person's user name)."""
    path = Path(filename)
    try:
        return path.resolve().relative_to(_PACKAGE_ROOT).as_posix()
    except (OSError, ValueError):
        return path.name


def _chain(value: BaseException) -> list[BaseException]:
    """The exception and those it was raised from or while handling, outermost last."""
    chain: list[BaseException] = []
    current: BaseException | None = value
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return list(reversed(chain))


def happened_during_write(value: BaseException) -> bool:
    """Whether the error came out of the register's code, where it may have stopped a write."""
    return any(
        _where(frame.filename).startswith(_REGISTER_PACKAGE)
        for exc in _chain(value)
        for frame in traceback.extract_tb(exc.__traceback__)
    )


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """A plain-text report of an unexpected error, free of exception messages and values."""
    if value.__traceback__ is None and tb is not None:
        value = value.with_traceback(tb)
    lines = [
        f"AssetMap {assetmap.__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"System {platform.system()} {platform.release()} ({platform.machine()})",
        "",
    ]
    for index, exc in enumerate(_chain(value)):
        if index:
            lines += ["", "During handling of the above, another error occurred:"]
        name = type(exc).__qualname__
        module = type(exc).__module__
        lines.append(f"Error type: {name if module == 'builtins' else f'{module}.{name}'}")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(exc.__traceback__):
            lines.append(f"  {_where(frame.filename)}, line {frame.lineno}, in {frame.name}")
    return "\n".join(lines)


def error_summary(during_write: bool) -> str:
    """The words the person reads: what happened, what was kept, and what to do."""
    kept = (
        translate(
            "error_dialog",
            "It happened while AssetMap was working with the register: if a change was being saved, that "
            "change was not saved (the register only ever keeps whole changes), and everything saved "
            "before it is safe.",
        )
        if during_write
        else translate(
            "error_dialog", "Nothing was lost: every change is saved to the register as it is made."
        )
    )
    return (
        translate("error_dialog", "AssetMap hit a problem it did not expect, and stopped what it was doing.")
        + f" {kept}\n\n"
        + translate(
            "error_dialog",
            "You can carry on working. If it happens again, press Copy details and send them with a note "
            "of what you were doing; the details hold no asset text and no one's personal data. "
            "They are also in the log file:\n{log}",
        ).format(log=paths.log_dir() / "assetmap.log")
    )


class ErrorDialog(QDialog):
    """Says what happened in plain words; Copy details puts the redacted report on the clipboard."""

    def __init__(self, report: str, *, during_write: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(translate("error_dialog", "AssetMap: something went wrong"))
        self.message = QLabel(error_summary(during_write))
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("error_dialog", "&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        self.copied_label = QLabel("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.copied_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, None)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copied_label.setText(
            translate(
                "error_dialog", "The details are on the clipboard; paste them into an email or message."
            )
        )


def error_dialog_for(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None, parent: QWidget | None = None
) -> ErrorDialog:
    """The dialog for an unexpected error, not yet shown (the caller runs ``exec``)."""
    return ErrorDialog(
        crash_report(kind, value, tb), during_write=happened_during_write(value), parent=parent
    )


def log_line(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """What the log keeps of an unexpected error: the same report the person can copy."""
    return f"Unexpected error\n{crash_report(kind, value, tb)}"
