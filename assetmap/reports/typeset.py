"""Typesetting reports as tagged PDF/UA-1 with Typst, without Qt.

A report is a Typst template under ``reports/templates/`` and its data: everything the template shows
is read from ``data.json`` (and files beside it, such as the maps' SVG), never spliced into markup, so
that text typed by people (``#``, ``[``, ``$`` and ``@`` are code in Typst markup) is always text.
Every PDF is PDF/UA-1: a structure tree with headings, reading order, table headers, alternative text
and the document's language and title. The fonts are AssetMap's own (``resources/fonts``, Noto, OFL)
and Typst's embedded ones; the system's fonts are not used, so a report looks the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Final

import typst

from assetmap import paths
from assetmap.errors import AssetMapError

TEMPLATE_PACKAGE = "assetmap.reports"
TEMPLATE_FOLDER = "templates"
PDF_STANDARD: Final = "ua-1"


class TypesetError(AssetMapError):
    """A report could not be typeset (a fault in a template, not in the register's data)."""


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


@cache
def _fonts() -> typst.Fonts:
    # Scanned once per process: AssetMap's fonts and Typst's embedded ones, never the system's.
    return typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=[str(fonts_dir())])


def _templates() -> Path:
    return Path(str(importlib_resources.files(TEMPLATE_PACKAGE) / TEMPLATE_FOLDER))


def typeset(
    template: str,
    data: Mapping[str, object],
    *,
    files: Mapping[str, bytes | str] | None = None,
    moment: dt.datetime | None = None,
) -> bytes:
    """Typeset ``templates/<template>`` with ``data`` (read by the template as ``json("data.json")``).

    ``files`` are written beside it (name → bytes or text), for the template to read: the maps' and
    charts' SVG, photos. ``moment`` is the creation time written in the PDF. Returns the PDF's bytes.
    """
    timestamp = (moment or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    pdf = _compile(
        template,
        data,
        files,
        lambda compiler, source: compiler.compile(
            input=source, format="pdf", pdf_standards=[PDF_STANDARD], timestamp=timestamp
        ),
    )
    assert isinstance(pdf, bytes)
    return pdf


def rasterise(
    template: str,
    data: Mapping[str, object],
    *,
    files: Mapping[str, bytes | str] | None = None,
    dpi: int = 200,
) -> list[bytes]:
    """Typeset ``templates/<template>`` as :func:`typeset` does, as one PNG image per page at ``dpi``."""
    pages = _compile(
        template, data, files, lambda compiler, source: compiler.compile(input=source, format="png", ppi=dpi)
    )
    return [pages] if isinstance(pages, bytes) else list(pages or [])


def _compile(
    template: str,
    data: Mapping[str, object],
    files: Mapping[str, bytes | str] | None,
    run: Callable[[typst.Compiler, str], bytes | list[bytes] | None],
) -> bytes | list[bytes] | None:
    """Write the templates, ``data.json`` and ``files`` to a folder of their own and ``run`` Typst there."""
    with tempfile.TemporaryDirectory(prefix="assetmap-typeset-") as folder:
        root = Path(folder)
        for source in _templates().glob("*.typ"):
            (root / source.name).write_bytes(source.read_bytes())
        (root / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        for name, content in (files or {}).items():
            target = root / name
            if target.resolve().parent != root.resolve():
                raise TypesetError(f"A report file must sit beside its template, not at {name!r}.")
            if isinstance(content, str):
                target.write_text(content, encoding="utf-8")
            else:
                target.write_bytes(content)
        compiler = typst.Compiler(root=str(root), font_paths=_fonts(), ignore_system_fonts=True)
        try:
            return run(compiler, str(root / template))
        except typst.TypstError as exc:
            raise TypesetError(f"The report template {template} could not be typeset: {exc.message}") from exc
