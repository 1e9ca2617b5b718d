"""The fixed words reports print that are declared elsewhere, marked here for the report catalogue.

Category names, measure names, the privacy notes, the classification schemes and the words for the
codes a record stores (status, visibility, cost, contact, kinds of link, consent events, history) are
declared where their rules live (and used in English by the window and the map); pybabel cannot read
names or f-strings, so their English text is repeated here as literals. A test checks each one still
equals its source, so a change there that is not made here fails.
"""

from __future__ import annotations

from assetmap.reports.words import N_

CATEGORIES = {
    "gifts_skills": N_("People's gifts and skills"),
    "associations": N_("Associations and groups"),
    "institutions": N_("Institutions"),
    "physical_spaces": N_("Physical spaces"),
    "local_economy": N_("Local economy and exchange"),
    "culture_stories": N_("Culture and stories"),
}
# schema.STATUSES, VISIBILITIES and COSTS: an asset's status, who may see it and what it costs, in the
# words of the window's asset form.
STATUSES = {"active": N_("Active"), "draft": N_("Draft"), "closed": N_("Closed")}
VISIBILITIES = {"public": N_("Public"), "partners": N_("Partners"), "private": N_("Private")}
COSTS = {"free": N_("Free"), "low": N_("Low cost"), "paid": N_("Paid")}
# people.PREFERRED_CONTACTS: how a person would like to be contacted.
PREFERRED_CONTACTS = {
    "phone": N_("Phone"),
    "email": N_("Email"),
    "in_person": N_("In person"),
    "through_someone": N_("Through someone they know"),
}
# The kinds of link a new register starts with (its editable list; a kind the team adds or renames is
# printed as they wrote it).
LINK_KINDS = {
    "meets_at": N_("meets at"),
    "runs": N_("runs"),
    "supports": N_("supports"),
    "funds": N_("funds"),
    "shares_members": N_("shares members with"),
    "refers_to": N_("refers to"),
}
# consent.GIVEN and WITHDRAWN: the kinds of consent event.
CONSENT_EVENTS = {"given": N_("Consent given"), "withdrawn": N_("Consent withdrawn")}
# records.HISTORY_OPERATIONS: how a record reached a state, in the words of audit.ACTIONS; a
# "baseline" is the state a record was found in when its history began.
HISTORY_OPERATIONS = {
    "baseline": N_("Recorded as it stood"),
    "add": N_("Added"),
    "update": N_("Changed"),
    "remove": N_("Removed"),
    "restore": N_("Restored"),
    "merge": N_("Merged in"),
}
MEASURES = {
    "count": N_("Assets"),
    "per1000": N_("Assets per 1,000 residents"),
    "diversity": N_("Categories present"),
    "shannon": N_("Variety of assets (Shannon index)"),
    "reach": N_("Share of postcodes within walking distance of an asset"),
    "linked": N_("Share of assets with at least one link"),
    "groups": N_("Groups linked to the ward's spaces"),
}
# measure_label("reach", walk_m), with the distance as a placeholder.
REACH_LABEL = N_("Share of postcodes within {walk} m of an asset")
SCHEMES = {
    "quantiles": N_("Quantiles (equal numbers of wards per class)"),
    "natural_breaks": N_("Natural breaks (Fisher–Jenks)"),
    "equal_interval": N_("Equal intervals"),
}
PARTNER_NOTICE = N_("Contains partner-only information")
WITHHELD_LABEL = N_("Withheld to protect individuals")
NO_DATA_LABEL = N_("No residents recorded")
WITHHELD_NOTE = N_(
    "* Withheld to protect individuals: a figure that includes people's gifts and skills is not shown "
    "where a ward has fewer than 5 of them, as it would give their number away."
)
PEOPLE_LEFT_OUT_NOTE = N_(
    "\u2020 Places and groups only: people's gifts and skills are left out of the area's totals because "
    "some of its wards have fewer than 5."
)
# What an area's total counts (measures.area_figures "what").
WHAT = (N_("assets"), N_("places and groups"))
POPULATION_LABEL = N_("Census 2021, estimated for 2023 wards")
NO_POPULATION = N_("no figures were given with these wards")
ANONYMOUS = N_("Anonymous")
# sources.ASSET_SOURCE_NAMES: the bundled asset lists, as the report's "About the data" names them.
ASSET_SOURCE_NAMES = {
    "tdl_libraries": N_("DCMS: public libraries"),
    "os_openmap_local_pow": N_("OS OpenMap Local: places of worship"),
    "os_openmap_local_post_office": N_("OS OpenMap Local: post offices"),
    "nhsbsa_pharmacies_2025q4": N_("NHSBSA: pharmacies, 2024–25 Q4"),
    "democracyclub_polling_2022": N_("Democracy Club: polling-station venues, May 2022"),
    "sportengland_activeplaces_trafford": N_("Sport England Active Places: sports facilities"),
    "os_open_greenspace_trafford": N_("OS Open Greenspace: green spaces"),
    "osm_trafford_allotments": N_("OpenStreetMap and Trafford Council: allotments"),
}
# methods.SHORT_ATTRIBUTION: the credits under an exported map.
SHORT_ATTRIBUTION = N_(
    "Boundaries and population: Source: Office for National Statistics licensed under the Open Government "
    "Licence v3.0. Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data "
    "© Royal Mail copyright and database right 2025. Contains National Statistics data © Crown copyright "
    "and database right 2025. Assets: see the data sources of this register."
)
