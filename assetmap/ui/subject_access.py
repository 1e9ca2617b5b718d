"""Making a person's subject access copy: gathered by the core, its document printed by QtWebEngine.

The person's form and ``assetmap person export`` both call :func:`export_subject_access`. The copy is
a zip of CSV files and a readable PDF, written whole or not at all; once it is written, the audit
trail records the export.
"""

from __future__ import annotations

from pathlib import Path

from assetmap.io.subject_access import SubjectAccessFileError, write_subject_access
from assetmap.register.store import Register
from assetmap.register.subject_access import gather, note_export, tables
from assetmap.reports.pdfinfo import set_pdf_info
from assetmap.reports.progress import CancelCheck, ExportCancelled, ProgressCallback
from assetmap.reports.subject_access import build_subject_access_document
from assetmap.ui.i18n import translate
from assetmap.ui.printing import PdfPrinter


def export_subject_access(
    register: Register,
    person_id: str,
    output: Path,
    *,
    printer: PdfPrinter | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write everything ``register`` holds about ``person_id`` to ``output`` (a ``.zip``).

    Uses ``printer`` if given (the app keeps one), else a new one for this call. Raises
    ``PersonNotFoundError`` for an unknown or erased person, ``SubjectAccessFileError`` when the file
    cannot be written, and ``ExportCancelled`` (leaving no file) when ``cancelled()`` turns true.
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
    document = build_subject_access_document(record, parts)
    own = printer is None
    printer = printer or PdfPrinter()
    try:
        pdf = printer.print_pdf(
            document.html, margins_mm=(14.0, 12.0), progress=progress, cancelled=cancelled
        )
    finally:
        if own:
            printer.shutdown()
    pdf = set_pdf_info(pdf, title=document.title, subject=document.subject, author=record.gathered_by)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    path = write_subject_access(output, parts, pdf)
    note_export(register, person_id)
    return path
