"""Open Referral UK 3.0: associations, institutions and spaces as organisations, services and locations.

Field mapping (checked against the UK-profile schemas shipped in ``data/oruk``):

============================  ======================================================================
AssetMap                      Open Referral UK
============================  ======================================================================
association, institution,     ``organization`` (name, description, email, website) and one
physical space                ``service`` it provides (same name; status, url, email, description).
                              A space's organisation stands for whoever runs it: the tabular
                              profile requires every service to have a provider
location (lon/lat)            ``location`` (physical; latitude, longitude, name), linked through
                              ``service_at_location``
address, postcode, district   ``address`` (address_1, postal_code, city = district, state_province =
                              region, country GB), only when both address and postcode are known
category, subcategory         ``taxonomy_term`` of the "AssetMap ABCD categories" ``taxonomy``,
                              linked to each service by an ``attribute``
status                        active → active, closed → inactive; drafts are not exported
link "meets at"               a ``service_at_location``: the group's service at the space's location
link "funds"                  a ``funding`` record of the funded asset's service, its ``source`` the
                              funder's name
link "runs"                   the run asset's ``organization`` gets the runner's organisation as its
                              ``parent_organization_id`` (the first such link, by id)
============================  ======================================================================

Open Referral has no room for the other kinds of link (supports, shares members with, refers to, or a
kind the team added), for links from people, for stories or for photos: none of them is exported here.
A link is carried only when both its assets are.

Individuals' gifts and skills, local economy, culture and stories, private and partner-only assets
are never exported: Open Referral is for publishing (the rule is
:data:`assetmap.register.sharing.OPEN_REFERRAL`). Ids are stable UUIDs derived from the asset id,
so a re-export updates rather than duplicates records in a directory that takes it in.
"""

from __future__ import annotations

import csv
import functools
import json
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from assetmap import paths
from assetmap.io import formula
from assetmap.messages import tr
from assetmap.register import sharing
from assetmap.register.connection_sharing import is_from_person
from assetmap.register.consent import PeopleView
from assetmap.register.links import email_address, web_address
from assetmap.register.records import Asset, Category

if TYPE_CHECKING:
    import jsonschema

TABLES = (
    "organization",
    "service",
    "location",
    "address",
    "service_at_location",
    "funding",
    "taxonomy",
    "taxonomy_term",
    "attribute",
)
_NAMESPACE = uuid.UUID("0b3c3d0e-6f57-4c1e-8d0f-4f9b1e7a2c55")
_STATUS = {"active": "active", "closed": "inactive"}
TAXONOMY_NAME = "AssetMap ABCD categories"


class _Link(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def from_kind(self) -> str: ...
    @property
    def from_id(self) -> str: ...
    @property
    def to_id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def removed_at(self) -> object: ...


def schema_dir() -> Path:
    return paths.reference_data_dir() / "oruk"


@functools.cache
def _schema(relative: str) -> dict:
    return json.loads((schema_dir() / relative).read_text(encoding="utf-8"))


def _validator(relative: str) -> jsonschema.protocols.Validator:
    # jsonschema's format checks compile their grammars on import (over a second): only an Open
    # Referral export pays for them, not every command and window that can offer one.
    import jsonschema

    schema = _schema(relative)
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _id(asset_id: str, kind: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{asset_id}"))


def _drop_none(record: dict) -> dict:
    return {k: v for k, v in record.items() if v is not None}


def _summary(asset: Asset, labels: Mapping[str, Category]) -> str:
    label = labels[asset.category].label if asset.category in labels else asset.category
    return f"{asset.name}: {asset.subcategory or label}."


def eligible(assets: Sequence[Asset], tier: str = sharing.PUBLIC, *, people: PeopleView) -> list[Asset]:
    """The assets Open Referral may carry at ``tier``, by :data:`assetmap.register.sharing.OPEN_REFERRAL`."""
    return sharing.records(assets, sharing.OPEN_REFERRAL, tier, people=people)


class OrukDataset:
    """The Open Referral records for a set of assets, as nested services and as flat tables."""

    def __init__(
        self,
        assets: Sequence[Asset],
        categories: Sequence[Category],
        district_of_ward: Mapping[str, str] | None = None,
        *,
        region: str | None = "Greater Manchester",
        tier: str = sharing.PUBLIC,
        people: PeopleView,
        links: Sequence[_Link] = (),
    ) -> None:
        self.assets = eligible(assets, tier, people=people)
        self.region = region
        district_of_ward = district_of_ward or {}
        self.tables: dict[str, list[dict]] = {name: [] for name in TABLES}
        labels = {c.code: c for c in categories}
        taxonomy_id = _id("abcd", "taxonomy")
        self.tables["taxonomy"].append(
            {
                "id": taxonomy_id,
                "name": TAXONOMY_NAME,
                "description": "The six categories of Asset-Based Community Development used by AssetMap.",
                "version": "1",
            }
        )
        self._terms: dict[tuple[str, str | None], dict] = {}
        self.services: list[dict] = []
        self._locations: dict[str, dict] = {}
        for asset in self.assets:
            self.services.append(self._service(asset, labels, taxonomy_id, district_of_ward))
        self._add_links(links)

    def _add_links(self, links: Sequence[_Link]) -> None:
        """The links Open Referral has room for, between two assets it carries (see the module's table)."""
        services = {a.id: s for a, s in zip(self.assets, self.services, strict=True)}
        names = {a.id: a.name for a in self.assets}
        for link in sorted(links, key=lambda item: item.id):
            if link.removed_at is not None or is_from_person(link):
                continue
            if link.from_id not in services or link.to_id not in services:
                continue
            by, to = services[link.from_id], services[link.to_id]
            if link.kind == "meets_at" and link.to_id in self._locations:
                location = self._locations[link.to_id]
                at = {"id": _id(link.id, "service_at_location"), "service_id": by["id"]}
                at["location_id"] = location["id"]
                self.tables["service_at_location"].append(at)
                by.setdefault("service_at_locations", []).append({**at, "location": location})
            elif link.kind == "funds":
                funding = {
                    "id": _id(link.id, "funding"),
                    "service_id": to["id"],
                    "source": names[link.from_id],
                }
                self.tables["funding"].append(funding)
                to.setdefault("funding", []).append(funding)
            elif link.kind == "runs" and "parent_organization_id" not in to["organization"]:
                # The organisation dict is the same object in the table and in the nested service.
                to["organization"]["parent_organization_id"] = by["organization_id"]

    def _term(
        self, category: str, subcategory: str | None, labels: Mapping[str, Category], taxonomy_id: str
    ) -> dict:
        key = (category, subcategory)
        if key in self._terms:
            return self._terms[key]
        if subcategory is None:
            label = labels[category].label if category in labels else category
            term = {
                "id": _id(category, "term"),
                "name": label,
                "description": f"ABCD category: {label}.",
                "taxonomy": TAXONOMY_NAME,
                "taxonomy_id": taxonomy_id,
                "term": category,
            }
        else:
            parent = self._term(category, None, labels, taxonomy_id)
            term = {
                "id": _id(f"{category}/{subcategory}", "term"),
                "name": subcategory,
                "description": f"{subcategory} ({parent['name']}).",
                "parent_id": parent["id"],
                "taxonomy": TAXONOMY_NAME,
                "taxonomy_id": taxonomy_id,
                "term": subcategory,
            }
        self._terms[key] = term
        self.tables["taxonomy_term"].append(term)
        return term

    def _service(
        self,
        asset: Asset,
        labels: Mapping[str, Category],
        taxonomy_id: str,
        district_of_ward: Mapping[str, str],
    ) -> dict:
        service_id = _id(asset.id, "service")
        service = _drop_none(
            {
                "id": service_id,
                "name": asset.name,
                "description": asset.description,
                "url": web_address(asset.website),
                "email": email_address(asset.contact_email),
                "status": _STATUS[asset.status],
                "last_modified": asset.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ")
                if asset.updated_at
                else None,
            }
        )
        organisation = _drop_none(
            {
                "id": _id(asset.id, "organization"),
                "name": asset.name,
                "description": asset.description or _summary(asset, labels),
                "email": email_address(asset.contact_email),
                "website": web_address(asset.website),
            }
        )
        self.tables["organization"].append(organisation)
        service["organization_id"] = organisation["id"]
        service["organization"] = organisation
        self.tables["service"].append({k: v for k, v in service.items() if k != "organization"})
        attributes = []
        terms = [self._term(asset.category, None, labels, taxonomy_id)]
        if asset.subcategory:
            terms.append(self._term(asset.category, asset.subcategory, labels, taxonomy_id))
        for term in terms:
            attribute = {
                "id": _id(f"{asset.id}/{term['id']}", "attribute"),
                "link_id": service_id,
                "taxonomy_term_id": term["id"],
                "link_type": "service",
            }
            self.tables["attribute"].append(attribute)
            attributes.append({**attribute, "taxonomy_term": term})
        service["attributes"] = attributes
        location = self._location(asset, district_of_ward)
        if location is not None:
            link = {
                "id": _id(asset.id, "service_at_location"),
                "service_id": service_id,
                "location_id": location["id"],
            }
            self.tables["service_at_location"].append(link)
            service["service_at_locations"] = [{**link, "location": location}]
        return service

    def _location(self, asset: Asset, district_of_ward: Mapping[str, str]) -> dict | None:
        if not asset.has_location and not asset.address and not asset.postcode:
            return None
        location_id = _id(asset.id, "location")
        location = _drop_none(
            {
                "id": location_id,
                "location_type": "physical",
                "name": asset.name,
                "latitude": asset.lat,
                "longitude": asset.lon,
            }
        )
        self.tables["location"].append(dict(location))
        self._locations[asset.id] = location
        # The tabular profile requires every address field filled, so only full addresses are given.
        if asset.address and asset.postcode:
            district = district_of_ward.get(asset.ward_code or "", "")
            address = {
                "id": _id(asset.id, "address"),
                "location_id": location_id,
                "address_1": asset.address,
                "city": district or self.region or "",
                # Outside GM (a register with its own wards), the district is the nearest thing to a region.
                "state_province": self.region or district,
                "postal_code": asset.postcode,
                "country": "GB",
                "address_type": "physical",
            }
            self.tables["address"].append(address)
            location["addresses"] = [address]
        return location

    # -- checking ---------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """Every way the records break the shipped UK-profile schemas (empty when they are valid)."""
        found: list[str] = []
        service_check = _validator("schema/compiled/service.json")
        for service in self.services:
            for error in service_check.iter_errors(service):
                found.append(
                    tr("service {name}: {where}: {problem}").format(
                        name=repr(service["name"]),
                        where="/".join(map(str, error.absolute_path)),
                        problem=error.message,
                    )
                )
        for table, rows in self.tables.items():
            check = _validator(f"schema/{table}.json")
            for row in rows:
                for error in check.iter_errors(row):
                    found.append(
                        f"{table} {row['id']}: {'/'.join(map(str, error.absolute_path))}: {error.message}"
                    )
        return found

    # -- writing ----------------------------------------------------------------------------

    def write_json(self, path: Path) -> None:
        """The services as one JSON array, each a full record with its organisation, locations and terms."""
        path.write_text(json.dumps(self.services, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    def write_package(self, folder: Path) -> None:
        """The tabular data package: one CSV per table, named and laid out as ``datapackage.json`` says.

        Every cell follows the one formula rule (:func:`assetmap.io.formula.cell`): these CSVs are opened
        in spreadsheets too.
        """
        package = _schema("datapackage.json")
        resources = {r["name"]: r for r in package["resources"]}
        written = []
        for table in TABLES:
            resource = resources[table]
            fields = [f["name"] for f in resource["schema"]["fields"]]
            with (folder / resource["path"]).open("w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore")
                writer.writeheader()
                for row in self.tables[table]:
                    writer.writerow({k: formula.cell(v) for k, v in row.items()})
            written.append(resource)
        meta = {k: v for k, v in package.items() if k != "resources"}
        meta["resources"] = written
        (folder / "datapackage.json").write_text(
            json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
