"""Writing a benchmark's figures into docs/performance.md, between that benchmark's own markers."""

from __future__ import annotations

from pathlib import Path

PERFORMANCE = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def write_section(section: str, start: str, end: str, doc: Path = PERFORMANCE) -> None:
    """Replace only the text from ``start`` to ``end`` (``section`` includes both markers); a section
    not yet in the file is added at its end."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Performance\n"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        text = head + section + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8")
