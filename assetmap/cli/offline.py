"""``assetmap server take-offline`` and ``assetmap server sync``: a laptop's copy of a team register.

Exit status: 0 done, 1 conflicts left without a choice (nothing synced), 2 an error with its message
on stderr (nothing changed on either side).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assetmap.bundles.offline import apply_sync, origin_of, plan_sync, take_offline
from assetmap.bundles.resolution import (
    POLICIES,
    conflict_report,
    load_choices,
    merged_choices,
    policy_choices,
)
from assetmap.cli.registers import audit_user, logged_in, user_option, writing
from assetmap.errors import AssetMapError
from assetmap.messages import tr, tr_n
from assetmap.register import Register
from assetmap.register.connection import is_server_location
from assetmap.register.server import location_of

EXIT_CONFLICTS = 1
EXIT_ERROR = 2


@contextmanager
def team_register(address: str, *, user: str) -> Iterator[Register]:
    """The team register at ``address`` (a server URL, or a register file), opened as ``user``.

    A server's login password comes as for every team-register command: from the URL,
    ``ASSETMAP_PASSWORD``, the keyring, or asked in the terminal (:func:`logged_in`).
    """
    register = Register.open(logged_in(address) if is_server_location(address) else address, user=user)
    try:
        yield register
    finally:
        register.close()


def add_offline_commands(server: argparse._SubParsersAction) -> None:
    """Add ``take-offline`` and ``sync`` to the ``server`` command's subcommands."""
    take = server.add_parser(
        "take-offline",
        help=tr("copy what your login may see of a team register into a register file, to work offline"),
        description=tr(
            "Make a register file holding what your login may see on the team register, with its "
            "history, people (sealed) and wards, for a place with no internet. Sync it back with "
            "`assetmap server sync FILE`."
        ),
    )
    take.add_argument("url", help=tr("the team register, e.g. postgresql://amira@server/assets"))
    take.add_argument("file", type=Path, help=tr("the new register file, e.g. laptop.assetmap"))
    user_option(take)
    take.set_defaults(handler=run_take_offline)

    sync = server.add_parser(
        "sync",
        help=tr("send an offline copy's changes to its team register and bring the register's in"),
        description=tr(
            "Merge an offline copy with the team register it was taken from, both ways, in one "
            "transaction on the server. Fields changed differently on both sides are conflicts: "
            "without a choice for each they are listed and nothing is synced (exit status 1). "
            '"mine" is the offline copy, "theirs" the team register.'
        ),
    )
    sync.add_argument("file", help=tr("the offline copy"))
    sync.add_argument(
        "--url", help=tr("reach the team register at this address instead of the one the copy keeps")
    )
    sync.add_argument(
        "--prefer",
        choices=POLICIES,
        help=tr(
            "settle every conflict by one rule: keep the copy's, take the team register's, or the newest"
        ),
    )
    sync.add_argument(
        "--choices",
        type=Path,
        metavar="FILE",
        help=tr('JSON {asset id: {field: "mine" or "theirs"}} settling conflicts field by field'),
    )
    user_option(sync)
    sync.set_defaults(handler=run_sync)


def _fail(exc: AssetMapError) -> int:
    print(f"assetmap: {exc}", file=sys.stderr)
    return EXIT_ERROR


def run_take_offline(args: argparse.Namespace) -> int:
    user = audit_user(args.as_user)
    try:
        with team_register(args.url, user=user) as server:
            summary = take_offline(server, args.file, address=args.url)
    except AssetMapError as exc:
        return _fail(exc)
    print(
        tr(
            "Took {assets} assets and {people} people offline from {address} into {path}. "
            "Sync them back with `assetmap server sync {path}`."
        ).format(
            assets=f"{summary.assets:,}",
            people=f"{summary.people:,}",
            address=summary.origin.address,
            path=summary.path,
        )
    )
    return 0


def run_sync(args: argparse.Namespace) -> int:
    user = audit_user(args.as_user)
    if is_server_location(str(args.file)):
        print(
            tr(
                "assetmap: {location} is a team register on a server, not an offline copy: "
                "name the copy's register file."
            ).format(location=location_of(str(args.file))),
            file=sys.stderr,
        )
        return EXIT_ERROR
    args.file = Path(args.file)
    if not args.file.expanduser().is_file():
        print(
            tr("assetmap: There is no offline copy at {path}; name the copy's register file.").format(
                path=args.file
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    try:
        with writing(args.file, user=user) as copy:
            address = args.url or origin_of(copy).address
            with team_register(address, user=user) as server:
                plan = plan_sync(copy, server)
                print(plan.summary())
                layers = []
                if args.prefer:
                    layers.append(policy_choices(plan.conflicts, args.prefer))
                if args.choices:
                    layers.append(load_choices(args.choices))
                choices = merged_choices(*layers)
                missing = plan.conflicts.missing_choices(choices)
                if missing:
                    print(conflict_report(plan.conflicts))
                    print(
                        tr_n(
                            "{n} conflicting field(s) need a choice (mine: this copy, theirs: the "
                            "team register). Nothing was synced. Use --prefer mine|theirs|newest or "
                            "--choices FILE.",
                            "{n} conflicting field(s) need a choice (mine: this copy, theirs: the "
                            "team register). Nothing was synced. Use --prefer mine|theirs|newest or "
                            "--choices FILE.",
                            len(missing),
                        ).format(n=len(missing)),
                        file=sys.stderr,
                    )
                    return EXIT_CONFLICTS
                result = apply_sync(copy, server, plan, choices)
    except AssetMapError as exc:
        return _fail(exc)
    print(result.summary())
    return 0
