"""The six ABCD categories and their starting subcategories."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CategorySeed:
    code: str
    label: str
    colour: str
    subcategories: tuple[str, ...]


# Colours come from a qualitative palette that stays distinct for the common colour-vision
# deficiencies (Okabe-Ito), so a projector audience can tell categories apart.
ABCD_CATEGORIES: tuple[CategorySeed, ...] = (
    CategorySeed(
        "gifts_skills",
        "People's gifts and skills",
        "#CC79A7",
        ("Practical skills", "Creative skills", "Languages", "Caring and listening", "Teaching and coaching"),
    ),
    CategorySeed(
        "associations",
        "Associations and groups",
        "#0072B2",
        (
            "Faith group",
            "Residents' association",
            "Sports club",
            "Friends of a park",
            "Mutual aid",
            "Interest group",
        ),
    ),
    CategorySeed(
        "institutions",
        "Institutions",
        "#009E73",
        ("Library", "Health", "School or college", "Council service", "Post office"),
    ),
    CategorySeed(
        "physical_spaces",
        "Physical spaces",
        "#E69F00",
        ("Community venue", "Green space", "Allotment", "Sports facility", "Meeting room"),
    ),
    CategorySeed(
        "local_economy",
        "Local economy and exchange",
        "#56B4E9",
        ("Independent business", "Market", "Social enterprise", "Swap or repair", "Food bank or pantry"),
    ),
    CategorySeed(
        "culture_stories",
        "Culture and stories",
        "#D55E00",
        ("Heritage", "Arts", "Festival or event", "Local history", "Music"),
    ),
)

CATEGORY_CODES: tuple[str, ...] = tuple(c.code for c in ABCD_CATEGORIES)

# Individuals' details live in this category; it is the most sensitive data in a register.
PERSONAL_CATEGORY = "gifts_skills"
