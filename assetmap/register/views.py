"""Saved views: the slides of a meeting, kept in the register in the order they are shown.

A saved view is a title, a short note, the area the map shows (a ward, a district or a box), the layer
(assets, or abundance with its measure) and the filter bar's choices. Each write is one transaction
with its audit entry; the window's undo commands pair each write with its inverse (``remove_view`` returns
the view, which ``save_view`` puts back with its id and place).
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from assetmap.errors import AssetMapError, ValidationError
from assetmap.messages import tr
from assetmap.register import audit
from assetmap.register.connection import write_unit
from assetmap.register.records import utc_now
from assetmap.register.schema import SavedViewRow

_VIEWS = SavedViewRow.__table__

LAYERS = ("assets", "abundance")
AREA_KINDS = ("all", "district", "ward", "bounds")
FILTER_KEYS = ("search", "category", "district", "ward", "status")
MAX_TITLE = 120
MAX_NOTE = 2000
MAX_FILTER = 200
MAX_AREA_TEXT = 120


class ViewNotFoundError(AssetMapError):
    """A saved view id that is not in the register."""

    def __init__(self, view_id: str) -> None:
        self.view_id = view_id
        super().__init__(
            tr(
                "There is no saved view with id {view_id} in this register. It may have been removed; "
                "the list of views shows the ones there are."
            ).format(view_id=view_id)
        )


@dataclass(frozen=True, slots=True)
class SavedView:
    """One slide: what the map shows, with a title and a note. ``position`` counts from 0."""

    id: str
    position: int
    title: str
    note: str
    area: Mapping[str, Any] = field(default_factory=dict)
    layer: str = "assets"
    measure: str | None = None
    filters: Mapping[str, Any] = field(default_factory=dict)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """The box the map showed (west, south, east, north) in degrees, if one was kept."""
        box = self.area.get("bounds")
        if isinstance(box, list | tuple) and len(box) == 4:
            west, south, east, north = (float(v) for v in box)
            return west, south, east, north
        return None

    @property
    def area_kind(self) -> str:
        return str(self.area.get("kind") or "all")


def _view_from_row(row: Any) -> SavedView:
    return SavedView(
        id=row.id,
        position=row.position,
        title=row.title,
        note=row.note or "",
        area=dict(row.area or {}),
        layer=row.layer,
        measure=row.measure,
        filters=dict(row.filters or {}),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def clean_title(title: object) -> str:
    if not isinstance(title, str) or not " ".join(title.split()):
        raise ValidationError(
            "title", tr("A saved view needs a title: type a few words that say what it shows.")
        )
    text = " ".join(title.split())
    if len(text) > MAX_TITLE:
        raise ValidationError(
            "title",
            tr("The view's title is {length} characters long; shorten it to {limit} at most.").format(
                length=len(text), limit=MAX_TITLE
            ),
        )
    return text


def clean_note(note: object) -> str:
    if note is None:
        return ""
    if not isinstance(note, str):
        raise ValidationError("note", tr("The view's note must be text."))
    text = note.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()
    if len(text) > MAX_NOTE:
        raise ValidationError(
            "note",
            tr("The view's note is {length} characters long; shorten it to {limit} at most.").format(
                length=len(text), limit=MAX_NOTE
            ),
        )
    return text


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def clean_area(area: object) -> dict[str, object]:
    """An area as the register keeps it: ``kind`` (all, district, ward or bounds), the ward code or
    district name it names, and the box the map showed, west, south, east, north in degrees."""
    if area is None:
        return {"kind": "all"}
    if not isinstance(area, Mapping):
        raise ValidationError("area", tr("The view's area must name a ward, a district or a box on the map."))
    kind = area.get("kind", "all")
    if kind not in AREA_KINDS:
        raise ValidationError(
            "area",
            tr("The view's area is a {kind}; choose one of {kinds}.").format(
                kind=repr(kind), kinds=", ".join(AREA_KINDS)
            ),
        )
    out: dict[str, object] = {"kind": kind}
    for key in ("code", "name"):
        value = area.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or len(value) > MAX_AREA_TEXT:
            raise ValidationError(
                "area",
                tr("The view's area code must be a short text.")
                if key == "code"
                else tr("The view's area name must be a short text."),
            )
        out[key] = value
    if kind in ("ward", "district") and not (out.get("code") or out.get("name")):
        raise ValidationError(
            "area",
            tr("A view of a ward must say which ward.")
            if kind == "ward"
            else tr("A view of a district must say which district."),
        )
    box = area.get("bounds")
    if box is not None:
        if not isinstance(box, list | tuple) or len(box) != 4 or not all(_finite(v) for v in box):
            raise ValidationError(
                "area", tr("The view's box must be four numbers: west, south, east, north.")
            )
        west, south, east, north = (float(v) for v in box)
        if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
            raise ValidationError(
                "area", tr("The view's box must have west < east and south < north, in degrees.")
            )
        out["bounds"] = [west, south, east, north]
    elif kind == "bounds":
        raise ValidationError("area", tr("A view of a box on the map must give the box."))
    return out


def clean_filters(filters: object) -> dict[str, object]:
    """The filter bar's choices: search text, category, district, ward and status (empty ones left out)."""
    if filters is None:
        return {}
    if not isinstance(filters, Mapping):
        raise ValidationError("filters", tr("The view's filters must be the filter bar's choices."))
    out: dict[str, object] = {}
    for key, value in filters.items():
        if key not in FILTER_KEYS:
            raise ValidationError(
                "filters",
                tr("A view cannot keep a filter named {key}; it keeps {keys}.").format(
                    key=repr(key), keys=", ".join(FILTER_KEYS)
                ),
            )
        if value is None or value == "":
            continue
        if not isinstance(value, str) or len(value) > MAX_FILTER:
            raise ValidationError("filters", _filter_too_long(key))
        out[key] = value
    return out


def _filter_too_long(key: str) -> str:
    """The message for a filter that is not a short text, one whole sentence per filter."""
    messages = {
        "search": tr("The view's search filter must be a short text."),
        "category": tr("The view's category filter must be a short text."),
        "district": tr("The view's district filter must be a short text."),
        "ward": tr("The view's ward filter must be a short text."),
        "status": tr("The view's status filter must be a short text."),
    }
    return messages[key]


def clean_layer(layer: object, measure: object) -> tuple[str, str | None]:
    if layer not in LAYERS:
        raise ValidationError(
            "layer", tr("A view shows assets or abundance, not {layer}.").format(layer=repr(layer))
        )
    if measure is not None and (not isinstance(measure, str) or not measure or len(measure) > 40):
        raise ValidationError("measure", tr("The view's measure must be the name of a measure."))
    return str(layer), measure if isinstance(measure, str) else None


class SavedViews:
    """Register methods for saved views (mixed into ``Register``)."""

    _engine: Engine
    user: str

    def views(self) -> list[SavedView]:
        """The saved views, in the order they are shown."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(_VIEWS).order_by(_VIEWS.c.position, _VIEWS.c.created_at)).all()
        return [_view_from_row(row) for row in rows]

    def view(self, view_id: str) -> SavedView:
        with self._engine.connect() as conn:
            return self._get_view(conn, view_id)

    @staticmethod
    def _get_view(conn: Connection, view_id: str) -> SavedView:
        row = conn.execute(select(_VIEWS).where(_VIEWS.c.id == view_id)).first()
        if row is None:
            raise ViewNotFoundError(view_id)
        return _view_from_row(row)

    @staticmethod
    def _renumber(conn: Connection, order: list[str]) -> None:
        for position, view_id in enumerate(order):
            conn.execute(update(_VIEWS).where(_VIEWS.c.id == view_id).values(position=position))

    @staticmethod
    def _order(conn: Connection) -> list[str]:
        return list(conn.scalars(select(_VIEWS.c.id).order_by(_VIEWS.c.position, _VIEWS.c.created_at)))

    def save_view(
        self,
        title: str,
        *,
        note: str | None = None,
        area: Mapping[str, object] | None = None,
        layer: str = "assets",
        measure: str | None = None,
        filters: Mapping[str, object] | None = None,
        view_id: str | None = None,
        position: int | None = None,
    ) -> SavedView:
        """Keep a new view, at the end of the list or at ``position`` (undoing a removal puts it back
        where it was, with its id)."""
        values: dict[str, object] = {
            "title": clean_title(title),
            "note": clean_note(note) or None,
            "area": clean_area(area),
            "filters": clean_filters(filters),
        }
        values["layer"], values["measure"] = clean_layer(layer, measure)
        new_id = view_id or str(uuid.uuid4())
        now = utc_now()
        with write_unit(self._engine) as conn:
            order = self._order(conn)
            if new_id in order:
                raise ValidationError(
                    "id", tr("There is already a saved view with id {view_id}.").format(view_id=new_id)
                )
            where = len(order) if position is None else max(0, min(int(position), len(order)))
            conn.execute(
                insert(_VIEWS).values(id=new_id, position=where, created_at=now, updated_at=now, **values)
            )
            order.insert(where, new_id)
            self._renumber(conn, order)
            saved = self._get_view(conn, new_id)
            audit.append(conn, self.user, "add", "view", [new_id], at=now)
        return saved

    def update_view(self, view_id: str, **fields: object) -> SavedView:
        """Change a view's title, note, area, layer, measure or filters; returns the view as it is now."""
        allowed = {"title", "note", "area", "layer", "measure", "filters"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValidationError(
                sorted(unknown)[0],
                tr("A saved view has no {fields}: it keeps {allowed}.").format(
                    fields=", ".join(sorted(unknown)), allowed=", ".join(sorted(allowed))
                ),
            )
        now = utc_now()
        with write_unit(self._engine) as conn:
            current = self._get_view(conn, view_id)
            values: dict[str, object] = {}
            if "title" in fields:
                values["title"] = clean_title(fields["title"])
            if "note" in fields:
                values["note"] = clean_note(fields["note"]) or None
            if "area" in fields:
                values["area"] = clean_area(fields["area"])
            if "filters" in fields:
                values["filters"] = clean_filters(fields["filters"])
            if "layer" in fields or "measure" in fields:
                values["layer"], values["measure"] = clean_layer(
                    fields.get("layer", current.layer), fields.get("measure", current.measure)
                )
            conn.execute(update(_VIEWS).where(_VIEWS.c.id == view_id).values(updated_at=now, **values))
            saved = self._get_view(conn, view_id)
            audit.append(conn, self.user, "update", "view", [view_id], at=now)
        return saved

    def remove_view(self, view_id: str) -> SavedView:
        """Take a view off the list; returns it as it was, so that it can be put back."""
        with write_unit(self._engine) as conn:
            gone = self._get_view(conn, view_id)
            conn.execute(delete(_VIEWS).where(_VIEWS.c.id == view_id))
            self._renumber(conn, self._order(conn))
            audit.append(conn, self.user, "remove", "view", [view_id])
        return gone

    def move_view(self, view_id: str, position: int) -> list[SavedView]:
        """Show a view at ``position`` (from 0; past the end is the end); returns every view in order."""
        with write_unit(self._engine) as conn:
            order = self._order(conn)
            if view_id not in order:
                raise ViewNotFoundError(view_id)
            order.remove(view_id)
            order.insert(max(0, min(int(position), len(order))), view_id)
            self._renumber(conn, order)
            audit.append(conn, self.user, "reorder", "view", [view_id])
            rows = conn.execute(select(_VIEWS).order_by(_VIEWS.c.position)).all()
        return [_view_from_row(row) for row in rows]
