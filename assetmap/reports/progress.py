"""Progress and cancellation for long exports: one small helper every step reports through."""

from __future__ import annotations

from collections.abc import Callable

from assetmap.errors import AssetMapError

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ExportCancelled(AssetMapError):
    """The person cancelled an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled. No file was written.")


class Steps:
    """Counts finished steps out of a total, reports them, and stops the work when cancelled.

    Parameters
    ----------
    total
        How many steps the work has.
    progress
        Called as ``progress(done, total)`` after each step (and once at the start).
    cancelled
        Asked before each step; when it returns True, :meth:`advance` raises :class:`ExportCancelled`.
    """

    def __init__(
        self, total: int, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None
    ) -> None:
        self.total = max(1, int(total))
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self.check()
        if progress:
            progress(0, self.total)

    def check(self) -> None:
        """Raise :class:`ExportCancelled` if the person has cancelled."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def advance(self, steps: int = 1) -> None:
        self.done = min(self.total, self.done + steps)
        if self._progress:
            self._progress(self.done, self.total)
        self.check()


def scaled(progress: ProgressCallback | None, start: int, span: int, total: int) -> ProgressCallback | None:
    """A progress callback that maps a sub-task's ``(done, of)`` onto ``start..start+span`` of ``total``."""
    if progress is None:
        return None

    def report(done: int, of: int) -> None:
        progress(start + (span * done) // max(1, of), total)

    return report
