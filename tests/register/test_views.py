"""Saved views on real register files: kept in order, reordered, changed, removed and put back, audited."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetmap.errors import ValidationError
from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from assetmap.register.views import ViewNotFoundError

BOLTON_BOX = [-2.48, 53.55, -2.38, 53.61]


def _save(register: Register, title: str, **fields: object) -> str:
    return register.save_view(title, **fields).id


def test_views_are_kept_in_the_register_in_the_order_they_were_saved(
    register_location: Path | str, ward_index: WardIndex
) -> None:
    with Register.open(register_location, ward_index=ward_index) as register:
        first = register.save_view(
            "Bolton's halls",
            note="Where groups meet.\nAsk who runs them.",
            area={"kind": "district", "name": "Bolton", "bounds": BOLTON_BOX},
            layer="assets",
            filters={"category": "institutions", "search": "hall", "ward": None},
        )
        second = register.save_view(
            "Where help is thin", area={"kind": "all"}, layer="abundance", measure="per1000"
        )
    with Register.open(register_location, ward_index=ward_index) as register:
        views = register.views()
    assert [v.id for v in views] == [first.id, second.id]
    assert [v.position for v in views] == [0, 1]
    kept = views[0]
    assert kept.title == "Bolton's halls"
    assert kept.note == "Where groups meet.\nAsk who runs them."
    assert kept.area == {"kind": "district", "name": "Bolton", "bounds": BOLTON_BOX}
    assert kept.bounds == tuple(BOLTON_BOX)
    assert kept.filters == {"category": "institutions", "search": "hall"}
    assert (views[1].layer, views[1].measure) == ("abundance", "per1000")


def test_moving_a_view_renumbers_the_others(register: Register) -> None:
    ids = [_save(register, f"Slide {i}") for i in range(4)]
    moved = register.move_view(ids[3], 0)
    assert [v.id for v in moved] == [ids[3], ids[0], ids[1], ids[2]]
    register.move_view(ids[3], 99)
    assert [v.id for v in register.views()] == ids
    assert [v.position for v in register.views()] == [0, 1, 2, 3]
    register.move_view(ids[0], 2)
    assert [v.id for v in register.views()] == [ids[1], ids[2], ids[0], ids[3]]


def test_a_removed_view_comes_back_with_its_id_in_its_place(register: Register) -> None:
    ids = [_save(register, f"Slide {i}", note=f"Note {i}") for i in range(3)]
    gone = register.remove_view(ids[1])
    assert [v.id for v in register.views()] == [ids[0], ids[2]]
    back = register.save_view(
        gone.title,
        note=gone.note,
        area=gone.area,
        layer=gone.layer,
        measure=gone.measure,
        filters=gone.filters,
        view_id=gone.id,
        position=gone.position,
    )
    assert back.id == ids[1]
    assert [v.id for v in register.views()] == ids
    assert register.view(ids[1]).note == "Note 1"


def test_updating_a_view_changes_only_what_is_given(register: Register) -> None:
    view_id = _save(register, "Parks", note="Green space", filters={"category": "physical"})
    changed = register.update_view(
        view_id, title="  Parks and   gardens ", layer="abundance", measure="count"
    )
    assert changed.title == "Parks and gardens"
    assert changed.note == "Green space"
    assert changed.filters == {"category": "physical"}
    assert (changed.layer, changed.measure) == ("abundance", "count")


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda r: r.save_view("   "), "title"),
        (lambda r: r.save_view("x" * 121), "title"),
        (lambda r: r.save_view("Ok", note="n" * 2001), "note"),
        (lambda r: r.save_view("Ok", layer="heatmap"), "layer"),
        (lambda r: r.save_view("Ok", area={"kind": "bounds"}), "area"),
        (lambda r: r.save_view("Ok", area={"kind": "bounds", "bounds": [1, 2, 0, 3]}), "area"),
        (lambda r: r.save_view("Ok", area={"kind": "ward"}), "area"),
        (lambda r: r.save_view("Ok", area={"kind": "all", "bounds": [0, 0, float("nan"), 1]}), "area"),
        (lambda r: r.save_view("Ok", filters={"owner_phone": "0161"}), "filters"),
    ],
)
def test_a_view_that_cannot_be_kept_is_refused_naming_the_field_and_nothing_is_written(
    register: Register, call, field: str
) -> None:
    before = len(register.audit_trail())
    with pytest.raises(ValidationError) as caught:
        call(register)
    assert caught.value.field == field
    assert register.views() == []
    assert len(register.audit_trail()) == before


def test_an_unknown_view_is_named_plainly(register: Register) -> None:
    with pytest.raises(ViewNotFoundError, match="no saved view with id nope"):
        register.update_view("nope", title="x")
    with pytest.raises(ViewNotFoundError):
        register.move_view("nope", 0)
    with pytest.raises(ViewNotFoundError):
        register.remove_view("nope")


def test_hostile_titles_and_notes_are_kept_as_text_and_never_reach_the_audit_trail(
    register: Register, hostile_strings: list[str]
) -> None:
    for i, text in enumerate(hostile_strings):
        title = " ".join(text.split())[:120] or f"Blank {i}"
        register.save_view(title, note=text, filters={"search": text[:200]})
    kept = register.views()
    assert len(kept) == len(hostile_strings)
    assert [v.note for v in kept] == [
        t.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip() for t in hostile_strings
    ]
    with register.engine.connect() as conn:
        trail = "\n".join(
            str(cell) for row in conn.exec_driver_sql("SELECT * FROM audit_log") for cell in row
        )
    assert [t for t in hostile_strings if len(t) > 3 and t in trail] == []
    assert {e.record_kind for e in register.audit_trail()} == {"view"}


def test_every_view_write_is_in_the_audit_trail(register: Register) -> None:
    a = _save(register, "A")
    b = _save(register, "B")
    register.update_view(a, note="changed")
    register.move_view(b, 0)
    register.remove_view(a)
    entries = [(e.action, e.record_kind, e.record_id) for e in register.audit_trail()]
    assert entries == [
        ("add", "view", a),
        ("add", "view", b),
        ("update", "view", a),
        ("reorder", "view", b),
        ("remove", "view", a),
    ]
