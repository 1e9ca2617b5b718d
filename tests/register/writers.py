"""Child processes for the register tests: writers sharing one file, and a process holding its lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import traceback
from collections import Counter
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from pathlib import Path

from assetmap.register import Register

BATCH_SIZE = 200


def write_edits(path: str, label: str, edits: int, start: Event, report: Connection) -> None:
    """Make ``edits`` edits, one transaction each, and report how many went in and every error seen.

    Waits for ``start`` so that both writers begin together.
    """
    errors: Counter[str] = Counter()
    done = 0
    try:
        with Register.open(Path(path)) as register:
            register.ward_index  # noqa: B018 - load the wards before the race starts
            report.send("ready")
            start.wait()
            latest = None
            for i in range(edits):
                try:
                    # Adds alternate with updates, which read before they write: the case where a
                    # deferred BEGIN fails at once with "database is locked" instead of waiting.
                    if i % 2 == 0:
                        latest = register.add_asset(
                            name=f"{label} {i}",
                            category="associations",
                            recorded_by=label,
                            lon=-2.2374 + i * 1e-6,
                            lat=53.4808,
                        ).added[0]
                    else:
                        register.update_asset(latest, description=f"edit {i}")
                    done += 1
                except Exception as exc:
                    errors[f"{type(exc).__name__}: {exc}"[:200]] += 1
    except Exception:
        errors[traceback.format_exc()[-500:]] += 1
    report.send({"done": done, "errors": dict(errors)})


def write_batches(path: str, first_batch: int, report: Connection) -> None:
    """Add batches of assets until killed; send each batch id only once its transaction has committed."""
    with Register.open(Path(path)) as register:
        register.ward_index  # noqa: B018 - load the wards before saying ready
        report.send_bytes(b"ready")
        batch = first_batch
        while True:
            register.add_assets(
                {
                    "name": f"Batch {batch} asset {i}",
                    "category": "physical_spaces",
                    "description": f"batch {batch}",
                    "lon": -2.3 + i * 1e-4,
                    "lat": 53.45,
                    "tags": ["durability"],
                }
                for i in range(BATCH_SIZE)
            )
            # send_bytes is one write() to the pipe: once it returns, the parent will see it, killed or not.
            report.send_bytes(str(batch).encode())
            batch += 1


def hold_lock(path: Path) -> subprocess.Popen:
    """Another process holding ``path``'s register lock, as a window does, until its stdin closes."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from assetmap.register.lock import InstanceLock
            lock = InstanceLock(Path({str(path)!r}))
            lock.acquire()
            print("held", flush=True)
            sys.stdin.read()
            """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder
