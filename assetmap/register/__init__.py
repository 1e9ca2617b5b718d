"""The asset register: records, schema, migrations and the one door to the database."""

from assetmap.register.records import EDITABLE_FIELDS, Asset, Category, Change
from assetmap.register.store import Register

__all__ = ["EDITABLE_FIELDS", "Asset", "Category", "Change", "Register"]
