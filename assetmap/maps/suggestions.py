"""The suggestions layer's data: open suggestions with a place, as JSON for the map page."""

from __future__ import annotations

import json
from collections.abc import Iterable

from assetmap.register.records import Category
from assetmap.register.suggestions import Suggestion

# What the page gets for each suggestion: no more than the person who suggested it typed, and no one's name.
SUGGESTION_FIELDS = ("id", "name", "category", "category_label", "colour", "note", "lon", "lat")


def suggestion_rows(
    suggestions: Iterable[Suggestion], categories: Iterable[Category]
) -> list[dict[str, object]]:
    """One row per open suggestion that has a place, in the order given."""
    by_code = {c.code: c for c in categories}
    rows: list[dict[str, object]] = []
    for s in suggestions:
        if not s.is_open or s.lon is None or s.lat is None:
            continue
        category = by_code.get(s.category)
        rows.append(
            {
                "id": s.id,
                "name": s.name,
                "category": s.category,
                "category_label": category.label if category else s.category,
                "colour": category.colour if category else None,
                "note": s.note,
                "lon": s.lon,
                "lat": s.lat,
            }
        )
    return rows


def suggestions_json(suggestions: Iterable[Suggestion], categories: Iterable[Category]) -> str:
    """The layer as the page reads it: ``{"rows": [...]}``."""
    rows = suggestion_rows(suggestions, categories)
    return json.dumps({"rows": rows}, ensure_ascii=False, allow_nan=False)
