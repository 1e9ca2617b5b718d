"""Where AssetMap's bundled data comes from, and the credit each licence asks for, word for word."""

from __future__ import annotations

from dataclasses import dataclass

OGL_V3 = "Open Government Licence v3.0"
OGL_V3_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ODBL = "Open Database Licence (ODbL) 1.0"
ODBL_URL = "https://opendatacommons.org/licenses/odbl/1-0/"
OSM_COPYRIGHT_URL = "https://www.openstreetmap.org/copyright"


@dataclass(frozen=True, slots=True)
class DataSource:
    """One dataset: what it is, its licence, and the attribution its licence requires."""

    name: str
    licence: str
    licence_url: str
    attribution: str


DATA_SOURCES: tuple[DataSource, ...] = (
    DataSource(
        "Ward, district and combined-authority boundaries (ONS, May 2023 wards; via Trafford Data Lab)",
        OGL_V3,
        OGL_V3_URL,
        "Source: Office for National Statistics licensed under the Open Government Licence v3.0. "
        "Contains OS data © Crown copyright and database right 2023.",
    ),
    DataSource(
        "Ward populations (Census 2021, estimated for May 2023 wards)",
        OGL_V3,
        OGL_V3_URL,
        "Source: Office for National Statistics licensed under the Open Government Licence v3.0. "
        "Contains OS data © Crown copyright and database right 2025. "
        "Contains Royal Mail data © Royal Mail copyright and database right 2025. "
        "Contains National Statistics data © Crown copyright and database right 2025.",
    ),
    DataSource(
        "Postcode centroids (OS Code-Point Open, April 2025)",
        OGL_V3,
        OGL_V3_URL,
        "Contains OS data © Crown copyright and database right 2025. "
        "Contains Royal Mail data © Royal Mail copyright and database right 2025. "
        "Contains National Statistics data © Crown copyright and database right 2025.",
    ),
    DataSource(
        "Public libraries (DCMS list reviewed by the GM councils; via Trafford Data Lab)",
        OGL_V3,
        OGL_V3_URL,
        "Contains public sector information licensed under the Open Government Licence v3.0 "
        "(DCMS; Trafford Council / Trafford Data Lab).",
    ),
    DataSource(
        "Places of worship and post offices (OS OpenMap – Local, 2018)",
        OGL_V3,
        OGL_V3_URL,
        "Contains OS data © Crown copyright and database right 2018.",
    ),
    DataSource(
        "Pharmacies (NHSBSA Consolidated Pharmaceutical List 2024-25 Q4)",
        OGL_V3,
        OGL_V3_URL,
        "Contains public sector information licensed under the Open Government Licence v3.0 "
        "(NHS Business Services Authority).",
    ),
    DataSource(
        "Community venues: polling stations, 5 May 2022 (Democracy Club and council election teams)",
        OGL_V3,
        OGL_V3_URL,
        "Democracy Club (wheredoivote.co.uk). "
        "Contains OS data © Crown copyright and database right 2022. "
        "Contains Royal Mail data © Royal Mail copyright and database right 2022. "
        "Contains National Statistics data © Crown copyright and database right 2022.",
    ),
    DataSource(
        "Sports facilities, Trafford (Sport England Active Places, 2025)",
        OGL_V3,
        OGL_V3_URL,
        "Contains data © Sport England (Active Places), Open Government Licence.",
    ),
    DataSource(
        "Green spaces, Trafford (OS Open Greenspace, October 2023)",
        OGL_V3,
        OGL_V3_URL,
        "Contains OS data © Crown copyright and database right 2023.",
    ),
    DataSource(
        "Allotments, Trafford (Trafford Council list matched to OpenStreetMap)",
        f"{ODBL} (OpenStreetMap geometry); {OGL_V3} (council list)",
        ODBL_URL,
        "© OpenStreetMap contributors, ODbL; Trafford Council.",
    ),
    DataSource(
        "Optional online basemap (OpenStreetMap tiles; off unless you turn it on)",
        ODBL,
        OSM_COPYRIGHT_URL,
        "© OpenStreetMap contributors.",
    ),
)

# The asset lists of the bundled data, by their ``source_key`` (the seed file's column, also the demo
# assets' tag), named as a reader knows them: "publisher or product: what it lists".
ASSET_SOURCE_NAMES: dict[str, str] = {
    "tdl_libraries": "DCMS: public libraries",
    "os_openmap_local_pow": "OS OpenMap Local: places of worship",
    "os_openmap_local_post_office": "OS OpenMap Local: post offices",
    "nhsbsa_pharmacies_2025q4": "NHSBSA: pharmacies, 2024–25 Q4",
    "democracyclub_polling_2022": "Democracy Club: polling-station venues, May 2022",
    "sportengland_activeplaces_trafford": "Sport England Active Places: sports facilities",
    "os_open_greenspace_trafford": "OS Open Greenspace: green spaces",
    "osm_trafford_allotments": "OpenStreetMap and Trafford Council: allotments",
}

COMPILED_VIA = "Asset data compiled via Trafford Data Lab (Open Government Licence v3.0)."

# The summary block the data notes give for an About / Data sources screen, verbatim.
ATTRIBUTION_BLOCK = (
    "Boundaries and population: Source: Office for National Statistics licensed under the Open Government "
    "Licence v3.0.\n"
    "Contains OS data © Crown copyright and database right 2025.\n"
    "Postcodes: Contains OS data © Crown copyright and database right 2025. "
    "Contains Royal Mail data © Royal Mail copyright and database right 2025. "
    "Contains National Statistics data © Crown copyright and database right 2025.\n"
    "Assets: Contains OS data © Crown copyright and database right 2018–2023; contains public sector "
    "information licensed under the Open Government Licence v3.0 (DCMS, NHSBSA, Trafford Council); contains "
    "data © Sport England; polling-station venues from Democracy Club; allotments © OpenStreetMap "
    "contributors, ODbL. Compiled via Trafford Data Lab (OGL v3.0)."
)


def attribution_text(sources: tuple[DataSource, ...] = DATA_SOURCES) -> str:
    """All the credits as plain text, for the About box, reports and exports.

    Returns
    -------
    str
        The summary block, then one paragraph per source: name, licence (with its address) and
        the attribution its licence requires.
    """
    parts = [ATTRIBUTION_BLOCK, ""]
    for source in sources:
        licence = f"Licence: {source.licence} <{source.licence_url}>"
        parts.append(f"{source.name}\n  {licence}\n  {source.attribution}")
    parts.append(COMPILED_VIA)
    return "\n\n".join(parts).replace("\n\n\n", "\n\n")
