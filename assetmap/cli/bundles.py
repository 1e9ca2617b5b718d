"""The ``assetmap bundle`` and ``assetmap merge`` commands: exchange registers between computers.

``add_bundle_commands`` adds both to the main parser; each sets ``handler``, a function of the
parsed arguments returning the exit status: 0 done, 1 conflicts left unresolved (nothing merged),
2 an error with its message on stderr (nothing merged).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from assetmap.atomic import atomic_path
from assetmap.bundles.export import SINCE_HELP, export_bundle
from assetmap.bundles.format import read_bundle
from assetmap.bundles.planning import MergePlan, plan_merge
from assetmap.bundles.resolution import (
    POLICIES,
    choices_template,
    conflict_report,
    load_choices,
    merged_choices,
    policy_choices,
)
from assetmap.cli.registers import register_location, register_path, trying, writing
from assetmap.errors import AssetMapError, RegisterError
from assetmap.register.connection import is_server_location

EXIT_CONFLICTS = 1
EXIT_ERROR = 2


def add_bundle_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``bundle`` and ``merge`` to a parser's subcommands."""
    bundle = subparsers.add_parser(
        "bundle",
        help="export a register bundle (changes since a point) for another worker to merge",
        description="Write the assets changed since a point, with their history, to one bundle file.",
    )
    bundle.add_argument("output", type=Path, help="the bundle file to write, e.g. changes.assetmap-bundle")
    bundle.add_argument(
        "--register", type=register_location, help="the register to export from (default: your register)"
    )
    bundle.add_argument("--since", default="everything", help=f"where the bundle starts: {SINCE_HELP}")
    bundle.set_defaults(handler=run_bundle)

    merge = subparsers.add_parser(
        "merge",
        help="merge a register bundle from another worker into a register",
        description=(
            "Merge a bundle: new assets are added, changes made on one side only are taken, and fields "
            "changed differently on both sides are conflicts that need a choice. Without one, the "
            "conflicts are listed and nothing is merged (exit status 1)."
        ),
    )
    merge.add_argument("bundle", type=Path, help="the bundle file to merge")
    merge.add_argument(
        "--register", type=register_location, help="the register to merge into (default: your register)"
    )
    merge.add_argument(
        "--prefer",
        choices=POLICIES,
        help="settle every conflict by one rule: keep mine, take theirs, or take the newest side per asset",
    )
    merge.add_argument(
        "--choices",
        type=Path,
        metavar="FILE",
        help='JSON {asset id: {field: "mine" or "theirs"}} settling conflicts field by field '
        "(over --prefer where both are given)",
    )
    merge.add_argument(
        "--write-choices",
        type=Path,
        metavar="FILE",
        help="write a choices file listing every conflict field, to fill in and pass to --choices",
    )
    merge.add_argument(
        "--conflicts",
        choices=("report",),
        help="only list the conflicts; exit with status 1 if there are any. Nothing is merged",
    )
    merge.add_argument("--dry-run", action="store_true", help="show what would be merged; write nothing")
    merge.set_defaults(handler=run_merge)

    separate = subparsers.add_parser(
        "separate",
        help="make a register file copied from another computer a register of its own",
        description=(
            "A register file copied from another computer names itself like the original, so the two "
            "refuse each other's bundles. This gives the copy its own identity; its history so far is kept."
        ),
    )
    separate.add_argument(
        "--register", type=register_location, help="the copied register (default: your register)"
    )
    separate.set_defaults(handler=run_separate)


def _register_path(args: argparse.Namespace, *, on_server: bool = True) -> Path | str:
    """The register a bundle command works on; a team register's URL as it is, unless ``on_server`` is false
    (a dry run works on a copy of a file)."""
    if on_server and isinstance(args.register, str) and is_server_location(args.register):
        return str(args.register)
    path = register_path(args.register)
    if not path.exists():
        raise RegisterError(path, f"There is no register at {path}. Name one with --register.")
    return path


def _fail(exc: AssetMapError) -> int:
    print(f"assetmap: {exc}", file=sys.stderr)
    return EXIT_ERROR


def run_bundle(args: argparse.Namespace) -> int:
    """Export a bundle; print what it holds and its number (a point for ``--since bundle:N``)."""
    try:
        # Writing a bundle records it in the register (for --since bundle:N), so the lock is held.
        with writing(_register_path(args)) as register:
            summary = export_bundle(register, args.output, args.since)
    except AssetMapError as exc:
        return _fail(exc)
    people = (
        f", {summary.people:,} people and {summary.erasures:,} erasures"
        if summary.people or summary.erasures
        else ""
    )
    print(
        f"Wrote bundle {summary.number} ({summary.since}): {summary.assets:,} assets, "
        f"{summary.removed:,} of them removed{people}, to {summary.path}"
    )
    return 0


def run_separate(args: argparse.Namespace) -> int:
    try:
        # A copied file becomes a register of its own; a team register on a server is one already.
        with writing(_register_path(args, on_server=False)) as register:
            before = register.register_id
            after = register.separate_copy()
    except AssetMapError as exc:
        return _fail(exc)
    print(
        f"This register is now a register of its own (register {after[:8]}, was {before[:8]}). "
        "It and the register it was copied from can now merge each other's bundles."
    )
    return 0


def _choices_for(args: argparse.Namespace, plan: MergePlan) -> dict[str, dict[str, str]]:
    layers = []
    if args.prefer:
        layers.append(policy_choices(plan, args.prefer))
    if args.choices:
        layers.append(load_choices(args.choices))
    return merged_choices(*layers)


def run_merge(args: argparse.Namespace) -> int:
    """Plan the merge, settle conflicts from the flags, and write it in one transaction."""
    try:
        trial = bool(args.dry_run or args.conflicts)
        path = _register_path(args, on_server=not trial)
        bundle = read_bundle(args.bundle)
        # Only listing or trying: a throwaway copy, so nothing is created or locked beside the register.
        opening = trying if trial else writing
        with opening(path) as register:
            plan = plan_merge(register, bundle)
            print(f"Bundle {bundle.label}: {plan.summary()}; {plan.unchanged:,} already up to date.")
            if args.write_choices:
                with atomic_path(args.write_choices) as temporary:
                    temporary.write_text(
                        json.dumps(choices_template(plan), indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8",
                    )
                print(f"Wrote the conflicts to fill in to {args.write_choices}")
            if args.conflicts:
                if plan.conflicts:
                    print(conflict_report(plan))
                    return EXIT_CONFLICTS
                return 0
            choices = _choices_for(args, plan)
            missing = plan.missing_choices(choices)
            if missing:
                print(conflict_report(plan))
                print(
                    f"{len(missing)} conflicting field(s) need a choice. Nothing was merged. Use --prefer "
                    "mine|theirs|newest, or --write-choices FILE, fill it in, and merge with --choices FILE.",
                    file=sys.stderr,
                )
                return EXIT_CONFLICTS
            if args.dry_run:
                print("Dry run: nothing was written.")
                return 0
            change = register.merge_bundle(plan, choices)
    except AssetMapError as exc:
        return _fail(exc)
    print(
        f"Merged: {len(change.added):,} added, {len(change.updated):,} updated, "
        f"{len(change.removed):,} removed, {len(change.restored):,} restored."
    )
    kept_out = set(change.kept_out) | set(plan.people_merge.kept_out)
    if change.people_added or change.people_updated or change.people_erased or kept_out:
        print(
            f"People: {len(change.people_added):,} added, {len(change.people_updated):,} updated, "
            f"{len(change.people_erased):,} erased here ({len(change.assets_erased):,} of their gifts); "
            f"{len(kept_out):,} erased asset(s) kept out."
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``bundle`` or ``merge`` on their own (``python -m assetmap.cli.bundles``)."""
    parser = argparse.ArgumentParser(prog="assetmap")
    add_bundle_commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
