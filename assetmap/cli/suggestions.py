"""``assetmap suggestion`` (add, list, accept, merge, discard), added by ``add_suggestion_commands``.

What the window's capture tool and review list do, from a shell: a meeting's notes typed up afterwards
can be added in bulk, and the review done by a script. Output is tab-separated with a header line; ``add``
and ``accept`` print only the new id.
"""

from __future__ import annotations

import argparse
import sys

from assetmap.cli.people import EXIT_OK, one_line
from assetmap.cli.registers import reading, register_option, user_option, writing
from assetmap.messages import tr
from assetmap.register.suggestions import STATUSES


def add_suggestion_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``suggestion`` with its subcommands; each sets ``handler`` to its function."""
    command = subparsers.add_parser(
        "suggestion",
        help=tr("add, list and review suggestions captured in meetings"),
        description=tr("Suggestions from meetings, kept apart from the assets until reviewed."),
    )
    actions = command.add_subparsers(dest="suggestion_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help=tr("add a suggestion; prints its new id"))
    add.add_argument("name", help=tr("what was suggested"))
    add.add_argument("category", help=tr("its ABCD category code (not gifts_skills), e.g. associations"))
    add.add_argument("--note", help=tr("a note: when it meets, what it offers (no one's contact details)"))
    add.add_argument("--lon", type=float, help=tr("longitude of where it is (with --lat)"))
    add.add_argument("--lat", type=float, help=tr("latitude of where it is (with --lon)"))
    add.add_argument("--meeting", help=tr("the meeting it came from"))
    register_option(add)
    user_option(add)
    add.set_defaults(handler=run_add)

    listing = actions.add_parser(
        "list", help=tr("list suggestions: id, status, name, category, meeting, note")
    )
    listing.add_argument(
        "--status", choices=(*STATUSES, "all"), default="open", help=tr("which to list (default: open)")
    )
    register_option(listing)
    listing.set_defaults(handler=run_list)

    accept = actions.add_parser("accept", help=tr("make an asset of a suggestion; prints the asset's id"))
    accept.add_argument("suggestion_id", metavar="ID")
    register_option(accept)
    user_option(accept)
    accept.set_defaults(handler=run_accept)

    merge = actions.add_parser("merge", help=tr("add a suggestion's note to an existing asset"))
    merge.add_argument("suggestion_id", metavar="ID")
    merge.add_argument("asset_id", metavar="ASSET_ID")
    register_option(merge)
    user_option(merge)
    merge.set_defaults(handler=run_merge)

    discard = actions.add_parser("discard", help=tr("set a suggestion aside"))
    discard.add_argument("suggestion_id", metavar="ID")
    register_option(discard)
    user_option(discard)
    discard.set_defaults(handler=run_discard)


def run_add(args: argparse.Namespace) -> int:
    with writing(args.register, user=args.as_user) as register:
        made = register.add_suggestion(args.name, args.category, args.note, args.lon, args.lat, args.meeting)
    print(made.id)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with reading(args.register) as register:
        found = register.suggestions(None if args.status == "all" else args.status)
    print("\t".join(("id", "status", "name", "category", "meeting", "note", "asset_id")))
    for s in found:
        row = (s.id, s.status, s.name, s.category, s.meeting, s.note, s.asset_id)
        print("\t".join(one_line(v) for v in row), file=sys.stdout)
    return EXIT_OK


def run_accept(args: argparse.Namespace) -> int:
    with writing(args.register, user=args.as_user) as register:
        change = register.accept_suggestion(args.suggestion_id)
    print(change.added[0])
    return EXIT_OK


def run_merge(args: argparse.Namespace) -> int:
    with writing(args.register, user=args.as_user) as register:
        register.merge_suggestion(args.suggestion_id, args.asset_id)
    print(tr("Merged into {id}").format(id=args.asset_id))
    return EXIT_OK


def run_discard(args: argparse.Namespace) -> int:
    with writing(args.register, user=args.as_user) as register:
        register.discard_suggestion(args.suggestion_id)
    print(tr("Discarded {id}").format(id=args.suggestion_id))
    return EXIT_OK
