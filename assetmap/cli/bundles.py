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
from assetmap.bundles.export import export_bundle
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
from assetmap.messages import tr, tr_n
from assetmap.register.connection import is_server_location

EXIT_CONFLICTS = 1
EXIT_ERROR = 2


def add_bundle_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``bundle`` and ``merge`` to a parser's subcommands."""
    bundle = subparsers.add_parser(
        "bundle",
        help=tr("export a register bundle (changes since a point) for another worker to merge"),
        description=tr("Write the assets changed since a point, with their history, to one bundle file."),
    )
    bundle.add_argument(
        "output", type=Path, help=tr("the bundle file to write, e.g. changes.assetmap-bundle")
    )
    bundle.add_argument(
        "--register",
        type=register_location,
        help=tr("the register to export from (default: your register)"),
    )
    bundle.add_argument(
        "--since",
        default="everything",
        help=tr(
            "where the bundle starts: 'everything' (the default), 'last' (since the last bundle this "
            "register wrote), 'bundle:N' (since bundle number N), or a UTC date or time such as "
            "2025-06-01 or 2025-06-01T14:30"
        ),
    )
    bundle.set_defaults(handler=run_bundle)

    merge = subparsers.add_parser(
        "merge",
        help=tr("merge a register bundle from another worker into a register"),
        description=tr(
            "Merge a bundle: new assets are added, changes made on one side only are taken, and fields "
            "changed differently on both sides are conflicts that need a choice. Without one, the "
            "conflicts are listed and nothing is merged (exit status 1)."
        ),
    )
    merge.add_argument("bundle", type=Path, help=tr("the bundle file to merge"))
    merge.add_argument(
        "--register",
        type=register_location,
        help=tr("the register to merge into (default: your register)"),
    )
    merge.add_argument(
        "--prefer",
        choices=POLICIES,
        help=tr(
            "settle every conflict by one rule: keep mine, take theirs, or take the newest side per asset"
        ),
    )
    merge.add_argument(
        "--choices",
        type=Path,
        metavar="FILE",
        help=tr(
            'JSON {asset id: {field: "mine" or "theirs"}} settling conflicts field by field '
            "(over --prefer where both are given)"
        ),
    )
    merge.add_argument(
        "--write-choices",
        type=Path,
        metavar="FILE",
        help=tr("write a choices file listing every conflict field, to fill in and pass to --choices"),
    )
    merge.add_argument(
        "--conflicts",
        choices=("report",),
        help=tr("only list the conflicts; exit with status 1 if there are any. Nothing is merged"),
    )
    merge.add_argument("--dry-run", action="store_true", help=tr("show what would be merged; write nothing"))
    merge.set_defaults(handler=run_merge)

    separate = subparsers.add_parser(
        "separate",
        help=tr("make a register file copied from another computer a register of its own"),
        description=tr(
            "A register file copied from another computer names itself like the original, so the two "
            "refuse each other's bundles. This gives the copy its own identity; its history so far is kept."
        ),
    )
    separate.add_argument(
        "--register", type=register_location, help=tr("the copied register (default: your register)")
    )
    separate.set_defaults(handler=run_separate)


def _register_path(args: argparse.Namespace, *, on_server: bool = True) -> Path | str:
    """The register a bundle command works on; a team register's URL as it is, unless ``on_server`` is false
    (a dry run works on a copy of a file)."""
    if on_server and isinstance(args.register, str) and is_server_location(args.register):
        return str(args.register)
    path = register_path(args.register)
    if not path.exists():
        raise RegisterError(
            path, tr("There is no register at {path}. Name one with --register.").format(path=path)
        )
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
    print(_bundle_written(summary))
    return 0


def _bundle_written(summary) -> str:
    """What ``bundle`` says it wrote: a whole sentence for each mix of what the bundle holds."""
    counts = {
        "number": summary.number,
        "since": summary.since,
        "assets": f"{summary.assets:,}",
        "removed": f"{summary.removed:,}",
        "people": f"{summary.people:,}",
        "erasures": f"{summary.erasures:,}",
        "links": f"{summary.links:,}",
        "stories": f"{summary.stories:,}",
        "photos": f"{summary.photos:,}",
        "path": summary.path,
    }
    people = bool(summary.people or summary.erasures)
    connections = bool(summary.links or summary.stories or summary.photos)
    if people and connections:
        message = tr(
            "Wrote bundle {number} ({since}): {assets} assets, {removed} of them removed, {people} people "
            "and {erasures} erasures, {links} links, {stories} stories and {photos} photos, to {path}"
        )
    elif people:
        message = tr(
            "Wrote bundle {number} ({since}): {assets} assets, {removed} of them removed, {people} people "
            "and {erasures} erasures, to {path}"
        )
    elif connections:
        message = tr(
            "Wrote bundle {number} ({since}): {assets} assets, {removed} of them removed, {links} links, "
            "{stories} stories and {photos} photos, to {path}"
        )
    else:
        message = tr("Wrote bundle {number} ({since}): {assets} assets, {removed} of them removed, to {path}")
    return message.format(**counts)


def run_separate(args: argparse.Namespace) -> int:
    try:
        # A copied file becomes a register of its own; a team register on a server is one already.
        with writing(_register_path(args, on_server=False)) as register:
            before = register.register_id
            after = register.separate_copy()
    except AssetMapError as exc:
        return _fail(exc)
    print(
        tr(
            "This register is now a register of its own (register {now}, was {was}). "
            "It and the register it was copied from can now merge each other's bundles."
        ).format(now=after[:8], was=before[:8])
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
            print(
                tr("Bundle {label}: {summary}; {unchanged} already up to date.").format(
                    label=bundle.label, summary=plan.summary(), unchanged=f"{plan.unchanged:,}"
                )
            )
            if args.write_choices:
                with atomic_path(args.write_choices) as temporary:
                    temporary.write_text(
                        json.dumps(choices_template(plan), indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8",
                    )
                print(tr("Wrote the conflicts to fill in to {path}").format(path=args.write_choices))
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
                    tr_n(
                        "{n} conflicting field(s) need a choice. Nothing was merged. Use --prefer "
                        "mine|theirs|newest, or --write-choices FILE, fill it in, and merge with "
                        "--choices FILE.",
                        "{n} conflicting field(s) need a choice. Nothing was merged. Use --prefer "
                        "mine|theirs|newest, or --write-choices FILE, fill it in, and merge with "
                        "--choices FILE.",
                        len(missing),
                    ).format(n=len(missing)),
                    file=sys.stderr,
                )
                return EXIT_CONFLICTS
            if args.dry_run:
                print(tr("Dry run: nothing was written."))
                return 0
            change = register.merge_bundle(plan, choices)
    except AssetMapError as exc:
        return _fail(exc)
    print(
        tr("Merged: {added} added, {updated} updated, {removed} removed, {restored} restored.").format(
            added=f"{len(change.added):,}",
            updated=f"{len(change.updated):,}",
            removed=f"{len(change.removed):,}",
            restored=f"{len(change.restored):,}",
        )
    )
    kept_out = set(change.kept_out) | set(plan.people_merge.kept_out)
    if change.people_added or change.people_updated or change.people_erased or kept_out:
        print(
            tr(
                "People: {added} added, {updated} updated, {erased} erased here ({gifts} of their gifts); "
                "{kept_out} erased asset(s) kept out."
            ).format(
                added=f"{len(change.people_added):,}",
                updated=f"{len(change.people_updated):,}",
                erased=f"{len(change.people_erased):,}",
                gifts=f"{len(change.assets_erased):,}",
                kept_out=f"{len(kept_out):,}",
            )
        )
    if change.links or change.stories or change.photos:
        print(
            tr(
                "Links, stories and photos: {links} links, {stories} stories and {photos} photos merged."
            ).format(
                links=f"{len(change.links):,}",
                stories=f"{len(change.stories):,}",
                photos=f"{len(change.photos):,}",
            )
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
