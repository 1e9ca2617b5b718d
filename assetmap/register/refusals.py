"""A server refusing what a login's role does not allow, said plainly: who, which role, what, whom to ask.

Row-level security and grants (see :mod:`assetmap.register.roles`) make the server refuse a read or a
write beyond a login's role with SQLSTATE 42501. :func:`watch_refusals` turns that error, wherever it
arises on a register's engine, into a ``RoleRefusedError`` whose message a person can act on.
"""

from __future__ import annotations

import re
from typing import Protocol

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from assetmap.errors import AssetMapError
from assetmap.messages import tr

_INSUFFICIENT_PRIVILEGE = "42501"
_TABLE = re.compile(r'(?:for table|for relation|policy for table) "?([A-Za-z_][A-Za-z0-9_]*)"?')
# What each table holds, as a person would name it.
_HOLDS = {
    "assets": "these assets",
    "asset_history": "the history of these assets",
    "people": "people's records",
    "person_keys": "people's records",
    "person_history": "people's records",
    "person_links": "who runs or belongs to what",
    "consent_events": "people's consent",
    "erasures": "the list of erased people",
    "audit_log": "the audit trail",
    "categories": "the categories",
    "subcategories": "the subcategories",
    "register_meta": "the register's settings",
    "ward_boundaries": "the ward boundaries",
    "bundle_exports": "the list of bundles written",
    "saved_views": "the saved views",
    "suggestions": "the suggestions from meetings",
}
_DOING = {
    "SELECT": "read",
    "INSERT": "add to",
    "UPDATE": "change",
    "DELETE": "remove from",
    "TRUNCATE": "empty",
}


_LOCKING = re.compile(r"\bFOR\s+(NO\s+KEY\s+)?UPDATE\b", re.I)


class RegisterLike(Protocol):
    """What :func:`use_login` needs of a register (``assetmap.register.store.Register``)."""

    user: str

    @property
    def engine(self) -> Engine: ...


class RoleRefusedError(AssetMapError):
    """The server refused a read or write that the login's role does not allow; nothing was changed."""

    def __init__(self, message: str, table: str | None) -> None:
        super().__init__(message)
        self.table = table


def refusal(
    engine: Engine, role: str | None, statement: str | None, exc: BaseException
) -> RoleRefusedError | None:
    """The plain error for the server's refusal ``exc``, or ``None`` if it is not one."""
    if getattr(exc, "sqlstate", None) != _INSUFFICIENT_PRIVILEGE:
        return None
    said = str(exc).splitlines()[0] if str(exc) else ""
    found = _TABLE.search(said)
    table = found.group(1) if found else None
    verb = (statement or "").lstrip().split(" ", 1)[0].upper()
    if verb == "SELECT" and _LOCKING.search(statement or ""):
        verb = "UPDATE"  # a write reads its row with a lock first: that read is the change refused
    what = _holds(table or "")
    if "row-level security" in said:
        action = tr("make a change that would put {what} out of their reach").format(what=what)
    else:
        action = _action(verb, what)
    url = engine.url
    login = url.username or tr("this login")
    if role:
        message = tr(
            "The server refused: {login} is a {role} in the register {database} on {server}, and may not "
            "{action}. Nothing was changed. Ask a coordinator of the team if you need this."
        ).format(login=login, role=_role_name(role), database=url.database, server=url.host, action=action)
    else:
        message = tr(
            "The server refused: {login} is a user without a role in the register {database} on {server}, "
            "and may not {action}. Nothing was changed. Ask a coordinator of the team if you need this."
        ).format(login=login, database=url.database, server=url.host, action=action)
    return RoleRefusedError(message, table)


def _holds(table: str) -> str:
    """What ``table`` holds, as a person would name it, in the language spoken now (English: ``_HOLDS``)."""
    names = {
        "assets": tr("these assets"),
        "asset_history": tr("the history of these assets"),
        "people": tr("people's records"),
        "person_keys": tr("people's records"),
        "person_history": tr("people's records"),
        "person_links": tr("who runs or belongs to what"),
        "consent_events": tr("people's consent"),
        "erasures": tr("the list of erased people"),
        "audit_log": tr("the audit trail"),
        "categories": tr("the categories"),
        "subcategories": tr("the subcategories"),
        "register_meta": tr("the register's settings"),
        "ward_boundaries": tr("the ward boundaries"),
        "bundle_exports": tr("the list of bundles written"),
        "saved_views": tr("the saved views"),
        "suggestions": tr("the suggestions from meetings"),
    }
    return names.get(table, tr("this"))


def _action(verb: str, what: str) -> str:
    """What the login may not do (``_DOING``'s verb with what the table holds), as one phrase."""
    actions = {
        "SELECT": tr("read {what}"),
        "INSERT": tr("add to {what}"),
        "UPDATE": tr("change {what}"),
        "DELETE": tr("remove from {what}"),
        "TRUNCATE": tr("empty {what}"),
    }
    return actions.get(verb, tr("do this with {what}")).format(what=what)


def _role_name(role: str) -> str:
    names = {"coordinator": tr("coordinator"), "worker": tr("worker"), "viewer": tr("viewer")}
    return names.get(role, role)


def watch_refusals(engine: Engine, role: str | None) -> None:
    """Raise ``RoleRefusedError`` in place of the server's refusals on ``engine`` (``role``: the login's)."""

    @event.listens_for(engine, "handle_error")
    def _plainly(context: ExceptionContext) -> None:
        plain = refusal(engine, role, context.statement, context.original_exception)
        if plain is not None:
            raise plain from context.original_exception


def use_login(register: RegisterLike) -> str | None:
    """Make a register opened on a server act as its login: the audit trail's user is the login
    (``session_user``), not a typed name, and refusals are said plainly. Returns the login's role.

    The server's administrator (a superuser, who sets the server up and moves a laptop's register onto
    it) is no member of the team: their writes keep the name they give, as the trail's trigger does.
    """
    from sqlalchemy import text

    from assetmap.register.team_users import role_of

    with register.engine.connect() as conn:
        login, superuser = conn.execute(
            text("SELECT session_user, rolsuper FROM pg_roles WHERE rolname = session_user")
        ).one()
        role = role_of(conn)
    if not superuser:
        register.user = str(login)
    watch_refusals(register.engine, role)
    return role
