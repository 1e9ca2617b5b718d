"""What encryption at rest costs: opening, reading every asset and importing, plain against SQLCipher.

Run with ``python -m bench.encryption`` (``--runs N``, median reported); ``--doc`` writes the figures to the
"Encrypted registers" section of docs/performance.md (between its ``encryption`` markers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.io import _write_csv
from bench.synthetic import synthetic_records

PASSPHRASE = "bench passphrase for timing"


def _median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _import(path: Path, source: Path, passphrase: str | None, wards: object) -> float:
    """Seconds to import ``source`` into a new register at ``path`` the way the wizard does."""
    from assetmap.io.importer import commit_import
    from assetmap.io.mapping import guess_mapping
    from assetmap.io.preview import build_preview
    from assetmap.io.source import open_source
    from assetmap.register import Register

    with Register.open(path, ward_index=wards, passphrase=passphrase) as register:  # type: ignore[arg-type]
        start = time.perf_counter()
        table = open_source(source)
        preview = build_preview(table, guess_mapping(table, register.categories()), register)
        summary = commit_import(register, preview)
        elapsed = time.perf_counter() - start
        assert summary.added == len(table), summary.text()
    return elapsed


def measure(n: int, runs: int) -> dict[str, dict[str, float]]:
    from assetmap.geo.wards import WardIndex
    from assetmap.register import Register
    from assetmap.register.encryption import encrypt_register

    wards = WardIndex.for_gm()
    figures: dict[str, dict[str, float]] = {"plain": {}, "encrypted": {}}
    with tempfile.TemporaryDirectory(prefix="assetmap-bench-cipher-") as folder:
        os.environ["ASSETMAP_HOME"] = str(Path(folder) / "home")
        base = Path(folder)
        records = synthetic_records(n)
        plain = base / "plain.assetmap"
        with Register.open(plain, ward_index=wards) as register:
            register.add_assets(records)
        encrypted = base / "encrypted.assetmap"
        shutil.copy(plain, encrypted)
        start = time.perf_counter()
        encrypt_register(encrypted, PASSPHRASE)
        encrypt_seconds = time.perf_counter() - start
        source = base / "rows.csv"
        _write_csv(source, records)
        for label, path, passphrase in (("plain", plain, None), ("encrypted", encrypted, PASSPHRASE)):
            figures[label]["open"] = _median_time(
                lambda path=path, passphrase=passphrase: Register.open(
                    path, ward_index=wards, passphrase=passphrase
                ).close(),
                runs,
            )
            with Register.open(path, ward_index=wards, passphrase=passphrase) as register:
                assert len(register.assets()) == n
                figures[label]["read"] = _median_time(register.assets, runs)
                figures[label]["count"] = _median_time(register.count, runs)
            figures[label]["import"] = statistics.median(
                _import(base / f"import-{label}-{run}.assetmap", source, passphrase, wards)
                for run in range(max(1, runs // 2 + 1))
            )
            figures[label]["size"] = path.stat().st_size / 1e6
        figures["encrypted"]["encrypt"] = encrypt_seconds
    return figures


DOC = Path(__file__).resolve().parents[1] / "docs" / "performance.md"
MARK_START = "<!-- encryption:start -->"
MARK_END = "<!-- encryption:end -->"

SECTION = """
## Encrypted registers

`python -m bench.encryption --doc`, {when} ({cores} cores, shared machine, 1-minute load {load:.2f};
SQLCipher {cipher}, `synchronous=FULL`, WAL). One register of {n} synthetic assets, plain and encrypted
(`assetmap.register.encryption.encrypt_register` on a copy). Median of {runs} in one process, the OS file
cache warm. Reading every asset is what the map and the table draw from (the map-ready read); the small
read opens a connection of its own, as every read does; the import goes into a new, empty register.

| | plain | encrypted | cost |
|---|---:|---:|---:|
| Open (`Register.open`, checks, `close`) | {plain[open]:.3f} s | {encrypted[open]:.3f} s | {d_open:+.3f} s |
| Read every asset (`register.assets()`) | {plain[read]:.3f} s | {encrypted[read]:.3f} s | ×{r_read:.2f} |
| One small read (`register.count()`) | {plain[count]:.4f} s | {encrypted[count]:.4f} s | {d_count:+.4f} s |
| Import {n} CSV rows (wizard path) | {plain[import]:.2f} s | {encrypted[import]:.2f} s | ×{r_import:.2f} |
| File size | {plain[size]:.1f} MB | {encrypted[size]:.1f} MB | |

Encrypting the {n}-asset register in place (export, check, swap, overwrite the plain file) took
{encrypted[encrypt]:.2f} s.

SQLCipher turns the passphrase into a key with PBKDF2-HMAC-SHA512 (256,000 rounds), about 0.1 s. A register
opens a connection for every read and write, so AssetMap derives the key once when the register is opened and
gives each connection the raw key: only the opening pays for the derivation (most of "Open" above); each
page read or written then costs an AES-256 decryption or encryption and an HMAC check.
"""


def write_section(figures: dict[str, dict[str, float]], n: int, runs: int) -> str:
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    plain, encrypted = figures["plain"], figures["encrypted"]
    section = SECTION.format(
        when=dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        cores=len(os.sched_getaffinity(0)),
        load=os.getloadavg()[0],
        cipher=cipher,
        n=f"{n:,}",
        runs=runs,
        plain=plain,
        encrypted=encrypted,
        d_open=encrypted["open"] - plain["open"],
        r_read=encrypted["read"] / plain["read"],
        d_count=encrypted["count"] - plain["count"],
        r_import=encrypted["import"] / plain["import"],
    )
    text = DOC.read_text(encoding="utf-8")
    block = f"{MARK_START}\n{section.strip()}\n{MARK_END}"
    marked = re.compile(rf"{re.escape(MARK_START)}.*?{re.escape(MARK_END)}", re.S)
    text = (
        marked.sub(lambda _m: block, text, count=1)
        if marked.search(text)
        else f"{text.rstrip()}\n\n{block}\n"
    )
    DOC.write_text(text, encoding="utf-8")
    return section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--doc", action="store_true", help="write the figures to docs/performance.md")
    args = parser.parse_args()
    figures = measure(args.rows, args.runs)
    for label, values in figures.items():
        print(label, {k: round(v, 4) for k, v in values.items()})
    if args.doc:
        print(write_section(figures, args.rows, args.runs))


if __name__ == "__main__":
    main()
