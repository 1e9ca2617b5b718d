"""The connection measures of a ward on a small built register: linked share, groups linked to spaces."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.register import Register
from assetmap.register.consent import PUBLIC, REGISTER
from assetmap.reports.analysis import ReportOptions, analyse
from assetmap.reports.measures import MEASURES, compute_measures, ward_figures
from tests.reports.conftest import INSIDE, WARD

LON, LAT = INSIDE


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    with Register.open(tmp_path / "connected.assetmap") as opened:
        yield opened


def _add(register: Register, name: str, category: str, i: int, **extra: object) -> str:
    return register.add_asset(name=name, category=category, lon=LON + i * 0.0004, lat=LAT, **extra).added[0]


@pytest.fixture
def ward(register: Register) -> dict[str, str]:
    ids = {
        "hall": _add(register, "Hall", "physical_spaces", 0),
        "club": _add(register, "Lunch Club", "associations", 1),
        "tenants": _add(register, "Tenants", "associations", 2),
        "school": _add(register, "School", "institutions", 3),
        "choir": _add(register, "Choir", "associations", 4),
        "partner": _add(register, "Partner Group", "associations", 5, visibility="partners"),
    }
    register.add_link(ids["club"], ids["hall"], "meets_at")
    register.add_link(ids["tenants"], ids["hall"], "runs")
    register.add_link(ids["school"], ids["club"], "supports")
    register.add_link(ids["partner"], ids["hall"], "meets_at")
    return ids


def _figures(register: Register, tier: str = "public") -> dict[str, float]:
    frame = compute_measures(
        register.assets(),
        boundaries=register.boundaries(),
        wards=[WARD],
        tier=tier,
        people=register.people_view(),
        links=register.links(),
    )
    row = frame.loc[WARD]
    return {
        "share": float(row["linked_share"]),
        "groups": float(row["groups_linked"]),
        "withheld": bool(row["links_withheld"]),
        "shown": ward_figures(frame, WARD)["linked"],
    }


def test_a_wards_share_of_linked_assets_and_groups_linked_to_its_spaces(
    register: Register, ward: dict[str, str]
) -> None:
    public = _figures(register)
    # Five public assets; hall, club, tenants and school have a link, the choir none.
    assert public["share"] == pytest.approx(4 / 5)
    assert public["groups"] == 2  # the lunch club and the tenants, linked to the hall
    assert public["shown"] == "80%"
    partners = _figures(register, "partners")
    assert partners["share"] == pytest.approx(5 / 6) and partners["groups"] == 3


def test_removed_links_and_assets_stop_counting(register: Register, ward: dict[str, str]) -> None:
    link = next(x for x in register.links() if x.from_id == ward["tenants"])
    register.remove_link(link.id)
    assert _figures(register)["groups"] == 1
    assert _figures(register)["share"] == pytest.approx(3 / 5)
    register.remove_asset(ward["club"])
    figures = _figures(register)
    assert figures["groups"] == 0 and figures["share"] == pytest.approx(0 / 4)


def test_links_from_people_count_only_with_consent_and_never_below_five(
    register: Register, ward: dict[str, str]
) -> None:
    people = [register.add_person(f"Resident {i}").id for i in range(5)]
    for person in people[:2]:
        register.add_link(person, ward["choir"], "supports", from_kind="person")
        register.record_consent(person, REGISTER, method="paper")
    # Consent to be kept in the register only: not counted in a public figure.
    assert _figures(register)["share"] == pytest.approx(4 / 5)
    for person in people[:2]:
        register.record_consent(person, PUBLIC, method="paper")
    withheld = _figures(register)
    assert withheld["withheld"] and math.isnan(withheld["share"]) and withheld["shown"] == "*"
    assert withheld["groups"] == 2  # groups are never people: not withheld
    for person in people[2:]:
        register.add_link(person, ward["choir"], "supports", from_kind="person")
        register.record_consent(person, PUBLIC, method="paper")
    five = _figures(register)
    assert not five["withheld"] and five["share"] == pytest.approx(5 / 5)


def test_the_connection_measures_are_offered_and_mapped_beside_the_others(
    register: Register, ward: dict[str, str]
) -> None:
    assert {"linked", "groups"} <= set(MEASURES)
    analysis = analyse(
        register.assets(),
        ReportOptions(area="Stockport", measure="groups"),
        boundaries=register.boundaries(),
        people=register.people_view(),
        links=register.links(),
    )
    assert analysis.shown(WARD) == "2"
    assert analysis.values()[WARD] == 2
    # Without the links, the figures are no data rather than zero.
    blind = analyse(
        register.assets(),
        ReportOptions(area="Stockport", measure="linked"),
        boundaries=register.boundaries(),
        people=register.people_view(),
    )
    assert blind.shown(WARD) == "–"


def test_the_abundance_layers_hover_gives_the_connection_figures(
    register: Register, ward: dict[str, str]
) -> None:
    from assetmap.reports.layer import layer_from

    analysis = analyse(
        register.assets(),
        ReportOptions(area="Stockport", measure="linked"),
        boundaries=register.boundaries(),
        people=register.people_view(),
        links=register.links(),
    )
    figures = dict(map(tuple, layer_from(analysis)["wards"][WARD]["figures"]))  # type: ignore[index]
    assert figures["Share of assets with at least one link"] == "80%"
    assert figures["Groups linked to its spaces"] == "2"
    assert "Assets with a link" not in figures  # the chosen measure is given once, first
