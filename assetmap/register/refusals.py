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
    doing = _DOING.get(verb, "do this with")
    what = _HOLDS.get(table or "", "this")
    if "row-level security" in said:
        doing, what = "make", f"a change that would put {what} out of their reach"
    url = engine.url
    login = url.username or "this login"
    as_role = f"a {role}" if role else "a user without a role"
    return RoleRefusedError(
        f"The server refused: {login} is {as_role} in the register {url.database} on {url.host}, and may not "
        f"{doing} {what}. Nothing was changed. Ask a coordinator of the team if you need this.",
        table,
    )


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
