"""argparse's own words ("usage:", "options", its errors) in the language AssetMap speaks.

argparse writes these through its module's ``_`` and ``ngettext`` (gettext's, bound when it is imported),
and Python ships no catalogue for them. :func:`speak_through_messages` points both at the core's
catalogue, which holds each of the words listed here; a word not listed passes through in English.
"""

from __future__ import annotations

import argparse

from assetmap.messages import tr, tr_n, tr_noop

# Every word argparse can show a person, as Python 3.11 to 3.13 write them (for the catalogue).
WORDS = (
    tr_noop("usage: "),
    tr_noop("positional arguments"),
    tr_noop("options"),
    tr_noop("show this help message and exit"),
    tr_noop("argument %(argument_name)s: %(message)s"),
    tr_noop("%(prog)s: error: %(message)s\n"),
    tr_noop("unrecognized arguments: %s"),
    tr_noop("the following arguments are required: %s"),
    tr_noop("one of the arguments %s is required"),
    tr_noop("not allowed with argument %s"),
    tr_noop("ignored explicit argument %r"),
    tr_noop("expected one argument"),
    tr_noop("expected at most one argument"),
    tr_noop("expected at least one argument"),
    tr_noop("ambiguous option: %(option)s could match %(matches)s"),
    tr_noop("invalid %(type)s value: %(value)r"),
    tr_noop("invalid choice: %(value)r (choose from %(choices)s)"),
    tr_noop("unknown parser %(parser_name)r (choices: %(choices)s)"),
    tr_noop("can't open '%(filename)s': %(error)s"),
    tr_noop("unexpected option string: %s"),
)


def _gettext(message: str | None) -> str | None:
    # argparse also passes a subparsers group's title and description, which may be None.
    return tr(message) if message else message


def _ngettext(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        return tr_n("expected %s argument", "expected %s arguments", count)
    return singular if count == 1 else plural


def speak_through_messages() -> None:
    """From now on argparse's words follow :func:`assetmap.messages.set_language`."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
