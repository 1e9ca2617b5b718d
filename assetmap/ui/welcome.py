"""The welcome window, shown when AssetMap starts with no register: the demo, a new register, or yours."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCommandLinkButton,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from assetmap import paths
from assetmap.geo.boundaries import gm_boundaries
from assetmap.io.boundaries import use_gm_district
from assetmap.register import Register
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate
from assetmap.ui.recent import recent_registers
from assetmap.ui.screen_fit import fit_to_screen

REGISTER_FILTER = QT_TRANSLATE_NOOP("welcome", "AssetMap registers (*.assetmap)")
SUFFIX = ".assetmap"
TAGLINE = QT_TRANSLATE_NOOP(
    "welcome",
    "Record what a community already has — its groups, places, people's skills and stories — on the ward "
    "map, and share what you find. Everything stays on this computer.",
)


@dataclass(frozen=True)
class RegisterRequest:
    """A register the person asked for, and how to make it if it is new.

    ``build`` makes the file while the register's lock is held (the demo); ``prepare`` runs on the opened
    register before its window appears (a new register's wards) and returns False when the person gave up.
    """

    path: Path
    new: bool = False
    build: Callable[[Path], None] | None = None
    prepare: Callable[[Register, QWidget | None], bool] | None = None


def _folder_shown(path: Path) -> str:
    """A register's folder as the person knows it: ``~`` for their home folder."""
    folder = path.parent
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)


def demo_register_path() -> Path:
    """Where the demo register is built on first use."""
    return paths.data_dir() / "demo.assetmap"


def _build_demo(path: Path) -> None:
    from assetmap.demo import build_demo_register

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        build_demo_register(path).close()
    finally:
        QApplication.restoreOverrideCursor()


def demo_request() -> RegisterRequest:
    """The demo register, built the first time it is asked for."""
    path = demo_register_path()
    return RegisterRequest(path, new=not path.exists(), build=_build_demo)


def _use_district(lad_code: str) -> Callable[[Register, QWidget | None], bool]:
    def prepare(register: Register, _parent: QWidget | None) -> bool:
        use_gm_district(register, lad_code)
        return True

    return prepare


def _import_wards(register: Register, parent: QWidget | None) -> bool:
    """File → Ward boundaries… on the new register; giving up leaves no register behind."""
    from assetmap.ui.boundaries_dialog import BoundariesDialog

    BoundariesDialog(register, parent).exec()
    return not register.boundaries().bundled


class WelcomeWindow(QWidget):
    """The first minute: large choices with a line each, and the registers opened lately.

    ``opener`` opens a :class:`RegisterRequest` (taking its lock, saying plainly why not) and returns
    whether it did; when it did not, this window stays as it was.
    """

    def __init__(
        self,
        opener: Callable[[RegisterRequest], bool],
        parent: QWidget | None = None,
        team_opener: Callable[[str, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.opener = opener
        # Opens a team register on a server (its location and password); see assetmap.ui.team_actions.
        self.team_opener = team_opener
        self.setWindowTitle(translate("welcome", "Welcome to AssetMap"))
        self.setObjectName("welcome")

        title = QLabel(translate("welcome", "Welcome to AssetMap"))
        title.setObjectName("welcomeTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        tagline = QLabel(translate("welcome", TAGLINE))
        tagline.setWordWrap(True)

        self.demo_button = self._choice(
            translate("welcome", "Explore the demo register"),
            translate(
                "welcome", "{count} real community assets across Greater Manchester, to try AssetMap out."
            ).format(count=QLocale().toString(4211)),
            self.open_demo,
        )
        self.gm_button = self._choice(
            translate("welcome", "New register for all of Greater Manchester"),
            translate(
                "welcome", "An empty register on Greater Manchester's {count} wards, saved where you choose."
            ).format(count=QLocale().toString(215)),
            lambda: self.ask_new(None),
        )
        self.district_combo = QComboBox()
        self.district_combo.setObjectName("districtChoice")
        self.district_combo.setAccessibleName(translate("welcome", "District for the new register"))
        for code, name in sorted(gm_boundaries().district_names.items(), key=lambda item: item[1]):
            self.district_combo.addItem(name, code)
        self.district_button = self._choice(
            translate("welcome", "New register for one district"),
            translate("welcome", "An empty register on the wards of the district chosen here."),
            lambda: self.ask_new(self.district_combo.currentData()),
        )
        self.area_button = self._choice(
            translate("welcome", "New register for another area"),
            translate(
                "welcome",
                "An empty register on your own area's wards, from a GeoJSON, GeoPackage or zipped Shapefile.",
            ),
            lambda: self.ask_new("file"),
        )
        self.open_button = self._choice(
            translate("welcome", "Open an existing register…"),
            translate("welcome", "An .assetmap file on this computer, such as one a colleague gave you."),
            self.ask_existing,
        )
        self.team_button = self._choice(
            translate("welcome", "Open a team register…"),
            translate(
                "welcome", "Your team's register on a server, with the login your coordinator gave you."
            ),
            self.ask_team,
        )
        self.team_button.setVisible(team_opener is not None)
        district_row = QHBoxLayout()
        district_row.addWidget(self.district_button, 1)
        district_row.addWidget(self.district_combo, 0, Qt.AlignmentFlag.AlignVCenter)
        district_row.addSpacing(12)

        choices = QVBoxLayout()
        choices.setSpacing(4)
        choices.addWidget(self._heading(translate("welcome", "Try it")))
        choices.addWidget(self.demo_button)
        choices.addSpacing(8)
        choices.addWidget(self._heading(translate("welcome", "Start your own register")))
        choices.addWidget(self.gm_button)
        choices.addLayout(district_row)
        choices.addWidget(self.area_button)
        choices.addSpacing(8)
        choices.addWidget(self._heading(translate("welcome", "Carry on")))
        choices.addWidget(self.open_button)
        choices.addWidget(self.team_button)
        choices.addStretch(1)

        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentRegisters")
        self.recent_list.setAccessibleName(translate("welcome", "Recent registers"))
        self.recent_list.setSpacing(2)
        self.recent_list.setAlternatingRowColors(True)
        self.recent_list.itemActivated.connect(
            lambda item: self.open_path(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.no_recent = QLabel(
            translate("welcome", "Registers you open are listed here, so you can go back to them quickly.")
        )
        self.no_recent.setWordWrap(True)
        self.no_recent.setAlignment(Qt.AlignmentFlag.AlignTop)
        recent = QVBoxLayout()
        recent.addWidget(self._heading(translate("welcome", "Recent registers")))
        recent.addWidget(self.recent_list, 1)
        self.recent_hint = QLabel(
            translate("welcome", "Double-click a register, or select it and press Enter, to open it.")
        )
        self.recent_hint.setWordWrap(True)
        self.recent_hint.setStyleSheet("color: #666")
        recent.addWidget(self.recent_hint)
        recent.addWidget(self.no_recent, 1)
        self.refresh_recent()

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.VLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        columns = QHBoxLayout()
        columns.addLayout(choices, 3)
        columns.addWidget(rule)
        columns.addLayout(recent, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addSpacing(12)
        layout.addLayout(columns, 1)
        fit_to_screen(self, 960, 600)

    def _choice(self, text: str, line: str, slot: Callable[[], object]) -> QCommandLinkButton:
        button = QCommandLinkButton(text, line)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def refresh_recent(self) -> None:
        self.recent_list.clear()
        for path in recent_registers():
            item = QListWidgetItem()
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate("welcome", "{name}, in {folder}").format(
                    name=path.stem, folder=_folder_shown(path)
                ),
            )
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
            label = QLabel(
                f"<b>{html.escape(path.stem)}</b><br>"
                f"<span style='color:#666'>{html.escape(_folder_shown(path))}</span>"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(8, 6, 8, 6)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            item.setSizeHint(label.sizeHint())
            self.recent_list.setItemWidget(item, label)
        has_recent = self.recent_list.count() > 0
        self.recent_list.setVisible(has_recent)
        self.recent_hint.setVisible(has_recent)
        self.no_recent.setVisible(not has_recent)

    # -- the choices ---------------------------------------------------------------------

    def open_demo(self) -> bool:
        """Open the demo register, building it the first time."""
        return self.opener(demo_request())

    def open_path(self, path: Path) -> bool:
        return self.opener(RegisterRequest(Path(path)))

    def start_new(self, area: str | None, path: Path) -> bool:
        """A new register at ``path``: all of GM (``None``), one district (its code) or wards from a file."""
        prepare: Callable[[Register, QWidget | None], bool] | None
        if area is None:
            prepare = None
        elif area == "file":
            prepare = _import_wards
        else:
            prepare = _use_district(area)
        return self.opener(RegisterRequest(Path(path), new=True, prepare=prepare))

    def ask_new(self, area: str | None) -> bool:
        path = self.ask_new_path()
        return path is not None and self.start_new(area, path)

    def ask_new_path(self) -> Path | None:
        """Where to save a new register: a file dialog starting in the user data folder."""
        folder = paths.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("welcome", "Save the new register as"),
            str(folder / f"register{SUFFIX}"),
            translate("welcome", REGISTER_FILTER),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if path.exists():
            QMessageBox.information(
                self,
                translate("welcome", "That file already exists"),
                translate(
                    "welcome",
                    "{path} already exists, and a new register never replaces a file. Choose another name, "
                    "or use Open an existing register to open it.",
                ).format(path=path),
            )
            return None
        return path

    def ask_existing(self) -> bool:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("welcome", "Open a register"),
            str(paths.data_dir()),
            translate("welcome", REGISTER_FILTER) + ";;" + translate("welcome", "All files (*)"),
        )
        return bool(chosen) and self.open_path(Path(chosen))

    def ask_team(self) -> bool:
        """File → Open team register…'s dialog, here for someone whose register is the team's."""
        from assetmap.ui.team_actions import ask_team_login

        asked = ask_team_login(self)
        return asked is not None and self.team_opener is not None and self.team_opener(*asked)
