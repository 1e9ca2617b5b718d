"""UK postcodes: normalising them, and finding GM postcodes offline in Code-Point Open centroids."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from assetmap import paths
from assetmap.errors import DataFileError
from assetmap.messages import tr

_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$")


def normalise_postcode(text: str | None) -> str | None:
    """``" m11ad "`` → ``"M1 1AD"``; ``None`` when the text is not shaped like a UK postcode."""
    if not text:
        return None
    compact = re.sub(r"\s+", "", text).upper()
    match = _POSTCODE.match(compact)
    return f"{match.group(1)} {match.group(2)}" if match else None


def not_in_bundled_list(postcode: str, what_to_do: str) -> str:
    """What to say of a well-formed postcode missing from the bundled list, and what to do.

    The list holds Greater Manchester's postcodes only, and a new or retired postcode may be missing
    from it too, so a miss says nothing about where the place is.
    """
    return tr(
        "{postcode} is not in the bundled postcode list (Greater Manchester's postcodes from OS "
        "Code-Point Open), so AssetMap cannot place it by postcode. {what_to_do}"
    ).format(postcode=postcode, what_to_do=what_to_do)


@dataclass(frozen=True, slots=True)
class PostcodeHit:
    postcode: str
    lon: float
    lat: float
    ward_code: str


def postcodes_file() -> Path:
    return paths.reference_data_dir() / "postcodes" / "gm_postcodes.csv"


class PostcodeIndex:
    """Centroids of the 72,135 live GM postcodes (OS Code-Point Open 2025)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    @classmethod
    @functools.cache
    def for_gm(cls) -> PostcodeIndex:
        path = postcodes_file()
        try:
            frame = pd.read_csv(
                path, usecols=["postcode", "lat", "lon", "ward_code"], dtype={"postcode": str}
            )
        except Exception as exc:
            raise DataFileError(
                path,
                tr("The postcode file {path} cannot be read ({detail}). Reinstall AssetMap.").format(
                    path=path, detail=exc
                ),
            ) from exc
        return cls(frame.set_index("postcode"))

    def __len__(self) -> int:
        return len(self._frame)

    @property
    def frame(self) -> pd.DataFrame:
        """Postcode, lon, lat and ward code of every postcode, indexed by postcode."""
        return self._frame

    def lookup(self, text: str | None) -> PostcodeHit | None:
        postcode = normalise_postcode(text)
        if postcode is None or postcode not in self._frame.index:
            return None
        row = self._frame.loc[postcode]
        return PostcodeHit(postcode, float(row["lon"]), float(row["lat"]), str(row["ward_code"]))
