"""What row-level security costs a team register: reading every asset and one edit, logged in as each role.

Run with ``python -m bench.roles`` (``--assets N``, ``--runs N``, median reported); ``--doc`` writes the
figures to the "Roles on a server" section of docs/performance.md (between its ``roles`` markers). The
server is a throwaway PostgreSQL with PostGIS started by ``tests/pgcluster.py`` on this machine. The
server's administrator (a superuser) is not held to row-level security, so it is the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import statistics
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from bench.synthetic import synthetic_records

PASSWORD = "a benchmark's long password"
VISIBILITIES = ("public", "partners", "private")


def _seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(n: int, runs: int) -> tuple[dict[str, dict[str, float]], dict[str, int]]:
    """Median seconds per role for reading every asset and for one edit, and how many assets each sees."""
    from sqlalchemy import create_engine

    from assetmap.geo.wards import WardIndex
    from assetmap.register import Register, team_users
    from tests.pgcluster import start_cluster

    wards = WardIndex.for_gm()
    records = synthetic_records(n)
    for i, record in enumerate(records):
        record["visibility"] = VISIBILITIES[i % 3]
    cluster = start_cluster()
    try:
        database = cluster.new_database("roles")
        admin_url = cluster.url(database)
        with Register.open(admin_url, ward_index=wards) as register:
            register.add_assets(records)
        logins = {"coordinator": f"{database}_cora", "worker": f"{database}_wes", "viewer": f"{database}_vic"}
        admin = create_engine(admin_url)
        for role, login in logins.items():
            team_users.add_user(admin, login, role, PASSWORD)
        admin.dispose()
        urls = {"administrator (no row-level security)": admin_url} | {
            role: cluster.url(database, user=login, password=PASSWORD) for role, login in logins.items()
        }
        samples: dict[str, dict[str, list[float]]] = {label: {} for label in urls}
        seen: dict[str, int] = {}
        for run in range(runs):
            order = list(urls) if run % 2 == 0 else list(reversed(urls))
            for label in order:
                with Register.open(urls[label], ward_index=wards) as register:
                    assets = register.assets()
                    seen[label] = len(assets)
                    samples[label].setdefault("read", []).append(_seconds(register.assets))
                    if label != "viewer":
                        public = next(a for a in assets[run:] if a.visibility == "public")
                        samples[label].setdefault("edit", []).append(
                            _seconds(
                                lambda r=register, a=public.id, i=run: r.update_asset(
                                    a, cost=("free", "low")[i % 2]
                                )
                            )
                        )
    finally:
        cluster.stop()
    figures = {
        label: {name: statistics.median(values) for name, values in taken.items()}
        for label, taken in samples.items()
    }
    return figures, seen


DOC = Path(__file__).resolve().parents[1] / "docs" / "performance.md"
MARK_START = "<!-- roles:start -->"
MARK_END = "<!-- roles:end -->"


def write_section(figures: dict[str, dict[str, float]], seen: dict[str, int], n: int, runs: int) -> str:
    base = figures["administrator (no row-level security)"]
    rows = []
    for label, values in figures.items():
        edit = f"{values['edit']:.4f} s" if "edit" in values else "refused"
        ratio = values["read"] / base["read"]
        rows.append(f"| {label} | {seen[label]:,} | {values['read']:.3f} s (×{ratio:.2f}) | {edit} |")
    section = (
        "\n## Roles on a server\n\n"
        f"`python -m bench.roles --doc`, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M UTC} "
        f"({os.cpu_count()} cores, shared machine, 1-minute load {os.getloadavg()[0]:.2f}). "
        f"One team register of {n:,} synthetic "
        "assets (a third each public, partners and private, all private ones the administrator's) on a "
        "throwaway PostgreSQL 15 with PostGIS on the same machine, read through `Register.open` logged in as "
        f"each role; median of {runs}. The administrator is a superuser, whom row-level security does not "
        "hold: the baseline. The edit is one `update_asset` of a public asset.\n\n"
        "| Logged in as | Assets seen | Read every asset (`register.assets()`) | One edit |\n"
        "|---|---:|---:|---:|\n" + "\n".join(rows) + "\n"
    )
    heading, paragraph, table = section.split("\n\n", 2)
    paragraph = textwrap.fill(paragraph, 110, break_on_hyphens=False, break_long_words=False)
    section = f"{heading}\n\n{paragraph}\n\n{table}"
    text = DOC.read_text(encoding="utf-8")
    block = f"{MARK_START}{section}{MARK_END}"
    if MARK_START in text:
        text = re.sub(
            re.escape(MARK_START) + r".*?" + re.escape(MARK_END), lambda _m: block, text, flags=re.S
        )
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")
    return section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--doc", action="store_true", help="write the figures to docs/performance.md")
    args = parser.parse_args()
    figures, seen = measure(args.assets, args.runs)
    for label, values in figures.items():
        print(label, seen[label], {name: round(value, 4) for name, value in values.items()})
    if args.doc:
        print(write_section(figures, seen, args.assets, args.runs))


if __name__ == "__main__":
    main()
