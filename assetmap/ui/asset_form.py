"""The form to add or edit one asset; the register's own rules check it, each error shown by its field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import ValidationError
from assetmap.geo.postcodes import PostcodeIndex, normalise_postcode, not_in_bundled_list
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.people import RELATIONS, Person
from assetmap.register.records import EDITABLE_FIELDS, Asset, Category
from assetmap.register.validation import clean_fields
from assetmap.ui.appearance import error_label
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.screen_fit import fit_to_screen

COSTS = (
    ("—", None),
    (QT_TRANSLATE_NOOP("asset_form", "Free"), "free"),
    (QT_TRANSLATE_NOOP("asset_form", "Low cost"), "low"),
    (QT_TRANSLATE_NOOP("asset_form", "Paid"), "paid"),
)
VISIBILITIES = (
    (
        QT_TRANSLATE_NOOP("asset_form", "Public"),
        "public",
        QT_TRANSLATE_NOOP("asset_form", "Anyone may see it: on shared maps, reports and exports."),
    ),
    (
        QT_TRANSLATE_NOOP("asset_form", "Partners"),
        "partners",
        QT_TRANSLATE_NOOP(
            "asset_form", "Shared with partner organisations only; left out of public maps and exports."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("asset_form", "Private"),
        "private",
        QT_TRANSLATE_NOOP("asset_form", "Kept in this register only: never on shared maps or in exports."),
    ),
)
STATUSES = (
    (QT_TRANSLATE_NOOP("asset_form", "Active"), "active"),
    (QT_TRANSLATE_NOOP("asset_form", "Draft"), "draft"),
    (QT_TRANSLATE_NOOP("asset_form", "Closed"), "closed"),
)

# Checked together, because the register's rule is "both or neither".
_GROUPS: tuple[tuple[str, ...], ...] = tuple(
    ("lon", "lat") if name == "lon" else (name,) for name in EDITABLE_FIELDS if name != "lat"
)


def spoken_label(text: str) -> str:
    """A field label as a screen reader should say it: no mnemonic ampersand, "required" for the star."""
    spoken = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    if spoken.endswith("*"):
        spoken = translate("asset_form", "{label}, required").format(label=spoken[:-1].rstrip())
    return spoken


def _coordinate_text(value: float | None) -> str:
    return "" if value is None else repr(float(value))


class AssetForm(QDialog):
    """Add an asset (``asset`` is None) or edit one. After OK, :meth:`values` or :meth:`changed_values`."""

    def __init__(
        self,
        categories: Sequence[Category],
        postcode_index: PostcodeIndex | None,
        ward_names: Mapping[str, str],
        asset: Asset | None = None,
        parent: QWidget | None = None,
        recorded_by: str = "",
    ) -> None:
        super().__init__(parent)
        self._categories = {c.code: c for c in categories}
        self._postcodes = postcode_index
        self._ward_names = ward_names
        self.asset = asset
        self._recorded_by = asset.recorded_by if asset else (recorded_by.strip() or None)
        self._visibility_chosen = asset is not None
        self._looked_up: str | None = None
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        # Called on OK once the fields check out: False keeps the form open (the save was refused).
        self.save: Callable[[], bool] | None = None
        self.setWindowTitle(
            translate("asset_form", "Edit ‘{name}’").format(name=asset.name)
            if asset
            else translate("asset_form", "Add an asset")
        )

        self._build(categories)
        if asset is not None:
            self._load(asset)
        else:
            self._category_changed()
        self._show_visibility_help()
        fit_to_screen(self, 720, 760)

    # -- building ------------------------------------------------------------------------

    def _build(self, categories: Sequence[Category]) -> None:
        self.name_edit = QLineEdit()
        self.category_combo = QComboBox()
        for category in categories:
            self.category_combo.addItem(vocabulary(category.label), category.code)
        self.subcategory_combo = QComboBox()
        self.subcategory_combo.setEditable(True)
        self.subcategory_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(
            translate("asset_form", "Comma separated, e.g. youth, outdoors, free")
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(90)
        self.address_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaxLength(10)
        self.find_button = QPushButton(translate("asset_form", "&Find"))
        self.find_button.setAutoDefault(False)
        self.find_button.setToolTip(
            translate("asset_form", "Look the postcode up in the bundled Greater Manchester postcode list")
        )
        self.postcode_note = QLabel()
        self.postcode_note.setWordWrap(True)
        self.postcode_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lon_edit = QLineEdit()
        self.lon_edit.setPlaceholderText(
            translate("asset_form", "e.g. {example}").format(example=QLocale.c().toString(-2.2449))
        )
        self.lat_edit = QLineEdit()
        self.lat_edit.setPlaceholderText(
            translate("asset_form", "e.g. {example}").format(example=QLocale.c().toString(53.4838))
        )
        self.contact_name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.website_edit = QLineEdit()
        self.website_edit.setPlaceholderText(
            translate("asset_form", "e.g. {example}").format(example="https://example.org")
        )
        self.opening_edit = QLineEdit()
        self.opening_edit.setPlaceholderText(translate("asset_form", "e.g. Tuesdays 10–12, term time"))
        self.audience_edit = QLineEdit()
        self.audience_edit.setPlaceholderText(translate("asset_form", "e.g. everyone, families, over-50s"))
        self.accessibility_edit = QLineEdit()
        self.accessibility_edit.setPlaceholderText(
            translate("asset_form", "e.g. step-free entrance, hearing loop")
        )
        self.cost_combo = QComboBox()
        for text, value in COSTS:
            self.cost_combo.addItem(translate("asset_form", text), value)
        self.visibility_combo = QComboBox()
        for text, value, _help in VISIBILITIES:
            self.visibility_combo.addItem(translate("asset_form", text), value)
        self.visibility_help = QLabel()
        self.visibility_help.setWordWrap(True)
        self.status_combo = QComboBox()
        for text, value in STATUSES:
            self.status_combo.addItem(translate("asset_form", text), value)
        self.review_check = QCheckBox(translate("asset_form", "&Review due"))
        self.review_date = QDateEdit()
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("d MMM yyyy")
        self.review_date.setDate(QDate.currentDate().addYears(1))
        self.review_date.setEnabled(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._heading(form, translate("asset_form", "What it is"))
        self._row(form, translate("asset_form", "&Name *"), "name", self.name_edit)
        self._row(form, translate("asset_form", "&Category *"), "category", self.category_combo)
        self._row(form, translate("asset_form", "Su&bcategory"), "subcategory", self.subcategory_combo)
        self._row(form, translate("asset_form", "&Tags"), "tags", self.tags_edit)
        self._row(form, translate("asset_form", "&Description"), "description", self.description_edit)
        self._heading(form, translate("asset_form", "Where it is"))
        self._row(form, translate("asset_form", "&Address"), "address", self.address_edit)
        self._row(
            form, translate("asset_form", "&Postcode"), "postcode", self.postcode_edit, self.find_button
        )
        form.addRow("", self.postcode_note)
        self._row(form, translate("asset_form", "Lon&gitude"), "lon", self.lon_edit)
        self._row(form, translate("asset_form", "&Latitude"), "lat", self.lat_edit)
        self._heading(form, translate("asset_form", "Contact"))
        self._row(form, translate("asset_form", "Contact na&me"), "contact_name", self.contact_name_edit)
        self._row(form, translate("asset_form", "P&hone"), "contact_phone", self.phone_edit)
        self._row(form, translate("asset_form", "&Email"), "contact_email", self.email_edit)
        self._row(form, translate("asset_form", "Web&site"), "website", self.website_edit)
        self._heading(form, translate("asset_form", "Taking part"))
        self._row(
            form, translate("asset_form", "When &it happens or opens"), "opening_times", self.opening_edit
        )
        self._row(form, translate("asset_form", "&Who it is for"), "audience", self.audience_edit)
        self._row(form, translate("asset_form", "Accessibilit&y"), "accessibility", self.accessibility_edit)
        self._row(form, translate("asset_form", "C&ost"), "cost", self.cost_combo)
        self._heading(form, translate("asset_form", "Record"))
        self._row(form, translate("asset_form", "&Visibility"), "visibility", self.visibility_combo)
        form.addRow("", self.visibility_help)
        self._row(form, translate("asset_form", "Stat&us"), "status", self.status_combo)
        self._row(form, self.review_check, "review_due", self.review_date)
        self._form = form

        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll = scroll

        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel)
        ok = self.buttons.button(button.Ok)
        ok.setText(translate("asset_form", "Save") if self.asset else translate("asset_form", "Add"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)

        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.visibility_combo.activated.connect(self._visibility_activated)
        self.visibility_combo.currentIndexChanged.connect(self._show_visibility_help)
        self.find_button.clicked.connect(lambda: self.find_postcode(force=True))
        self.postcode_edit.editingFinished.connect(self.find_postcode)
        self.review_check.toggled.connect(self.review_date.setEnabled)

    def _heading(self, form: QFormLayout, text: str) -> None:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        form.addRow(label)

    def _row(
        self, form: QFormLayout, label: str | QWidget, name: str, field: QWidget, *extra: QWidget
    ) -> None:
        """A field with its error label beside it (hidden until there is an error)."""
        error = error_label()
        error.setMaximumWidth(240)
        error.setObjectName(f"error_{name}")
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field, 1)
        for widget in extra:
            line.addWidget(widget)
        line.addWidget(error)
        holder.setFocusProxy(field)
        # Qt finds a buddy label only among the field's siblings, and this label sits outside the holder,
        # so the field is named outright for screen readers.
        caption = label if isinstance(label, str) else getattr(label, "text", lambda: name)()
        spoken = spoken_label(caption)
        if name == "review_due":
            spoken = translate("asset_form", "{label} date").format(label=spoken)
        field.setAccessibleName(spoken)
        self.inputs[name] = field
        self.errors[name] = error
        if isinstance(label, str):
            text = QLabel(label)
            text.setBuddy(field)
            form.addRow(text, holder)
        else:
            form.addRow(label, holder)

    def show_people(
        self, people: Sequence[tuple[Person, str]], open_person: Callable[[str, QWidget], None]
    ) -> None:
        """Add a "People" section: whose gift this is, who runs it or belongs to it, each openable."""
        self._heading(self._form, translate("asset_form", "People"))
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(translate("asset_form", "People linked to this asset"))
        self.people_list.setMaximumHeight(72)
        for person, relation in people:
            how = (
                translate("asset_form", "their gift or skill")
                if relation == "gift"
                else vocabulary(RELATIONS.get(relation, relation)).lower()
            )
            item = QListWidgetItem(
                translate("asset_form", "{name} ({how})").format(name=person.name, how=how)
            )
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people_list.addItem(item)
        if not people:
            self.people_list.addItem(
                translate("asset_form", "No one is linked yet: link people from People → People….")
            )
        self.open_person_button = QPushButton(translate("asset_form", "Open &person…"))
        self.open_person_button.setAutoDefault(False)
        self.open_person_button.setAccessibleName(translate("asset_form", "Open person"))
        self.open_person_button.setEnabled(bool(people))

        def open_chosen() -> None:
            item = self.people_list.currentItem() or self.people_list.item(0)
            person_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            if person_id:
                open_person(person_id, self)

        self.open_person_button.clicked.connect(open_chosen)
        self.people_list.itemActivated.connect(lambda _item: open_chosen())
        label = QLabel(translate("asset_form", "Lin&ked people"))
        label.setBuddy(self.people_list)
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.people_list, 1)
        line.addWidget(self.open_person_button, 0, Qt.AlignmentFlag.AlignTop)
        self._form.addRow(label, holder)

    def add_section(self, title: str, widget: QWidget) -> None:
        """Add a section of its own under a heading (the asset's links, its stories), below the fields."""
        self._heading(self._form, title)
        self._form.addRow(widget)

    # -- loading and reading -------------------------------------------------------------

    def _load(self, asset: Asset) -> None:
        self.name_edit.setText(asset.name)
        self._set_combo(self.category_combo, asset.category, extra=asset.category)
        self._category_changed()
        self.subcategory_combo.setCurrentText(asset.subcategory or "")
        self.tags_edit.setText(", ".join(asset.tags))
        self.description_edit.setPlainText(asset.description or "")
        self.address_edit.setText(asset.address or "")
        self.postcode_edit.setText(asset.postcode or "")
        self._looked_up = asset.postcode
        self.lon_edit.setText(_coordinate_text(asset.lon))
        self.lat_edit.setText(_coordinate_text(asset.lat))
        if asset.ward_code:
            self.postcode_note.setText(
                translate("asset_form", "Ward: {name}").format(
                    name=self._ward_names.get(asset.ward_code, asset.ward_code)
                )
            )
        self.contact_name_edit.setText(asset.contact_name or "")
        self.phone_edit.setText(asset.contact_phone or "")
        self.email_edit.setText(asset.contact_email or "")
        self.website_edit.setText(asset.website or "")
        self.opening_edit.setText(asset.opening_times or "")
        self.audience_edit.setText(asset.audience or "")
        self.accessibility_edit.setText(asset.accessibility or "")
        self._set_combo(self.cost_combo, asset.cost)
        self._set_combo(self.visibility_combo, asset.visibility)
        self._set_combo(self.status_combo, asset.status)
        self.review_check.setChecked(asset.review_due is not None)
        if asset.review_due is not None:
            due = asset.review_due
            self.review_date.setDate(QDate(due.year, due.month, due.day))

    @staticmethod
    def _set_combo(combo: QComboBox, value: object, extra: str | None = None) -> None:
        index = combo.findData(value)
        if index < 0 and extra:
            # A value the list no longer offers stays as it was rather than silently changing.
            combo.addItem(extra, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, object]:
        """Every editable field as the register takes it (text stripped, blanks as None)."""

        def text(widget: QLineEdit | QPlainTextEdit) -> str | None:
            value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            return value.strip() or None

        def number(widget: QLineEdit) -> object:
            raw = widget.text().strip()
            if not raw:
                return None
            try:
                return float(raw)
            except ValueError:
                return raw  # left for the register's rule to reject, with its message

        review: dt.date | None = None
        if self.review_check.isChecked():
            chosen = self.review_date.date()
            review = dt.date(chosen.year(), chosen.month(), chosen.day())
        values: dict[str, object] = {
            "name": text(self.name_edit),
            "category": self.category_combo.currentData(),
            "subcategory": self.subcategory_combo.currentText().strip() or None,
            "tags": tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip()),
            "description": text(self.description_edit),
            "address": text(self.address_edit),
            "postcode": text(self.postcode_edit),
            "lon": number(self.lon_edit),
            "lat": number(self.lat_edit),
            "contact_name": text(self.contact_name_edit),
            "contact_phone": text(self.phone_edit),
            "contact_email": text(self.email_edit),
            "website": text(self.website_edit),
            "opening_times": text(self.opening_edit),
            "audience": text(self.audience_edit),
            "accessibility": text(self.accessibility_edit),
            "cost": self.cost_combo.currentData(),
            "visibility": self.visibility_combo.currentData(),
            "status": self.status_combo.currentData(),
            "recorded_by": self._recorded_by,
            "review_due": review,
        }
        return {name: values[name] for name in EDITABLE_FIELDS}

    def changed_values(self) -> dict[str, object]:
        """When editing: only the fields whose value differs from the asset (as the register stores them)."""
        cleaned = clean_fields(self.values(), self._categories, creating=True)
        if self.asset is None:
            return cleaned
        return {name: value for name, value in cleaned.items() if getattr(self.asset, name) != value}

    def set_location(self, lon: float, lat: float) -> None:
        """Fill in a location picked elsewhere (e.g. a click on the map)."""
        self.lon_edit.setText(_coordinate_text(round(lon, 6)))
        self.lat_edit.setText(_coordinate_text(round(lat, 6)))

    # -- reactions -----------------------------------------------------------------------

    def _category_changed(self) -> None:
        code = self.category_combo.currentData()
        typed = self.subcategory_combo.currentText()
        self.subcategory_combo.clear()
        category = self._categories.get(code)
        self.subcategory_combo.addItems(list(category.subcategories) if category else [])
        self.subcategory_combo.setCurrentText(typed)
        if not self._visibility_chosen:
            # Gifts and skills are about individuals: private unless someone decides otherwise.
            self._set_combo(self.visibility_combo, "private" if code == PERSONAL_CATEGORY else "public")

    def _visibility_activated(self) -> None:
        self._visibility_chosen = True

    def _show_visibility_help(self) -> None:
        value = self.visibility_combo.currentData()
        self.visibility_help.setText(next((h for _t, v, h in VISIBILITIES if v == value), ""))

    def find_postcode(self, force: bool = False) -> None:
        """Normalise the postcode and look it up offline; a hit fills in the location and shows the ward."""
        raw = self.postcode_edit.text().strip()
        postcode = normalise_postcode(raw)
        if not raw:
            self.postcode_note.clear()
            self._looked_up = None
            return
        if postcode is None:
            self.postcode_note.setText(
                translate("asset_form", "This doesn't look like a UK postcode (like M1 1AD).")
            )
            return
        self.postcode_edit.setText(postcode)
        if postcode == self._looked_up and not force:
            return
        self._looked_up = postcode
        hit = self._postcodes.lookup(postcode) if self._postcodes is not None else None
        if hit is None:
            self.postcode_note.setText(
                not_in_bundled_list(
                    postcode,
                    translate(
                        "asset_form", "Set the location on the map, or type the longitude and latitude."
                    ),
                )
            )
            return
        self.set_location(hit.lon, hit.lat)
        self.postcode_note.setText(
            translate("asset_form", "Ward: {name}").format(
                name=self._ward_names.get(hit.ward_code, hit.ward_code)
            )
        )
        self.clear_error("lon")
        self.clear_error("lat")

    # -- checking ------------------------------------------------------------------------

    def check(self) -> dict[str, str]:
        """Check every field with the register's rules; show each error beside its field.

        Returns the errors by field name (empty when all is well) and focuses the first one.
        """
        values = self.values()
        found: dict[str, str] = {}
        for group in _GROUPS:
            try:
                clean_fields({name: values[name] for name in group}, self._categories, creating=False)
            except ValidationError as exc:
                found.setdefault(exc.field if exc.field in self.errors else group[0], str(exc))
        if not found:
            try:
                clean_fields(values, self._categories, creating=True)
            except ValidationError as exc:
                found[exc.field if exc.field in self.errors else "name"] = str(exc)
        for name in self.errors:
            if name in found:
                self.show_error(name, found[name])
            else:
                self.clear_error(name)
        first = next((name for name in self.inputs if name in found), None)
        if first is not None:
            field = self.inputs[first]
            self._scroll.ensureWidgetVisible(field)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def show_error(self, name: str, message: str) -> None:
        label = self.errors[name]
        label.setText(message)
        label.show()
        self.inputs[name].setAccessibleDescription(message)

    def clear_error(self, name: str) -> None:
        self.errors[name].clear()
        self.errors[name].hide()
        self.inputs[name].setAccessibleDescription("")

    def accept(self) -> None:
        typed = normalise_postcode(self.postcode_edit.text())
        if typed and typed != self._looked_up:
            self.find_postcode()
        if self.check():
            return
        # The window saves here, so that a save the register refuses leaves the form open as typed.
        if self.save is not None and not self.save():
            return
        super().accept()
