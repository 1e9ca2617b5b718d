"""Real processes against one register file: concurrent writers, and kill -9 in the middle of bulk writes."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from assetmap.register import Register
from tests.register import writers

EDITS_PER_WRITER = 5_000
KILLS = 50


@pytest.mark.slow
def test_two_processes_making_5000_edits_each_keep_all_10000_without_locked_errors(
    register_path: Path,
) -> None:
    Register.open(register_path).close()
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    children = []
    for label in ("first", "second"):
        receive, send = context.Pipe(duplex=False)
        process = context.Process(
            target=writers.write_edits, args=(str(register_path), label, EDITS_PER_WRITER, start, send)
        )
        process.start()
        send.close()
        children.append((process, receive))
    for _, receive in children:
        assert receive.recv() == "ready"
    start.set()

    results = [receive.recv() for _, receive in children]
    for process, _ in children:
        process.join(timeout=60)
        assert process.exitcode == 0

    assert [r["errors"] for r in results] == [{}, {}]
    assert [r["done"] for r in results] == [EDITS_PER_WRITER, EDITS_PER_WRITER]
    conn = sqlite3.connect(register_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Each writer's edits, counted from the file: one per asset added plus one per update.
        kept = dict(conn.execute("SELECT recorded_by, sum(version) FROM assets GROUP BY recorded_by"))
        unedited = conn.execute(
            "SELECT count(*) FROM assets WHERE version != 2 OR description IS NULL"
        ).fetchone()
    finally:
        conn.close()
    assert kept == {"first": EDITS_PER_WRITER, "second": EDITS_PER_WRITER}
    assert unedited == (0,)


def _reported(receive: Connection) -> list[int]:
    batches = []
    while receive.poll(0):
        try:
            message = receive.recv_bytes()
        except EOFError:
            break
        if message != b"ready":
            batches.append(int(message))
    return batches


@pytest.mark.slow
def test_fifty_kill_9s_during_bulk_writes_lose_no_committed_batch_and_corrupt_nothing(
    register_path: Path,
) -> None:
    Register.open(register_path).close()
    context = multiprocessing.get_context("forkserver")
    # Children fork from a server that has already imported the register, so each starts in milliseconds.
    context.set_forkserver_preload(["tests.register.writers"])
    rng = random.Random(20250425)
    committed: set[int] = set()
    next_batch = 0

    for _ in range(KILLS):
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=writers.write_batches, args=(str(register_path), next_batch, send))
        process.start()
        send.close()
        assert receive.poll(60) and receive.recv_bytes() == b"ready"
        # Killed only once the writer has committed a batch, so that every kill lands among bulk writes
        # however busy the machine is; then at a random moment of the batches that follow.
        assert receive.poll(60)
        committed.add(int(receive.recv_bytes()))
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(process.pid, signal.SIGKILL)
        process.join(timeout=30)
        assert process.exitcode == -signal.SIGKILL
        reported = _reported(receive)
        receive.close()
        committed.update(reported)

        conn = sqlite3.connect(register_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            sizes = dict(conn.execute("SELECT description, count(*) FROM assets GROUP BY description"))
        finally:
            conn.close()
        present = {int(name.removeprefix("batch ")) for name in sizes}
        assert committed <= present, f"committed batches lost: {sorted(committed - present)}"
        # A batch is all or nothing: never part of one.
        assert set(sizes.values()) <= {writers.BATCH_SIZE}
        next_batch = max(present | committed, default=-1) + 1

    assert len(committed) >= KILLS  # at least one batch committed before each kill
