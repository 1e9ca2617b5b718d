"""What the core says to a person (its errors, warnings and the command line's own messages), in the
language AssetMap speaks to them.

Every such message is written in English and passed through :func:`tr` (or :func:`tr_n` for a count),
with its values as ``{name}`` placeholders filled in *after* translating::

    raise RegisterError(path, tr("The register {path} cannot be read.").format(path=path))

A message kept in a constant is marked with :func:`tr_noop` and passed through :func:`tr` where it is
shown. The translations are gettext catalogues, ``resources/i18n/messages/<code>.po``, read with Babel
(as the reports' are); ``installer/translations.py messages`` extracts ``messages.pot`` from the sources.

The language is the process's: the window sets it to its own when it starts
(``assetmap.ui.i18n.install_language``), and the command line to
``assetmap.languages.chosen_language``: ``--language``, else the saved preference, else the
system's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``) if AssetMap ships it, else English. A
report's own words follow the report's language instead (:mod:`assetmap.reports.words`).
"""

from __future__ import annotations

import gettext
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assetmap import paths

log = logging.getLogger(__name__)

# The code of the language spoken now. This module knows languages only by their codes, and imports
# nothing of AssetMap's but its paths, so that assetmap.errors (which every module imports,
# assetmap.languages included) can use it; assetmap.languages chooses and checks the language.
_lock = threading.Lock()
_current = "en"


def messages_dir() -> Path:
    """Where the messages' catalogues are: ``messages.pot`` and ``<code>.po``."""
    return paths.resources_dir() / "i18n" / "messages"


def catalogue_path(code: str) -> Path:
    return messages_dir() / f"{code}.po"


@dataclass(frozen=True)
class _Catalogue:
    singular: dict[str, str]
    plural: dict[str, tuple[str, ...]]
    plural_index: Callable[[int], int]


@cache
def _catalogue(code: str) -> _Catalogue | None:
    path = catalogue_path(code)
    if not path.exists():
        log.warning("No catalogue of messages at %s: messages stay in English", path)
        return None
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=code)
    singular: dict[str, str] = {}
    plural: dict[str, tuple[str, ...]] = {}
    for message in catalogue:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, (tuple, list)):
            forms = tuple(str(form) for form in message.string or ())
            if forms and all(forms):
                plural[str(message.id[0])] = forms
        elif message.string:
            singular[str(message.id)] = str(message.string)
    return _Catalogue(singular, plural, gettext.c2py(catalogue.plural_expr))


def set_language(lang: object) -> str:
    """Speak ``lang`` from now on: a :class:`assetmap.languages.Language` or its code (``None`` or ``""``
    is English). Choose it with :mod:`assetmap.languages`, which refuses an unknown code plainly; returns
    the code."""
    global _current
    code = str(getattr(lang, "code", lang) or "en")
    with _lock:
        _current = code
    return code


def current_code() -> str:
    """The code of the language the core's messages are in now."""
    return _current


def tr(message: str) -> str:
    """``message`` in the current language (English, or a message not yet translated, passes through)."""
    code = _current
    if code == "en":
        return message
    catalogue = _catalogue(code)
    if catalogue is None:
        return message
    return catalogue.singular.get(message, message)


def tr_n(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count`` (``"{n} asset"``, ``"{n} assets"``) in the current language.

    The count is not filled in: the message is still a template (``.format(n=count)``).
    """
    code = _current
    english = singular if count == 1 else plural
    if code == "en":
        return english
    catalogue = _catalogue(code)
    if catalogue is None:
        return english
    forms = catalogue.plural.get(singular)
    if not forms:
        return english
    index = catalogue.plural_index(abs(int(count)))
    return forms[min(index, len(forms) - 1)]


def tr_noop(message: str) -> str:
    """Marks ``message`` for the catalogue where it is defined; :func:`tr` translates it where shown."""
    return message
