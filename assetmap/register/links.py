"""Web and email addresses: the one rule for which links AssetMap keeps (form, imports, bundles, exports).

Only ``http`` and ``https`` addresses (in any letter case) are kept. Anything else that a browser or
viewer would follow (``javascript:``, ``data:``, ``vbscript:``, ``file:``...) is not a web address. An
address typed without a scheme (``example.org/events``) stands for ``http://example.org/events``.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from assetmap.errors import quoted
from assetmap.messages import tr, tr_noop

WEB_SCHEMES = ("http", "https")
# An email address as the form and the bulk checks take one (a link to it is a ``mailto:``).
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
WEB_ADDRESS_HINT = tr_noop(
    "Give a web page's address, such as https://example.org or example.org; "
    "only http:// and https:// addresses are kept."
)

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_LABEL = r"[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]{0,61}[A-Za-z0-9\u00a1-\uffff])?"
# A host name with a dot in it, an optional port, then an optional path, query or fragment.
_BARE = re.compile(rf"^(?:{_LABEL}\.)+{_LABEL}\.?(?::\d{{1,5}})?(?:[/?#].*)?$")
_HOST = re.compile(rf"^(?:(?:{_LABEL}\.)*{_LABEL}\.?|\[[0-9A-Fa-f:.]+\])$")
# What each part of a URI may hold as it is (RFC 3986): sub-delimiters, ":" and "@" in a path segment,
# "/" and "?" besides in the query and fragment; "%" only before two hex digits. The rest is escaped.
_SUB_DELIMS = "!$&'()*+,;="
_PCHAR = _SUB_DELIMS + ":@-._~%"
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")


def web_address(text: str | None) -> str | None:
    """The absolute ``http``/``https`` address ``text`` stands for, or ``None`` when it is none.

    Parameters
    ----------
    text
        A website as a person typed it or a file gave it.

    Returns
    -------
    str or None
        The address with its scheme in lower case (``http://`` added to a bare host name), and any
        character a URI cannot hold percent-encoded; ``None`` for blank text and for anything that
        is not an ``http`` or ``https`` address with a host (``javascript:x``, ``JAVASCRIPT://%0A``,
        ``mailto:``, ``http:evil``, text with spaces or control characters).
    """
    checked = _checked(text)
    if checked is None:
        return None
    scheme, after = checked
    cut = min([after.index(c) for c in "/?#" if c in after], default=len(after))
    userinfo, at, hostport = after[:cut].rpartition("@")
    netloc = _escape(userinfo, _SUB_DELIMS + ":-._~%") + at + _escape(hostport, _SUB_DELIMS + ":[]-._~%")
    tail, hash_, fragment = after[cut:].partition("#")
    path, question, query = tail.partition("?")
    return (
        scheme
        + "://"
        + netloc
        + _escape(path, _PCHAR + "/")
        + question
        + _escape(query, _PCHAR + "/?")
        + hash_
        + _escape(fragment, _PCHAR + "/?")
    )


def _escape(part: str, safe: str) -> str:
    return _PERCENT.sub("%25", quote(part, safe=safe))


def is_web_address(text: str | None) -> bool:
    """Whether ``text`` is blank or an address :func:`web_address` keeps."""
    return not (text or "").strip() or _checked(text) is not None


def _checked(text: str | None) -> tuple[str, str] | None:
    """The scheme (lower case) and what follows its ``//`` when ``text`` is a web address, else ``None``."""
    text = (text or "").strip()
    if not text or _SPACE_OR_CONTROL.search(text):
        return None
    scheme = _SCHEME.match(text)
    if scheme is None or (scheme.group(1).lower() not in WEB_SCHEMES and _BARE.match(text)):
        if not _BARE.match(text):
            return None
        text = "http://" + text
    elif scheme.group(1).lower() not in WEB_SCHEMES:
        return None
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    has_host = text[len(parts.scheme) + 1 :].startswith("//") and _HOST.match(parts.hostname or "")
    if not has_host or port == 0:
        return None
    return parts.scheme.lower(), text[len(parts.scheme) + 3 :]


def email_address(text: str | None) -> str | None:
    """``text`` stripped when it is an email address (a ``mailto:`` before it taken off), else ``None``."""
    text = (text or "").strip()
    if text[:7].lower() == "mailto:":
        text = text[7:]
    return text if EMAIL.match(text) else None


def not_a_web_address(text: str) -> str:
    """The message for a website that is not a web address, fit to show a person."""
    return tr(
        "Website {website} is not a web address. Give a web page's address, such as https://example.org or "
        "example.org; only http:// and https:// addresses are kept."
    ).format(website=quoted(text.strip()))
