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
from collections.abc import Mapping
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
            pdf = compiler.compile(
                input=str(root / template),
                format="pdf",
                pdf_standards=[PDF_STANDARD],
                timestamp=(moment or dt.datetime.now(dt.UTC)).replace(microsecond=0),
            )
        except typst.TypstError as exc:
            raise TypesetError(f"The report template {template} could not be typeset: {exc.message}") from exc
    assert isinstance(pdf, bytes)
    return pdf
