"""What a report covers: which wards (an area), which categories, and which visibility tier."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assetmap.errors import AssetMapError
from assetmap.geo.boundaries import Boundaries
from assetmap.messages import tr
from assetmap.register import sharing
from assetmap.register.categories import ABCD_CATEGORIES, CATEGORY_CODES

GREATER_MANCHESTER = "Greater Manchester"
_ALL_GM = {"greater manchester", "gm", "all"}

CATEGORY_LABELS: dict[str, str] = {c.code: c.label for c in ABCD_CATEGORIES}
CATEGORY_COLOURS: dict[str, str] = {c.code: c.colour for c in ABCD_CATEGORIES}


class ReportInputError(AssetMapError):
    """A report was asked for something that does not exist; the message lists the valid choices."""


@dataclass(frozen=True)
class Area:
    """A set of wards to report on, with the name to print for it."""

    name: str
    ward_codes: tuple[str, ...]
    district_codes: tuple[str, ...]

    @property
    def is_single_district(self) -> bool:
        return len(self.district_codes) == 1


def _ordered(codes: Sequence[str], b: Boundaries) -> tuple[str, ...]:
    return tuple(
        sorted(set(codes), key=lambda c: (b.district_names[b.ward_district[c]], b.ward_names[c].casefold()))
    )


def _area_of(name: str, codes: Sequence[str], b: Boundaries) -> Area:
    wards = _ordered(codes, b)
    districts = tuple(sorted({b.ward_district[c] for c in wards}, key=lambda d: b.district_names[d]))
    return Area(name, wards, districts)


def _ward_lookup(b: Boundaries) -> dict[str, str]:
    """Lower-cased ward code, "name" (when unique) and "name (district)" → ward code."""
    names = list(b.ward_names.values())
    lookup: dict[str, str] = {}
    for code, name in b.ward_names.items():
        lookup[code.casefold()] = code
        lookup[f"{name} ({b.district_names[b.ward_district[code]]})".casefold()] = code
        if names.count(name) == 1:
            lookup[name.casefold()] = code
    return lookup


def resolve_area(area: str | Sequence[str] | None, *, boundaries: Boundaries) -> Area:
    """The wards of ``boundaries`` an area stands for.

    Parameters
    ----------
    area
        ``None``, ``"Greater Manchester"`` (or ``"GM"``, ``"all"``) for all 215 wards; a district name or
        code (``"Stockport"``, ``"E08000007"``); or ward codes or names, as a list or comma-separated
        (``"E05014818, Bramhall North"``). A ward name shared by two districts needs its district:
        ``"Manor (Oldham)"``.
    boundaries
        The wards in use: the register's (``Register.boundaries()``).

    Raises
    ------
    ReportInputError
        For anything that is not a GM district or ward; the message lists the districts.
    """
    b = boundaries
    everywhere = _ALL_GM | {b.area_name.casefold()}
    if area is None or (isinstance(area, str) and area.strip().casefold() in everywhere):
        return _area_of(b.area_name, list(b.ward_names), b)
    parts = [p.strip() for p in (area.split(",") if isinstance(area, str) else area) if p and p.strip()]
    if not parts:
        return _area_of(b.area_name, list(b.ward_names), b)
    if len(parts) == 1:
        wanted = parts[0].casefold()
        for code, name in b.district_names.items():
            if wanted in (code.casefold(), name.casefold()):
                return _area_of(name, [w for w, d in b.ward_district.items() if d == code], b)
    lookup = _ward_lookup(b)
    codes: list[str] = []
    unknown = [p for p in parts if p.casefold() not in lookup]
    if unknown:
        districts = ", ".join(sorted(b.district_names.values()))
        raise ReportInputError(
            tr(
                "Unknown area {area}. Choose {everywhere}, one of the districts ({districts}), or ward codes "
                "or names separated by commas (for example 'E05015014' or 'Bramhall North'; for a ward name "
                "used in two districts add the district, 'Manor (Oldham)')."
            ).format(area=repr(unknown[0]), everywhere=repr(b.area_name), districts=districts)
        )
    codes = [lookup[p.casefold()] for p in parts]
    if len(codes) == 1:
        code = codes[0]
        name = f"{b.ward_names[code]}, {b.district_names[b.ward_district[code]]}"
    else:
        name = f"{len(set(codes))} selected wards"
    return _area_of(name, codes, b)


def resolve_categories(categories: str | Sequence[str] | None) -> tuple[str, ...]:
    """Category codes in ABCD order; ``None`` or empty means all six.

    Raises
    ------
    ReportInputError
        For a code that is not one of the six; the message lists them.
    """
    if categories is None:
        return CATEGORY_CODES
    parts = categories.split(",") if isinstance(categories, str) else list(categories)
    wanted = [p.strip() for p in parts if p and p.strip()]
    if not wanted:
        return CATEGORY_CODES
    unknown = [w for w in wanted if w not in CATEGORY_CODES]
    if unknown:
        raise ReportInputError(
            tr("Unknown category {category}. Choose from: {choices} (separate several with commas).").format(
                category=repr(unknown[0]), choices=", ".join(CATEGORY_CODES)
            )
        )
    return tuple(c for c in CATEGORY_CODES if c in wanted)


def resolve_tier(tier: str | None) -> str:
    """``"public"`` (the default) or ``"partners"``: the tiers ``sharing.REPORT`` offers.

    Raises
    ------
    ReportInputError
        For anything else, including ``"private"``: private assets are never included in reports.
    """
    value = (tier or sharing.REPORT.default_tier).strip().casefold()
    if value not in sharing.REPORT.tiers:
        raise ReportInputError(
            tr(
                "Unknown visibility tier {tier}. Choose 'public' (the default) or 'partners'. "
                "Private assets are never included in reports or exports."
            ).format(tier=repr(tier))
        )
    return value
