"""The Jinja2 environment for report templates: trusted files only, autoescape always on.

Text from a register (names, addresses, prepared-by) only ever enters as context variables, which are
escaped; it is never template source, so ``{{ ... }}`` in a name is printed, not evaluated.
"""

from __future__ import annotations

import functools

from jinja2 import Environment, PackageLoader, StrictUndefined

from assetmap.reports.selection import CATEGORY_COLOURS


@functools.cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("assetmap.reports", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["category_colour"] = lambda code: CATEGORY_COLOURS.get(code, "#777777")
    return env


def render(template: str, **context: object) -> str:
    """Render one of the bundled templates with the given context."""
    return environment().get_template(template).render(**context)
