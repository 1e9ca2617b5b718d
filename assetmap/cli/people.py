"""``assetmap person`` (add, list, export, erase) and ``assetmap audit``, added by ``add_people_commands``.

Councils process requests in bulk, so what the people list and the audit viewer do in the window is
here too. Output is tab-separated with a header line, one record a line, so a script can read it;
``person add`` prints only the new person's id. Commands that write hold the register's lock and record
who made the change (``--as-user``, else ``ASSETMAP_USER``, else the window's user, else the OS account).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from assetmap.cli.quiet import native_output_to_log
from assetmap.cli.registers import reading, register_option, user_option, writing
from assetmap.errors import AssetMapError, quoted
from assetmap.messages import tr
from assetmap.register import audit, consent
from assetmap.register.people import PREFERRED_CONTACTS

EXIT_OK = 0
EXIT_NOT_CONFIRMED = 1
EXIT_BAD_INPUT = 2


class CommandInputError(AssetMapError):
    """An option's value cannot be used; the message says which and what to give instead."""


def add_people_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``person`` (with its own subcommands) and ``audit``; each sets ``handler`` to its function."""
    person = subparsers.add_parser(
        "person",
        help=tr("add, list, export or erase the people the register holds"),
        description=tr("The people the register holds: add, list, subject access export, erasure."),
    )
    actions = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help=tr("add a person; prints their new id"))
    add.add_argument("name", help=tr("the person's name (a first name is enough)"))
    register_option(add)
    add.add_argument("--phone", help=tr("their phone number"))
    add.add_argument("--email", help=tr("their email address"))
    add.add_argument(
        "--preferred-contact",
        help=tr("how they like to be reached: one of {choices}").format(
            choices=", ".join(PREFERRED_CONTACTS)
        ),
    )
    add.add_argument("--notes", help=tr("notes about them"))
    user_option(add)
    add.set_defaults(handler=run_add)

    listing = actions.add_parser(
        "list", help=tr("list people: id, name, consent in force, its state and when it lapses")
    )
    register_option(listing)
    listing.add_argument(
        "--search", metavar="TEXT", help=tr("only people whose name, phone, email or notes hold TEXT")
    )
    listing.add_argument(
        "--to-review",
        action="store_true",
        help=tr("only people whose consent lapses within 30 days or has lapsed"),
    )
    listing.set_defaults(handler=run_list)

    export = actions.add_parser(
        "export", help=tr("write everything held about a person (CSV files and a PDF) to a zip file")
    )
    export.add_argument("person_id", metavar="ID", help=tr("the person's id (from 'assetmap person list')"))
    register_option(export)
    export.add_argument("-o", "--output", type=Path, required=True, help=tr("the zip file to write"))
    user_option(export)
    export.add_argument(
        "--language", default="en", metavar="CODE", help=tr("the readable document's language: en, ur or pl")
    )
    export.set_defaults(handler=run_export)

    erase = actions.add_parser(
        "erase", help=tr("erase a person for good: their record, gifts, links and consent events")
    )
    erase.add_argument("person_id", metavar="ID", help=tr("the person's id (from 'assetmap person list')"))
    register_option(erase)
    erase.add_argument("--yes", action="store_true", help=tr("do not ask for confirmation"))
    user_option(erase)
    erase.set_defaults(handler=run_erase)

    trail = subparsers.add_parser(
        "audit",
        help=tr("print the audit trail: who did what to which record, and when"),
        description=tr(
            "Print the audit trail, oldest first: time (UTC), user, action, record kind, record id."
        ),
    )
    register_option(trail)
    trail.add_argument(
        "--since",
        metavar="DATE|DATETIME",
        help=tr("from this day or time, UTC (2026-11-01 or 2026-11-01T09:30)"),
    )
    trail.add_argument(
        "--until", metavar="DATE|DATETIME", help=tr("up to this time, or to the end of this day, UTC")
    )
    trail.add_argument("--user", help=tr("only what this user did"))
    trail.add_argument(
        "--action", help=tr("only this action: one of {choices}").format(choices=", ".join(audit.ACTIONS))
    )
    trail.add_argument(
        "--record", metavar="ID", action="append", help=tr("only entries for this record id (repeatable)")
    )
    trail.set_defaults(handler=run_audit)


def one_line(text: object) -> str:
    """``text`` on one line with no control characters, so a row of output stays one row on a terminal."""
    value = "" if text is None else str(text)
    return " ".join("".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in value).split())


def _print_rows(header: Iterable[str], rows: Iterable[Iterable[object]], out: TextIO) -> None:
    print("\t".join(header), file=out)
    for row in rows:
        print("\t".join(one_line(value) for value in row), file=out)


def run_add(args: argparse.Namespace) -> int:
    """``assetmap person add``: prints the new person's id and nothing else."""
    fields = {
        name: value
        for name, value in (
            ("phone", args.phone),
            ("email", args.email),
            ("preferred_contact", args.preferred_contact),
            ("notes", args.notes),
        )
        if value is not None
    }
    with writing(args.register, user=args.as_user) as register:
        person = register.add_person(args.name, **fields)
    print(person.id)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    """``assetmap person list``: id, name, consent in force, its state, lapse date."""
    with reading(args.register) as register:
        if args.to_review:
            pairs = register.to_review()
            if args.search:
                wanted = {p.id for p in register.search_people(args.search)}
                pairs = [(p, s) for p, s in pairs if p.id in wanted]
        else:
            people = register.search_people(args.search) if args.search else register.people()
            states = register.consent_states()
            pairs = [(p, states.get(p.id) or consent.state_on((), dt.date.today())) for p in people]
    _print_rows(
        ("id", "name", "consent", "state", "lapses_on"),
        ((p.id, p.name, s.level, s.reason, s.lapses_on.isoformat() if s.lapses_on else "") for p, s in pairs),
        sys.stdout,
    )
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    """``assetmap person export``: the subject access copy, a zip of CSV files and a PDF."""
    output = Path(args.output).expanduser()
    from assetmap.languages import language
    from assetmap.ui.subject_access import export_subject_access

    language(args.language)  # an unknown language is refused before the register is opened
    with native_output_to_log(), writing(args.register, user=args.as_user) as register:
        path = export_subject_access(register, args.person_id, output, language=args.language)
    print(tr("Wrote {path}").format(path=path))
    return EXIT_OK


def _confirmed(name: str, person_id: str, stdin: TextIO, out: TextIO) -> bool:
    # The word to type, in the language spoken; "yes" is always taken too.
    yes = tr("yes")
    out.write(
        tr(
            "Erase {name} ({id}) for good? Their record, gifts and skills, links and consent "
            "events are destroyed and cannot be brought back.\nType {yes} to erase: "
        ).format(name=one_line(name), id=person_id, yes=yes)
    )
    out.flush()
    return stdin.readline().strip().casefold() in ("yes", "y", yes.casefold())


def run_erase(args: argparse.Namespace) -> int:
    """``assetmap person erase``: asks first on a terminal; with no terminal, only with ``--yes``."""
    if not args.yes and not sys.stdin.isatty():
        print(
            tr(
                "assetmap: erasing a person cannot be undone, and there is no terminal to ask for "
                "confirmation on; pass --yes to erase without asking."
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    with writing(args.register, user=args.as_user) as register:
        if register.is_erased(args.person_id):
            print(
                tr("The person {id} was already erased; nothing is held on them.").format(id=args.person_id)
            )
            return EXIT_OK
        person = register.person(args.person_id)
        if not args.yes and not _confirmed(person.name, person.id, sys.stdin, sys.stderr):
            print(tr("Nothing was erased."), file=sys.stderr)
            return EXIT_NOT_CONFIRMED
        erasure = register.erase_person(person.id)
    gifts = len(erasure.asset_ids)
    if gifts:
        print(
            tr("Erased the person {id} and their gifts and skills ({count}).").format(
                id=erasure.person_id, count=gifts
            )
        )
    else:
        print(tr("Erased the person {id}.").format(id=erasure.person_id))
    return EXIT_OK


def parse_time(text: str, option: str, *, end_of_day: bool = False) -> dt.datetime:
    """A ``--since``/``--until`` value as a UTC time; a day alone means its start (or, with
    ``end_of_day``, the start of the next day, so ``--until`` takes in the whole day)."""
    value = text.strip()
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            start = dt.datetime.combine(day, dt.time())
            return start + dt.timedelta(days=1) if end_of_day else start
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise CommandInputError(
            tr(
                "{option} {value} is not a date or a time; write it as 2026-11-01 or 2026-11-01T09:30 (UTC)."
            ).format(option=option, value=quoted(text))
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def run_audit(args: argparse.Namespace) -> int:
    """``assetmap audit``: the trail, oldest first, tab-separated."""
    if args.action and args.action not in audit.ACTIONS:
        raise CommandInputError(
            tr("--action {action} is not an action the trail records; choose from: {choices}.").format(
                action=quoted(args.action), choices=", ".join(audit.ACTIONS)
            )
        )
    since = parse_time(args.since, "--since") if args.since else None
    until = parse_time(args.until, "--until", end_of_day=True) if args.until else None
    with reading(args.register) as register:
        entries = register.audit_trail(
            since=since, until=until, user=args.user, action=args.action, record_ids=args.record
        )
    _print_rows(
        ("at", "user", "action", "kind", "record_id"),
        (
            (
                e.at.replace(microsecond=0).isoformat(sep=" "),
                e.user,
                e.action,
                e.record_kind,
                e.record_id or "",
            )
            for e in entries
        ),
        sys.stdout,
    )
    return EXIT_OK
