"""Making a person's subject access copy: gathered by the core, its document typeset by Typst.

The person's form and ``assetmap person export`` both call :func:`export_subject_access`. The copy is
a zip of CSV files and a readable PDF, written whole or not at all; once it is written, the audit
trail records the export.
"""

from __future__ import annotations

from pathlib import Path

from assetmap.io.subject_access import SubjectAccessFileError, write_subject_access
from assetmap.register.store import Register
from assetmap.register.subject_access import gather, note_export, tables
from assetmap.reports.progress import CancelCheck, ExportCancelled, ProgressCallback
from assetmap.reports.subject_access import build_subject_access_document
from assetmap.ui.i18n import translate


def export_subject_access(
    register: Register,
    person_id: str,
    output: Path,
    *,
    language: str | None = "en",
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write everything ``register`` holds about ``person_id`` to ``output`` (a ``.zip``), its readable
    document (tagged PDF/UA-1) in ``language``. Needs no Qt: the window runs it on a worker thread.

    Raises ``PersonNotFoundError`` for an unknown or erased person, ``SubjectAccessFileError`` when the
    file cannot be written, and ``ExportCancelled`` (leaving no file) when ``cancelled()`` turns true.
    """
    output = Path(output)
    if output.suffix.lower() != ".zip":
        raise SubjectAccessFileError(
            translate(
                "subject_access",
                "A subject access copy is a zip file: give a name ending in .zip, not {name}.",
            ).format(name=repr(output.name))
        )
    record = gather(register, person_id)
    parts = tables(record)
    document = build_subject_access_document(record, parts, language=language)
    if progress is not None:
        progress(30, 100)
    pdf = document.pdf()
    if progress is not None:
        progress(90, 100)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    path = write_subject_access(output, parts, pdf)
    note_export(register, person_id)
    return path
