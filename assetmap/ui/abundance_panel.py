"""The abundance panel: choose a measure, categories, area, tier and classes, and what the map shows.

The panel turns these choices into one analysis (``assetmap.reports``) and hands out its results: the map
layer through ``layer_changed`` (``None`` while the map shows assets) and the chart data through
``charts_changed``. It never touches the map or the register itself.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import AssetMapError
from assetmap.geo.boundaries import Boundaries
from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.register.connections import Link
from assetmap.register.consent import NO_PEOPLE, PeopleView
from assetmap.register.records import Asset, collector_paused
from assetmap.reports import layer as abundance
from assetmap.reports.analysis import Analysis, ReportOptions, analyse
from assetmap.reports.classify import MAX_CLASSES, SCHEMES
from assetmap.reports.measures import DEFAULT_WALK_M, MEASURES, area_totals
from assetmap.reports.privacy import PARTNER_NOTICE
from assetmap.ui.asset_table import LARGE_REGISTER_ROWS
from assetmap.ui.chart_panel import measure_text
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.local_format import number
from assetmap.ui.tasks import WorkerResults

log = logging.getLogger(__name__)

REFRESH_DELAY_MS = 200
ALL_AREA = QT_TRANSLATE_NOOP("abundance_panel", "All of {area}")
TIER_CHOICES = (
    (QT_TRANSLATE_NOOP("abundance_panel", "Public assets"), "public"),
    (QT_TRANSLATE_NOOP("abundance_panel", "Public and partner-only assets"), "partners"),
)
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "abundance_panel",
    "Nothing is counted yet for these choices. Add assets to the register, or choose more categories, "
    "another area or the partners tier.",
)


def _plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _default_measure(boundaries: Boundaries) -> str:
    """Assets per 1,000 residents where the wards come with residents' figures, else plain counts."""
    return "per1000" if boundaries.population else "count"


def counted_text(analysis: Analysis) -> str | None:
    """One sentence on what was counted in the area, in the window's language and numbers (as the core's
    ``counted_wording``), or ``None`` when nothing was."""
    if not abundance.anything_counted(analysis):
        return None
    wards = len(analysis.frame)
    where = translate("abundance_panel", "in %Ln ward(s) of {area}", None, wards).format(
        area=abundance.area_wording(analysis.area)
    )
    totals = area_totals(analysis.frame)
    if not totals["people_left_out"]:
        return translate("abundance_panel", "{total} assets counted {where}.").format(
            total=number(int(totals["total"])), where=where
        )
    reason = translate(
        "abundance_panel", "some wards have fewer than 5, so their number is withheld to protect individuals"
    )
    if totals["total"] is None:
        return translate("abundance_panel", "People's gifts and skills counted {where}; {reason}.").format(
            where=where, reason=reason
        )
    return translate(
        "abundance_panel",
        "{total} places and groups counted {where}; people's gifts and skills are left out of this total "
        "because {reason}.",
    ).format(total=number(int(totals["total"])), where=where, reason=reason)


@dataclass(frozen=True)
class _Results:
    """What one analysis shows: the chart data, the summary wording and, if asked for, the map layer."""

    analysis: Analysis
    charts: abundance.ChartData
    wording: str | None
    layer: dict[str, object] | None

    @classmethod
    def of(cls, analysis: Analysis, *, with_layer: bool) -> _Results:
        """Built on any thread: a whole county's layer and charts take a few tenths of a second."""
        return cls(
            analysis=analysis,
            charts=abundance.chart_data_from(analysis),
            wording=abundance.counted_wording(analysis),
            layer=abundance.layer_from(analysis) if with_layer else None,
        )


class AbundancePanel(QWidget):
    """Choices for abundance maps and charts; emits the map layer and the chart data they give."""

    layer_changed = Signal(object)  # the layer dict for MapView.set_abundance_layer, or None for assets
    charts_changed = Signal(object)  # the chart data for ChartPanel.show_charts
    options_changed = Signal(object)  # the chosen ReportOptions, e.g. to start an export with them

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        boundaries: Boundaries,
        assets: Iterable[Asset] = (),
        people: PeopleView = NO_PEOPLE,
    ) -> None:
        super().__init__(parent)
        self._boundaries = boundaries
        self._assets: list[Asset] = list(assets)
        self._people = people
        # The register's links, for the connection measures; None until the window hands them over.
        self._links: list[Link] | None = None
        self._analysis: Analysis | None = None
        self._layer: dict[str, object] | None = None
        self._charts: abundance.ChartData | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._analyse_in_background)
        # The analysis (postcode reach, classification) takes a noticeable moment for a whole county;
        # it runs on one worker thread so the window, the map and the table never wait for it.
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="abundance")
        self._generation = 0
        self._pending = False
        self._results: _Results | None = None
        self._modules_frozen = False
        self._delivery = WorkerResults()
        self._delivery.delivered.connect(self._on_analysed, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(lambda *_: self._worker.shutdown(wait=False, cancel_futures=True))

        # The window's one switch between the asset markers and the abundance map (Alt+S, Alt+B).
        self.assets_radio = QRadioButton(translate("abundance_panel", "A&ssets"), self)
        self.abundance_radio = QRadioButton(translate("abundance_panel", "A&bundance"), self)
        self.assets_radio.setToolTip(
            translate("abundance_panel", "Show the assets on the map, by category (Alt+S)")
        )
        self.abundance_radio.setToolTip(
            translate("abundance_panel", "Show the abundance map: the chosen measure by ward (Alt+B)")
        )
        self.assets_radio.setChecked(True)
        self._layer_group = QButtonGroup(self)
        self._layer_group.addButton(self.assets_radio)
        self._layer_group.addButton(self.abundance_radio)
        show_row = QHBoxLayout()
        show_row.addWidget(self.assets_radio)
        show_row.addWidget(self.abundance_radio)
        show_row.addStretch(1)

        self.measure_combo = QComboBox(self)
        self.measure_combo.setAccessibleName(translate("abundance_panel", "Measure"))
        for key in MEASURES:
            self.measure_combo.addItem(measure_text(key), key)
        self.measure_combo.setCurrentIndex(self.measure_combo.findData(_default_measure(boundaries)))
        self.measure_note = _plain_label("", self)
        self.measure_note.setObjectName("measure_note")

        self.walk_spin = QSpinBox(self)
        self.walk_spin.setRange(100, 5000)
        self.walk_spin.setSingleStep(100)
        self.walk_spin.setValue(DEFAULT_WALK_M)
        self.walk_spin.setSuffix(translate("abundance_panel", " m"))
        self.walk_spin.setAccessibleName(translate("abundance_panel", "Walking distance for reach"))

        self.area_combo = QComboBox(self)
        self.area_combo.setAccessibleName(translate("abundance_panel", "Area"))
        self._fill_areas()

        self.tier_combo = QComboBox(self)
        self.tier_combo.setAccessibleName(translate("abundance_panel", "Assets"))
        for text, tier in TIER_CHOICES:
            self.tier_combo.addItem(translate("abundance_panel", text), tier)
        self.notice_label = _plain_label(vocabulary(PARTNER_NOTICE), self)
        self.notice_label.setObjectName("partner_notice")
        self.notice_label.setStyleSheet(
            "font-weight: 600; border: 1px solid palette(text); padding: 2px 6px;"
        )
        self.notice_label.setVisible(False)

        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setAccessibleName(translate("abundance_panel", "Classes"))
        for key, text in SCHEMES.items():
            self.scheme_combo.addItem(vocabulary(text), key)
        self.classes_spin = QSpinBox(self)
        self.classes_spin.setRange(3, MAX_CLASSES)
        self.classes_spin.setValue(5)
        self.classes_spin.setAccessibleName(translate("abundance_panel", "Number of classes"))

        self.category_boxes: dict[str, QCheckBox] = {}
        categories_box = QGroupBox(translate("abundance_panel", "Categories"), self)
        categories_layout = QVBoxLayout(categories_box)
        for category in ABCD_CATEGORIES:
            box = QCheckBox(vocabulary(category.label), categories_box)
            box.setChecked(True)
            box.toggled.connect(self._categories_toggled)
            self.category_boxes[category.code] = box
            categories_layout.addWidget(box)

        self.summary_label = _plain_label("", self)
        self.summary_label.setObjectName("summary")

        form = QFormLayout()
        form.addRow(translate("abundance_panel", "Show on map"), show_row)
        form.addRow(translate("abundance_panel", "Measure"), self.measure_combo)
        form.addRow("", self.measure_note)
        form.addRow(translate("abundance_panel", "Walking distance"), self.walk_spin)
        form.addRow(translate("abundance_panel", "Area"), self.area_combo)
        form.addRow(translate("abundance_panel", "Assets"), self.tier_combo)
        form.addRow(translate("abundance_panel", "Classes"), self.scheme_combo)
        form.addRow(translate("abundance_panel", "Number of classes"), self.classes_spin)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notice_label)
        layout.addWidget(categories_box)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)

        for combo in (self.measure_combo, self.area_combo, self.tier_combo, self.scheme_combo):
            # Long choices are elided rather than widening a narrow dock.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)

        self.abundance_radio.toggled.connect(self._layer_toggled)
        for combo in (self.measure_combo, self.area_combo, self.tier_combo, self.scheme_combo):
            combo.currentIndexChanged.connect(self._choices_changed)
        for spin in (self.walk_spin, self.classes_spin):
            spin.valueChanged.connect(self._choices_changed)
        self._update_hints()

    def _fill_areas(self) -> None:
        b = self._boundaries
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        self.area_combo.addItem(
            translate("abundance_panel", ALL_AREA).format(area=abundance.place_name(b.area_name)), None
        )
        for name in sorted(b.district_names.values(), key=str.casefold):
            self.area_combo.addItem(name, name)
        self.area_combo.blockSignals(False)

    # -- what the lead window calls -------------------------------------------------------------------------

    def boundaries_changed(self, boundaries: Boundaries) -> None:
        """The register's wards changed: list the new districts (the area goes back to all of it)."""
        self._boundaries = boundaries
        self._analysis = None
        self._fill_areas()
        if self.measure_combo.currentData() == "per1000" and not boundaries.population:
            self.measure_combo.blockSignals(True)
            self.measure_combo.setCurrentIndex(self.measure_combo.findData(_default_measure(boundaries)))
            self.measure_combo.blockSignals(False)
        self._update_hints()

    def set_assets(
        self, assets: Iterable[Asset], *, people: PeopleView, links: Iterable[Link] | None = None
    ) -> None:
        """The register's assets or the consent in force changed: recompute shortly (several quick edits
        make one refresh). A person's gift counts only with their consent in ``people``. ``links``
        (``Register.links()``), when given, replace those the connection measures count."""
        self._assets = list(assets)
        self._people = people
        if links is not None:
            self._links = list(links)
        self._generation += 1
        self._analysis = None
        self._timer.start()

    def show_layer(self, name: str) -> None:
        """Switch the map between ``"assets"`` and ``"abundance"``, as the panel's own switch does."""
        (self.abundance_radio if name == "abundance" else self.assets_radio).setChecked(True)

    @property
    def showing_abundance(self) -> bool:
        return self.abundance_radio.isChecked()

    def options(self) -> ReportOptions:
        """The current choices as report options (for exports that should match the map)."""
        chosen = [code for code, box in self.category_boxes.items() if box.isChecked()]
        return abundance.options(
            area=self.area_combo.currentData(),
            measure=self.measure_combo.currentData(),
            categories=chosen,
            tier=self.tier_combo.currentData(),
            scheme=self.scheme_combo.currentData(),
            k=self.classes_spin.value(),
            walk_m=self.walk_spin.value(),
        )

    @property
    def layer(self) -> dict[str, object] | None:
        """The last layer emitted (None while the map shows assets)."""
        return self._layer

    @property
    def charts(self) -> abundance.ChartData | None:
        return self._charts

    def refresh(self) -> None:
        """Compute the measures for the current choices now, and emit the charts (and layer, if shown)."""
        self._timer.stop()
        self._generation += 1  # an analysis still running in the background is now out of date
        analysis = self._analyse()
        if analysis is None:
            return
        self._publish(analysis)

    @property
    def busy(self) -> bool:
        """Whether an analysis is waiting or running in the background."""
        return self._timer.isActive() or self._pending

    def _analyse_in_background(self) -> None:
        """Analyse (or reuse the analysis of the same choices) and build what is shown, on the worker."""
        self._generation += 1
        generation, assets, options = self._generation, self._assets, self.options()
        known, with_layer = self._analysis, self.showing_abundance
        first = not self._modules_frozen and len(assets) >= LARGE_REGISTER_ROWS
        self._modules_frozen = self._modules_frozen or first
        boundaries, people, links = self._boundaries, self._people, self._links
        self._pending = True
        delivery = self._delivery  # held by the worker: it outlives a panel closed meanwhile

        def work() -> None:
            try:
                # The analysis makes and drops many objects; a full collection started among them
                # would hold the GIL, and so stop the UI thread, for a few tenths of a second.
                with collector_paused():
                    analysis = known or analyse(
                        assets, options, boundaries=boundaries, people=people, links=links
                    )
                    result: object = _Results.of(analysis, with_layer=with_layer)
                    # The charts draw with matplotlib, which the window opens without: load it here,
                    # before the results reach the UI thread (a no-op once loaded; it makes no widget).
                    import assetmap.ui.bar_chart  # noqa: F401

                    if first:
                        # What the first analysis of a large register loaded (pandas', scipy's and
                        # matplotlib's modules, about 100,000 objects) lives as long as the app: out of
                        # the collector's reach (as the table's rows), or the first collection after
                        # this pause would walk them all, holding the GIL.
                        gc.freeze()
            except Exception as exc:  # handed to the UI thread, which reports it
                result = exc
            delivery.delivered.emit(generation, options, result)

        self._worker.submit(work)

    def _on_analysed(self, generation: int, options: ReportOptions, result: object) -> None:
        if generation != self._generation:
            return
        self._pending = False
        if isinstance(result, AssetMapError):
            log.warning("abundance choices not usable: %s", result)
            self.summary_label.setText(str(result))
            return
        if isinstance(result, Exception):
            log.error("abundance analysis failed", exc_info=result)
            self.summary_label.setText(
                translate("abundance_panel", "The figures could not be worked out; details are in the log.")
            )
            return
        assert isinstance(result, _Results)
        if self._analysis is not result.analysis:
            self._analysis = result.analysis
            self.options_changed.emit(options)
        self._show(result)

    def _publish(self, analysis: Analysis) -> None:
        self._show(_Results.of(analysis, with_layer=self.showing_abundance))

    def _show(self, results: _Results) -> None:
        """Hand out results built from the current analysis (only quick widget updates here)."""
        self._results = results
        self._charts = results.charts
        self.summary_label.setText(counted_text(results.analysis) or translate("abundance_panel", EMPTY_TEXT))
        self.charts_changed.emit(self._charts)
        if self.showing_abundance and results.layer is not None:
            self._layer = results.layer
            self.layer_changed.emit(self._layer)

    # -- reacting to choices ---------------------------------------------------------------------------------

    def _analyse(self) -> Analysis | None:
        if self._analysis is None:
            options = self.options()
            try:
                self._analysis = analyse(
                    self._assets, options, boundaries=self._boundaries, people=self._people, links=self._links
                )
            except AssetMapError as exc:
                log.warning("abundance choices not usable: %s", exc)
                self.summary_label.setText(str(exc))
                return None
            self.options_changed.emit(options)
        return self._analysis

    def _choices_changed(self) -> None:
        self._generation += 1  # a result still on its way answers the old choices: drop it
        self._analysis = None
        self._update_hints()
        self._timer.start()

    def _categories_toggled(self) -> None:
        # At least one category stays chosen: the last one checked cannot be unchecked.
        checked = [box for box in self.category_boxes.values() if box.isChecked()]
        for box in self.category_boxes.values():
            box.setEnabled(not (len(checked) == 1 and box.isChecked()))
        self._choices_changed()

    def _layer_toggled(self, abundance_on: bool) -> None:
        if abundance_on:
            results = self._results
            if results is not None and results.analysis is self._analysis and results.layer is not None:
                self._show(results)
            else:  # the layer is built on the worker, from the analysis there is if it still holds
                self._timer.stop()
                self._analyse_in_background()
        else:
            self._layer = None
            self.layer_changed.emit(None)

    def _update_hints(self) -> None:
        key = self.measure_combo.currentData()
        self.walk_spin.setEnabled(key == "reach")
        self.measure_combo.setItemText(
            self.measure_combo.findData("reach"),
            measure_text("reach", self.walk_spin.value()),
        )
        notes = {
            "per1000": translate("abundance_panel", "Residents: {note}.").format(
                note=abundance.population_wording(self._boundaries)
            ),
            "reach": translate(
                "abundance_panel", "Straight-line distance from each postcode's centre to the nearest asset."
            ),
            "linked": translate(
                "abundance_panel", "Links among the counted assets, and from people who agreed to this tier."
            ),
            "groups": translate("abundance_panel", "Associations linked to the ward's physical spaces."),
        }
        self.measure_note.setText(notes.get(key, ""))
        self.measure_note.setVisible(key in notes)
        self.notice_label.setVisible(self.tier_combo.currentData() == "partners")
