"""The ``assetmap`` command: opens the window, or runs headless subcommands."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from collections.abc import Sequence
from pathlib import Path

from assetmap import __version__, paths
from assetmap.errors import AssetMapError
from assetmap.messages import tr

log = logging.getLogger(__name__)


def demo_register_path() -> Path:
    return paths.data_dir() / "demo.assetmap"


# Opening the window (no subcommand) and the light subcommands need only the parser's first part; every
# other subcommand's module pulls in the reporting, import and merge stacks, so those are imported only
# when a subcommand outside this set (or --help) is asked for, and opening the window does not pay for them.
_LIGHT_COMMANDS = {"demo", "encrypt", "decrypt"}
# Top-level options that take a value (the value is not a command).
_VALUED_OPTIONS = {"--register", "--language"}


def _wants_heavy_commands(argv: Sequence[str]) -> bool:
    """Whether ``argv`` asks for help or for a subcommand outside :data:`_LIGHT_COMMANDS`."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("-h", "--help"):
            return True
        if arg in _VALUED_OPTIONS:
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return arg not in _LIGHT_COMMANDS  # the first word is the subcommand
    return False


def _language_asked(argv: Sequence[str]) -> str | None:
    """The top-level ``--language`` in ``argv`` (also written ``--language=CODE``, or shortened as argparse
    allows, ``--lang CODE``), read before the parser is built so that its help speaks that language too.

    Only the options before the subcommand are looked at: a command's own ``--language`` is its document's.
    """
    found: str | None = None
    taking = False
    skip = False
    for arg in argv:
        if taking:
            found, taking = arg, False
            continue
        if skip:
            skip = False
            continue
        name, equals, value = arg.partition("=")
        if len(name) > 2 and "--language".startswith(name):
            if equals:
                found = value
            else:
                taking = True
            continue
        if arg in _VALUED_OPTIONS:
            skip = True
            continue
        if arg.startswith("-"):
            continue
        break  # the subcommand: what follows is its own
    return found


def _register_location(text: str) -> Path | str:
    from assetmap.cli.registers import register_location

    return register_location(text)


def _parser(*, with_all_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assetmap",
        description=tr("Map what is strong in a neighbourhood: an offline register of community assets."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"AssetMap {__version__}",
        help=tr("show AssetMap's version and exit"),
    )
    parser.add_argument(
        "--register",
        type=_register_location,
        help=tr("open this register file (or a team register's server URL) instead of the default one"),
    )
    parser.add_argument(
        "--demo", action="store_true", help=tr("open the demo register, building it first if need be")
    )
    parser.add_argument(
        "--language",
        dest="ui_language",
        metavar="CODE",
        help=tr(
            "speak this language for this run, in the window and in a command's messages: en (English), "
            "ur (Urdu), pl (Polish); a document's own language is its command's --language"
        ),
    )
    parser.add_argument("-v", "--verbose", action="store_true", help=tr("log more detail"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo", help=tr("build the demo register from 4,211 real Greater Manchester assets")
    )
    demo.add_argument(
        "--register",
        type=Path,
        help=tr("where to write it (default: {path})").format(path=demo_register_path()),
    )
    demo.add_argument(
        "--force", action="store_true", help=tr("replace an existing demo register at that path")
    )
    from assetmap.cli.encryption import add_encryption_commands

    add_encryption_commands(commands)
    if with_all_commands:
        from assetmap.cli.bundles import add_bundle_commands
        from assetmap.cli.connections import add_connection_commands
        from assetmap.cli.exchange import add_io_commands
        from assetmap.cli.people import add_people_commands
        from assetmap.cli.reports import add_report_commands
        from assetmap.cli.selftest import add_selftest_command
        from assetmap.cli.server import add_server_commands
        from assetmap.cli.suggestions import add_suggestion_commands

        add_io_commands(commands)
        add_report_commands(commands)
        add_bundle_commands(commands)
        add_people_commands(commands)
        add_selftest_command(commands)
        add_suggestion_commands(commands)
        add_server_commands(commands)
        add_connection_commands(commands)
    return parser


def _configure_logging(verbose: bool) -> None:
    level = logging.DEBUG if verbose else logging.INFO
    root = logging.getLogger()
    root.setLevel(level)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    # A traceback goes to the log file only; the person gets one line saying where it is.
    console.addFilter(lambda record: record.exc_info is None)
    root.addHandler(console)
    try:
        paths.log_dir().mkdir(parents=True, exist_ok=True)
        to_file = logging.handlers.RotatingFileHandler(
            paths.log_dir() / "assetmap.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("No log file: %s", exc)
        return
    to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(to_file)


def _build_demo(target: Path, *, force: bool) -> int:
    from assetmap.cli.registers import locked
    from assetmap.demo import build_demo_register

    target = target.expanduser().resolve()
    # --force replaces a register (even a damaged one), never another program's file.
    with locked(target, refuse_damaged=False):
        if force and target.exists():
            for extra in ("", "-wal", "-shm"):
                Path(str(target) + extra).unlink(missing_ok=True)
        register = build_demo_register(target)
        count = register.count()
        register.close()
    # The self-test reads this line in English (it runs the command with LANGUAGE=en).
    print(tr("Built the demo register with {count} assets: {path}").format(count=f"{count:,}", path=target))
    return 0


def _unexpected(exc: BaseException) -> int:
    """One line for the person; the traceback goes to the log file."""
    log.error("Unexpected error in the command line", exc_info=exc)
    logfile = paths.log_dir() / "assetmap.log"
    if logfile.exists():
        message = tr(
            "assetmap: an unexpected problem stopped the command ({problem}); details were written to {path}."
        ).format(problem=type(exc).__name__, path=logfile)
    else:
        message = tr(
            "assetmap: an unexpected problem stopped the command ({problem}); no log file could be written."
        ).format(problem=type(exc).__name__)
    print(message, file=sys.stderr)
    return 3


REGISTER_SUFFIX = ".assetmap"
BUNDLE_SUFFIX = ".assetmap-bundle"


def file_manager_arguments(arguments: list[str]) -> tuple[list[str], Path | None]:
    """The arguments a file manager's double-click gives (``assetmap FILE``), as the options they mean.

    A register opens in the window (``--register FILE``); a bundle opens the usual register and offers to
    merge it. Returns the arguments to parse and the bundle, if one was opened.
    """
    if len(arguments) != 1 or arguments[0].startswith("-"):
        return arguments, None
    path = Path(arguments[0])
    if path.name.lower().endswith(BUNDLE_SUFFIX):
        return [], path
    if path.suffix.lower() == REGISTER_SUFFIX:
        return ["--register", arguments[0]], None
    return arguments, None


def _speak(override: str | None) -> None:
    """Messages in ``--language``, else the saved preference's language, else the system's; an unknown
    ``--language`` is refused plainly before anything else is done."""
    from assetmap.languages import chosen_language
    from assetmap.messages import set_language
    from assetmap.settings import load_preferences

    set_language(chosen_language(override, load_preferences().language))


def main(argv: Sequence[str] | None = None) -> int:
    arguments, bundle = file_manager_arguments(list(sys.argv[1:] if argv is None else argv))
    asked = _language_asked(arguments)
    try:
        # Before the parser is built: its descriptions and help speak the language too.
        _speak(asked)
    except AssetMapError as exc:
        print(f"assetmap: {exc}", file=sys.stderr)
        return 2
    from assetmap.cli.argparse_words import speak_through_messages

    speak_through_messages()
    args = _parser(with_all_commands=_wants_heavy_commands(arguments)).parse_args(arguments)
    _configure_logging(args.verbose)
    try:
        if args.ui_language != asked:
            _speak(args.ui_language)
        if args.command == "demo":
            return _build_demo(args.register or demo_register_path(), force=args.force)
        if args.command is not None:
            code = int(args.handler(args))
            if argv is None:  # the command's own process: Qt's goodbye goes to the log too
                from assetmap.cli.quiet import native_output_to_log_until_exit

                native_output_to_log_until_exit()
            return code
        register = args.register
        if isinstance(register, str):
            from assetmap.cli.registers import team_register_window

            return team_register_window(register)
        if args.demo:
            register = demo_register_path()
            if not register.exists():
                _build_demo(register, force=False)
        from assetmap.ui.app import run_app

        return run_app(register, merge_bundle=bundle, language=args.ui_language)
    except AssetMapError as exc:
        print(f"assetmap: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(tr("assetmap: stopped."), file=sys.stderr)
        return 130
    except Exception as exc:
        return _unexpected(exc)
