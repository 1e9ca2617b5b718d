"""Accessibility (WCAG 2.2 AA): every control has a name a screen reader announces, and the map is
reachable from the keyboard.

The walk asks Qt's own accessibility layer (``QAccessible``) for each control's name, as a screen reader
does, so a label that sits in another parent and is not the control's buddy counts as no name.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont, QPalette, QUndoStack
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
    QWizard,
)

import assetmap.ui
from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import read_bundle
from assetmap.bundles.planning import plan_merge
from assetmap.geo.boundaries import gm_boundaries
from assetmap.geo.postcodes import PostcodeIndex
from assetmap.register import Change, Register
from assetmap.register.logins import ServerLogin
from assetmap.register.team_users import TeamUser
from assetmap.reports.layer import options as report_options
from assetmap.ui.asset_table import AssetIdRole
from tests.ui.conftest import open_window

CONTROLS = (
    QLineEdit,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QAbstractSlider,
    QWebEngineView,
)
# Parts of another control, which that control names: a combo's line edit and list, a spin box's editor,
# a table's corner button and scroll bars.
PARTS_OF = (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView, QWebEngineView)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = Register.open(tmp_path / "a11y.assetmap", user="Test worker")
    reg.add_asset(name="Knit Club", category="associations", lon=-2.2374, lat=53.4808)
    reg.add_asset(name="Ancoats Hall", category="physical_spaces", lon=-2.2260, lat=53.4840)
    gone = reg.add_asset(name="Old Hall", category="physical_spaces", lon=-2.24, lat=53.48).added[0]
    reg.remove_assets([gone])
    yield reg
    reg.close()


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``, as Qt's accessibility layer gives it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    if isinstance(widget, QComboBox):
        # On Linux Qt gives a combo's chosen item as its Name and its label as a Label relation (on Windows
        # and macOS, the accessible name or buddy as its Name): the label is the relation or the name set.
        labels = [
            other.text(QAccessible.Text.Name)
            for other, _ in interface.relations(QAccessible.RelationFlag.Label)
        ]
        return (widget.accessibleName() or " ".join(labels)).strip()
    return interface.text(QAccessible.Text.Name).strip()


def unnamed(top: QWidget) -> list[str]:
    """The controls under ``top`` a screen reader would announce without a name."""
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
            continue
        if isinstance(widget, QScrollBar):  # a scroll area's or a view's own, announced with it
            continue
        parent = widget.parentWidget()
        inside_another = False
        while parent is not None and parent is not top:
            # A control placed in a table's cell (its viewport's child) is one of its own.
            in_a_cell = isinstance(parent, QAbstractItemView) and widget.parentWidget() is parent.viewport()
            if isinstance(parent, PARTS_OF) and not in_a_cell:
                inside_another = True
                break
            parent = parent.parentWidget()
        if inside_another:
            continue
        if not accessible_name(widget):
            shown = widget.currentText() if isinstance(widget, QComboBox) else widget.objectName()
            missing.append(f"{type(widget).__name__} {shown!r}")
    return missing


# -- every dialog in assetmap.ui ------------------------------------------------------------------


def dialog_classes() -> set[str]:
    """Every QDialog (and QWizard) subclass defined in a module of assetmap.ui."""
    found: set[str] = set()
    for info in pkgutil.walk_packages(assetmap.ui.__path__, "assetmap.ui."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.add(f"{module.__name__}.{name}")
    return found


class _Window:
    """What the people's dialogs need of a window."""

    def __init__(self) -> None:
        self.undo_stack = QUndoStack()

    def apply(self, change: Change) -> None:
        pass

    def failed(self, error: Exception) -> None:
        pass

    def refresh(self) -> None:
        pass


class _Users:
    """Sample users for Team → Users…."""

    def users(self) -> list[TeamUser]:
        return [TeamUser("asha", "coordinator"), TeamUser("ben", "worker"), TeamUser("cal", "viewer")]

    def add(self, login: str, role: str, password: str) -> bool:
        return True

    def set_role(self, login: str, role: str) -> None:
        pass

    def remove(self, login: str) -> bool:
        return True


def dialog_factories(register: Register, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    from assetmap.ui.about import AboutDialog
    from assetmap.ui.asset_form import AssetForm
    from assetmap.ui.audit_dialog import AuditDialog
    from assetmap.ui.boundaries_dialog import BoundariesDialog
    from assetmap.ui.capture import AssetPickerDialog, CaptureDialog, ReviewDialog
    from assetmap.ui.connections_actions import LinkKindsDialog
    from assetmap.ui.connections_form import LinkDialog, Writes
    from assetmap.ui.consent_dialog import ConsentDialog, WithdrawDialog
    from assetmap.ui.error_dialog import ErrorDialog
    from assetmap.ui.export_dialog import ExportDialog
    from assetmap.ui.import_wizard import ImportWizard
    from assetmap.ui.merge_dialog import MergeDialog
    from assetmap.ui.passphrase_dialog import PassphraseDialog
    from assetmap.ui.people_actions import PeopleEdits
    from assetmap.ui.people_panel import PeopleDialog
    from assetmap.ui.person_form import AssetPicker, EraseDialog, GiftDialog, PersonForm
    from assetmap.ui.removed_dialog import RemovedDialog
    from assetmap.ui.report_actions import ReportContents
    from assetmap.ui.report_dialog import ReportExportDialog
    from assetmap.ui.server_actions import TeamServerDialog
    from assetmap.ui.stale_write import StaleWriteDialog
    from assetmap.ui.story_form import StoryDialog
    from assetmap.ui.team_login_dialog import TeamLoginDialog
    from assetmap.ui.user_dialog import UserDialog
    from assetmap.ui.users_dialog import NewUserDialog, UsersDialog
    from assetmap.ui.views_panel import ViewDialog

    window = _Window()
    register.add_suggestion("Tuesday tea club", "associations", "In the church hall", -2.2374, 53.4808)

    class _Capture:
        """What the review dialog needs of the capture actions: the window, its register and undo."""

        def __init__(self) -> None:
            self.window = window
            window.register = register  # type: ignore[attr-defined]

    edits = PeopleEdits(register, window.undo_stack, window.apply, window.failed, window.refresh)
    person = register.add_person("Sam Taylor")
    boundaries = register.boundaries()
    asset = register.assets()[0]

    def stale() -> QWidget:
        import dataclasses

        from assetmap.errors import StaleWriteError
        from assetmap.register.concurrency import compare_stale
        from assetmap.register.records import EDITABLE_FIELDS, content_of

        theirs = dataclasses.replace(asset, name="Renamed by another worker", version=asset.version + 1)
        error = StaleWriteError("asset", theirs, asset.version, {"name": "Renamed here", "cost": "free"})
        return StaleWriteDialog(compare_stale(error, content_of(asset), EDITABLE_FIELDS))

    def merge() -> QWidget:
        other = Register.open(tmp_path / "theirs.assetmap", user="Other worker")
        other.add_asset(name="Sewing Circle", category="associations", lon=-2.23, lat=53.48)
        bundle = tmp_path / "theirs.assetmap-bundle"
        export_bundle(other, bundle)
        other.close()
        return MergeDialog(register, plan_merge(register, read_bundle(bundle)))

    return {
        "assetmap.ui.about.AboutDialog": lambda: AboutDialog(gm_boundaries()),
        "assetmap.ui.asset_form.AssetForm": lambda: AssetForm(
            register.categories(), PostcodeIndex.for_gm(), boundaries.ward_names, asset
        ),
        "assetmap.ui.audit_dialog.AuditDialog": lambda: AuditDialog(register),
        "assetmap.ui.boundaries_dialog.BoundariesDialog": lambda: BoundariesDialog(register),
        "assetmap.ui.capture.CaptureDialog": lambda: CaptureDialog(register.categories(), -2.2374, 53.4808),
        "assetmap.ui.capture.AssetPickerDialog": lambda: AssetPickerDialog(register.assets(), "tea"),
        "assetmap.ui.capture.ReviewDialog": lambda: ReviewDialog(_Capture()),  # type: ignore[arg-type]
        "assetmap.ui.connections_actions.LinkKindsDialog": lambda: LinkKindsDialog(
            Writes(register, window.undo_stack, window.apply, window.failed)
        ),
        "assetmap.ui.connections_form.LinkDialog": lambda: LinkDialog(register, asset),
        "assetmap.ui.story_form.StoryDialog": lambda: StoryDialog(register, asset),
        "assetmap.ui.consent_dialog.ConsentDialog": lambda: ConsentDialog(person.name, lambda **_v: None),
        "assetmap.ui.consent_dialog.WithdrawDialog": lambda: WithdrawDialog(person.name, lambda **_v: None),
        "assetmap.ui.error_dialog.ErrorDialog": lambda: ErrorDialog("Traceback: nothing", during_write=False),
        "assetmap.ui.export_dialog.ExportDialog": lambda: ExportDialog(register),
        "assetmap.ui.import_wizard.ImportWizard": lambda: ImportWizard(register),
        "assetmap.ui.merge_dialog.MergeDialog": merge,
        "assetmap.ui.people_panel.PeopleDialog": lambda: PeopleDialog(edits),
        "assetmap.ui.person_form.PersonForm": lambda: PersonForm(edits, person.id),
        "assetmap.ui.person_form.GiftDialog": lambda: GiftDialog(register, person.name),
        "assetmap.ui.person_form.AssetPicker": lambda: AssetPicker(register.assets(), "Pick", relations=True),
        "assetmap.ui.person_form.EraseDialog": lambda: EraseDialog(person.name, 0),
        "assetmap.ui.removed_dialog.RemovedDialog": lambda: RemovedDialog(register),
        "assetmap.ui.stale_write.StaleWriteDialog": stale,
        "assetmap.ui.server_actions.TeamServerDialog": lambda: TeamServerDialog("register.assetmap"),
        "assetmap.ui.report_dialog.ReportExportDialog": lambda: ReportExportDialog(
            "report", report_options(), ReportContents.read(register, "report")
        ),
        "assetmap.ui.passphrase_dialog.PassphraseDialog": lambda: PassphraseDialog(
            tmp_path / "locked.assetmap", choosing=True
        ),
        "assetmap.ui.user_dialog.UserDialog": lambda: UserDialog("Amira Khan"),
        "assetmap.ui.team_login_dialog.TeamLoginDialog": lambda: TeamLoginDialog(
            ServerLogin("db.council.example", "hulme", "asha")
        ),
        "assetmap.ui.users_dialog.UsersDialog": lambda: UsersDialog(_Users(), "the register hulme"),
        "assetmap.ui.users_dialog.NewUserDialog": lambda: NewUserDialog(),
        "assetmap.ui.views_panel.ViewDialog": lambda: ViewDialog(None, title="Parks", heading="Save view"),
    }


def test_the_walk_covers_every_dialog_in_the_app(register: Register, tmp_path: Path) -> None:
    assert set(dialog_factories(register, tmp_path)) == dialog_classes()


def test_every_control_of_every_dialog_has_an_accessible_name(
    qtbot, register: Register, tmp_path: Path
) -> None:
    from assetmap.ui.welcome import WelcomeWindow

    factories = dialog_factories(register, tmp_path)
    factories["assetmap.ui.welcome.WelcomeWindow"] = lambda: WelcomeWindow(lambda _request: False)
    failures = {}
    for name, make in factories.items():
        widget = make()
        qtbot.addWidget(widget)
        widget.show()
        if isinstance(widget, QWizard):
            # every page, not only the first
            for page_id in widget.pageIds():
                missing = unnamed(widget.page(page_id))
                if missing:
                    failures[f"{name} page {page_id}"] = missing
        missing = unnamed(widget)
        if missing:
            failures[name] = missing
        widget.close()
    assert failures == {}


def test_the_controls_in_the_import_wizards_table_cells_have_names(
    qtbot, register: Register, tmp_path: Path
) -> None:
    from assetmap.ui.import_wizard import PAGE_CATEGORIES, PAGE_PREVIEW, ImportWizard

    path = tmp_path / "rows.csv"
    path.write_text(
        "name,kind,lon,lat\nKnit Club,knitting group,-2.2374,53.4808\nNew Hall,hall,-2.23,53.48\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(register)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.columns_page.field_combos["category"].setCurrentText("kind")
    wizard.next()
    assert wizard.currentId() == PAGE_CATEGORIES
    assert len(wizard.categories_page.combos) == 2
    assert unnamed(wizard.categories_page) == []
    for combo in wizard.categories_page.combos.values():
        combo.setCurrentIndex(1)
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    assert wizard.preview_page.row_combos, "Knit Club is a likely duplicate, with a choice of its own"
    assert unnamed(wizard.preview_page) == []


@pytest.mark.web
def test_every_control_of_the_main_window_has_an_accessible_name(qtbot, register: Register) -> None:
    window = open_window(qtbot, register)
    try:
        assert unnamed(window) == []
        assert accessible_name(window.table)
        assert accessible_name(window.map_view.web_view)
    finally:
        window.shut_down()
        window.close()


@pytest.mark.web
def test_the_map_takes_keyboard_focus(qtbot, register: Register) -> None:
    window = open_window(qtbot, register)
    try:
        view = window.map_view.web_view
        assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
        proxy = view.focusProxy()
        if proxy is not None:
            assert proxy.focusPolicy() & Qt.FocusPolicy.TabFocus
        window.activateWindow()
        window.map_view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: window.map_view.web_view.hasFocus() or bool(proxy and proxy.hasFocus()))
    finally:
        window.shut_down()
        window.close()


# -- the map from the keyboard, and its names ---------------------------------------------------------

WIGAN = (-2.6318, 53.5450)
# folium's map object, a global of the page (tests only: the app never reaches into the page like this)
LEAFLET_MAP = "window[Object.keys(window).find(function (k) { return k.indexOf('map_') === 0; })]"


@pytest.fixture
def window(qtbot, register: Register) -> Iterator[object]:
    opened = open_window(qtbot, register)
    yield opened
    opened.shut_down()
    opened.close()


@pytest.mark.web
def test_the_maps_assets_and_wards_carry_accessible_names(qtbot, window) -> None:
    view = window.map_view
    qtbot.waitUntil(lambda: len(view.evaluate("assetmap.access.assets()")) == 2, timeout=5000)
    assets = view.evaluate("assetmap.access.assets()")
    assert all(len(a["label"].split(", ")) == 2 and a["label"].split(", ")[1] for a in assets)  # category
    assert {a["label"].split(",")[0] for a in assets} == {"Knit Club", "Ancoats Hall"}
    assert all(a["title"] == a["label"] for a in assets)
    assert [a["tabindex"] for a in assets].count(0) == 1  # one Tab stop for the group
    wards = view.evaluate("assetmap.access.wards()")
    ward_names = window.register.boundaries().ward_names
    assert len(wards) == len(ward_names) == 215
    assert {w["label"] for w in wards} == {f"Ward: {name}" for name in ward_names.values()}
    container = view.evaluate(
        "document.querySelector('.leaflet-container').getAttribute('aria-label') + '|' + "
        "document.querySelector('.leaflet-container').tabIndex"
    )
    assert container.startswith("Map of assets and wards") and container.endswith("|0")


@pytest.mark.web
def test_arrow_keys_move_between_markers_and_enter_selects_the_asset(qtbot, window) -> None:
    view = window.map_view
    qtbot.waitUntil(lambda: len(view.evaluate("assetmap.access.assets()")) == 2, timeout=5000)
    view.evaluate(f"{LEAFLET_MAP}.setView([53.4824, -2.2317], 15, {{animate: false}}) && true")
    qtbot.waitUntil(lambda: len(view.evaluate("assetmap.access.assets()")) == 2, timeout=5000)
    first = view.evaluate("assetmap.access.focusFirst('.am-asset-key')")
    # Knit Club lies west of Ancoats Hall: right from Knit Club reaches the hall, left comes back.
    if first.startswith("Knit Club"):
        assert view.evaluate("assetmap.access.press('ArrowRight')").startswith("Ancoats Hall")
    else:
        assert view.evaluate("assetmap.access.press('ArrowLeft')").startswith("Knit Club")
    focused = view.evaluate(
        "assetmap.access.press('Enter') || document.activeElement.getAttribute('aria-label')"
    )
    name = focused.split(",")[0]
    qtbot.waitUntil(lambda: len(window.selected_ids()) == 1, timeout=5000)
    assert window.register.asset(window.selected_ids()[0]).name == name
    assert view.evaluate("document.querySelector('.am-popup .am-name').textContent") == name


@pytest.mark.web
def test_selecting_an_asset_in_the_table_moves_the_map_to_it(qtbot, window) -> None:
    view = window.map_view
    hall = next(a for a in window.register.assets() if a.name == "Ancoats Hall")
    view.evaluate(f"{LEAFLET_MAP}.setView([{WIGAN[1]}, {WIGAN[0]}], 16, {{animate: false}}) && true")
    qtbot.waitUntil(lambda: view.evaluate(f"assetmap.inView('{hall.id}')") is False, timeout=5000)
    row = next(
        r for r in range(window.proxy.rowCount()) if window.proxy.index(r, 0).data(AssetIdRole) == hall.id
    )
    window.table.setFocus()
    window.table.selectRow(row)
    qtbot.waitUntil(lambda: view.evaluate(f"assetmap.inView('{hall.id}')") is True, timeout=5000)
    assert view.evaluate("assetmap.stats().selected") == hall.id


def _show_abundance(qtbot, window) -> None:
    from assetmap.reports.layer import abundance_layer

    layer = abundance_layer(
        window.register.assets(),
        measure="count",
        boundaries=window.register.boundaries(),
        people=window.register.people_view(),
    )
    window.map_view.set_abundance_layer(layer)
    qtbot.waitUntil(lambda: window.map_view.evaluate("assetmap.abundance().shown") is True, timeout=5000)


def _info_name(view) -> str:
    return view.evaluate(
        "(document.querySelector('.am-abundance-info .am-info-name') || {textContent: ''}).textContent"
    )


@pytest.mark.web
def test_a_wards_figures_come_on_click_and_stay_after_the_pointer_leaves(qtbot, window) -> None:
    _show_abundance(qtbot, window)
    club = next(a for a in window.register.assets() if a.name == "Knit Club")
    ward = window.register.boundaries().ward_names[club.ward_code]
    text = window.map_view.evaluate(f"assetmap.clickWard('{club.ward_code}')")
    assert text.split("\n")[0] == ward
    assert any(line.startswith("Assets") or ":" in line for line in text.split("\n")[1:])
    assert _info_name(window.map_view) == ward  # still shown after the mouseout


@pytest.mark.web
def test_a_wards_figures_come_from_the_keyboard(qtbot, window) -> None:
    _show_abundance(qtbot, window)
    club = next(a for a in window.register.assets() if a.name == "Knit Club")
    ward = window.register.boundaries().ward_names[club.ward_code]
    label = json.dumps(f"Ward: {ward}")
    focused = window.map_view.evaluate(
        "(function () {"
        f" var k = document.querySelector('.am-ward-key[aria-label=' + JSON.stringify({label}) + ']');"
        " k.focus(); return document.activeElement === k; })()"
    )
    assert focused is True
    window.map_view.evaluate("assetmap.access.press('Enter')")
    assert _info_name(window.map_view) == ward


# -- zoom and theme ---------------------------------------------------------------------------------


@pytest.fixture
def app_look(qapp) -> Iterator[None]:
    """The application's font and palette, put back after a test that zooms or recolours."""
    font, palette = qapp.font(), qapp.palette()
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)


@pytest.mark.web
def test_ctrl_equals_grows_the_app_font_and_the_map_text_and_is_remembered(
    qtbot, qapp, register: Register, app_look
) -> None:
    from assetmap.ui.main_window import window_settings
    from assetmap.ui.zoom import SETTING

    window = open_window(qtbot, register)
    try:
        before = qapp.font().pointSizeF()
        label_before = window.map_view.evaluate("assetmap.access.wardLabelSize()")
        rows_before = window.table.verticalHeader().defaultSectionSize()
        window.activateWindow()
        window.table.setFocus()
        qtbot.keyClick(window.table, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert qapp.font().pointSizeF() > before
        # the table follows the application font
        qtbot.waitUntil(lambda: window.table.font().pointSizeF() > before, timeout=5000)
        assert window.table.verticalHeader().defaultSectionSize() > rows_before
        qtbot.waitUntil(
            lambda: window.map_view.evaluate("assetmap.access.textScale()") == "1.1", timeout=5000
        )
        assert window.map_view.evaluate("assetmap.access.wardLabelSize()") > label_before
        assert float(str(window_settings().value(SETTING))) == 1.1
        grown = qapp.font().pointSizeF()
    finally:
        window.shut_down()
        window.close()
    qapp.setFont(QFont(qapp.font().family(), -1))  # as a fresh start would be, before the setting is read
    again = open_window(qtbot, register)
    try:
        assert again.view_options.zoom.factor == 1.1
        assert qapp.font().pointSizeF() == grown
        qtbot.waitUntil(lambda: again.map_view.evaluate("assetmap.access.textScale()") == "1.1", timeout=5000)
    finally:
        again.shut_down()
        again.close()


@pytest.mark.web
def test_the_dark_theme_recolours_the_app_and_the_map_and_is_remembered(
    qtbot, qapp, register: Register, app_look
) -> None:
    from assetmap.ui.appearance import DARK, DARK_COLOURS, SETTING, Appearance
    from assetmap.ui.main_window import window_settings

    window = open_window(qtbot, register)
    try:
        window.view_options.appearance.theme_actions[DARK].trigger()
        window_colour = qapp.palette().color(QPalette.ColorRole.Window).name()
        assert window_colour == DARK_COLOURS[QPalette.ColorRole.Window]
        base = DARK_COLOURS[QPalette.ColorRole.Base]
        qtbot.waitUntil(
            lambda: window.table.palette().color(QPalette.ColorRole.Base).name() == base, timeout=5000
        )
        qtbot.waitUntil(
            lambda: "am-theme-dark" in window.map_view.evaluate("assetmap.access.theme()"), timeout=5000
        )
        assert window_settings().value(SETTING) == DARK
        assert Appearance(window_settings()).choice == DARK
    finally:
        window.shut_down()
        window.close()


# -- contrast (WCAG 2.2: 4.5:1 for text, 3:1 for focus rings and other non-text parts) ----------------


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_helper_matches_known_ratios() -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_every_text_colour_of_the_own_themes_passes_aa_on_its_background(qapp, theme: str) -> None:
    from assetmap.ui.appearance import palette_for

    palette = palette_for(theme, qapp.style().standardPalette())
    role = QPalette.ColorRole
    pairs = [
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.Text, role.AlternateBase),
        (role.ButtonText, role.Button),
        (role.ToolTipText, role.ToolTipBase),
        (role.PlaceholderText, role.Base),
        (role.HighlightedText, role.Highlight),
        (role.Link, role.Base),
        (role.Link, role.Window),
    ]
    low = {
        f"{fg.name} on {bg.name}": round(ratio, 2)
        for fg, bg in pairs
        if (ratio := contrast(palette.color(fg).name(), palette.color(bg).name())) < 4.5
    }
    assert low == {}


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_error_text_passes_aa_on_the_window_and_base_of_every_theme(qapp, theme: str) -> None:
    from assetmap.ui.appearance import error_colour, palette_for

    palette = palette_for(theme, qapp.style().standardPalette())
    colour = error_colour(palette)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(colour, palette.color(role).name()) >= 4.5, (theme, role.name, colour)


def test_a_form_opened_in_the_dark_theme_shows_its_errors_in_the_dark_themes_red(
    qapp, register: Register
) -> None:
    from assetmap.ui.appearance import ERROR_ON_DARK, palette_for
    from assetmap.ui.consent_dialog import ConsentDialog

    before = qapp.palette()
    qapp.setPalette(palette_for("dark", qapp.style().standardPalette()))
    try:
        dialog = ConsentDialog("Sam", lambda **_v: None)
        assert ERROR_ON_DARK in dialog.error_label.styleSheet()
    finally:
        qapp.setPalette(before)


def test_the_maps_focus_rings_stand_out_from_what_they_sit_on() -> None:
    from assetmap import paths

    css = (paths.resources_dir() / "web" / "assetmap.css").read_text(encoding="utf-8")
    assert "outline: 3px solid #1d4ed8" in css and "0 0 0 3px #ffffff, 0 0 0 6px #1d4ed8" in css
    # the ring on the white map and on the ward wash, and its white halo against the blue
    for background in ("#ffffff", "#f3f4f6"):
        assert contrast("#1d4ed8", background) >= 3.0
    assert contrast("#111827", "#ffffff") >= 3.0
    assert contrast("#ffff00", "#000000") >= 3.0  # the high-contrast ring


@pytest.mark.web
def test_tab_into_the_map_view_focuses_the_map_with_its_ring(qtbot, window) -> None:
    view = window.map_view
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=5000)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(
        lambda: view.evaluate("document.activeElement.classList.contains('leaflet-container')") is True,
        timeout=5000,
    )
    outline = view.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    width = view.evaluate("parseFloat(getComputedStyle(document.activeElement).outlineWidth)")
    assert outline == "solid" and width >= 3


def test_each_input_of_the_asset_form_is_named_by_its_label(qtbot, register: Register) -> None:
    from assetmap.ui.asset_form import AssetForm

    form = AssetForm(register.categories(), None, register.boundaries().ward_names)
    qtbot.addWidget(form)
    form.show()
    names = {field: accessible_name(widget) for field, widget in form.inputs.items()}
    assert len(names) == 20
    assert names["name"] == "Name, required"
    assert names["category"] == "Category, required"
    assert names["contact_phone"] == "Phone"
    assert names["opening_times"] == "When it happens or opens"
    assert names["review_due"] == "Review due date"
    assert all(names.values()), names
    assert accessible_name(form.review_check) == "Review due"
    assert accessible_name(form.find_button) == "Find"


@pytest.mark.web
def test_f6_moves_the_focus_from_the_search_to_the_table_to_the_map(qtbot, window) -> None:
    window.activateWindow()
    window.filter_bar.search.setFocus()
    qtbot.waitUntil(window.filter_bar.search.hasFocus, timeout=5000)
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_F6)
    qtbot.waitUntil(window.table.hasFocus, timeout=5000)
    qtbot.keyClick(window.table, Qt.Key.Key_F6)

    def map_has_focus() -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and (
            focused is window.map_view.web_view or window.map_view.isAncestorOf(focused)
        )

    qtbot.waitUntil(map_has_focus, timeout=5000)


@pytest.mark.web
def test_a_ward_reached_off_screen_is_brought_into_view_without_scrolling_the_map(qtbot, window) -> None:
    view = window.map_view
    view.evaluate(f"{LEAFLET_MAP}.setView([53.4824, -2.2317], 15, {{animate: false}}) && true")
    window.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: view.evaluate("document.hasFocus()") is True, timeout=5000)
    # Wigan's wards are far off screen; focus as Tab does, which would scroll the map's box.
    view.evaluate(
        "(function () { var k = document.querySelector('.am-ward-key[aria-label=\"Ward: Wigan Central\"]');"
        " k.focus(); return true; })()"
    )
    qtbot.waitUntil(
        lambda: (
            view.evaluate(
                "(function () { var k = document.activeElement.getBoundingClientRect();"
                " var m = document.querySelector('.leaflet-container').getBoundingClientRect();"
                " return k.left >= m.left && k.right <= m.right"
                " && k.top >= m.top && k.bottom <= m.bottom; })()"
            )
            is True
        ),
        timeout=5000,
    )
    scrolled = view.evaluate(
        "(function () { var c = document.querySelector('.leaflet-container');"
        " return [c.scrollTop, c.scrollLeft]; })()"
    )
    assert scrolled == [0, 0]


def test_with_system_chosen_the_app_follows_the_systems_dark_and_high_contrast_settings(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_look
) -> None:
    from PySide6.QtCore import QSettings

    from assetmap.ui import appearance

    asked = {"theme": appearance.LIGHT}
    monkeypatch.setattr(appearance, "system_theme", lambda: asked["theme"])
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    look = appearance.Appearance(settings)
    look.apply()
    assert look.choice == appearance.SYSTEM and look.theme == appearance.LIGHT
    window_role = QPalette.ColorRole.Window
    # The offscreen platform cannot change its colour scheme, so the system's answer is stood in for;
    # what is tested is that a change of it is followed.
    asked["theme"] = appearance.DARK
    look._system_changed()
    assert qapp.palette().color(window_role).name() == appearance.DARK_COLOURS[window_role]
    asked["theme"] = appearance.HIGH_CONTRAST
    look._system_changed()
    assert qapp.palette().color(window_role).name() == appearance.HIGH_CONTRAST_COLOURS[window_role]
    # A choice of the person's own is kept whatever the system says.
    look.choose(appearance.LIGHT)
    asked["theme"] = appearance.DARK
    look._system_changed()
    assert look.theme == appearance.LIGHT
    assert appearance.Appearance(settings).choice == appearance.LIGHT
