"""The connections view: a ward's (or the whole register's) network of assets and people, laid out by
force, coloured by category, with the connectors drawn larger and named.

The network and its layout come from the Qt-free core (:mod:`assetmap.maps.network`); this draws them
with QGraphicsView. Clicking an asset selects it in the table and on the map.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from assetmap.maps.network import ASSET, Network
from assetmap.maps.payload import safe_colour
from assetmap.register.records import Category
from assetmap.ui.i18n import translate, vocabulary

WHOLE_REGISTER = ""
SCENE_SIZE = 1000.0
NODE_RADIUS = 5.0
CONNECTOR_RADIUS = 11.0
PERSON_COLOUR = "#111827"
EDGE_COLOUR = QColor(55, 65, 81, 90)
CONNECTOR_RING = QColor("#b45309")
# Names are written beside connectors always, beside every node only in a small network.
LABEL_ALL_BELOW = 40


class NodeItem(QGraphicsEllipseItem):
    """One node; remembers what it stands for, so a click can select its asset."""

    def __init__(self, rect: QRectF, node_id: str, kind: str) -> None:
        super().__init__(rect)
        self.node_id = node_id
        self.kind = kind
        self.setAcceptHoverEvents(True)
        if kind == ASSET:
            self.setCursor(Qt.CursorShape.PointingHandCursor)


class NetworkCanvas(QGraphicsView):
    """The drawing; a click on an asset's node reports its id.

    From the keyboard: the arrow keys step through the assets, most linked first, and Enter selects
    the one stepped to.
    """

    node_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.setAccessibleName(translate("connections_view", "Connections network"))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleDescription(
            translate(
                "connections_view", "Arrow keys step through the assets, most linked first; Enter selects one"
            )
        )
        self.order: list[NodeItem] = []
        self.stepped: int | None = None
        self._focus_ring: QGraphicsEllipseItem | None = None

    def set_order(self, items: list[NodeItem]) -> None:
        """The assets in the order the arrow keys step through them."""
        self.order = items
        self.stepped = None
        self._focus_ring = None

    def step(self, by: int) -> str | None:
        """Step to the next (``by`` = 1) or previous (-1) asset; its id."""
        if not self.order:
            return None
        self.stepped = 0 if self.stepped is None else (self.stepped + by) % len(self.order)
        item = self.order[self.stepped]
        if self._focus_ring is None:
            self._focus_ring = QGraphicsEllipseItem(QRectF(-16, -16, 32, 32))
            self._focus_ring.setPen(QPen(QColor("#111827"), 2, Qt.PenStyle.DashLine))
            self._focus_ring.setZValue(5)
            self.scene().addItem(self._focus_ring)
        self._focus_ring.setPos(item.scenePos())
        self.ensureVisible(item)
        self.setToolTip(item.toolTip())
        return item.node_id

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.step(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.stepped is not None and self.order:
            self.node_clicked.emit(self.order[self.stepped].node_id)
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        # The node under the pointer, not a neighbour's name written over it.
        nodes = [i for i in self.items(event.position().toPoint()) if isinstance(i, NodeItem)]
        if nodes and nodes[0].kind == ASSET:
            self.node_clicked.emit(nodes[0].node_id)

    def wheelEvent(self, event) -> None:
        factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
        self.scale(factor, factor)

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect()
        if not rect.isEmpty():
            self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


def draw_network(
    scene: QGraphicsScene,
    network: Network,
    positions: np.ndarray,
    colours: Mapping[str, str],
    *,
    chosen: str | None = None,
) -> dict[str, NodeItem]:
    """Draw ``network`` at ``positions`` (unit square) into ``scene``; returns the node items by id."""
    scene.clear()
    points = [QPointF(float(x) * SCENE_SIZE, float(y) * SCENE_SIZE) for x, y in positions]
    path = QPainterPath()
    for a, b, _kind in network.edges:
        path.moveTo(points[a])
        path.lineTo(points[b])
    edges = QGraphicsPathItem(path)
    edges.setPen(QPen(EDGE_COLOUR, 0))
    edges.setZValue(0)
    scene.addItem(edges)
    items: dict[str, NodeItem] = {}
    few = len(network.nodes) < LABEL_ALL_BELOW
    font = QFont()
    font.setPointSizeF(7.5)
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(9)
    for node, point in zip(network.nodes, points, strict=True):
        radius = CONNECTOR_RADIUS if node.connector else NODE_RADIUS + min(node.links, 6) * 0.5
        item = NodeItem(QRectF(-radius, -radius, 2 * radius, 2 * radius), node.id, node.kind)
        item.setPos(point)
        colour = QColor(
            PERSON_COLOUR if node.kind != ASSET else safe_colour(colours.get(node.category or ""))
        )
        if not node.inside:
            colour.setAlpha(110)
        item.setBrush(QBrush(colour))
        ring = QPen(CONNECTOR_RING, 3) if node.connector else QPen(QColor("#ffffff"), 1)
        if node.id == chosen:
            ring = QPen(QColor("#111827"), 4)
        item.setPen(ring)
        item.setZValue(2 if node.connector else 1)
        linked = node.links  # a plain name: pyside6-lupdate reads no attribute as the count
        if linked == 1:
            count = translate("connections_view", "%Ln link", None, linked)
        else:
            count = translate("connections_view", "%Ln links", None, linked)
        lines = [node.label, count]
        if node.connector:
            lines.append(translate("connections_view", "A connector"))
        item.setToolTip("\n".join(lines))
        scene.addItem(item)
        items[node.id] = item
        if node.connector or few:
            label = QGraphicsSimpleTextItem(node.label if len(node.label) <= 40 else node.label[:39] + "…")
            label.setFont(bold if node.connector else font)
            label.setParentItem(item)
            label.setPos(radius + 2, -radius)
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    return items


class ConnectionsView(QWidget):
    """A ward chooser, the network and a legend. ``refresh`` reads what to draw through ``load``."""

    asset_chosen = Signal(str)

    def __init__(
        self,
        categories: Sequence[Category],
        ward_names: Mapping[str, str],
        load: Callable[[str | None], tuple[Network, np.ndarray]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._colours = {c.code: c.colour for c in categories}
        self._categories = list(categories)
        self.network: Network | None = None
        self.positions: np.ndarray | None = None
        self.items: dict[str, NodeItem] = {}
        self._chosen: str | None = None
        self.ward_combo = QComboBox()
        self.ward_combo.setAccessibleName(translate("connections_view", "Whose network"))
        self.set_wards(ward_names)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.canvas = NetworkCanvas(self)
        self.canvas.node_clicked.connect(self.asset_chosen)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self._fill_legend()
        top = QHBoxLayout()
        label = QLabel(translate("connections_view", "S&how"))
        label.setBuddy(self.ward_combo)
        top.addWidget(label)
        top.addWidget(self.ward_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)
        self.ward_combo.currentIndexChanged.connect(lambda _i: self.refresh())

    def set_wards(self, ward_names: Mapping[str, str]) -> None:
        current = self.ward_combo.currentData()
        self.ward_combo.blockSignals(True)
        self.ward_combo.clear()
        self.ward_combo.addItem(translate("connections_view", "The whole register"), WHOLE_REGISTER)
        for code, name in sorted(ward_names.items(), key=lambda kv: kv[1].casefold()):
            self.ward_combo.addItem(name, code)
        index = self.ward_combo.findData(current)
        self.ward_combo.setCurrentIndex(max(index, 0))
        self.ward_combo.blockSignals(False)

    def show_ward(self, ward_code: str | None) -> None:
        """Show one ward's network (``None``: the whole register)."""
        index = self.ward_combo.findData(ward_code or WHOLE_REGISTER)
        if index >= 0 and index != self.ward_combo.currentIndex():
            self.ward_combo.setCurrentIndex(index)  # refreshes
        else:
            self.refresh()

    def ward_code(self) -> str | None:
        return self.ward_combo.currentData() or None

    def _fill_legend(self) -> None:
        parts = [
            f'<span style="color:{safe_colour(c.colour)}">●</span> {_escape(vocabulary(c.label))}'
            for c in self._categories
        ]
        person = _escape(translate("connections_view", "a person"))
        connector = _escape(translate("connections_view", "a connector (linked to many)"))
        parts.append(f'<span style="color:{PERSON_COLOUR}">●</span> {person}')
        parts.append(f'<span style="color:#b45309">◯</span> {connector}')
        self.legend.setText(" &nbsp; ".join(parts))

    def refresh(self) -> None:
        self.network, self.positions = self._load(self.ward_code())
        self.items = draw_network(
            self.canvas.scene(), self.network, self.positions, self._colours, chosen=self._chosen
        )
        assets = sorted(
            (n for n in self.network.nodes if n.kind == ASSET),
            key=lambda n: (-n.links, n.label.casefold(), n.id),
        )
        self.canvas.set_order([self.items[n.id] for n in assets])
        self.canvas.fit()
        nodes, links = len(self.network.nodes), len(self.network.edges)
        connectors = self.network.connectors
        text = translate("connections_view", "{assets_and_people}, {links}.").format(
            assets_and_people=translate("connections_view", "%Ln assets and people", None, nodes),
            links=translate("connections_view", "%Ln links", None, links),
        )
        if connectors:
            named = ", ".join(n.label for n in connectors[:5])
            if len(connectors) > 5:
                extra = len(connectors) - 5
                more = translate("connections_view", "Connectors: {names} and %Ln more.", None, extra)
            else:
                more = translate("connections_view", "Connectors: {names}.")
            text += " " + more.format(names=named)
        if nodes and not links:
            text += " " + translate(
                "connections_view",
                "Nothing here is linked yet: link assets in the asset form, or Ctrl+drag on the map.",
            )
        else:
            alone = sum(1 for n in self.network.nodes if not n.links)
            if alone:
                text += " " + translate(
                    "connections_view", "%Ln with no link yet are in rows under the network.", None, alone
                )
        self.summary.setText(text)

    def select(self, asset_id: str | None) -> None:
        """Ring the chosen asset's node, if it is in the network shown."""
        previous = self.items.get(self._chosen or "")
        self._chosen = asset_id
        if previous is not None and self.network is not None:
            index = self.network.index_of(previous.node_id)
            if index is not None:
                node = self.network.nodes[index]
                previous.setPen(QPen(CONNECTOR_RING, 3) if node.connector else QPen(QColor("#ffffff"), 1))
        item = self.items.get(asset_id or "")
        if item is not None:
            item.setPen(QPen(QColor("#111827"), 4))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def node_centre(view: ConnectionsView, node_id: str) -> tuple[int, int] | None:
    """Where a node is in the canvas's viewport, in pixels (for tests and keyboard help)."""
    item = view.items.get(node_id)
    if item is None:
        return None
    point = view.canvas.mapFromScene(item.scenePos())
    return (point.x(), point.y())
