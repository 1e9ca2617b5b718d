"""Writes the "Team register: offline copies" section of docs/performance.md, one block per benchmark."""

from __future__ import annotations

from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
HEADING = "## Team register: offline copies and the map from the server"
TABLE_HEAD = "| Measurement | Result | Target | Pass/miss | Samples |\n|---|---|---|---|---|"


def replace_rows(key: str, rows: list[str], note: str) -> None:
    """Put ``rows`` (a table) and ``note`` between the ``offline-<key>`` markers, adding them if need be."""
    start, end = f"<!-- offline-{key}:start -->", f"<!-- offline-{key}:end -->"
    block = "\n".join([start, note, "", TABLE_HEAD, *rows, end])
    text = DOC.read_text(encoding="utf-8")
    if start in text and end in text:
        before, rest = text.split(start, 1)
        _old, after = rest.split(end, 1)
        text = before + block + after
    elif HEADING in text:
        head, after = text.split(HEADING, 1)
        text = head + HEADING + "\n\n" + block + "\n" + after
    else:
        text = text.rstrip("\n") + "\n\n" + HEADING + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")
