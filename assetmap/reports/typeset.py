"""Typesetting reports as tagged PDF/UA-1 with Typst, without Qt.

A report is a Typst template under ``reports/templates/`` and its data: everything the template shows
is read from ``data.json`` (and files beside it, such as the maps' SVG), never spliced into markup, so
that text typed by people (``#``, ``[``, ``$`` and ``@`` are code in Typst markup) is always text.
Every PDF is PDF/UA-1: a structure tree with headings, reading order, table headers, alternative text
and the document's language and title. The fonts are AssetMap's own (``resources/fonts``, Noto, OFL)
and Typst's embedded ones; the system's fonts are not used, so a report looks the same everywhere.

Typst's compile cannot be interrupted from Python, and the atlas of all Greater Manchester takes seconds.
So when the caller can cancel (``cancelled`` here, or :func:`cancellable` around a call that typesets),
the compile runs in a child process, which is ended the moment ``cancelled()`` turns true: Cancel stops
Typst at once and nothing is returned. The child stays for the next document, keeping Typst's caches,
so only the first document after a Cancel pays for a fresh start. The child is started with ``spawn``
on every platform (never ``fork``: the window has Qt's threads), so the packaged app calls
``multiprocessing.freeze_support()`` first thing (``installer/launcher.py``). Without a way to cancel,
Typst runs in this process, as before.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import json
import logging
import multiprocessing
import signal
import tempfile
import threading
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources as importlib_resources
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Final

import typst

from assetmap import paths
from assetmap.errors import AssetMapError
from assetmap.messages import tr
from assetmap.reports.progress import CancelCheck, ExportCancelled

log = logging.getLogger(__name__)

TEMPLATE_PACKAGE = "assetmap.reports"
TEMPLATE_FOLDER = "templates"
PDF_STANDARD: Final = "ua-1"
# How often the thread waiting for a child's compile asks whether the person has cancelled.
_POLL_S = 0.05

# The cancel check of the typesetting under way on this thread (see :func:`cancellable`).
_cancel_check: contextvars.ContextVar[CancelCheck | None] = contextvars.ContextVar(
    "assetmap_typeset_cancel", default=None
)


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


@contextlib.contextmanager
def cancellable(cancelled: CancelCheck | None) -> Iterator[None]:
    """Within the block, whatever this thread typesets stops as soon as ``cancelled()`` turns true.

    For callers that typeset through code that does not pass a cancel check on (a report's builder):
    :func:`typeset` and :func:`rasterise` then run Typst in a child process and end it on Cancel.
    """
    token = _cancel_check.set(cancelled)
    try:
        yield
    finally:
        _cancel_check.reset(token)


def typeset(
    template: str,
    data: Mapping[str, object],
    *,
    files: Mapping[str, bytes | str] | None = None,
    moment: dt.datetime | None = None,
    cancelled: CancelCheck | None = None,
) -> bytes:
    """Typeset ``templates/<template>`` with ``data`` (read by the template as ``json("data.json")``).

    ``files`` are written beside it (name → bytes or text), for the template to read: the maps' and
    charts' SVG, photos. ``moment`` is the creation time written in the PDF. Returns the PDF's bytes.

    Raises
    ------
    ExportCancelled
        When ``cancelled()`` (or the check of an enclosing :func:`cancellable`) turns true; Typst is
        stopped where it is.
    TypesetError
        When the template cannot be typeset.
    """
    timestamp = (moment or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    pdf = _compile(
        template,
        data,
        files,
        {"format": "pdf", "pdf_standards": [PDF_STANDARD], "timestamp": timestamp},
        cancelled,
    )
    assert isinstance(pdf, bytes)
    return pdf


def rasterise(
    template: str,
    data: Mapping[str, object],
    *,
    files: Mapping[str, bytes | str] | None = None,
    dpi: int = 200,
    cancelled: CancelCheck | None = None,
) -> list[bytes]:
    """Typeset ``templates/<template>`` as :func:`typeset` does, as one PNG image per page at ``dpi``."""
    pages = _compile(template, data, files, {"format": "png", "ppi": dpi}, cancelled)
    return [pages] if isinstance(pages, bytes) else list(pages or [])


def _compile(
    template: str,
    data: Mapping[str, object],
    files: Mapping[str, bytes | str] | None,
    options: dict[str, object],
    cancelled: CancelCheck | None,
) -> bytes | list[bytes] | None:
    """Write the templates, ``data.json`` and ``files`` to a folder of their own and compile there with
    Typst's ``options``: in this process, or in a child ended on Cancel when there is a cancel check."""
    cancelled = cancelled or _cancel_check.get()
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    with tempfile.TemporaryDirectory(prefix="assetmap-typeset-") as folder:
        root = Path(folder)
        for source in _templates().glob("*.typ"):
            (root / source.name).write_bytes(source.read_bytes())
        (root / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        for name, content in (files or {}).items():
            target = root / name
            if target.resolve().parent != root.resolve():
                raise TypesetError(
                    tr("A report file must sit beside its template, not at {name}.").format(name=repr(name))
                )
            if isinstance(content, str):
                target.write_text(content, encoding="utf-8")
            else:
                target.write_bytes(content)
        if cancelled is not None:
            with contextlib.suppress(_NoChild):
                return _compile_in_child(root, template, options, cancelled)
        try:
            return _compile_here(root, template, options)
        except typst.TypstError as exc:
            raise TypesetError(_not_typeset(template, exc.message)) from exc


def _not_typeset(template: str, reason: str) -> str:
    return tr("The report template {template} could not be typeset: {reason}").format(
        template=template, reason=reason
    )


def _compile_here(root: Path, template: str, options: dict[str, object]) -> bytes | list[bytes] | None:
    compiler = typst.Compiler(root=str(root), font_paths=_fonts(), ignore_system_fonts=True)
    result = compiler.compile(input=str(root / template), **options)  # type: ignore[arg-type, type-var]
    assert result is None or isinstance(result, (bytes, list))
    return result


class _NoChild(Exception):
    """No child process could be started here; the compile runs in this process instead."""


def _compile_in_child(
    root: Path, template: str, options: dict[str, object], cancelled: CancelCheck
) -> bytes | list[bytes] | None:
    """Compile in a child process, waiting for it while asking ``cancelled()``; end it on Cancel."""
    with _idle_lock:
        worker = _idle.pop() if _idle else None
    if worker is None or not worker.alive():
        if worker is not None:
            worker.stop()
        worker = _Typesetter.start()
    finished = False
    try:
        outcome, value = worker.compile(root, template, options, cancelled)
        finished = True
    except (EOFError, OSError):
        raise TypesetError(
            tr("The report template {template} could not be typeset: Typst stopped unexpectedly.").format(
                template=template
            )
        ) from None
    finally:
        if finished:
            with _idle_lock:
                if len(_idle) < _KEEP_IDLE:
                    _idle.append(worker)
                    worker = None
        if worker is not None:
            worker.stop()  # on Cancel, Typst stops where it is
    if outcome != "done":
        raise TypesetError(_not_typeset(template, str(value)))
    assert value is None or isinstance(value, (bytes, list))
    return value


# A child that has typeset keeps Typst's caches (fonts, parsed templates, decoded images), so the next
# document is as quick as in this process; one waits between documents, and goes when AssetMap does.
_KEEP_IDLE = 1
_idle: list[_Typesetter] = []
_idle_lock = threading.Lock()


class _Typesetter:
    """A child process that typesets one document at a time, for as long as it is kept."""

    def __init__(self, process: multiprocessing.process.BaseProcess, jobs: Connection) -> None:
        self.process = process
        self.jobs = jobs
        self.exitcode: int | None = None  # once stopped: negative for the signal that ended it

    @classmethod
    def start(cls) -> _Typesetter:
        context = multiprocessing.get_context("spawn")
        jobs, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs,), name="assetmap-typeset", daemon=True)
        try:
            process.start()
        except OSError as exc:  # no processes may be started here: typeset in this process
            log.warning("Typesetting in this process: no child process could be started (%s)", exc)
            jobs.close()
            theirs.close()
            raise _NoChild from exc
        theirs.close()
        return cls(process, jobs)

    def alive(self) -> bool:
        return self.process.is_alive()

    def compile(
        self, root: Path, template: str, options: dict[str, object], cancelled: CancelCheck
    ) -> tuple[str, object]:
        self.jobs.send((str(root), template, options))
        while not self.jobs.poll(_POLL_S):
            if cancelled():
                raise ExportCancelled()
            if not self.process.is_alive() and not self.jobs.poll(0):
                raise EOFError
        outcome, value = self.jobs.recv()
        return str(outcome), value

    def stop(self) -> None:
        self.jobs.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.exitcode = self.process.exitcode
        log.debug("The typesetting child process ended (exit code %s)", self.exitcode)
        self.process.close()


def _serve(jobs: Connection) -> None:
    """In the child process: typeset each job sent, answering ``("done", result)`` or what went wrong."""
    # Ctrl+C at a terminal reaches the whole process group: the parent decides, and ends this child.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            root, template, options = jobs.recv()
        except (EOFError, OSError):  # AssetMap has let it go
            return
        try:
            result: tuple[str, object] = ("done", _compile_here(Path(root), template, options))
        except typst.TypstError as exc:
            result = ("typst", exc.message)
        except Exception as exc:  # sent back whole, so the parent can say what failed
            result = ("failed", f"{type(exc).__name__}: {exc}")
        jobs.send(result)
