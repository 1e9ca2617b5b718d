"""``assetmap link``, ``assetmap story`` and ``assetmap photo``, added by ``add_connection_commands``.

What the asset form's Links and Stories parts do in the window, from a shell: links between assets
and the list of their kinds, the stories told about an asset, and photos with their alternative text.
Output is tab-separated with a header line, one record a line (``link list --csv`` writes CSV, every
cell formula-safe); ``add`` prints only the new id. A story's teller is shown only when they agreed to be
quoted by name ("Anonymous" otherwise), and a link from a person never shows the person's name.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from assetmap.cli.people import EXIT_OK, CommandInputError, one_line
from assetmap.cli.registers import reading, register_option, user_option, writing
from assetmap.errors import AssetNotFoundError, ValidationError, quoted
from assetmap.io.formula import cell
from assetmap.messages import tr
from assetmap.register import Register, sharing
from assetmap.register.connection_sharing import carried_links, is_from_person
from assetmap.register.connections import Link, LinkKind

LINK_COLUMNS = ("id", "from_kind", "from_id", "from_name", "kind", "kind_label", "to_id", "to_name", "note")
STORY_COLUMNS = ("id", "asset_id", "asset_name", "told_on", "teller", "featured", "text")
STDIN = "-"


def add_connection_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``link``, ``story`` and ``photo`` with their subcommands; each sets ``handler``."""
    _add_link_commands(subparsers)
    _add_story_commands(subparsers)
    _add_photo_commands(subparsers)


def _add_link_commands(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "link",
        help=tr("add, list and remove links between assets, and the kinds of link"),
        description=tr(
            "Links between assets (a group meets at a hall, a charity funds a club), each of a "
            "kind from the register's list."
        ),
    )
    actions = command.add_subparsers(dest="link_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help=tr("link one asset to another; prints the new link's id"))
    add.add_argument("from_id", metavar="FROM", help=tr("the id of the asset the link starts at"))
    add.add_argument("to_id", metavar="TO", help=tr("the id of the asset it goes to"))
    add.add_argument(
        "--kind", required=True, help=tr("the kind of link, by its label or code (see 'assetmap link kinds')")
    )
    add.add_argument("--note", help=tr("a note on the link: when, how often (no one's contact details)"))
    register_option(add)
    user_option(add)
    add.set_defaults(handler=run_link_add)

    listing = actions.add_parser(
        "list", help=tr("list links: id, from, kind, to and note (a person's link without their name)")
    )
    listing.add_argument("--asset", metavar="ID", help=tr("only the links to or from this asset"))
    listing.add_argument("--csv", action="store_true", help=tr("write CSV (formula-safe) instead of tabs"))
    register_option(listing)
    listing.set_defaults(handler=run_link_list)

    remove = actions.add_parser("remove", help=tr("remove a link; it is no longer listed, drawn or exported"))
    remove.add_argument("link_id", metavar="ID", help=tr("the link's id (from 'assetmap link list')"))
    register_option(remove)
    user_option(remove)
    remove.set_defaults(handler=run_link_remove)

    kinds = actions.add_parser("kinds", help=tr("list the kinds of link: code and label"))
    register_option(kinds)
    kinds.set_defaults(handler=run_link_kinds)

    add_kind = actions.add_parser("add-kind", help=tr("add a kind of link to the list; prints its code"))
    add_kind.add_argument("label", metavar="LABEL", help=tr("how the kind reads, e.g. 'volunteers at'"))
    register_option(add_kind)
    user_option(add_kind)
    add_kind.set_defaults(handler=run_link_add_kind)


def _add_story_commands(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "story",
        help=tr("add, list and remove the stories told about assets"),
        description=tr(
            "Stories told about an asset; a teller is named only with their consent to be quoted."
        ),
    )
    actions = command.add_subparsers(dest="story_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help=tr("add a story to an asset; prints the new story's id"))
    add.add_argument("asset_id", metavar="ASSET", help=tr("the id of the asset the story is about"))
    add.add_argument("--text", required=True, help=tr("the story; '-' reads it from standard input"))
    add.add_argument("--teller", metavar="NAME", help=tr("who told it (shown only with --quoted)"))
    add.add_argument(
        "--quoted", action="store_true", help=tr("the teller agreed to be quoted by name (else: Anonymous)")
    )
    add.add_argument("--told-on", metavar="DATE", help=tr("the day it was told, e.g. 2026-11-30"))
    add.add_argument("--featured", action="store_true", help=tr("one of the asset's strongest stories"))
    register_option(add)
    user_option(add)
    add.set_defaults(handler=run_story_add)

    listing = actions.add_parser(
        "list", help=tr("list stories: id, asset, date, teller (Anonymous without consent), featured, text")
    )
    listing.add_argument("--asset", metavar="ID", help=tr("only the stories about this asset"))
    register_option(listing)
    listing.set_defaults(handler=run_story_list)

    remove = actions.add_parser(
        "remove", help=tr("remove a story; it is no longer listed, shown or exported")
    )
    remove.add_argument("story_id", metavar="ID", help=tr("the story's id (from 'assetmap story list')"))
    register_option(remove)
    user_option(remove)
    remove.set_defaults(handler=run_story_remove)


def _add_photo_commands(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "photo",
        help=tr("add a photo of an asset or of a story, kept without its metadata"),
        description=tr(
            "Photos of assets and stories. Each is stored afresh without EXIF, GPS or other "
            "metadata. Before adding a photo in which anyone can be recognised, make sure they agreed."
        ),
    )
    actions = command.add_subparsers(dest="photo_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help=tr("add a JPEG, PNG or WebP photo; prints the new photo's id"))
    add.add_argument("asset_id", metavar="ASSET", help=tr("the id of the asset the photo shows"))
    add.add_argument("file", metavar="FILE", type=Path, help=tr("the photo file"))
    add.add_argument(
        "--alt", help=tr("alternative text (required): what the photo shows, for someone who cannot see it")
    )
    add.add_argument("--story", metavar="ID", help=tr("the story on that asset the photo belongs to"))
    register_option(add)
    user_option(add)
    add.set_defaults(handler=run_photo_add)


def _print_rows(header: Iterable[str], rows: Iterable[Iterable[object]]) -> None:
    print("\t".join(header))
    for row in rows:
        print("\t".join(one_line(value) for value in row))


@contextmanager
def _naming(arguments: Mapping[str, str]) -> Iterator[None]:
    """A register's refusal of a field, said as the command-line argument that gave it."""
    try:
        yield
    except ValidationError as exc:
        argument = arguments.get(exc.field)
        if argument is None:
            raise
        raise CommandInputError(f"{argument}: {exc}") from None


def _asset_named(register: Register, asset_id: str, argument: str) -> None:
    try:
        register.asset(asset_id)
    except AssetNotFoundError:
        raise CommandInputError(
            tr(
                "{argument}: there is no asset with id {id} in this register; "
                "give the id of an asset it holds."
            ).format(argument=argument, id=quoted(asset_id))
        ) from None


# -- links ----------------------------------------------------------------------------------------


def kind_code(kinds: list[LinkKind], given: str) -> str:
    """The code of the kind ``given`` names, by its code or (in any case) its label."""
    for kind in kinds:
        if given == kind.code:
            return kind.code
    wanted = given.strip().casefold()
    for kind in kinds:
        if kind.label.casefold() == wanted:
            return kind.code
    if not kinds:
        raise CommandInputError(
            tr(
                "--kind {kind} is not a kind of link on this register's list; choose one of: none yet; "
                "or add it first with 'assetmap link add-kind LABEL'."
            ).format(kind=quoted(given))
        )
    raise CommandInputError(
        tr(
            "--kind {kind} is not a kind of link on this register's list; choose one of: {choices}; "
            "or add it first with 'assetmap link add-kind LABEL'."
        ).format(kind=quoted(given), choices=", ".join(kind.label for kind in kinds))
    )


def run_link_add(args: argparse.Namespace) -> int:
    with writing(args.register, user=args.as_user) as register:
        kind = kind_code(register.link_kinds(), args.kind)
        with _naming({"from_id": "FROM", "to_id": "TO", "kind": "--kind", "note": "--note"}):
            change = register.add_link(args.from_id, args.to_id, kind, note=args.note)
    print(change.links[0])
    return EXIT_OK


def _shown_links(register: Register, asset_id: str | None) -> list[Link]:
    """The links the list shows: live ones, and a person's only with their consent to be on the register."""
    links = register.links(None if asset_id is None else [asset_id])
    if not any(is_from_person(link) for link in links):
        return links
    ends = {end for link in links for end in link.asset_ids}
    return carried_links(links, ends, sharing.ALL, people=register.people_view())


def run_link_list(args: argparse.Namespace) -> int:
    with reading(args.register) as register:
        if args.asset is not None:
            _asset_named(register, args.asset, "--asset")
        links = _shown_links(register, args.asset)
        labels = {kind.code: kind.label for kind in register.link_kinds()}
        names = {asset.id: asset.name for asset in register.assets()}
    rows = [
        (
            link.id,
            link.from_kind,
            link.from_id,
            "" if is_from_person(link) else names.get(link.from_id, ""),
            link.kind,
            labels.get(link.kind, link.kind),
            link.to_id,
            names.get(link.to_id, ""),
            link.note or "",
        )
        for link in links
    ]
    if args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(LINK_COLUMNS)
        writer.writerows([cell(value) for value in row] for row in rows)
    else:
        _print_rows(LINK_COLUMNS, rows)
    return EXIT_OK


def run_link_remove(args: argparse.Namespace) -> int:
    with writing(args.register, user=args.as_user) as register:
        register.remove_link(args.link_id)
    print(tr("Removed the link {id}").format(id=args.link_id))
    return EXIT_OK


def run_link_kinds(args: argparse.Namespace) -> int:
    with reading(args.register) as register:
        kinds = register.link_kinds()
    _print_rows(("code", "label"), ((kind.code, kind.label) for kind in kinds))
    return EXIT_OK


def run_link_add_kind(args: argparse.Namespace) -> int:
    with writing(args.register, user=args.as_user) as register:
        with _naming({"label": "LABEL"}):
            change = register.add_link_kind(args.label)
        if change.added:
            print(change.added[0])
            return EXIT_OK
        code = kind_code(register.link_kinds(), args.label)
    print(
        tr("{label} is on the list already; nothing was added.").format(label=quoted(args.label.strip())),
        file=sys.stderr,
    )
    print(code)
    return EXIT_OK


# -- stories --------------------------------------------------------------------------------------


def _story_text(given: str) -> str:
    return sys.stdin.read() if given == STDIN else given


def run_story_add(args: argparse.Namespace) -> int:
    if args.quoted and not args.teller:
        raise CommandInputError(
            tr("--quoted: name who told the story with --teller NAME, or leave out --quoted.")
        )
    text = _story_text(args.text)
    arguments = {
        "asset_id": "ASSET",
        "text": "--text",
        "teller": "--teller",
        "told_on": "--told-on",
    }
    with writing(args.register, user=args.as_user) as register, _naming(arguments):
        change = register.add_story(
            args.asset_id,
            text,
            teller=args.teller,
            quote_consent=args.quoted,
            told_on=args.told_on,
            featured=args.featured,
        )
    print(change.stories[0])
    return EXIT_OK


def run_story_list(args: argparse.Namespace) -> int:
    with reading(args.register) as register:
        if args.asset is not None:
            _asset_named(register, args.asset, "--asset")
        stories = register.stories(None if args.asset is None else [args.asset])
        names = {asset.id: asset.name for asset in register.assets()}
    _print_rows(
        STORY_COLUMNS,
        (
            (
                s.id,
                s.asset_id,
                names.get(s.asset_id, ""),
                s.told_on.isoformat() if s.told_on else "",
                s.shown_teller,
                "yes" if s.featured else "no",
                s.text,
            )
            for s in stories
        ),
    )
    return EXIT_OK


def run_story_remove(args: argparse.Namespace) -> int:
    with writing(args.register, user=args.as_user) as register:
        register.remove_story(args.story_id)
    print(tr("Removed the story {id}").format(id=args.story_id))
    return EXIT_OK


# -- photos ---------------------------------------------------------------------------------------


def run_photo_add(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandInputError(
            tr("FILE {path} cannot be read ({problem}); name a JPEG, PNG or WebP photo file.").format(
                path=path, problem=exc.strerror or exc
            )
        ) from None
    arguments = {"asset_id": "ASSET", "alt_text": "--alt", "data": f"FILE {path}", "story_id": "--story"}
    with writing(args.register, user=args.as_user) as register, _naming(arguments):
        change = register.add_photo(args.asset_id, data, args.alt or "", story_id=args.story)
    print(change.photos[0])
    return EXIT_OK
