"""SQLAlchemy table mappings of the register (the current schema; history lives in migrations)."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

VISIBILITIES = ("public", "partners", "private")
STATUSES = ("active", "draft", "closed")
COSTS = ("free", "low", "paid")


class Base(DeclarativeBase):
    # Every mapping here is to a plain table (none to a join or a select), which SQLAlchemy's own
    # declaration of ``__table__`` (any FromClause) cannot know; ``insert`` and ``update`` need a table.
    __table__: ClassVar[Table]


class CategoryRow(Base):
    __tablename__ = "categories"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(120))
    colour: Mapped[str] = mapped_column(String(7), default="#777777")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class SubcategoryRow(Base):
    __tablename__ = "subcategories"
    __table_args__ = (UniqueConstraint("category_code", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    category_code: Mapped[str] = mapped_column(ForeignKey("categories.code", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class AssetRow(Base):
    __tablename__ = "assets"
    __table_args__ = (
        CheckConstraint("visibility IN ('public','partners','private')", name="ck_assets_visibility"),
        CheckConstraint("status IN ('active','draft','closed')", name="ck_assets_status"),
        CheckConstraint("cost IS NULL OR cost IN ('free','low','paid')", name="ck_assets_cost"),
        CheckConstraint("lon IS NULL OR (lon BETWEEN -180 AND 180)", name="ck_assets_lon"),
        CheckConstraint("lat IS NULL OR (lat BETWEEN -90 AND 90)", name="ck_assets_lat"),
        Index("ix_assets_ward", "ward_code"),
        Index("ix_assets_removed", "removed_at"),
        Index("ix_assets_person", "person_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(ForeignKey("categories.code", ondelete="RESTRICT"))
    subcategory: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    postcode: Mapped[str | None] = mapped_column(String(10))
    lon: Mapped[float | None] = mapped_column(Float)
    lat: Mapped[float | None] = mapped_column(Float)
    ward_code: Mapped[str | None] = mapped_column(String(9))
    contact_name: Mapped[str | None] = mapped_column(Text)
    contact_phone: Mapped[str | None] = mapped_column(Text)
    contact_email: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    opening_times: Mapped[str | None] = mapped_column(Text)
    audience: Mapped[str | None] = mapped_column(Text)
    accessibility: Mapped[str | None] = mapped_column(Text)
    cost: Mapped[str | None] = mapped_column(String(8))
    visibility: Mapped[str] = mapped_column(String(10), default="public")
    status: Mapped[str] = mapped_column(String(8), default="active")
    recorded_by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    review_due: Mapped[dt.date | None] = mapped_column(Date)
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The person whose gift or skill this is (``gifts_skills`` assets only); see PersonRow.
    person_id: Mapped[str | None] = mapped_column(String(36))


class RegisterMetaRow(Base):
    """Facts about the register itself; ``register_id`` names it in history and bundles."""

    __tablename__ = "register_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class WardBoundaryRow(Base):
    """A ward of the register's own boundaries (WKB in WGS84); none means the bundled GM wards.

    The set's name, source file and population note live in ``register_meta``
    (``boundaries_name``, ``boundaries_source``, ``boundaries_population``).
    """

    __tablename__ = "ward_boundaries"

    ward_code: Mapped[str] = mapped_column(Text, primary_key=True)
    ward_name: Mapped[str] = mapped_column(Text)
    lad_code: Mapped[str] = mapped_column(Text)
    lad_name: Mapped[str] = mapped_column(Text)
    population: Mapped[float | None] = mapped_column(Float)
    sort_order: Mapped[int] = mapped_column(Integer)
    geometry: Mapped[bytes] = mapped_column(LargeBinary)


class AssetHistoryRow(Base):
    """One entry of an asset's history, written in the same transaction as the write it records.

    ``node`` names the state reached (see ``records.node_id``); ``parents`` holds the ids of the
    states it came from, space-separated; ``content`` the canonical JSON of the state, or NULL
    for a state known only by its id. ``seq`` never reuses a number, so "since entry N" is exact.
    """

    __tablename__ = "asset_history"
    __table_args__ = (
        CheckConstraint(
            "operation IN ('baseline','add','update','remove','restore','merge')",
            name="ck_asset_history_operation",
        ),
        Index("ix_asset_history_asset", "asset_id", "seq"),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id", ondelete="RESTRICT"))
    node: Mapped[str] = mapped_column(String(32))
    parents: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer)
    register_id: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    operation: Mapped[str] = mapped_column(String(10))
    content: Mapped[str | None] = mapped_column(Text)


class BundleExportRow(Base):
    """Each bundle this register wrote: its number and the history entries it covered."""

    __tablename__ = "bundle_exports"

    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    since_seq: Mapped[int] = mapped_column(Integer)
    upto_seq: Mapped[int] = mapped_column(Integer)


# -- people, consent and the audit trail -----------------------------------------------------------


class PersonRow(Base):
    """A person: their personal fields are sealed with a key of their own (see ``register.sealing``).

    ``sealed`` is NULL once the person is erased (the row stays, so an erased id is never reused).
    """

    __tablename__ = "people"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    recorded_by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    erased_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class PersonKeyRow(Base):
    """Each person's own key; destroying it is what makes their sealed history unreadable."""

    __tablename__ = "person_keys"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)


class PersonHistoryRow(Base):
    """Each state a person's record reached, sealed with their key."""

    __tablename__ = "person_history"
    __table_args__ = (Index("ix_person_history_person", "person_id", "seq"), {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    version: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    operation: Mapped[str] = mapped_column(String(10))
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)


class PersonLinkRow(Base):
    """A person runs or belongs to a group or space (their own gifts are ``assets.person_id``)."""

    __tablename__ = "person_links"
    __table_args__ = (
        CheckConstraint("relation IN ('runs','belongs')", name="ck_person_links_relation"),
        Index("ix_person_links_asset", "asset_id"),
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True)
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id", ondelete="RESTRICT"), primary_key=True)
    relation: Mapped[str] = mapped_column(String(10), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ConsentEventRow(Base):
    """One consent event: appended, never changed (a trigger refuses updates)."""

    __tablename__ = "consent_events"
    __table_args__ = (
        CheckConstraint("kind IN ('given','withdrawn')", name="ck_consent_kind"),
        Index("ix_consent_person", "person_id", "recorded_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(10))
    scope: Mapped[str | None] = mapped_column(String(10))
    partners: Mapped[str | None] = mapped_column(Text)
    lawful_basis: Mapped[str] = mapped_column(String(30))
    method: Mapped[str] = mapped_column(String(30))
    recorded_by: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    lapses_on: Mapped[dt.date | None] = mapped_column(Date)


class ErasureRow(Base):
    """A person erased here or in a register merged in: never brought back by a merge."""

    __tablename__ = "erasures"

    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    erased_at: Mapped[dt.datetime] = mapped_column(DateTime)
    asset_ids: Mapped[str] = mapped_column(Text, default="")


class AuditRow(Base):
    """Who did what to which record: fixed words and ids only, never text from a record."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_record", "record_id"),
        Index("ix_audit_at", "at"),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(20))
    record_kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str | None] = mapped_column(String(64))


# -- meetings: saved views and suggestions captured in the room -------------------------------------


class SavedViewRow(Base):
    """A slide for a meeting: what the map shows (area, layer, measure, filters), a title and a note.

    ``area`` and ``filters`` are JSON: the area as ``{"kind": "ward"|"district"|"bounds", ...}``, the
    filters as the filter bar keeps them.
    """

    __tablename__ = "saved_views"
    __table_args__ = (
        CheckConstraint("layer IN ('assets','abundance')", name="ck_saved_views_layer"),
        Index("ix_saved_views_position", "position"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    area: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    layer: Mapped[str] = mapped_column(String(10), default="assets")
    measure: Mapped[str | None] = mapped_column(String(40))
    filters: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SuggestionRow(Base):
    """Something a meeting suggested: kept apart from the register's assets until a worker reviews it.

    Never counted, never exported. ``status`` is ``open`` until accepted (``asset_id`` names the asset
    made), merged into an existing asset (``asset_id`` names it), or discarded.
    """

    __tablename__ = "suggestions"
    __table_args__ = (
        CheckConstraint("status IN ('open','accepted','merged','discarded')", name="ck_suggestions_status"),
        CheckConstraint("lon IS NULL OR (lon BETWEEN -180 AND 180)", name="ck_suggestions_lon"),
        CheckConstraint("lat IS NULL OR (lat BETWEEN -90 AND 90)", name="ck_suggestions_lat"),
        Index("ix_suggestions_status", "status"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(ForeignKey("categories.code", ondelete="RESTRICT"))
    note: Mapped[str | None] = mapped_column(Text)
    lon: Mapped[float | None] = mapped_column(Float)
    lat: Mapped[float | None] = mapped_column(Float)
    ward_code: Mapped[str | None] = mapped_column(String(9))
    meeting: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10), default="open")
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    asset_id: Mapped[str | None] = mapped_column(String(36))


# -- connections between assets, stories and photos ------------------------------------------------
#
# Links, stories and photos name their asset without a foreign key: purging an asset (undoing its
# creation) and erasing a person's gifts take them along in code (``register.connections``).

_OPERATIONS = "operation IN ('baseline','add','update','remove','restore','merge')"


class LinkKindRow(Base):
    """One kind of link on the editable list (``meets_at`` "meets at", ...)."""

    __tablename__ = "link_kinds"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class LinkRow(Base):
    """A connection from an asset (or a person) to an asset, of one kind, with an optional note."""

    __tablename__ = "links"
    __table_args__ = (
        CheckConstraint("from_kind IN ('asset','person')", name="ck_links_from_kind"),
        CheckConstraint("from_id <> to_id", name="ck_links_not_to_itself"),
        Index("ix_links_from", "from_id"),
        Index("ix_links_to", "to_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    from_kind: Mapped[str] = mapped_column(String(10))
    from_id: Mapped[str] = mapped_column(String(36))
    to_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(ForeignKey("link_kinds.code", ondelete="RESTRICT"))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class LinkHistoryRow(Base):
    """One entry of a link's history, as ``AssetHistoryRow`` is of an asset's."""

    __tablename__ = "link_history"
    __table_args__ = (
        CheckConstraint(_OPERATIONS, name="ck_link_history_operation"),
        Index("ix_link_history_link_id", "link_id", "seq"),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    link_id: Mapped[str] = mapped_column(ForeignKey("links.id", ondelete="RESTRICT"))
    node: Mapped[str] = mapped_column(String(32))
    parents: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer)
    register_id: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    operation: Mapped[str] = mapped_column(String(10))
    content: Mapped[str | None] = mapped_column(Text)


class StoryRow(Base):
    """A dated story told about an asset; ``teller`` is shown only with ``quote_consent``."""

    __tablename__ = "stories"
    __table_args__ = (Index("ix_stories_asset", "asset_id"), Index("ix_stories_person", "person_id"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    asset_id: Mapped[str] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(Text)
    told_on: Mapped[dt.date | None] = mapped_column(Date)
    teller: Mapped[str | None] = mapped_column(Text)
    quote_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    person_id: Mapped[str | None] = mapped_column(String(36))
    featured: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class StoryHistoryRow(Base):
    """One entry of a story's history, as ``AssetHistoryRow`` is of an asset's."""

    __tablename__ = "story_history"
    __table_args__ = (
        CheckConstraint(_OPERATIONS, name="ck_story_history_operation"),
        Index("ix_story_history_story_id", "story_id", "seq"),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="RESTRICT"))
    node: Mapped[str] = mapped_column(String(32))
    parents: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer)
    register_id: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    operation: Mapped[str] = mapped_column(String(10))
    content: Mapped[str | None] = mapped_column(Text)


class PhotoRow(Base):
    """A photo of an asset (or of a story on it): the stored image, stripped of metadata, and a thumbnail."""

    __tablename__ = "photos"
    __table_args__ = (Index("ix_photos_asset", "asset_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    asset_id: Mapped[str] = mapped_column(String(36))
    story_id: Mapped[str | None] = mapped_column(String(36))
    alt_text: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(20))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # When this register stored it (``created_at`` is when it was first added, wherever that was):
    # a bundle "since" a point carries the photos stored here after it.
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime)
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
