"""The window in Urdu (right to left) and Polish: menus, forms, the map page and numbers in the language."""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from assetmap.geo.postcodes import PostcodeIndex
from assetmap.register import Register
from assetmap.settings import Preferences, load_preferences
from assetmap.ui.about import AboutDialog
from assetmap.ui.asset_form import AssetForm
from assetmap.ui.i18n import (
    chosen_language,
    vocabulary,
)
from assetmap.ui.main_window import MainWindow
from tests.ui.conftest import open_window
from tests.ui.test_translations import PENDING_MODULES

pytestmark = pytest.mark.web

ROOT = Path(__file__).resolve().parents[2]
ASSETS = [
    {"name": "Ancoats Library", "category": "institutions", "lon": -2.2270, "lat": 53.4840},
    {"name": "Hulme Community Garden", "category": "physical_spaces", "lon": -2.2490, "lat": 53.4660},
    {"name": "Bolton Choir", "category": "culture_stories", "lon": -2.4300, "lat": 53.5770},
]
# Shown as they are in every language: names, the product, the basemap's provider, file formats.
NAMES = ("AssetMap", "OpenStreetMap", "GeoJSON", "GeoPackage", "Shapefile", "PDF", "Ctrl", "Shift", "Esc")
LATIN_WORDS = re.compile(r"[A-Za-z]{3,}(?:[ ’'-][A-Za-z]{2,})+")


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "Levenshulme.assetmap")
    register.add_assets(ASSETS)
    yield register
    register.close()


def _pending_words() -> list[str]:
    """The English literals of modules another branch is translating: tolerated until they are merged."""
    words: list[str] = []
    for name in PENDING_MODULES:
        path = ROOT / "assetmap" / "ui" / name
        if not path.exists():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value.replace("&", "").strip()
                if len(text) >= 4 and re.search(r"[A-Za-z]{3}", text):
                    words.append(text)
    return words


def _menu_texts(menu: QMenu, path: str = "") -> list[tuple[str, str]]:
    found = [(path + menu.title(), menu.title())]
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            found += _menu_texts(action.menu(), f"{path}{menu.title()} ▸ ")
        elif action.text():
            found.append((f"{path}{menu.title()} ▸ {action.text()}", action.text()))
    return found


def shown_texts(window: MainWindow) -> list[tuple[str, str]]:
    """What the person reads on the window: menus and their actions, the tool bar, docks, labels, buttons,
    fields' placeholders, the status bar and the title."""
    texts: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for action in window.menuBar().actions():
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.text():
            texts.append((f"label {widget.objectName()}", re.sub(r"<[^>]*>", " ", widget.text())))
        elif isinstance(widget, QAbstractButton) and widget.text():
            texts.append((f"button {widget.objectName()}", widget.text()))
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            texts.append((f"field {widget.objectName()}", widget.placeholderText()))
        elif isinstance(widget, QDockWidget):
            texts.append((f"dock {widget.objectName()}", widget.windowTitle()))
    texts.append(("status bar", window.statusBar().currentMessage()))
    return texts


def english_left(texts: list[tuple[str, str]], data: tuple[str, ...]) -> list[str]:
    """The texts still in English: runs of Latin words that are not a name, data, or a pending module's."""
    # The core's words (categories, statuses…) get no excuse: the window shows them through vocabulary().
    pending = _pending_words()
    left = []
    for where, text in texts:
        plain = text.replace("&", "")
        for word in (*NAMES, *data):
            plain = plain.replace(word, " ")
        if not LATIN_WORDS.search(plain):
            continue
        if any(word in text.replace("&", "") for word in pending):
            continue
        left.append(f"{where}: {text!r}")
    return left


def test_the_main_window_in_urdu_speaks_urdu_and_is_mirrored(
    qtbot, urdu, register: Register, tmp_path
) -> None:
    window = open_window(qtbot, register)
    try:
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        bar = window.menuBar()
        assert bar.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Mirrored: the first menu (File) is at the right-hand end of the menu bar.
        first = bar.actionGeometry(bar.actions()[0])
        assert first.center().x() > bar.width() / 2
        assert bar.actions()[0].text() == "&فائل"
        texts = shown_texts(window)
        assert len(texts) > 60
        # The data's own words stay as the data has them: names, and the source of the population figures.
        population_source = register.boundaries().population_note
        left = english_left(
            texts, data=(register.display_name, population_source, *(a["name"] for a in ASSETS))
        )
        assert not left, "Still in English:\n" + "\n".join(left)
        assert window.statusBar().currentMessage() == "3 اثاثے، 3 دکھائے گئے"
        # The filter bar's choices are the core's categories and statuses, in Urdu.
        categories = combo_items(window.filter_bar.category_combo)
        statuses = combo_items(window.filter_bar.status_combo)
        assert "ادارے" in categories and "فعال" in statuses
        assert not latin_left(categories + statuses)
        # The map page: right to left, its legend and screen-reader names in Urdu.
        page = window.map_view
        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert page.evaluate("document.documentElement.lang").startswith("ur")
        legend = page.evaluate("document.querySelector('.am-legend-title').textContent")
        assert legend == "زمرے"
        assert vocabulary("Institutions") in [label for _code, label in page.evaluate("assetmap.legend()")]
        assert page.evaluate(
            "document.querySelector('.leaflet-control-zoom').closest('.leaflet-right') !== null"
        )
        # The picture of it: taken offscreen, with the menu bar's first menu drawn at the right.
        shot = tmp_path / "window-ur.png"
        assert window.grab().save(str(shot)) and shot.stat().st_size > 10_000
    finally:
        window.shut_down()
        window.close()


def test_the_asset_form_in_urdu_is_mirrored_with_urdu_labels_and_categories(qtbot, urdu, register) -> None:
    asset = register.assets()[0]
    form = AssetForm(register.categories(), PostcodeIndex.for_gm(), register.boundaries().ward_names, asset)
    qtbot.addWidget(form)
    form.show()
    assert form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert form.windowTitle() == "‘Ancoats Library’ میں ترمیم"
    categories = [form.category_combo.itemText(i) for i in range(form.category_combo.count())]
    assert "ادارے" in categories and "انجمنیں اور گروپ" in categories
    labels = [label.text() for label in form.findChildren(QLabel) if label.text()]
    assert "&نام *" in labels and "&Name *" not in labels
    assert form.inputs["name"].accessibleName() == "نام، لازمی"
    # The field sits right of its label: mirrored.
    name_label = next(label for label in form.findChildren(QLabel) if label.text() == "&نام *")
    field = form.inputs["name"]
    assert (
        name_label.mapTo(form, name_label.rect().center()).x() > field.mapTo(form, field.rect().center()).x()
    )


def test_the_main_window_in_polish_has_polish_menus_and_polish_numbers(qtbot, polish, tmp_path) -> None:
    register = Register.open(tmp_path / "Wielki.assetmap")
    register.add_assets([{"name": f"Grupa {i}", "category": "associations"} for i in range(12_345)])
    try:
        window = open_window(qtbot, register)
        try:
            titles = [action.text() for action in window.menuBar().actions()]
            assert titles[0] == "&Plik" and "&Widok" in titles and "Pomo&c" in titles
            assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
            # 12 345 in Polish: a non-breaking space groups the thousands, and "zasobów" is the plural form.
            assert window.statusBar().currentMessage() == "12\u00a0345 zasobów, pokazano 12\u00a0345"
            assert QLocale().toString(12345) == "12\u00a0345"
        finally:
            window.shut_down()
            window.close()
    finally:
        register.close()


def test_choosing_a_language_keeps_it_and_offers_a_restart(qtbot, register, monkeypatch) -> None:
    window = open_window(qtbot, register)
    asked: list[str] = []

    def answer(parent, title, text, *args) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    try:
        menu = window.language_menu
        assert [a.text() for a in menu.menu.actions()] == [
            "&System language",
            "English",
            "اردو (awaiting review)",
            "Polski (awaiting review)",
        ]
        assert menu.actions[""].isChecked()
        menu.actions["pl"].trigger()
        assert load_preferences().language == "pl"
        assert window.preferences.language == "pl"
        assert menu.actions["pl"].isChecked()
        assert asked and "Polski" in asked[0] and "next time it starts" in asked[0]
        assert not QApplication.instance().property("assetmap_restart")
    finally:
        window.shut_down()
        window.close()


def test_a_restart_starts_assetmap_again_without_a_one_run_language(monkeypatch) -> None:
    from assetmap.ui import language_menu

    monkeypatch.setattr("sys.argv", ["/x/assetmap/cli/__main__.py", "--language", "ur", "--register", "a"])
    _program, arguments = language_menu.restart_arguments()
    assert arguments == ["-m", "assetmap.cli", "--register", "a"]


def test_the_language_comes_from_the_command_line_then_the_preferences_then_the_system(qapp) -> None:
    assert chosen_language("pl", "ur").code == "ur"
    assert chosen_language("pl").code == "pl"
    system = QLocale.system().name().split("_")[0]
    assert chosen_language("").code == (system if system in ("en", "ur", "pl") else "en")
    assert chosen_language("xx").code in ("en", "ur", "pl")  # a stale preference falls back


def test_an_unknown_language_on_the_command_line_is_refused_plainly(capsys) -> None:
    from assetmap.cli import main

    assert main(["--language", "xx"]) == 2
    said = capsys.readouterr().err
    assert "no translation for the language 'xx'" in said and "ur (Urdu)" in said


def test_the_about_box_says_which_translations_await_review(qtbot, register) -> None:
    about = AboutDialog(register.boundaries())
    qtbot.addWidget(about)
    text = about.plain_text()
    assert "await review by a native speaker" in text
    assert "اردو (Urdu)" in text and "Polski (Polish)" in text


def test_the_about_box_in_urdu_is_in_urdu(qtbot, urdu, register) -> None:
    about = AboutDialog(register.boundaries())
    qtbot.addWidget(about)
    assert about.windowTitle() == "AssetMap کے بارے میں"
    assert "ڈیٹا کے ذرائع" in about.plain_text()


def test_preferences_keep_the_language(qapp) -> None:
    from assetmap.settings import save_preferences

    save_preferences(Preferences(language="ur"))
    assert load_preferences().language == "ur"


def test_the_welcome_window_in_urdu_is_mirrored_and_in_urdu(qtbot, urdu) -> None:
    from assetmap.ui.welcome import WelcomeWindow

    welcome = WelcomeWindow(lambda _request: False)
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert welcome.windowTitle() == "AssetMap میں خوش آمدید"
    assert welcome.demo_button.text() == "ڈیمو رجسٹر دیکھیں"
    texts = [("button", b.text()) for b in welcome.findChildren(QAbstractButton) if b.isVisibleTo(welcome)]
    texts += [("label", label.text()) for label in welcome.findChildren(QLabel) if label.isVisibleTo(welcome)]
    assert not english_left(texts, data=())


def test_the_page_gets_each_plural_word_in_its_forms(urdu) -> None:
    from assetmap.ui.web.words import page_words, words_script

    words = page_words()
    assert words["Categories"] == "زمرے"
    assert words["Institutions"] == "ادارے"
    assert words["%n asset(s) shown"] == ["%n اثاثہ دکھایا گیا", "%n اثاثے دکھائے گئے", "%n اثاثے دکھائے گئے"]
    assert '"dir": "rtl"' in words_script()


def test_a_restart_asked_for_starts_assetmap_once_every_window_has_closed(qapp, monkeypatch) -> None:
    from PySide6.QtCore import QProcess

    from assetmap.ui import language_menu

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, args: started.append((program, args)) or (True, 1)
    )
    monkeypatch.setattr("sys.argv", ["/x/assetmap/cli/__main__.py", "--language=pl"])
    assert language_menu.restart_if_asked() is False and not started
    qapp.setProperty(language_menu.RESTART_PROPERTY, True)
    assert language_menu.restart_if_asked() is True
    assert started == [(sys.executable, ["-m", "assetmap.cli"])]
    assert not qapp.property(language_menu.RESTART_PROPERTY)


# Names that stay as they are in a combo's items: formats, a standard's name, a coordinate system.
FORMAT_NAMES = ("CSV", "KML", "JSON", "Google Earth", "Open Referral UK", "WGS84")
EXTENSION = re.compile(r"\(\.[a-z]+\)")


def latin_left(texts: list[str], data: tuple[str, ...] = ()) -> list[str]:
    """The texts with a Latin word left once names, formats, file extensions and data are taken out."""
    left = []
    for text in texts:
        plain = EXTENSION.sub(" ", text.replace("&", ""))
        for word in sorted((*NAMES, *FORMAT_NAMES, *data), key=len, reverse=True):
            plain = plain.replace(word, " ")
        if re.search(r"[A-Za-z]{2,}", plain):
            left.append(text)
    return left


def combo_items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_person_form_audit_trail_and_export_in_urdu_offer_urdu_choices(qtbot, urdu, register) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QComboBox

    from assetmap.register import consent
    from assetmap.ui.audit_dialog import AuditDialog
    from assetmap.ui.export_dialog import ExportDialog
    from assetmap.ui.people_actions import PeopleEdits
    from assetmap.ui.person_form import AssetPicker, PersonForm

    person = register.add_person("Ada Lovelace", preferred_contact="email")
    register.record_consent(person.id, consent.PUBLIC, lawful_basis="legitimate_interests", method="paper")
    undo = QUndoStack()
    edits = PeopleEdits(register, undo, lambda _change: None, lambda exc: None, lambda: None)
    form = PersonForm(edits, person.id)
    qtbot.addWidget(form)
    form.show()
    contacts = combo_items(form.contact_combo)
    assert "ای میل" in contacts and "کسی جاننے والے کے ذریعے" in contacts
    assert not latin_left([text for combo in form.findChildren(QComboBox) for text in combo_items(combo)])
    # The consent history: what was agreed, on which basis and how, in Urdu.
    row = [form.events_table.item(0, c).text() for c in range(form.events_table.columnCount())]
    assert vocabulary("Shown on public maps and reports (not named)") in row
    assert "جائز مفادات" in row and "کاغذی فارم" in row
    assert not latin_left(row, data=(register.user,))
    picker = AssetPicker(register.assets(), "—", relations=True)
    qtbot.addWidget(picker)
    assert combo_items(picker.relation_combo) == ["چلاتا ہے", "کا رکن ہے"]

    audit = AuditDialog(register)
    qtbot.addWidget(audit)
    actions = combo_items(audit.action_combo)
    assert "شامل کیا" in actions and "رضامندی درج کی" in actions and len(actions) > 20
    assert not latin_left(actions)
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0)
    shown = [audit.model.index(0, column).data() for column in (2, 3)]
    assert not latin_left(shown) and all(shown)

    export = ExportDialog(register)
    qtbot.addWidget(export)
    formats, tiers = combo_items(export.format_combo), combo_items(export.tier_combo)
    assert "ایکسل ورک بک (.xlsx)" in formats and len(tiers) == 3
    assert tiers[0].startswith("عوامی:")
    assert not latin_left(formats + tiers)
    assert not latin_left([text for combo in export.findChildren(QComboBox) for text in combo_items(combo)])


def _sentences() -> dict[str, tuple[str, str]]:
    """Sentences the core words with values in them, as the window words them and as the core does."""
    import datetime as dt

    from assetmap.bundles.offline import SyncResult
    from assetmap.register import team_users
    from assetmap.register.offline import OfflineOrigin
    from assetmap.register.upload import UploadSummary
    from assetmap.reports.measures import measure_label
    from assetmap.ui.chart_panel import measure_text
    from assetmap.ui.offline_actions import sync_text
    from assetmap.ui.server_actions import upload_text
    from assetmap.ui.users_dialog import password_problem

    uploaded = UploadSummary("db.council.example", {"assets": 3, "people": 0, "audit_log": 2})
    origin = OfflineOrigin("db.council.example", "r1", 1, 1, dt.datetime(2026, 1, 1), None)
    in_step = SyncResult(None, None, origin)
    return {
        "upload": (upload_text(uploaded), uploaded.text()),
        "sync": (sync_text(in_step), in_step.summary()),
        "short password": (password_problem("short"), team_users.password_problem("short") or ""),
        "spaced password": (
            password_problem(" a long password"),
            team_users.password_problem(" a long password") or "",
        ),
        "reach": (measure_text("reach", 1200), measure_label("reach", 1200)),
        "count": (measure_text("count"), measure_label("count")),
    }


def test_the_cores_sentences_read_the_same_in_english(qapp) -> None:
    for what, (window, core) in _sentences().items():
        assert window == core, what


def test_the_cores_sentences_are_worded_in_polish(polish) -> None:
    said = {what: window for what, (window, _core) in _sentences().items()}
    assert said["upload"] == "Przeniesiono do db.council.example: zasoby: 3, wpisy dziennika zmian: 2."
    assert said["sync"] == "Już zgodne z rejestrem zespołu: nie ma czego synchronizować."
    assert said["short password"] == "Hasło musi mieć co najmniej 10 znaków."
    assert said["spaced password"] == "Hasło nie może zaczynać się ani kończyć spacją."
    assert (
        said["reach"] == "Odsetek kodów pocztowych w odległości 1200 m od zasobu"
    )  # Polish groups from 5 digits
    assert said["count"] == "Zasoby"


def test_the_link_kinds_in_polish_are_polish_and_still_renamed_and_removed_by_their_own_label(
    qtbot, polish, register
) -> None:
    from PySide6.QtGui import QUndoStack

    from assetmap.ui.connections_actions import LinkKindsDialog
    from assetmap.ui.connections_form import Writes

    undo = QUndoStack()
    dialog = LinkKindsDialog(Writes(register, undo, lambda _change: None), None)
    qtbot.addWidget(dialog)
    shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert shown[:3] == ["spotyka się w", "prowadzi", "wspiera"]
    dialog.list.setCurrentRow(0)
    dialog.rename_kind("gromadzi się w")
    assert register.link_kinds()[0].label == "gromadzi się w"
    undo.undo()
    assert register.link_kinds()[0].label == "meets at"  # the register's own label, not the shown one
    dialog.refresh()
    dialog.list.setCurrentRow(1)
    dialog.remove_kind()
    assert "runs" not in [kind.label for kind in register.link_kinds()]
    undo.undo()
    assert "runs" in [kind.label for kind in register.link_kinds()]
