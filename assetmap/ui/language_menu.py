"""View → Language: the window's language, kept in the preferences and used from the next start."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from assetmap.languages import LANGUAGES, language
from assetmap.settings import save_preferences
from assetmap.ui.i18n import chosen_language, translate

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow

# Set on the application when the person asked to restart: run_app starts AssetMap again once every
# window has closed and let go of its register.
RESTART_PROPERTY = "assetmap_restart"


def language_label(code: str) -> str:
    """A language as the menu names it: in its own words, marked while it awaits a native speaker's review."""
    if not code:
        return translate("language_menu", "&System language")
    lang = language(code)
    if lang.awaiting_review:
        return translate("language_menu", "{language} (awaiting review)").format(language=lang.native_name)
    return lang.native_name


class LanguageMenu(QObject):
    """The View → Language submenu: System language, English, اردو, Polski."""

    def __init__(self, window: MainWindow, parent_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = parent_menu.addMenu(translate("language_menu", "&Language"))
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code in ("", *LANGUAGES):
            action = QAction(language_label(code), self.group)
            action.setCheckable(True)
            action.setChecked(code == window.preferences.language)
            action.setStatusTip(
                translate("language_menu", "The language of the window, used from the next start")
            )
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str, *, ask: bool = True) -> bool:
        """Keep ``code`` as the preferred language; offer to restart now. Returns whether it restarts."""
        window = self.window
        if code == window.preferences.language:
            return False
        window.preferences = replace(window.preferences, language=code)
        save_preferences(window.preferences)
        self.actions[code].setChecked(True)
        if not ask:
            return False
        name = chosen_language(code).native_name
        answer = QMessageBox.question(
            window,
            translate("language_menu", "Language"),
            translate(
                "language_menu",
                "AssetMap will be in {language} the next time it starts. Restart AssetMap now? "
                "Everything is saved as you work, so nothing is lost.",
            ).format(language=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        request_restart()
        return True


def request_restart() -> None:
    """Close AssetMap and start it again (see :func:`restart_if_asked`)."""
    app = QApplication.instance()
    if app is not None:
        app.setProperty(RESTART_PROPERTY, True)
        app.quit()


def restart_arguments() -> tuple[str, list[str]]:
    """The program and arguments that start this AssetMap again, without a one-run ``--language``."""
    arguments = list(sys.argv[1:])
    if "--language" in arguments:
        at = arguments.index("--language")
        del arguments[at : at + 2]
    arguments = [a for a in arguments if not a.startswith("--language=")]
    if getattr(sys, "frozen", False):  # the installed app: its executable is AssetMap itself
        return sys.executable, arguments
    return sys.executable, ["-m", "assetmap.cli", *arguments]


def restart_if_asked() -> bool:
    """Once every window has closed: start AssetMap again if the person asked for it."""
    app = QApplication.instance()
    if app is None or not app.property(RESTART_PROPERTY):
        return False
    app.setProperty(RESTART_PROPERTY, False)
    program, arguments = restart_arguments()
    return QProcess.startDetached(program, arguments)[0]
