"""The audit trail on real register files: every write is in it, it holds no record text, it never changes."""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import box
from sqlalchemy.exc import DBAPIError

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import read_bundle
from assetmap.bundles.planning import plan_merge
from assetmap.geo.wards import WardIndex
from assetmap.io.export import export_assets
from assetmap.register import Register, audit, migrate
from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.register.connection import sqlite_engine
from tests.register.builders import CITY_CENTRE
from tests.register.conftest import new_server_register

USER = "Amira Khan (Bolton team)"
LIBRARY = {"name": "Bolton Library", "category": "institutions", "lon": -2.4296, "lat": 53.5779}
GIFT = {"name": "Teaches sewing", "category": "gifts_skills"}


@pytest.fixture
def opened(
    engine: str, tmp_path: Path, ward_index: WardIndex, request: pytest.FixtureRequest
) -> Iterator[Callable[[str], Register]]:
    """Open (creating) a register by name, as USER: a file under tmp_path, or a new database on the test
    server; all are closed (and the databases dropped) after the test."""
    registers: list[Register] = []
    databases: list[str] = []
    cluster = request.getfixturevalue("pg_cluster") if engine == "server" else None
    template = request.getfixturevalue("migrated_template") if engine == "server" else ""

    def _open(name: str) -> Register:
        if cluster is None:
            location: Path | str = tmp_path / f"{name}.assetmap"
        else:
            databases.append(new_server_register(cluster, template, name))
            location = cluster.url(databases[-1])
        register = Register.open(location, ward_index=ward_index, user=USER)
        registers.append(register)
        return register

    yield _open
    for register in registers:
        register.close()
    for database in databases:
        assert cluster is not None
        cluster.drop_database(database)


# -- finding every write ------------------------------------------------------------------------

# Writes that change no record, and why they leave no entry.
NOT_RECORD_WRITES = {
    # Writes the first history entry of assets a bulk import added, as they already are, before a
    # bundle is built from them; the bundle itself is recorded by record_export.
    "bundle_source",
}


def _methods() -> dict[str, Callable[..., object]]:
    """Every function defined on Register or its mixins (properties, such as register_id, aside)."""
    found: dict[str, Callable[..., object]] = {}
    for cls in reversed(Register.__mro__[:-1]):
        for name, value in vars(cls).items():
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if inspect.isfunction(value):
                found[name] = value
    return found


def _self_calls(function: Callable[..., object]) -> tuple[bool, set[str]]:
    """Whether a method opens a write transaction itself, and which of its own methods it calls."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    opens = False
    calls: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            target = node.func
            if isinstance(target, ast.Name) and target.id == "write_unit":
                opens = True
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
            ):
                calls.add(target.attr)
    return opens, calls


def writing_methods() -> set[str]:
    """The public methods of Register that write, directly or through another of its methods."""
    methods = _methods()
    facts = {name: _self_calls(function) for name, function in methods.items()}
    writes = {name for name, (opens, _calls) in facts.items() if opens}
    while True:
        more = {name for name, (_opens, calls) in facts.items() if calls & writes} - writes
        if not more:
            break
        writes |= more
    return {name for name in writes if not name.startswith("_")}


# -- one scenario per write: set up, then the write, returning the records it should name ----------

Act = Callable[[], Iterable[str | None]]
SCENARIOS: dict[str, Callable[[Register, Callable[[str], Register], Path], Act]] = {}


def scenario(*names: str):
    def register_it(build):
        for name in names:
            SCENARIOS[name] = build
        return build

    return register_it


def _asset(register: Register, **fields: object) -> str:
    return register.add_asset(**{**LIBRARY, **fields}).added[0]


@scenario("add_asset")
def _add_asset(r, _open, _tmp):
    return lambda: r.add_asset(**LIBRARY).added


@scenario("add_assets")
def _add_assets(r, _open, _tmp):
    return lambda: r.add_assets([LIBRARY, {**LIBRARY, "name": "Farnworth Library"}]).added


@scenario("update_asset")
def _update_asset(r, _open, _tmp):
    a = _asset(r)
    return lambda: r.update_asset(a, name="Bolton Central Library").updated


@scenario("move_asset")
def _move_asset(r, _open, _tmp):
    a = _asset(r)
    return lambda: r.move_asset(a, *CITY_CENTRE).updated


@scenario("remove_asset", "remove_assets")
def _remove(r, _open, _tmp):
    a = _asset(r)
    return lambda: r.remove_assets([a]).removed


@scenario("restore_asset", "restore_assets")
def _restore(r, _open, _tmp):
    a = _asset(r)
    r.remove_asset(a)
    return lambda: r.restore_assets([a]).restored


@scenario("purge_asset")
def _purge_asset(r, _open, _tmp):
    a = _asset(r)
    return lambda: r.purge_asset(a)[0].purged


@scenario("reinstate_asset")
def _reinstate_asset(r, _open, _tmp):
    _change, asset = r.purge_asset(_asset(r))
    return lambda: r.reinstate_asset(asset).added


@scenario("add_subcategory")
def _add_subcategory(r, _open, _tmp):
    return lambda: r.add_subcategory("associations", "Allotment societies").updated


@scenario("remove_subcategory")
def _remove_subcategory(r, _open, _tmp):
    r.add_subcategory("associations", "Allotment societies")
    return lambda: r.remove_subcategory("associations", "Allotment societies").updated


@scenario("import_records")
def _import_records(r, _open, _tmp):
    a = _asset(r)
    return lambda: (lambda c: c.added + c.updated)(r.import_records([GIFT], [(a, {"cost": "free"})]))


@scenario("import_columns")
def _import_columns(r, _open, _tmp):
    return lambda: r.import_columns({"name": ["Tea dance"], "category": ["associations"]}).added


def _wards() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "ward_code": ["E05000001"],
            "ward_name": ["Middle"],
            "lad_code": ["E08000001"],
            "lad_name": ["Bolton"],
            "geometry": [box(-2.6, 53.4, -2.2, 53.7)],
        },
        crs="EPSG:4326",
    )


@scenario("use_boundaries")
def _use_boundaries(r, _open, _tmp):
    return lambda: (r.use_boundaries(_wards(), name="Test wards"), [None])[1]


@scenario("merge_bundle")
def _merge_bundle(r, open_register, tmp):
    other = open_register("laptop")
    theirs = other.add_asset(**LIBRARY).added
    path = tmp / "laptop.assetmap-bundle"
    export_bundle(other, path)
    plan = plan_merge(r, read_bundle(path))
    return lambda: (r.merge_bundle(plan), theirs)[1]


@scenario("separate_copy")
def _separate_copy(r, _open, _tmp):
    return lambda: [r.separate_copy()]


@scenario("record_export")
def _record_export(r, _open, _tmp):
    return lambda: (r.record_export(0, 0), [r.register_id])[1]


@scenario("mark_offline_copy")
def _mark_offline_copy(r, _open, _tmp):
    return lambda: [r.mark_offline_copy("postgresql://team.example/assets", "team-register", 0).register_id]


@scenario("record_sync")
def _record_sync(r, _open, _tmp):
    r.mark_offline_copy("postgresql://team.example/assets", "team-register", 0)
    return lambda: [r.record_sync(1, 1).register_id]


@scenario("add_person")
def _add_person(r, _open, _tmp):
    return lambda: [r.add_person("Jo").id]


def _person(register: Register) -> str:
    return register.add_person("Jo", phone="01204 000000").id


@scenario("update_person")
def _update_person(r, _open, _tmp):
    p = _person(r)
    return lambda: [r.update_person(p, notes="Knows everyone on the estate").id]


@scenario("remove_person")
def _remove_person(r, _open, _tmp):
    p = _person(r)
    return lambda: [r.remove_person(p).id]


@scenario("restore_person")
def _restore_person(r, _open, _tmp):
    p = _person(r)
    r.remove_person(p)
    return lambda: [r.restore_person(p).id]


@scenario("purge_person")
def _purge_person(r, _open, _tmp):
    p = _person(r)
    return lambda: [r.purge_person(p).id]


@scenario("reinstate_person")
def _reinstate_person(r, _open, _tmp):
    person = r.purge_person(_person(r))
    return lambda: [r.reinstate_person(person).id]


@scenario("add_gift")
def _add_gift(r, _open, _tmp):
    p = _person(r)
    return lambda: r.add_gift(p, name="Fixes bikes").added


@scenario("link_gift")
def _link_gift(r, _open, _tmp):
    p = _person(r)
    gift = r.add_asset(**GIFT).added[0]
    return lambda: r.link_gift(p, gift).updated


@scenario("unlink_gift")
def _unlink_gift(r, _open, _tmp):
    gift = r.add_gift(_person(r), name="Fixes bikes").added[0]
    return lambda: r.unlink_gift(gift).updated


@scenario("link_person")
def _link_person(r, _open, _tmp):
    p, a = _person(r), _asset(r)
    return lambda: [r.link_person(p, a, "runs").person_id]


@scenario("unlink_person")
def _unlink_person(r, _open, _tmp):
    p, a = _person(r), _asset(r)
    r.link_person(p, a, "belongs")
    return lambda: (r.unlink_person(p, a, "belongs"), [p])[1]


@scenario("record_consent")
def _record_consent(r, _open, _tmp):
    p = _person(r)
    return lambda: [r.record_consent(p, "named", method="paper").person_id]


@scenario("withdraw_consent")
def _withdraw_consent(r, _open, _tmp):
    p = _person(r)
    r.record_consent(p, "public", method="spoken")
    return lambda: [r.withdraw_consent(p, method="email").person_id]


@scenario("erase_person")
def _erase_person(r, _open, _tmp):
    p = _person(r)
    r.add_gift(p, name="Fixes bikes")
    return lambda: (lambda erasure: [erasure.person_id, *erasure.asset_ids])(r.erase_person(p))


@scenario("save_view")
def _save_view(r, _open, _tmp):
    return lambda: [r.save_view("Bolton's halls", note="Where groups meet").id]


@scenario("update_view")
def _update_view(r, _open, _tmp):
    v = r.save_view("Bolton's halls").id
    return lambda: [r.update_view(v, note="Ask who runs them").id]


@scenario("remove_view")
def _remove_view(r, _open, _tmp):
    v = r.save_view("Bolton's halls").id
    return lambda: [r.remove_view(v).id]


@scenario("move_view")
def _move_view(r, _open, _tmp):
    r.save_view("First")
    v = r.save_view("Second").id
    return lambda: (r.move_view(v, 0), [v])[1]


def _suggestion(register: Register) -> str:
    return register.add_suggestion("Tuesday tea club", "associations", "In the church hall", *CITY_CENTRE).id


@scenario("add_suggestion")
def _add_suggestion(r, _open, _tmp):
    return lambda: [r.add_suggestion("Lads and Dads football", "associations", meeting="Farnworth forum").id]


@scenario("accept_suggestion")
def _accept_suggestion(r, _open, _tmp):
    s = _suggestion(r)
    return lambda: [s, *r.accept_suggestion(s).added]


@scenario("merge_suggestion")
def _merge_suggestion(r, _open, _tmp):
    s, a = _suggestion(r), _asset(r)
    return lambda: [s, *r.merge_suggestion(s, a).updated]


@scenario("discard_suggestion")
def _discard_suggestion(r, _open, _tmp):
    s = _suggestion(r)
    return lambda: [r.discard_suggestion(s).id]


@scenario("reopen_suggestion")
def _reopen_suggestion(r, _open, _tmp):
    s = _suggestion(r)
    made = r.accept_suggestion(s).added[0]
    return lambda: [s, *r.reopen_suggestion(s).purged, made]


@scenario("remove_suggestion")
def _remove_suggestion(r, _open, _tmp):
    s = _suggestion(r)
    return lambda: [r.remove_suggestion(s).id]


# -- links, link kinds, stories and photos -------------------------------------------------------------

CLUB = {"name": "Thursday Lunch Club", "category": "associations", "lon": -2.4290, "lat": 53.5770}


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 6), (10, 120, 30)).save(out, "PNG")
    return out.getvalue()


def _link(register: Register) -> str:
    return register.add_link(_asset(register, **CLUB), _asset(register), "meets_at").links[0]


def _story(register: Register) -> str:
    return register.add_story(_asset(register), "The hall opened its doors in the flood.").stories[0]


def _photo(register: Register) -> str:
    return register.add_photo(_asset(register), _png(), "The hall's front door").photos[0]


@scenario("add_link_kind")
def _add_link_kind(r, _open, _tmp):
    return lambda: r.add_link_kind("Lends equipment to").added


@scenario("rename_link_kind")
def _rename_link_kind(r, _open, _tmp):
    return lambda: r.rename_link_kind("meets_at", "meets in").updated


@scenario("remove_link_kind")
def _remove_link_kind(r, _open, _tmp):
    code = r.add_link_kind("Lends equipment to").added[0]
    return lambda: r.remove_link_kind(code).removed


@scenario("add_link")
def _add_link(r, _open, _tmp):
    a, b = _asset(r, **CLUB), _asset(r)
    return lambda: r.add_link(a, b, "meets_at").links


@scenario("add_links")
def _add_links(r, _open, _tmp):
    a, b = _asset(r, **CLUB), _asset(r)
    return lambda: (
        r.add_links(
            [{"from_id": a, "to_id": b, "kind": "meets_at"}, {"from_id": b, "to_id": a, "kind": "funds"}]
        ).links
    )


@scenario("update_link")
def _update_link(r, _open, _tmp):
    link = _link(r)
    return lambda: r.update_link(link, note="Every Thursday").links


@scenario("remove_link")
def _remove_link(r, _open, _tmp):
    link = _link(r)
    return lambda: r.remove_link(link).links


@scenario("restore_link")
def _restore_link(r, _open, _tmp):
    link = _link(r)
    r.remove_link(link)
    return lambda: r.restore_link(link).links


@scenario("purge_link")
def _purge_link(r, _open, _tmp):
    link = _link(r)
    return lambda: r.purge_link(link)[0].links


@scenario("reinstate_link")
def _reinstate_link(r, _open, _tmp):
    _change, link = r.purge_link(_link(r))
    return lambda: r.reinstate_link(link).links


@scenario("add_story")
def _add_story(r, _open, _tmp):
    a = _asset(r)
    return lambda: r.add_story(a, "We met here every week.").stories


@scenario("update_story")
def _update_story(r, _open, _tmp):
    story = _story(r)
    return lambda: r.update_story(story, featured=True).stories


@scenario("remove_story")
def _remove_story(r, _open, _tmp):
    story = _story(r)
    return lambda: r.remove_story(story).stories


@scenario("restore_story")
def _restore_story(r, _open, _tmp):
    story = _story(r)
    r.remove_story(story)
    return lambda: r.restore_story(story).stories


@scenario("purge_story")
def _purge_story(r, _open, _tmp):
    story = _story(r)
    return lambda: r.purge_story(story)[0].stories


@scenario("reinstate_story")
def _reinstate_story(r, _open, _tmp):
    _change, story = r.purge_story(_story(r))
    return lambda: r.reinstate_story(story).stories


@scenario("add_photo")
def _add_photo(r, _open, _tmp):
    a = _asset(r)
    return lambda: r.add_photo(a, _png(), "The hall's front door").photos


@scenario("update_photo")
def _update_photo(r, _open, _tmp):
    photo = _photo(r)
    return lambda: r.update_photo(photo, alt_text="The hall's green front door").photos


@scenario("remove_photo")
def _remove_photo(r, _open, _tmp):
    photo = _photo(r)
    return lambda: r.remove_photo(photo).photos


@scenario("restore_photo")
def _restore_photo(r, _open, _tmp):
    photo = _photo(r)
    r.remove_photo(photo)
    return lambda: r.restore_photo(photo).photos


@scenario("purge_photo")
def _purge_photo(r, _open, _tmp):
    photo = _photo(r)
    return lambda: r.purge_photo(photo).photos


def _last_seq(register: Register) -> int:
    entries = register.audit_trail(newest_first=True, limit=1)
    return entries[0].seq if entries else 0


def test_every_write_of_the_register_has_a_scenario_here() -> None:
    # A new write method fails here until it is added to SCENARIOS below, which checks its entry.
    found = writing_methods()
    assert {"add_asset", "move_asset", "record_consent", "erase_person", "merge_bundle"} <= found
    assert found - NOT_RECORD_WRITES == set(SCENARIOS)


@pytest.mark.parametrize("method", sorted(SCENARIOS))
def test_every_write_appends_an_entry_naming_its_record_as_the_registers_user(
    method: str, opened, tmp_path: Path
) -> None:
    register = opened("team")
    act = SCENARIOS[method](register, opened, tmp_path)
    before = _last_seq(register)

    named = list(act())

    entries = [e for e in register.audit_trail() if e.seq > before]
    assert entries, f"{method} wrote nothing to the audit trail"
    assert {e.user for e in entries} == {USER}
    assert all(e.action in audit.ACTIONS and e.record_kind in audit.KINDS for e in entries)
    assert named, f"the {method} scenario names no record"
    assert set(named) <= {e.record_id for e in entries}


def test_a_write_that_fails_leaves_no_entry(opened) -> None:
    register = opened("team")
    asset = _asset(register)
    before = register.audit_trail()

    with pytest.raises(Exception, match="Cost"):
        register.update_asset(asset, cost="priceless")
    with pytest.raises(Exception, match="partner"):
        register.record_consent(register.add_person("Jo").id, "partners", method="paper")

    assert [e.action for e in register.audit_trail()[len(before) :]] == ["add"]


def test_the_trail_is_read_newest_first_a_page_at_a_time_and_names_its_users(opened) -> None:
    register = opened("team")
    ids = [_asset(register, name=f"Library {i}") for i in range(5)]
    register.user = "Second user"
    register.update_asset(ids[0], cost="free")

    first = register.audit_trail(newest_first=True, limit=2)
    second = register.audit_trail(newest_first=True, limit=2, before_seq=first[-1].seq)

    assert [e.record_id for e in first + second] == [ids[0], ids[4], ids[3], ids[2]]
    assert [e.action for e in first] == ["update", "add"]
    assert register.audit_users() == [USER, "Second user"]
    assert [e.record_id for e in register.audit_trail(user="Second user")] == [ids[0]]


# -- no text from the records ---------------------------------------------------------------------

MARK = "Quennevilliers-Zephyrine"


def test_the_trail_holds_no_text_from_the_records_it_describes(opened, hostile_strings: list[str]) -> None:
    register = opened("team")
    seeded = [f"{MARK} {i} {text}" for i, text in enumerate(hostile_strings)]
    texts = iter(seeded * 3)
    asset_fields = (
        "name",
        "subcategory",
        "description",
        "address",
        "contact_name",
        "contact_phone",
        "opening_times",
        "audience",
        "accessibility",
        "recorded_by",
    )
    assets = []
    for i in range(3):
        fields = {name: next(texts) for name in asset_fields}
        website = f"https://example.org/{MARK}-{i}"
        assets.append(
            register.add_asset(category="associations", tags=[next(texts)], website=website, **fields).added[
                0
            ]
        )
        register.update_asset(assets[-1], **{name: next(texts) for name in asset_fields})
    register.add_subcategory("associations", next(texts))
    register.import_records([{"name": next(texts), "category": "associations", "description": next(texts)}])
    people = []
    for _ in range(3):
        person = register.add_person(
            next(texts), phone=next(texts), email="jo@example.org", notes=next(texts)
        )
        register.update_person(person.id, name=next(texts), notes=next(texts), phone=next(texts))
        register.add_gift(person.id, name=next(texts), description=next(texts))
        register.link_person(person.id, assets[0], "runs")
        register.record_consent(person.id, "partners", method="paper", partners=next(texts))
        people.append(person.id)
    register.use_boundaries(_wards(), name=next(texts), source=next(texts), population_label=next(texts))
    for i in range(3):
        story = register.add_story(assets[i], next(texts), teller=next(texts)).stories[0]
        register.update_story(story, text=next(texts))
        kind = register.add_link_kind(next(texts)[:80]).added[0]
        register.add_link(assets[i], assets[(i + 1) % 3], kind, note=next(texts))
        register.add_photo(assets[i], _png(), next(texts))
    register.erase_person(people[0])

    with register.engine.connect() as conn:
        cells = [str(cell) for row in conn.exec_driver_sql("SELECT * FROM audit_log") for cell in row]

    assert len(cells) >= 6 * 20
    trail = "\n".join(cells)
    assert MARK not in trail
    # Not a single one of the hostile strings either (the user's name aside, which is not a record's).
    found = [text for text in hostile_strings if len(text) > 3 and text in trail]
    assert found == []
    allowed = set(audit.ACTIONS) | set(audit.KINDS)
    with register.engine.connect() as conn:
        rows = conn.exec_driver_sql('SELECT "user", action, record_kind FROM audit_log').fetchall()
    assert {row[0] for row in rows} == {USER}
    assert {row[1] for row in rows} | {row[2] for row in rows} <= allowed


# -- the trail cannot be changed --------------------------------------------------------------------


def test_the_trail_and_consent_events_cannot_be_changed_or_deleted(opened) -> None:
    register = opened("team")
    person = register.add_person("Jo").id
    register.record_consent(person, "register", method="spoken")
    statements = [
        """UPDATE audit_log SET "user" = 'someone else'""",
        "UPDATE audit_log SET record_id = NULL",
        "DELETE FROM audit_log",
        "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",
        "UPDATE consent_events SET scope = 'named'",
        "UPDATE consent_events SET lapses_on = '2099-01-01'",
        "DELETE FROM consent_events",
    ]
    if register.is_server:
        # A server can also empty a table without deleting row by row.
        statements += ["TRUNCATE audit_log", "TRUNCATE consent_events"]
    engine = register.engine

    for statement in statements:
        # Straight to the database, past the register, as another program (or psql) would.
        with pytest.raises(DBAPIError, match=r"never changed|kept as evidence"), engine.begin() as conn:
            conn.exec_driver_sql(statement)
    with engine.connect() as conn:
        users = {row[0] for row in conn.exec_driver_sql('SELECT "user" FROM audit_log')}
        scopes = [row[0] for row in conn.exec_driver_sql("SELECT scope FROM consent_events")]
    assert users == {USER}
    assert scopes == ["register"]


# -- migration from 0004 -------------------------------------------------------------------------------


def test_a_gifts_and_skills_asset_from_before_people_keeps_working_and_its_recorded_by(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.assetmap"
    engine = sqlite_engine(path)
    try:
        assert migrate.upgrade(path, engine, target="0004")[-1] == "0004"
        with engine.begin() as conn:
            driver = conn.connection.driver_connection
            driver.executemany(
                "INSERT INTO categories (code, label, sort_order) VALUES (?, ?, ?)",
                [(seed.code, seed.label, order) for order, seed in enumerate(ABCD_CATEGORIES)],
            )
            driver.execute(
                "INSERT INTO assets (id, name, category, tags, lon, lat, visibility, status, recorded_by, "
                "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    "gift-0001",
                    "Margaret teaches sewing",
                    "gifts_skills",
                    '["sewing"]',
                    CITY_CENTRE[0],
                    CITY_CENTRE[1],
                    "private",
                    "active",
                    "Asha at the Tuesday drop-in",
                    "2025-06-01 10:00:00",
                    "2025-06-01 10:00:00",
                    1,
                ),
            )
    finally:
        engine.dispose()

    with Register.open(path, user=USER) as register:
        for table in ("people", "person_keys", "consent_events", "erasures", "audit_log"):
            with register.engine.connect() as conn:
                assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() == 0, table
        gift = register.asset("gift-0001")
        assert (gift.name, gift.category, gift.recorded_by) == (
            "Margaret teaches sewing",
            "gifts_skills",
            "Asha at the Tuesday drop-in",
        )
        assert gift.person_id is None and gift.ward_code is None and gift.tags == ("sewing",)
        register.update_asset("gift-0001", description="Tuesdays at the library")
        edited = register.asset("gift-0001")
        assert edited.recorded_by == "Asha at the Tuesday drop-in" and edited.version == 2
        out = tmp_path / "all.csv"
        export_assets(register, out, tier="all")
        text = out.read_text(encoding="utf-8-sig")
        assert "Margaret teaches sewing" in text and "Asha at the Tuesday drop-in" in text
        (entry,) = register.audit_trail()
        assert (entry.user, entry.action, entry.record_id) == (USER, "update", "gift-0001")
