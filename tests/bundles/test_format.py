"""Bundle files: a round trip, and each kind of bad bundle refused clearly with the register unchanged."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import FORMAT_VERSION, BundleError, read_bundle
from assetmap.bundles.planning import plan_merge
from assetmap.register import Register
from tests.bundles.conftest import contents, history_count


@pytest.fixture
def exported(open_register, tmp_path: Path) -> tuple[Register, Path]:
    a = open_register("a")
    a.add_asset(name="Bolton Library", category="institutions", tags=["books"], review_due="2027-01-01")
    gone = a.add_asset(name="Closed cafe", category="local_economy").added[0]
    a.remove_asset(gone)
    path = tmp_path / "a.assetmap-bundle"
    export_bundle(a, path)
    return a, path


def _rewrite(path: Path, change) -> Path:
    document = json.loads(gzip.decompress(path.read_bytes()))
    change(document)
    out = path.with_name("edited.assetmap-bundle")
    out.write_bytes(gzip.compress(json.dumps(document).encode()))
    return out


def test_a_bundle_reads_back_as_written(exported) -> None:
    a, path = exported

    bundle = read_bundle(path)

    assert bundle.register_id == a.register_id and bundle.since == "everything" and bundle.number == 1
    assert {x.id for x in bundle.assets} == {x.id for x in a.assets(include_removed=True)}
    removed = next(x for x in bundle.assets if x.content["removed"])
    assert removed.removed_at == a.asset(removed.id).removed_at


def _set_version(d: dict) -> None:
    d["format_version"] = FORMAT_VERSION + 1


def _break_content(d: dict) -> None:
    d["assets"][0]["content"]["name"] = "Changed by hand"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: _write(p, b"id,name\n1,Library\n"), "is not an AssetMap register bundle"),
        (lambda p: _write(p, b""), "is not an AssetMap register bundle"),
        (lambda p: _write(p, p.read_bytes()[: len(p.read_bytes()) // 2]), "is incomplete"),
        (lambda p: _write(p, gzip.compress(b"{not json")), "is not an AssetMap register bundle"),
        (
            lambda p: _write(p, gzip.compress(b'{"format": "something else"}')),
            "is not an AssetMap register bundle",
        ),
        (lambda p: _rewrite(p, _set_version), "newer version of AssetMap"),
        (lambda p: _rewrite(p, _break_content), "is damaged"),
        (lambda p: _rewrite(p, lambda d: d["assets"][0].pop("history")), "is damaged"),
        (lambda p: _rewrite(p, lambda d: d["assets"].append(d["assets"][0])), "appears twice"),
        (lambda p: p.with_name("missing.assetmap-bundle"), "There is no file"),
    ],
    ids=[
        "csv",
        "empty",
        "truncated",
        "bad json",
        "other format",
        "newer",
        "edited",
        "no history",
        "twice",
        "missing",
    ],
)
def test_a_bad_bundle_is_refused_with_a_clear_message_and_the_register_unchanged(
    exported, open_register, make, message
) -> None:
    _a, path = exported
    b = open_register("b")
    b.add_asset(name="Here already", category="associations")
    before, entries = contents(b), history_count(b)

    with pytest.raises(BundleError, match=message):
        plan_merge(b, read_bundle(make(path)))

    assert contents(b) == before and history_count(b) == entries


def _write(path: Path, data: bytes) -> Path:
    out = path.with_name("bad.assetmap-bundle")
    out.write_bytes(data)
    return out


def test_a_bundle_from_the_same_register_is_refused(exported) -> None:
    a, path = exported
    before = contents(a)

    with pytest.raises(BundleError, match="same register"):
        plan_merge(a, read_bundle(path))

    assert contents(a) == before


def test_a_bundle_asset_that_fails_the_registers_checks_is_refused_by_name(exported, open_register) -> None:
    from assetmap.register.records import canonical_content, node_id

    _a, path = exported

    def unknown_category(document: dict) -> None:
        asset = document["assets"][0]
        asset["content"]["category"] = "no_such_category"
        (head,) = [e for e in asset["history"] if e["node"] == asset["head"]]
        head["content"] = asset["content"]
        head["node"] = asset["head"] = node_id(canonical_content(asset["content"]), head["parents"])

    b = open_register("b")
    with pytest.raises(BundleError, match=r"cannot take: .*Category must be one of"):
        plan_merge(b, read_bundle(_rewrite(path, unknown_category)))
    assert contents(b) == {}


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "JAVASCRIPT://%0Aalert(1)", "data:text/html,<b>x</b>"]
)
def test_a_bundle_carrying_a_link_that_is_not_http_or_https_is_refused_whole(
    exported, open_register, link: str
) -> None:
    from assetmap.register.records import canonical_content, node_id

    _a, path = exported

    def bad_link(document: dict) -> None:
        asset = document["assets"][0]
        asset["content"]["website"] = link
        (head,) = [e for e in asset["history"] if e["node"] == asset["head"]]
        head["content"] = asset["content"]
        head["node"] = asset["head"] = node_id(canonical_content(asset["content"]), head["parents"])

    b = open_register("b")
    b.add_asset(name="Already here", category="associations")
    before = contents(b)
    with pytest.raises(BundleError, match=r"cannot take: .*not a web address.*Nothing was merged"):
        plan_merge(b, read_bundle(_rewrite(path, bad_link)))
    assert contents(b) == before
