"""Reading a tagged PDF back: its structure tree (pikepdf), its PDF/UA check (pdfua) and its text."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pikepdf

_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


@dataclass(frozen=True)
class Element:
    tag: str
    alt: str | None
    lang: str | None
    bbox: tuple[float, ...] | None  # the layout attribute's box, in points, where the element has one


@dataclass(frozen=True)
class Structure:
    lang: str | None
    title: str | None
    display_doc_title: bool
    elements: list[Element]

    def tags(self) -> list[str]:
        return [e.tag for e in self.elements]

    def figures(self) -> list[Element]:
        return [e for e in self.elements if e.tag == "Figure"]


def _bbox(node: pikepdf.Dictionary) -> tuple[float, ...] | None:
    attributes = node.get("/A")
    if attributes is None:
        return None
    for attribute in list(attributes) if isinstance(attributes, pikepdf.Array) else [attributes]:
        if isinstance(attribute, pikepdf.Dictionary) and "/BBox" in attribute:
            return tuple(float(v) for v in attribute.BBox)
    return None


def structure(path: Path) -> Structure:
    """The document's language, title, DisplayDocTitle and every structure element in reading order."""
    elements: list[Element] = []
    with pikepdf.open(path) as pdf:
        root = pdf.Root

        def walk(node: object) -> None:
            if isinstance(node, pikepdf.Array):
                for child in node:
                    walk(child)
                return
            if not isinstance(node, pikepdf.Dictionary):
                return
            tag = node.get("/S")
            if tag is not None:
                alt = node.get("/Alt")
                lang = node.get("/Lang")
                elements.append(
                    Element(
                        str(tag)[1:],
                        None if alt is None else str(alt),
                        None if lang is None else str(lang),
                        _bbox(node),
                    )
                )
            kids = node.get("/K")
            if kids is not None:
                walk(kids)

        assert "/StructTreeRoot" in root, "the PDF is not tagged"
        walk(root.StructTreeRoot.get("/K"))
        preferences = root.get("/ViewerPreferences") or {}
        title = pdf.open_metadata().get("dc:title")
        return Structure(
            None if root.get("/Lang") is None else str(root.Lang),
            title,
            bool(preferences.get("/DisplayDocTitle", False)),
            elements,
        )


def pdfua_errors(path: Path) -> tuple[int, str]:
    """The number of errors ``python -m pdfua check`` finds, and its report."""
    result = subprocess.run(
        [sys.executable, "-m", "pdfua", "check", str(path)], capture_output=True, text=True, timeout=120
    )
    found = re.search(r"errors=(\d+)", result.stdout)
    assert found, result.stdout + result.stderr
    return int(found.group(1)), result.stdout


def poppler_text(path: Path) -> str:
    """The text as poppler's pdftotext reads it (in logical order, right-to-left runs too)."""
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8").translate(_BIDI_CONTROLS)


def assert_accessible(path: Path, *, lang: str, title: str, tables: bool = False) -> Structure:
    """The checks every AssetMap document passes: PDF/UA-1 (the machine-checkable part), a heading,
    every figure with alternative text, table headers where there are tables, language and title."""
    errors, report = pdfua_errors(path)
    assert errors == 0, report
    found = structure(path)
    assert found.lang == lang
    assert found.title == title
    assert found.display_doc_title
    assert "H1" in found.tags()
    assert found.figures() or tables
    for figure in found.figures():
        assert figure.alt and figure.alt.strip(), "a figure without alternative text"
    if tables:
        assert "Table" in found.tags() and "TH" in found.tags()
    return found
