"""Settling conflicts: choices per field, whole-merge policies, and the choices file of the command line."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from assetmap.bundles.planning import CHOICES, MergePlan
from assetmap.errors import AssetMapError, quoted
from assetmap.messages import tr

POLICIES = ("mine", "theirs", "newest")

Choices = dict[str, dict[str, str]]


class ChoicesError(AssetMapError):
    """A choices file cannot be used; nothing was merged."""


def policy_choices(plan: MergePlan, prefer: str) -> Choices:
    """Choices for every conflict field by one rule.

    ``mine`` and ``theirs`` take one side throughout. ``newest`` takes, per asset, the side whose
    state was made last, ties going to the larger register id: both registers see the same times
    and ids, so merging A into B and B into A this way reaches the same values.
    """
    if prefer not in POLICIES:
        raise ChoicesError(
            tr("Unknown conflict policy {policy}; use one of {choices}.").format(
                policy=quoted(prefer), choices=", ".join(POLICIES)
            )
        )
    choices: Choices = {}
    for change in plan.conflicts:
        if prefer == "newest":
            assert change.mine_stamp is not None and change.theirs_stamp is not None
            side = "theirs" if change.theirs_stamp > change.mine_stamp else "mine"
        else:
            side = prefer
        choices[change.asset_id] = {c.field: side for c in change.conflicts}
    return choices


def choices_template(plan: MergePlan) -> dict[str, dict[str, None]]:
    """A choices mapping with every conflict field present and unchosen (``None``), to fill in."""
    return {change.asset_id: {c.field: None for c in change.conflicts} for change in plan.conflicts}


def conflict_report(plan: MergePlan) -> str:
    """The conflicts as text: per asset, each field's base, mine and theirs values."""
    lines = []
    for change in plan.conflicts:
        lines.append(f"{change.name}  ({change.asset_id})")
        for c in change.conflicts:
            lines.append(
                "  "
                + tr("{field}: base {base} | mine {mine} | theirs {theirs}").format(
                    field=c.field, base=_show(c.base), mine=_show(c.mine), theirs=_show(c.theirs)
                )
            )
    return "\n".join(lines)


def _show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def load_choices(path: Path | str) -> Choices:
    """Read a choices file: ``{asset id: {field: "mine" | "theirs"}}`` as JSON.

    Fields left ``null`` (as :func:`choices_template` writes them) count as not chosen.
    """
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ChoicesError(tr("There is no choices file {path}.").format(path=path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ChoicesError(
            tr("The choices file {path} is not readable JSON ({detail}).").format(path=path, detail=exc)
        ) from None
    if not isinstance(document, dict) or not all(isinstance(v, dict) for v in document.values()):
        raise ChoicesError(
            tr('The choices file {path} must map each asset id to {{field: "mine" or "theirs"}}.').format(
                path=path
            )
        )
    choices: Choices = {}
    for asset_id, fields in document.items():
        for field, choice in fields.items():
            if choice is None:
                continue
            if choice not in CHOICES:
                raise ChoicesError(
                    tr(
                        "The choices file {path} says {choice} for {field} of asset {asset_id}; "
                        'write "mine" or "theirs".'
                    ).format(path=path, choice=quoted(choice), field=field, asset_id=asset_id)
                )
            choices.setdefault(asset_id, {})[field] = choice
    return choices


def merged_choices(*layers: Mapping[str, Mapping[str, str]]) -> Choices:
    """Later layers override earlier ones field by field (a file over a policy, say)."""
    out: Choices = {}
    for layer in layers:
        for asset_id, fields in layer.items():
            out.setdefault(asset_id, {}).update(fields)
    return out
