"""The filter bar above the asset table: search text and category, district, ward and status choices."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from assetmap.register.records import Category
from assetmap.register.schema import STATUSES
from assetmap.ui.asset_table import AssetFilterProxy
from assetmap.ui.i18n import translate, vocabulary

SEARCH_DELAY_MS = 150


class WardLists(Protocol):
    """Ward and district names, as a register's ``boundaries()`` gives them."""

    @property
    def ward_names(self) -> Mapping[str, str]: ...

    @property
    def ward_district(self) -> Mapping[str, str]: ...

    @property
    def district_names(self) -> Mapping[str, str]: ...


class FilterBar(QWidget):
    """Search box and four choices; ``filters_changed`` fires when any of them settles."""

    filters_changed = Signal()

    def __init__(
        self,
        categories: Sequence[Category],
        boundaries: WardLists,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ward_names = boundaries.ward_names
        self._ward_district = boundaries.ward_district
        self._district_names = boundaries.district_names
        self._proxy: AssetFilterProxy | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("filter_bar", "Search name, description, tags"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("filter_bar", "Search assets"))
        self.search.setMinimumWidth(160)

        self.category_combo = self._combo(
            translate("filter_bar", "All categories"),
            [(vocabulary(c.label), c.code) for c in categories],
        )
        self.district_combo = self._combo(translate("filter_bar", "All districts"), self._district_items())
        self.ward_combo = QComboBox(self)
        self.status_combo = self._combo(
            translate("filter_bar", "All statuses"),
            [(vocabulary(s.capitalize()), s) for s in STATUSES],
        )
        self.clear_button = QPushButton(translate("filter_bar", "Clear filters"), self)
        self.clear_button.setAutoDefault(False)
        self._fill_wards()

        # Two rows, and combos that may shrink below their longest entry, so the table side
        # can be narrow on a laptop and the map keeps most of the window.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_button)
        layout.addLayout(search_row)
        combo_row = QHBoxLayout()
        layout.addLayout(combo_row)
        for label, tip, combo in (
            (
                translate("filter_bar", "Category"),
                translate("filter_bar", "Show only assets with this category"),
                self.category_combo,
            ),
            (
                translate("filter_bar", "District"),
                translate("filter_bar", "Show only assets with this district"),
                self.district_combo,
            ),
            (
                translate("filter_bar", "Ward"),
                translate("filter_bar", "Show only assets with this ward"),
                self.ward_combo,
            ),
            (
                translate("filter_bar", "Status"),
                translate("filter_bar", "Show only assets with this status"),
                self.status_combo,
            ),
        ):
            combo.setAccessibleName(label)
            combo.setToolTip(tip)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo_row.addWidget(combo, 1)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(self._typing.start)
        # Clearing with the button or Escape should not wait for the typing pause.
        self.search.textChanged.connect(self._on_search_cleared)
        self.category_combo.currentIndexChanged.connect(self._changed_now)
        self.district_combo.currentIndexChanged.connect(self._on_district_changed)
        self.ward_combo.currentIndexChanged.connect(self._changed_now)
        self.status_combo.currentIndexChanged.connect(self._changed_now)
        self.clear_button.clicked.connect(self.clear)

    def _combo(self, everything: str, items: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        for text, code in items:
            combo.addItem(text, code)
        return combo

    # -- what is chosen ------------------------------------------------------------------

    def search_text(self) -> str:
        return self.search.text().strip()

    def category(self) -> str | None:
        return self.category_combo.currentData()

    def district(self) -> str | None:
        return self.district_combo.currentData()

    def ward(self) -> str | None:
        return self.ward_combo.currentData()

    def status(self) -> str | None:
        return self.status_combo.currentData()

    def is_filtering(self) -> bool:
        return bool(self.search_text()) or any((self.category(), self.district(), self.ward(), self.status()))

    def clear(self) -> None:
        """Show everything again (one ``filters_changed``)."""
        self._typing.stop()
        widgets = (self.search, self.category_combo, self.district_combo, self.ward_combo, self.status_combo)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        self._fill_wards()
        for widget in widgets:
            widget.blockSignals(False)
        self.filters_changed.emit()

    # -- wiring --------------------------------------------------------------------------

    def bind(self, proxy: AssetFilterProxy) -> None:
        """Keep ``proxy`` filtered by this bar from now on."""
        self._proxy = proxy
        self.filters_changed.connect(self._push)
        self._push()

    def _push(self) -> None:
        if self._proxy is None:
            return
        self._proxy.set_filters(
            search=self.search_text(),
            category=self.category(),
            district=self.district(),
            ward=self.ward(),
            status=self.status(),
        )

    def flush(self) -> None:
        """Apply typed text at once instead of after the typing pause."""
        if self._typing.isActive():
            self._typing.stop()
            self.filters_changed.emit()

    def _changed_now(self) -> None:
        self._typing.stop()
        self.filters_changed.emit()

    def _on_search_cleared(self, text: str) -> None:
        if not text:
            self._changed_now()

    def _district_items(self) -> list[tuple[str, str]]:
        return sorted(((name, code) for code, name in self._district_names.items()), key=_by_name)

    def set_boundaries(self, boundaries: WardLists) -> None:
        """List another set's districts and wards (the register's wards changed); back to all of them."""
        self._ward_names = boundaries.ward_names
        self._ward_district = boundaries.ward_district
        self._district_names = boundaries.district_names
        for combo in (self.district_combo, self.ward_combo):
            combo.blockSignals(True)
        self.district_combo.clear()
        self.district_combo.addItem(translate("filter_bar", "All districts"), None)
        for text, code in self._district_items():
            self.district_combo.addItem(text, code)
        self._fill_wards()
        for combo in (self.district_combo, self.ward_combo):
            combo.blockSignals(False)
        self._changed_now()

    def _on_district_changed(self) -> None:
        self.ward_combo.blockSignals(True)
        self._fill_wards()
        self.ward_combo.blockSignals(False)
        self._changed_now()

    def _fill_wards(self) -> None:
        """List the wards of the chosen district (all wards, with their district, when none is chosen)."""
        chosen_ward = self.ward_combo.currentData()
        district = self.district_combo.currentData()
        self.ward_combo.clear()
        self.ward_combo.addItem(translate("filter_bar", "All wards"), None)
        entries = []
        for code, name in self._ward_names.items():
            lad = self._ward_district.get(code)
            if district and lad != district:
                continue
            text = name if district else f"{name} ({self._district_names.get(lad or '', lad or '?')})"
            entries.append((text, code))
        for text, code in sorted(entries, key=_by_name):
            self.ward_combo.addItem(text, code)
        kept = self.ward_combo.findData(chosen_ward) if chosen_ward else -1
        self.ward_combo.setCurrentIndex(max(kept, 0))


def _by_name(entry: tuple[str, str]) -> str:
    return entry[0].casefold()
