"""The asset table: a model over frozen asset records, and the proxy that filters it.

Designed for 100,000 rows: the model keeps only the list of records, an id → row index and one
lower-cased search text per row; cells are formatted when Qt asks for them. Sorting is done by the
source model with Python's sort (a proxy comparing through ``data()`` would call into Python a million
times), and the proxy filters with a mask computed once per filter change, keeping the rows that pass as a
list (a ``QSortFilterProxyModel`` would call into Python once per row to ask).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from assetmap.register import sharing
from assetmap.register.consent import NO_PEOPLE, PeopleView
from assetmap.register.records import Asset, Category, Change
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.local_format import date_time

if TYPE_CHECKING:
    from assetmap.geo.boundaries import Boundaries

AssetIdRole = Qt.ItemDataRole.UserRole + 1
"""Custom role: the asset's id, for any column."""

OUTSIDE_WARDS = QT_TRANSLATE_NOOP("asset_table", "Outside the wards")
NO_LOCATION = QT_TRANSLATE_NOOP("asset_table", "No location")
_OUTSIDE_TIP = QT_TRANSLATE_NOOP(
    "asset_table",
    "This asset's location lies outside every ward on the map, so it is left out of ward "
    "counts. Check its postcode or move it on the map.",
)
_FLAG_COLOUR = "#B35900"

# Past this many new rows, a change is appended in one block rather than placed in sorted order.
_SORTED_INSERT_LIMIT = 200
LARGE_REGISTER_ROWS = 5_000
"""From this many assets, long-lived objects are moved out of the cyclic garbage collector's reach."""

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str  # the English source; the header shows it translated
    text: Callable[[AssetTableModel, Asset], str]
    key: Callable[[AssetTableModel, Asset], Any]


_NEVER = dt.datetime.min


def _blank_last(text: str | None) -> tuple[bool, str]:
    return (not text, (text or "").casefold())


def _local_time(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return date_time(value)


def _search_text(asset: Asset) -> str:
    return "\n".join((asset.name, asset.description or "", " ".join(asset.tags))).casefold()


_asset_id = attrgetter("id")


class AssetTableModel(QAbstractTableModel):
    """Rows of :class:`Asset`, one per asset, with ward and district names looked up when shown."""

    COLUMNS: tuple[Column, ...] = (
        Column(QT_TRANSLATE_NOOP("asset_table", "Name"), lambda m, a: a.name, lambda m, a: a.name.casefold()),
        Column(
            QT_TRANSLATE_NOOP("asset_table", "Category"),
            lambda m, a: m.category_label(a.category),
            lambda m, a: m.category_label(a.category).casefold(),
        ),
        Column(
            QT_TRANSLATE_NOOP("asset_table", "Subcategory"),
            lambda m, a: a.subcategory or "",
            lambda m, a: _blank_last(a.subcategory),
        ),
        Column(
            QT_TRANSLATE_NOOP("asset_table", "Ward"), lambda m, a: m.ward_text(a), lambda m, a: m.ward_key(a)
        ),
        Column(
            QT_TRANSLATE_NOOP("asset_table", "District"),
            lambda m, a: m.district_text(a),
            lambda m, a: _blank_last(m.district_text(a)),
        ),
        Column(
            QT_TRANSLATE_NOOP("asset_table", "Postcode"),
            lambda m, a: a.postcode or "",
            lambda m, a: _blank_last(a.postcode),
        ),
        Column(
            QT_TRANSLATE_NOOP("asset_table", "Status"),
            lambda m, a: vocabulary(a.status.capitalize()),
            lambda m, a: a.status,
        ),
        Column(
            QT_TRANSLATE_NOOP("asset_table", "Visibility"),
            lambda m, a: vocabulary(a.visibility.capitalize()),
            lambda m, a: a.visibility,
        ),
        Column(
            QT_TRANSLATE_NOOP("asset_table", "Updated"),
            lambda m, a: _local_time(a.updated_at),
            lambda m, a: a.updated_at or _NEVER,
        ),
        # A person's gift: the consent in force. Sorted ascending, the gifts that need consent come first.
        Column(
            QT_TRANSLATE_NOOP("asset_table", "Consent"),
            lambda m, a: m.consent_text(a),
            lambda m, a: m.consent_key(a),
        ),
    )
    NAME_COLUMN = 0
    WARD_COLUMN = 3
    CATEGORY_COLUMN = 1

    def __init__(
        self,
        categories: Sequence[Category],
        ward_names: dict[str, str],
        ward_district: dict[str, str],
        district_names: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._categories = {c.code: c for c in categories}
        self._colours = {c.code: QColor(c.colour) for c in categories}
        self.ward_names = ward_names
        self.ward_district = ward_district
        self.district_names = district_names
        self._rows: list[Asset] = []
        self._people: PeopleView = NO_PEOPLE
        self._texts: list[str] = []
        self._index: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._flag_icon: QIcon | None = None
        self._flag_brush = QBrush(QColor(_FLAG_COLOUR))
        # Bumped after every change to the rows, so a proxy knows its filter mask is stale.
        self.generation = 0

    # -- reading -------------------------------------------------------------------------

    def set_boundaries(self, boundaries: Boundaries) -> None:
        """Name wards and districts from another set (follow with :meth:`set_assets`)."""
        self.ward_names = dict(boundaries.ward_names)
        self.ward_district = dict(boundaries.ward_district)
        self.district_names = dict(boundaries.district_names)

    def asset_at(self, row: int) -> Asset:
        return self._rows[row]

    @property
    def people(self) -> PeopleView:
        """The consent in force the table shows (``Register.people_view()``)."""
        return self._people

    def consent_text(self, asset: Asset) -> str:
        return vocabulary(sharing.consent_text(asset, people=self._people))

    def consent_key(self, asset: Asset) -> tuple[int, str]:
        """Gifts that need consent first, then other people's gifts by their consent, then other assets."""
        if asset.person_id is None:
            return (2, "")
        return (0 if sharing.needs_consent(asset, people=self._people) else 1, self.consent_text(asset))

    def set_people(self, people: PeopleView) -> None:
        """The consent in force changed: the Consent column follows it. Every asset stays listed."""
        if people == self._people:
            return
        self._people = people
        if self._rows:
            column = len(self.COLUMNS) - 1
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def row_of(self, asset_id: str) -> int | None:
        return self._index.get(asset_id)

    def asset_count(self) -> int:
        return len(self._rows)

    def assets(self) -> Sequence[Asset]:
        """The rows in their current order (read only)."""
        return self._rows

    def search_texts(self) -> Sequence[str]:
        """Lower-cased name, description and tags of each row, aligned with :meth:`assets`."""
        return self._texts

    def category_label(self, code: str) -> str:
        category = self._categories.get(code)
        return vocabulary(category.label) if category else code

    def is_outside_wards(self, asset: Asset) -> bool:
        return asset.has_location and asset.ward_code is None

    def ward_text(self, asset: Asset) -> str:
        if asset.ward_code is not None:
            return self.ward_names.get(asset.ward_code, asset.ward_code)
        if asset.has_location:
            return translate("asset_table", OUTSIDE_WARDS)
        return translate("asset_table", NO_LOCATION)

    def ward_key(self, asset: Asset) -> tuple[int, str]:
        if asset.ward_code is not None:
            return (0, self.ward_text(asset).casefold())
        return (1 if asset.has_location else 2, "")

    def district_text(self, asset: Asset) -> str:
        lad = self.ward_district.get(asset.ward_code or "")
        return self.district_names.get(lad, lad) if lad else ""

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                return section + 1
            if 0 <= section < len(self.COLUMNS):
                return translate("asset_table", self.COLUMNS[section].title)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        asset = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[column].text(self, asset)
        if role == AssetIdRole:
            return asset.id
        if column == self.WARD_COLUMN and self.is_outside_wards(asset):
            if role == Qt.ItemDataRole.DecorationRole:
                return self._warning_icon()
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._flag_brush
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("asset_table", _OUTSIDE_TIP)
        if column == self.CATEGORY_COLUMN and role == Qt.ItemDataRole.DecorationRole:
            colour = self._colours.get(asset.category)
            if colour is not None:
                return colour
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and asset.description:
            return asset.description[:300]
        return None

    def _warning_icon(self) -> QIcon:
        # One shared icon, made on first use (the style needs a running application).
        if self._flag_icon is None:
            app = QApplication.instance()
            style = app.style() if isinstance(app, QApplication) else None
            pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
            self._flag_icon = style.standardIcon(pixmap) if style else QIcon()
        return self._flag_icon

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            self._sort = None
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[i.row()].id, i.column()) for i in persistent]
        rows = self._rows
        positions = self._sort_positions(rows, column, order)
        self._rows = [rows[i] for i in positions]
        self._texts = [self._texts[i] for i in positions]
        self._reindex(0)
        self.changePersistentIndexList(persistent, [self.index(self._index[i], c) for i, c in held])
        self.generation += 1
        self.layoutChanged.emit()

    # -- changing ------------------------------------------------------------------------

    def _sort_positions(self, rows: Sequence[Asset], column: int, order: Qt.SortOrder) -> list[int]:
        """Row positions in the order of ``column``, ties in name order."""
        names = [a.name.casefold() for a in rows]
        descending = order == Qt.SortOrder.DescendingOrder
        # Two stable sorts: by name, then by the column, so equal cells stay in name order.
        positions = sorted(range(len(rows)), key=names.__getitem__, reverse=descending)
        if column != self.NAME_COLUMN:
            key = self.COLUMNS[column].key
            keys = [key(self, a) for a in rows]
            positions.sort(key=keys.__getitem__, reverse=descending)
        return positions

    def set_assets(self, assets: Iterable[Asset]) -> None:
        """Replace every row (a model reset: selection is lost)."""
        rows = list(assets)
        if self._sort is not None:
            # Sorted before the reset, so views and proxies take the rows in once, already in order.
            rows = [rows[i] for i in self._sort_positions(rows, *self._sort)]
        texts = list(map(_search_text, rows))
        index = dict(zip(map(_asset_id, rows), range(len(rows)), strict=True))
        self.beginResetModel()
        self._rows = rows
        self._texts = texts
        self._index = index
        self.generation += 1
        self.endResetModel()
        if len(rows) >= LARGE_REGISTER_ROWS:
            # The rows live as long as the table. A full collection walks every object the collector
            # tracks while holding the GIL, so it stops the UI thread whichever thread starts it: about
            # 0.2 s at 50,000 assets, more than once after opening. Everything made so far (the rows,
            # modules, the boundaries) moves to the collector's permanent generation, which it skips;
            # objects there are still freed as usual once nothing refers to them.
            gc.freeze()

    def apply_change(self, change: Change) -> None:
        """Bring the rows up to date with one register write, without a reset, so selection survives.

        Assets in ``change.assets`` are updated in place or inserted (a removed one is taken out);
        ids in ``change.removed`` and ``change.purged`` are taken out.
        """
        gone = set(change.removed) | set(change.purged) | {a.id for a in change.assets if a.is_removed}
        self._remove_rows(sorted((self._index[i] for i in gone if i in self._index), reverse=True))
        updated: list[int] = []
        new: list[Asset] = []
        for asset in change.assets:
            if asset.is_removed:
                continue
            row = self._index.get(asset.id)
            if row is None:
                new.append(asset)
            else:
                self._rows[row] = asset
                self._texts[row] = _search_text(asset)
                updated.append(row)
        if updated:
            self.generation += 1
            last = len(self.COLUMNS) - 1
            for row in updated:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        if self._sort is not None and len(new) <= _SORTED_INSERT_LIMIT:
            for asset in new:
                self._insert_rows(self._sorted_position(asset), [asset])
        elif new:
            self._insert_rows(len(self._rows), new)

    def _remove_rows(self, rows_descending: list[int]) -> None:
        # Group neighbouring rows so a block of removals is one signal.
        i = 0
        while i < len(rows_descending):
            last = first = rows_descending[i]
            while i + 1 < len(rows_descending) and rows_descending[i + 1] == first - 1:
                i += 1
                first = rows_descending[i]
            self.beginRemoveRows(QModelIndex(), first, last)
            for asset in self._rows[first : last + 1]:
                del self._index[asset.id]
            del self._rows[first : last + 1]
            del self._texts[first : last + 1]
            self._reindex(first)
            self.generation += 1
            self.endRemoveRows()
            i += 1

    def _insert_rows(self, position: int, assets: list[Asset]) -> None:
        self.beginInsertRows(QModelIndex(), position, position + len(assets) - 1)
        self._rows[position:position] = assets
        self._texts[position:position] = [_search_text(a) for a in assets]
        self._reindex(position)
        self.generation += 1
        self.endInsertRows()

    def _sorted_position(self, asset: Asset) -> int:
        assert self._sort is not None
        column, order = self._sort
        key = self.COLUMNS[column].key

        def full_key(a: Asset) -> tuple[Any, str]:
            return (key(self, a), a.name.casefold())

        target = full_key(asset)
        descending = order == Qt.SortOrder.DescendingOrder
        low, high = 0, len(self._rows)
        while low < high:
            middle = (low + high) // 2
            here = full_key(self._rows[middle])
            before = here > target if descending else here < target
            if before or here == target:
                low = middle + 1
            else:
                high = middle
        return low

    def _reindex(self, start: int) -> None:
        index = self._index
        for row in range(start, len(self._rows)):
            index[self._rows[row].id] = row


class AssetFilterProxy(QAbstractProxyModel):
    """Filters an :class:`AssetTableModel` by search text, category, district, ward and status.

    Not a ``QSortFilterProxyModel``: that one asks ``filterAcceptsRow`` about every source row, a call
    into Python each, which costs 60 to 150 ms at 50,000 assets, at every letter typed in the search.
    Here a change of filter works out which rows pass in one sweep of list operations
    (:meth:`accepted_mask`) and keeps the passing source rows as a list; the rest of the model only
    maps through that list, and Qt calls into Python only for the cells on screen. A change of filter,
    and any change of the source's rows, is one layout change, which keeps the selection on rows that
    stay. Sorting is handed to the source model.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search: tuple[str, ...] = ()
        self._category: str | None = None
        self._district: str | None = None
        self._ward: str | None = None
        self._status: str | None = None
        self._model: AssetTableModel | None = None
        # The source rows shown, in source order, and each source row's proxy row (-1: hidden);
        # both None while no filter is set (every row shows, in the same place).
        self._rows: list[int] | None = None
        self._positions: list[int] | None = None
        self._count = 0
        self._mask: list[bool] | None = None
        self._mask_generation = -1
        self._held: list[tuple[str | None, int]] = []  # persistent indexes across a source change

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        self.beginResetModel()
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._wiring(old):
                signal.disconnect(slot)
        # Kept as a Python reference so mapping never calls back into Qt.
        self._model = model if isinstance(model, AssetTableModel) else None
        super().setSourceModel(model)
        if model is not None:
            for signal, slot in self._wiring(model):
                signal.connect(slot)
        self._recompute()
        self.endResetModel()

    def _wiring(self, model: QAbstractItemModel) -> list[tuple[Any, Callable[..., None]]]:
        return [
            (model.dataChanged, self._source_data_changed),
            (model.headerDataChanged, self.headerDataChanged.emit),
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.rowsAboutToBeInserted, self._source_about_to_change),
            (model.rowsInserted, self._source_changed),
            (model.rowsAboutToBeRemoved, self._source_about_to_change),
            (model.rowsRemoved, self._source_changed),
            (model.layoutAboutToBeChanged, self._source_about_to_change),
            (model.layoutChanged, self._source_changed),
        ]

    def _source(self) -> AssetTableModel | None:
        return self._model

    # -- the Qt proxy interface ----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AssetTableModel.COLUMNS)

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._count > 0

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < self._count and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: _Index | None = None) -> Any:
        if child is None:  # QObject.parent(), which this name hides
            return QObject.parent(self)
        return QModelIndex()

    def sibling(self, row: int, column: int, index: _Index) -> QModelIndex:
        return self.index(row, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        source = self.sourceModel()
        if source is None:
            return None
        if orientation == Qt.Orientation.Horizontal:  # the same columns, even when no row is shown
            return source.headerData(section, orientation, role)
        return super().headerData(section, orientation, role)

    def mapToSource(self, proxy_index: _Index) -> QModelIndex:
        source = self._model
        if source is None or not proxy_index.isValid() or proxy_index.model() is not self:
            return QModelIndex()
        row = proxy_index.row()
        if row >= self._count:
            return QModelIndex()
        return source.index(row if self._rows is None else self._rows[row], proxy_index.column())

    def mapFromSource(self, source_index: _Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = source_index.row()
        if self._positions is not None:
            row = self._positions[row] if row < len(self._positions) else -1
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    # -- filters -------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        """Show rows whose name, description or tags contain every word of ``text`` (any case)."""
        self._set("_search", tuple(text.casefold().split()))

    def set_category(self, code: str | None) -> None:
        self._set("_category", code or None)

    def set_district(self, lad_code: str | None) -> None:
        self._set("_district", lad_code or None)

    def set_ward(self, ward_code: str | None) -> None:
        self._set("_ward", ward_code or None)

    def set_status(self, status: str | None) -> None:
        self._set("_status", status or None)

    def set_filters(
        self,
        *,
        search: str = "",
        category: str | None = None,
        district: str | None = None,
        ward: str | None = None,
        status: str | None = None,
    ) -> None:
        """Set every filter at once, refiltering at most once."""
        wanted = {
            "_search": tuple(search.casefold().split()),
            "_category": category or None,
            "_district": district or None,
            "_ward": ward or None,
            "_status": status or None,
        }
        if all(getattr(self, name) == value for name, value in wanted.items()):
            return
        for name, value in wanted.items():
            setattr(self, name, value)
        self._refilter()

    def is_filtering(self) -> bool:
        return bool(self._search) or any((self._category, self._district, self._ward, self._status))

    def _set(self, name: str, value: object) -> None:
        if getattr(self, name) == value:
            return
        setattr(self, name, value)
        self._refilter()

    def accepted_mask(self) -> list[bool]:
        """Whether each source row passes the filters, computed in one sweep over the rows."""
        source = self._source()
        if source is None:
            return []
        if self._mask is not None and self._mask_generation == source.generation:
            return self._mask
        assets = source.assets()
        mask = [True] * len(assets)
        for word in self._search:
            mask = [m and word in text for m, text in zip(mask, source.search_texts(), strict=True)]
        if self._category:
            mask = [m and a.category == self._category for m, a in zip(mask, assets, strict=True)]
        if self._status:
            mask = [m and a.status == self._status for m, a in zip(mask, assets, strict=True)]
        if self._ward:
            mask = [m and a.ward_code == self._ward for m, a in zip(mask, assets, strict=True)]
        if self._district:
            wards = {w for w, lad in source.ward_district.items() if lad == self._district}
            mask = [m and a.ward_code in wards for m, a in zip(mask, assets, strict=True)]
        self._mask, self._mask_generation = mask, source.generation
        return mask

    # -- keeping the rows shown up to date -----------------------------------------------

    def _recompute(self) -> None:
        """Work out the rows shown from the source and the filters (no signals)."""
        source = self._source()
        if source is None:
            self._rows = self._positions = None
            self._count = 0 if self.sourceModel() is None else self.sourceModel().rowCount()
            return
        if not self.is_filtering():
            self._rows = self._positions = None
            self._count = source.rowCount()
            return
        mask = self.accepted_mask()
        rows = list(compress(range(len(mask)), mask))
        positions = [-1] * len(mask)
        for position, row in enumerate(rows):
            positions[row] = position
        self._rows, self._positions, self._count = rows, positions, len(rows)

    def _hold(self) -> None:
        """Note which asset each persistent index shows, before the rows move."""
        source = self._source()
        held: list[tuple[str | None, int]] = []
        for index in self.persistentIndexList():
            row = self.mapToSource(index).row()
            held.append((source.asset_at(row).id if source and row >= 0 else None, index.column()))
        self._held = held

    def _restore(self) -> None:
        """Point each persistent index at its asset's new row (nowhere if it is gone or hidden)."""
        source = self._source()
        moved: list[QModelIndex] = []
        for asset_id, column in self._held:
            row = source.row_of(asset_id) if source and asset_id is not None else None
            if source is None or row is None:
                moved.append(QModelIndex())
            else:
                moved.append(self.mapFromSource(source.index(row, column)))
        self.changePersistentIndexList(self.persistentIndexList(), moved)
        self._held = []

    def _refilter(self) -> None:
        self._mask = None
        self.layoutAboutToBeChanged.emit()
        self._hold()
        self._recompute()
        self._restore()
        self.layoutChanged.emit()

    def _source_about_to_change(self, *_args: object) -> None:
        self.layoutAboutToBeChanged.emit()
        self._hold()

    def _source_changed(self, *_args: object) -> None:
        self._recompute()
        self._restore()
        self.layoutChanged.emit()

    def _source_reset(self) -> None:
        self._recompute()
        self.endResetModel()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        if self.is_filtering():
            before = self._rows
            rows = list(compress(range(len(mask := self.accepted_mask())), mask))
            if rows != before:  # an edited row starts or stops passing the filters
                self._refilter()
                return
        for row in range(top_left.row(), bottom_right.row() + 1):
            first = self.mapFromSource(top_left.siblingAtRow(row))
            last = self.mapFromSource(bottom_right.siblingAtRow(row))
            if first.isValid():
                self.dataChanged.emit(first, last)

    # -- sorting -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    # -- convenience ---------------------------------------------------------------------

    def asset_at(self, row: int) -> Asset:
        """The asset shown at proxy ``row``."""
        source = self._source()
        assert source is not None
        return source.asset_at(self.mapToSource(self.index(row, 0)).row())

    def row_of(self, asset_id: str) -> int | None:
        """The proxy row showing ``asset_id``, or ``None`` if it is filtered out or absent."""
        source = self._source()
        row = source.row_of(asset_id) if source else None
        if source is None or row is None:
            return None
        proxy = self.mapFromSource(source.index(row, 0))
        return proxy.row() if proxy.isValid() else None
