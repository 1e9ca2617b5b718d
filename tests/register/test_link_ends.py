"""The light read of the links (``Register.link_ends``): the same links as the full read, by the same rules
(removed links, removed assets, removed and erased people), and a person's link only with their consent;
on a register file and on a server register."""

from __future__ import annotations

from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE

SPOTS = [(-2.4296, 53.5779), (-2.4290, 53.5770), (-2.4280, 53.5760), (-2.4270, 53.5750), (-2.4260, 53.5740)]


def _assets(register: Register) -> list[str]:
    return [
        register.add_asset(name=f"Group {i}", category="associations", lon=lon, lat=lat).added[0]
        for i, (lon, lat) in enumerate(SPOTS)
    ]


def _full(register: Register) -> list[tuple[str, str, str, str]]:
    return sorted((k.from_kind, k.from_id, k.to_id, k.kind) for k in register.links())


def test_the_light_read_keeps_the_links_the_full_read_keeps(register: Register) -> None:
    hall, club, tenants, shed, garden = _assets(register)
    register.add_link(club, hall, "meets_at")
    register.add_link(hall, club, "supports")
    register.remove_link(register.add_link(hall, tenants, "supports").links[0])  # a removed link
    register.add_link(tenants, shed, "runs")
    register.add_link(garden, tenants, "refers_to")
    register.remove_assets([shed])  # its link is not read while it is removed...
    register.remove_assets([garden])
    register.restore_assets([garden])  # ...and is read again once it is back
    consented = register.add_person("Qx Consented").id
    register.record_consent(consented, "register", method="paper")
    register.add_link(consented, hall, "runs", from_kind="person")
    unconsented = register.add_person("Qx Unconsented").id
    register.add_link(unconsented, club, "runs", from_kind="person")
    removed = register.add_person("Qx Removed").id
    register.record_consent(removed, "register", method="paper")
    register.add_link(removed, hall, "supports", from_kind="person")
    register.remove_person(removed)
    erased = register.add_person("Qx Erased").id
    register.record_consent(erased, "register", method="paper")
    register.add_link(erased, club, "supports", from_kind="person")
    register.erase_person(erased)
    people = register.people_view()

    between_assets = sorted(register.link_ends().rows())
    with_people = sorted(register.link_ends(people).rows())

    assert between_assets == sorted(
        [
            ("asset", club, hall, "meets_at"),
            ("asset", hall, club, "supports"),
            ("asset", garden, tenants, "refers_to"),
        ]
    )
    assert between_assets == [row for row in _full(register) if row[0] == "asset"]
    # A person's link: only with their consent to be kept in the register in force.
    assert with_people == sorted([*between_assets, ("person", consented, hall, "runs")])
    assert set(with_people) <= set(_full(register))
    assert ("person", unconsented, club, "runs") in _full(register)
    assert sorted(register.link_ends(NO_PEOPLE).rows()) == between_assets


def test_withdrawn_consent_takes_a_persons_link_out_of_the_light_read(register: Register) -> None:
    hall, *_rest = _assets(register)
    person = register.add_person("Qx Person").id
    register.record_consent(person, "named", method="paper")
    register.add_link(person, hall, "runs", from_kind="person")
    assert register.link_ends(register.people_view()).rows() == [("person", person, hall, "runs")]

    register.withdraw_consent(person, method="spoken")

    assert register.link_ends(register.people_view()).rows() == []
    assert len(register.link_ends(register.people_view())) == 0


def test_an_empty_register_reads_no_link_ends(register: Register) -> None:
    assert len(register.link_ends()) == 0
    assert register.link_ends(register.people_view()).rows() == []
