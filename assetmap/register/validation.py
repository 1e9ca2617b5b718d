"""Checking and normalising the fields of an asset before they are written."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from typing import SupportsFloat, SupportsIndex

from assetmap.errors import ValidationError, quoted
from assetmap.geo.postcodes import normalise_postcode
from assetmap.messages import tr
from assetmap.register.links import EMAIL as _EMAIL
from assetmap.register.links import is_web_address, not_a_web_address
from assetmap.register.records import EDITABLE_FIELDS, FIELD_LABELS, TEXT_FIELDS
from assetmap.register.schema import COSTS, STATUSES, VISIBILITIES

_TEXT_LIMIT = 10_000


def clean_text(
    field: str, value: object, *, label: str | None = None, limit: int = _TEXT_LIMIT, required: bool = False
) -> str | None:
    """One line or paragraph of free text, trimmed: ``None`` when empty.

    Raises ``ValidationError`` naming ``field`` (shown as ``label``) for a value that is not text, holds a
    NUL character, is longer than ``limit`` or is empty while ``required``.
    """
    shown = label or _label(field)
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise ValidationError(field, tr("{label} must be text.").format(label=shown))
    if "\x00" in text:
        raise ValidationError(field, tr("{label} contains a NUL character; remove it.").format(label=shown))
    if len(text) > limit:
        raise ValidationError(
            field,
            tr("{label} is longer than {limit} characters; shorten it.").format(
                label=shown, limit=f"{limit:,}"
            ),
        )
    if required and not text:
        raise ValidationError(field, tr("{label} is required.").format(label=shown))
    return text or None


def _text(field: str, value: object, *, required: bool = False) -> str | None:
    return clean_text(field, value, required=required)


def _label(field: str) -> str:
    """The field's label in the language spoken now (its English label is ``FIELD_LABELS``)."""
    labels = {
        "name": tr("Name"),
        "category": tr("Category"),
        "subcategory": tr("Subcategory"),
        "tags": tr("Tags"),
        "description": tr("Description"),
        "address": tr("Address"),
        "postcode": tr("Postcode"),
        "lon": tr("Lon"),
        "lat": tr("Lat"),
        "contact_name": tr("Contact name"),
        "contact_phone": tr("Contact phone"),
        "contact_email": tr("Contact email"),
        "website": tr("Website"),
        "opening_times": tr("Opening times"),
        "audience": tr("Audience"),
        "accessibility": tr("Accessibility"),
        "cost": tr("Cost"),
        "visibility": tr("Visibility"),
        "status": tr("Status"),
        "recorded_by": tr("Recorded by"),
        "review_due": tr("Review due"),
    }
    return labels.get(field) or FIELD_LABELS.get(field, field)


def _coordinate(field: str, value: object, limit: float) -> float | None:
    if value is None or value == "":
        return None
    if type(value) is float or type(value) is int:  # the usual case, without the protocol checks below
        number = float(value)
        if math.isfinite(number) and -limit <= number <= limit:
            return number
    try:
        if not isinstance(value, str | bytes | bytearray | SupportsFloat | SupportsIndex):
            raise TypeError(value)
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(
            field,
            tr("{label} must be a number, not {value}.").format(label=_label(field), value=quoted(value)),
        ) from None
    if not math.isfinite(number) or not -limit <= number <= limit:
        raise ValidationError(
            field,
            tr("{label} must lie between -{limit} and {limit}; got {value}.").format(
                label=_label(field), limit=f"{limit:g}", value=quoted(value)
            ),
        )
    return number


def _or_default(value: object, default: str) -> object:
    return default if value is None or (isinstance(value, str) and not value.strip()) else value


def _choice(field: str, value: object, choices: Iterable[str], *, optional: bool = False) -> str | None:
    # Stripped as every text field is, and as the bulk checks do: blank means no choice.
    if isinstance(value, str):
        value = value.strip()
    if optional and (value is None or value == ""):
        return None
    allowed = tuple(choices)
    if value not in allowed:
        raise ValidationError(
            field,
            tr("{label} must be one of {choices}; got {value}.").format(
                label=_label(field), choices=", ".join(allowed), value=quoted(value)
            ),
        )
    return str(value)


def _tags(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, Iterable):
        raise ValidationError("tags", tr("Tags must be a list of words or a comma-separated text."))
    seen: dict[str, None] = {}
    for item in items:
        tag = _text("tags", item)
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


# A date as text: year-month-day, as the bulk import checks it too (``clean_columns``).
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(field: str, value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    # Text is stripped as every text field is: blank means no date.
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    try:
        if not ISO_DATE.match(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            field,
            tr("{label} must be a date like 2027-03-31; got {value}.").format(
                label=_label(field), value=quoted(value)
            ),
        ) from None


def clean_fields(
    fields: Mapping[str, object], categories: Iterable[str], *, creating: bool
) -> dict[str, object]:
    """Return ``fields`` checked and normalised, or raise ``ValidationError`` naming the field.

    With ``creating`` the name and category are required.
    """
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            tr("{field} is not a field of an asset.").format(field=quoted(sorted(unknown)[0])),
        )
    out: dict[str, object] = {}
    if creating or "name" in fields:
        out["name"] = _text("name", fields.get("name"), required=True)
    if creating or "category" in fields:
        if not fields.get("category"):
            raise ValidationError(
                "category", tr("Category is required: choose one of the six ABCD categories.")
            )
        out["category"] = _choice("category", fields.get("category"), categories)
    for name in TEXT_FIELDS:
        if name in fields:
            out[name] = _text(name, fields[name])
    if "website" in fields:
        website = _text("website", fields["website"])
        if not is_web_address(website):
            raise ValidationError("website", not_a_web_address(website or ""))
        out["website"] = website
    if "contact_email" in fields:
        email = _text("contact_email", fields["contact_email"])
        if email and not _EMAIL.match(email):
            raise ValidationError(
                "contact_email",
                tr("Contact email {email} does not look like an email address.").format(email=quoted(email)),
            )
        out["contact_email"] = email
    if "postcode" in fields:
        raw = _text("postcode", fields["postcode"])
        postcode = normalise_postcode(raw)
        if raw and postcode is None:
            raise ValidationError(
                "postcode",
                tr("Postcode {postcode} is not a UK postcode (like M1 1AD).").format(postcode=quoted(raw)),
            )
        out["postcode"] = postcode
    if "lon" in fields:
        out["lon"] = _coordinate("lon", fields["lon"], 180)
    if "lat" in fields:
        out["lat"] = _coordinate("lat", fields["lat"], 90)
    if ("lon" in out or "lat" in out) and ((out.get("lon") is None) != (out.get("lat") is None)):
        missing = "lat" if out.get("lat") is None else "lon"
        raise ValidationError(missing, tr("Give both longitude and latitude, or neither."))
    if "tags" in fields:
        out["tags"] = _tags(fields["tags"])
    if "cost" in fields:
        out["cost"] = _choice("cost", fields["cost"], COSTS, optional=True)
    # A blank visibility or status takes the default, as the bulk checks do.
    if creating or "visibility" in fields:
        out["visibility"] = _choice(
            "visibility", _or_default(fields.get("visibility"), "public"), VISIBILITIES
        )
    if creating or "status" in fields:
        out["status"] = _choice("status", _or_default(fields.get("status"), "active"), STATUSES)
    if "review_due" in fields:
        out["review_due"] = _date("review_due", fields["review_due"])
    return out
