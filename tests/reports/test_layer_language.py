"""The abundance layer and the chart data speak the language AssetMap speaks: labels, legend, titles,
notes and figures, with nothing left in English but the places' own names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assetmap import messages
from assetmap.geo.boundaries import gm_boundaries
from assetmap.register.categories import CATEGORY_CODES
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Asset
from assetmap.reports import layer, privacy
from assetmap.reports.analysis import analyse
from assetmap.reports.classify import NO_DATA_LABEL
from assetmap.reports.layer import (
    TIER_WORDING,
    abundance_layer,
    chart_data_from,
    counted_wording,
    options,
)
from assetmap.reports.measures import MEASURES, measure_label
from assetmap.reports.selection import CATEGORY_LABELS, GREATER_MANCHESTER, resolve_area
from tests.language_checks import english_left
from tests.reports.test_layer import BRAMHALL_NORTH, assets, small_register  # noqa: F401 (fixtures)


@pytest.fixture
def speaking() -> Iterator[object]:
    """Sets the messages' language for a test, and puts the one before back after it."""
    before = messages.current_code()
    yield messages.set_language
    messages.set_language(before)


def _layer_texts(data: dict) -> list[str]:
    texts = [data["title"], data["subtitle"], data["area"]]
    texts += [note for note in (data["note"], data["partner_notice"]) if note]
    texts += [label for _colour, label in data["legend"]]
    for ward in data["wards"].values():
        texts.append(ward["value"])
        for label, value in ward["figures"]:
            texts += [label, value]
    return texts


def _chart_texts(charts: dict) -> list[str]:
    texts = [charts["area"], charts["subtitle"], *charts["notes"]]
    texts += [charts["categories"]["title"], charts["wards"]["title"], charts["wards"]["axis"]]
    if charts["partner_notice"]:
        texts.append(charts["partner_notice"])
    for bar in [*charts["categories"]["bars"], *charts["wards"]["bars"]]:
        texts += [bar["label"], bar["shown"]]
    return texts


def test_in_english_the_words_are_the_cores_own() -> None:
    assert messages.current_code() == "en"
    assert {c: layer.category_label(c) for c in CATEGORY_CODES} == CATEGORY_LABELS
    for key in MEASURES:
        assert layer.measure_name(key, 1200) == measure_label(key, 1200)
    assert {t: layer.tier_wording(t) for t in TIER_WORDING} == TIER_WORDING
    assert layer.partner_notice() == privacy.PARTNER_NOTICE
    assert layer.withheld_label() == privacy.WITHHELD_LABEL
    assert layer.place_name(GREATER_MANCHESTER) == GREATER_MANCHESTER
    assert layer.population_wording(gm_boundaries()) == gm_boundaries().population_note
    b = gm_boundaries()
    three = resolve_area(list(b.ward_names)[:3], boundaries=b)
    assert layer.area_wording(three) == three.name == "3 selected wards"


def test_the_privacy_notes_and_legend_words_are_worded_whole_in_the_language(speaking) -> None:
    english = {
        note: layer.note_wording(note) for note in (privacy.WITHHELD_NOTE, privacy.PEOPLE_LEFT_OUT_NOTE)
    }
    assert all(english[note] == note for note in english)
    speaking("ur")
    for note in english:
        urdu = layer.note_wording(note)
        assert urdu != note and urdu.startswith(note[0]) and "5" in urdu
        assert not english_left([urdu])
    assert not english_left([layer._legend_label(NO_DATA_LABEL), layer._legend_label(privacy.WITHHELD_LABEL)])


def test_the_layer_in_urdu_reads_in_urdu(assets: list[Asset], speaking) -> None:  # noqa: F811
    speaking("ur")
    data = abundance_layer(assets, measure="per1000", boundaries=gm_boundaries(), people=NO_PEOPLE)
    assert data["title"] == "فی 1,000 رہائشی اثاثے"
    assert data["subtitle"] == "گریٹر مانچسٹر · تمام زمرے · عوامی اثاثے"
    assert data["note"] == "رہائشی: مردم شماری 2021، 2023 کے وارڈوں کے لیے تخمینہ"
    figures = dict(map(tuple, data["wards"][BRAMHALL_NORTH]["figures"]))
    assert figures["رہائشی"].replace(",", "").isdigit()
    assert figures["لوگوں کے تحفے اور ہنر"] == privacy.SMALL_COUNT_TEXT
    assert figures["موجود زمرے"] == "6 میں سے 3"
    assert figures[privacy.WITHHELD_TEXT] == "افراد کے تحفظ کے لیے روکا گیا"
    assert "کسی اثاثے سے 800 میٹر کے اندر پوسٹ کوڈز" in figures
    left = english_left(_layer_texts(data))
    assert not left, f"Still in English: {left[:10]}"


def test_the_layer_in_urdu_names_its_partner_tier_reach_and_links(assets: list[Asset], speaking) -> None:  # noqa: F811
    speaking("ur")
    reach = abundance_layer(
        assets,
        area="Stockport",
        measure="reach",
        tier="partners",
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert reach["title"] == "کسی اثاثے سے 800 میٹر کے اندر پوسٹ کوڈز کا تناسب"
    assert reach["partner_notice"] == "صرف شراکت داروں کے لیے معلومات شامل ہیں"
    assert reach["subtitle"] == "Stockport · تمام زمرے · عوامی اور صرف شراکت داروں کے اثاثے"
    analysis = analyse(
        assets,
        options(area="Stockport", measure="linked"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
        links=[],
    )
    linked = layer.layer_from(analysis)
    labels = [label for ward in linked["wards"].values() for label, _value in ward["figures"]]
    assert "ربط والے اثاثے" not in labels  # the chosen measure, first, by its own name
    assert "اس کی جگہوں سے منسلک گروپ" in labels
    left = english_left(_layer_texts(reach) + _layer_texts(linked))
    assert not left, f"Still in English: {left[:10]}"


def test_the_charts_in_urdu_read_in_urdu(assets: list[Asset], speaking) -> None:  # noqa: F811
    speaking("ur")
    analysis = analyse(
        assets, options(area="Stockport", measure="count"), boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    charts = chart_data_from(analysis)
    assert charts["categories"]["title"] == "Stockport میں زمرے کے لحاظ سے اثاثے"
    assert charts["wards"]["title"] == "وارڈز بلحاظ اثاثے"
    assert charts["wards"]["axis"] == "اثاثے"
    assert [bar["label"] for bar in charts["categories"]["bars"]][:2] == [
        "لوگوں کے تحفے اور ہنر",
        "انجمنیں اور گروپ",
    ]
    assert charts["notes"] and charts["notes"][0].startswith("* افراد کے تحفظ کے لیے روکا گیا")
    left = english_left(_chart_texts(charts))
    assert not left, f"Still in English: {left[:10]}"
    wording = counted_wording(analysis)
    assert wording is not None and wording.startswith("Stockport کے 21 وارڈز میں 7 جگہیں اور گروپ گنے گئے")
    assert not english_left([wording])


def test_a_choice_of_wards_is_named_in_the_language(assets: list[Asset], speaking) -> None:  # noqa: F811
    speaking("pl")
    b = gm_boundaries()
    three = resolve_area(list(b.ward_names)[:3], boundaries=b)
    assert layer.area_wording(three) == "3 wybrane okręgi"
    charts = chart_data_from(
        analyse(assets, options(area=list(three.ward_codes)), boundaries=b, people=NO_PEOPLE)
    )
    assert charts["categories"]["title"] == "Zasoby według kategorii: 3 wybrane okręgi"


def test_the_figures_in_polish_are_written_as_polish_writes_numbers(assets: list[Asset], speaking) -> None:  # noqa: F811
    english = abundance_layer(
        assets, area="Stockport", measure="per1000", boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    speaking("pl")
    polish = abundance_layer(
        assets, area="Stockport", measure="per1000", boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    assert polish["title"] == "Zasoby na 1000 mieszkańców"
    assert polish["subtitle"] == "Stockport · wszystkie kategorie · zasoby publiczne"
    for code, ward in english["wards"].items():
        figures, translated = (
            dict(map(tuple, ward["figures"])),
            dict(map(tuple, polish["wards"][code]["figures"])),
        )
        residents = figures["Residents"]
        # Thousands grouped with a (non-breaking) space, decimals after a comma.
        assert translated["Mieszkańcy"].replace("\u00a0", "") == residents.replace(",", "")
        # The chosen measure comes first, by its name.
        assert polish["wards"][code]["figures"][0] == [
            "Zasoby na 1000 mieszkańców",
            polish["wards"][code]["value"],
        ]
        assert polish["wards"][code]["value"] == ward["value"].replace(".", ",")
    classes = [label for _c, label in english["legend"] if label[0].isdigit()]
    assert len(classes) > 1 and any("." in label for label in classes)
    assert [label for _c, label in polish["legend"]][: len(classes)] == [c.replace(".", ",") for c in classes]
    assert [label for _c, label in polish["legend"]][len(classes) :] == ["Utajnione w celu ochrony osób"]
    # Polish is written in Latin letters: no English sentence is left among its words.
    english_words = {text for text in _layer_texts(english) if english_left([text])}
    assert len(english_words) > 10
    assert not english_words & set(_layer_texts(polish))
