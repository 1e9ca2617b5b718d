"""The asset register: records, schema, migrations and the one door to the database."""

from assetmap.register.connections import Link, LinkKind, Photo, Story
from assetmap.register.records import EDITABLE_FIELDS, Asset, Category, Change
from assetmap.register.store import Register

__all__ = ["EDITABLE_FIELDS", "Asset", "Category", "Change", "Link", "LinkKind", "Photo", "Register", "Story"]
