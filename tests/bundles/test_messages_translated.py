"""A bad bundle is refused in the language AssetMap speaks, naming the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap import messages
from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import BundleError, read_bundle

INCOMPLETE_UR = (
    "بنڈل {path} نامکمل ہے (کیا نقل کرتے وقت ادھورا رہ گیا؟)۔ اسے دوبارہ نقل کریں اور پھر کوشش کریں۔"
)
FOREIGN_UR = (
    "{path} AssetMap کا رجسٹر بنڈل نہیں ہے۔ بنڈل وہ فائل ہے جو AssetMap 'رجسٹر کا بنڈل برآمد کریں' یا "
    "`assetmap bundle` سے لکھتا ہے۔"
)


@pytest.fixture
def urdu() -> Iterator[None]:
    messages.set_language("ur")
    try:
        yield
    finally:
        messages.set_language("en")


def test_a_truncated_or_foreign_bundle_is_refused_in_urdu_naming_the_file(
    open_register, tmp_path: Path, urdu: None
) -> None:
    register = open_register("a")
    register.add_asset(name="Bolton Library", category="institutions")
    whole = tmp_path / "a.assetmap-bundle"
    export_bundle(register, whole)
    truncated = tmp_path / "cut short.assetmap-bundle"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    foreign = tmp_path / "notes.assetmap-bundle"
    foreign.write_text("Minutes of the Tuesday meeting", encoding="utf-8")

    with pytest.raises(BundleError) as cut:
        read_bundle(truncated)
    assert str(cut.value) == INCOMPLETE_UR.format(path=truncated)

    with pytest.raises(BundleError) as other:
        read_bundle(foreign)
    assert str(other.value) == FOREIGN_UR.format(path=foreign)

    messages.set_language("en")
    with pytest.raises(BundleError, match="is incomplete"):
        read_bundle(truncated)
