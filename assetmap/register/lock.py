"""One AssetMap window writes a register at a time: a lock file beside it."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from assetmap.errors import RegisterError, RegisterLockedError
from assetmap.messages import tr
from assetmap.register.connection import unwritable


class InstanceLock:
    """Held while a window has a register open; a second window gets a clear message."""

    def __init__(self, register: Path) -> None:
        self.register = register
        self._lock = FileLock(str(register) + ".lock", timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise RegisterLockedError(self.register) from None
        except OSError as exc:
            # The lock file goes beside the register: a read-only folder or a full disk stops it.
            plain = unwritable(self.register, exc)
            if plain is None:
                raise RegisterError(
                    self.register,
                    tr("AssetMap cannot make its lock file beside {register} ({reason}).").format(
                        register=self.register, reason=exc.strerror
                    ),
                ) from exc
            raise plain from exc

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
