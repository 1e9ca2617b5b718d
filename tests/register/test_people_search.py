"""Searching people: by any of their details, and among removed people when asked."""

from __future__ import annotations

from assetmap.register import Register


def test_search_finds_people_by_any_detail_and_removed_ones_only_when_asked(register: Register) -> None:
    amina = register.add_person("Amina Begum", notes="Teaches sewing at the Ancoats hub")
    bob = register.add_person("Bob Marsh", email="bob@example.org")
    register.remove_person(bob.id)
    assert [p.id for p in register.search_people("SEWING")] == [amina.id]
    assert register.search_people("bob@") == []
    assert [p.id for p in register.search_people("bob@", include_removed=True)] == [bob.id]
    assert [p.id for p in register.search_people("", include_removed=True)] == [amina.id, bob.id]
