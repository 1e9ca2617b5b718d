"""A team register on a PostgreSQL server: PostGIS geometry kept in step with lon/lat.

On a server, ``assets.geom`` is a PostGIS point (SRID 4326) and ``ward_boundaries.geom`` a
multipolygon, each set by a trigger from what AssetMap stores (lon/lat; the ward's WKB), so QGIS and
``ogrinfo PG:…`` read the assets as a point layer and the wards as a polygon layer. ``assets.rowid``
numbers rows in the order they were written, as SQLite's own rowid does in a file (an import reads
"assets added since" by it).

(Nothing changes in a file register.)

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op
from geoalchemy2 import Geometry

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_ASSET_POINT = """
CREATE FUNCTION assets_geom_from_lon_lat() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.lon IS NULL OR NEW.lat IS NULL THEN
        NEW.geom := NULL;
    ELSE
        NEW.geom := ST_SetSRID(ST_MakePoint(NEW.lon, NEW.lat), 4326);
    END IF;
    RETURN NEW;
END $$
"""
_WARD_SHAPE = """
CREATE FUNCTION ward_boundaries_geom_from_wkb() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.geom := ST_Multi(ST_SetSRID(ST_GeomFromWKB(NEW.geometry), 4326));
    RETURN NEW;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    op.add_column("assets", sa.Column("rowid", sa.BigInteger, sa.Identity(always=False), nullable=False))
    op.create_index("ix_assets_rowid", "assets", ["rowid"], unique=True)

    op.add_column("assets", sa.Column("geom", Geometry("POINT", srid=4326, spatial_index=False)))
    op.execute(_ASSET_POINT)
    op.execute(
        "CREATE TRIGGER assets_geom BEFORE INSERT OR UPDATE OF lon, lat ON assets "
        "FOR EACH ROW EXECUTE FUNCTION assets_geom_from_lon_lat()"
    )
    op.execute(
        "UPDATE assets SET geom = ST_SetSRID(ST_MakePoint(lon, lat), 4326) "
        "WHERE lon IS NOT NULL AND lat IS NOT NULL"
    )
    op.execute("CREATE INDEX ix_assets_geom ON assets USING GIST (geom)")

    op.add_column(
        "ward_boundaries", sa.Column("geom", Geometry("MULTIPOLYGON", srid=4326, spatial_index=False))
    )
    op.execute(_WARD_SHAPE)
    op.execute(
        "CREATE TRIGGER ward_boundaries_geom BEFORE INSERT OR UPDATE OF geometry ON ward_boundaries "
        "FOR EACH ROW EXECUTE FUNCTION ward_boundaries_geom_from_wkb()"
    )
    op.execute("UPDATE ward_boundaries SET geom = ST_Multi(ST_SetSRID(ST_GeomFromWKB(geometry), 4326))")
    op.execute("CREATE INDEX ix_ward_boundaries_geom ON ward_boundaries USING GIST (geom)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS ward_boundaries_geom ON ward_boundaries")
    op.execute("DROP FUNCTION IF EXISTS ward_boundaries_geom_from_wkb()")
    op.drop_index("ix_ward_boundaries_geom", "ward_boundaries")
    op.drop_column("ward_boundaries", "geom")
    op.execute("DROP TRIGGER IF EXISTS assets_geom ON assets")
    op.execute("DROP FUNCTION IF EXISTS assets_geom_from_lon_lat()")
    op.drop_index("ix_assets_geom", "assets")
    op.drop_column("assets", "geom")
    op.drop_index("ix_assets_rowid", "assets")
    op.drop_column("assets", "rowid")
