"""Photos as the register keeps them: decoded and encoded afresh, so no metadata of the original survives.

A photo file carries more than its pixels: EXIF (the camera, the time, often GPS coordinates of where it
was taken), XMP and IPTC packets, ICC profiles with their comments, and PNG text chunks. None of that is
copied: the pixels are read into a new image with no ``info`` at all and written out again, turned
upright first as the EXIF orientation said. Faces are the worker's to judge; the form says so.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from assetmap.errors import ValidationError
from assetmap.messages import tr

# What a person may add, and what is kept of it.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a 60-megapixel camera's largest picture; beyond that, refused before decoding
LONG_SIDE = 2_000
THUMBNAIL_SIDE = 320
MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
_ALT_TEXT_LIMIT = 500


@dataclass(frozen=True, slots=True)
class CleanPhoto:
    """An image as stored: its bytes and thumbnail's, its media type and size in pixels."""

    data: bytes
    thumbnail: bytes
    media_type: str
    width: int
    height: int


def _megabytes(size: int) -> str:
    return tr("{size} MB").format(size=f"{size / (1024 * 1024):.1f}")


def clean_photo(data: bytes) -> CleanPhoto:
    """Decode ``data`` and encode it again without any metadata, at most LONG_SIDE pixels on its long side.

    Raises ``ValidationError`` (field ``data``) for a file over MAX_UPLOAD_BYTES, one that is not a JPEG,
    PNG or WebP image, or one with more than MAX_PIXELS pixels, saying what to do.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ValidationError("data", tr("A photo is given as the bytes of its file."))
    data = bytes(data)
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(
            "data",
            tr(
                "The photo is {size}; photos up to {limit} are kept. "
                "Save a smaller copy (for example from the phone's share or export option) and add that."
            ).format(size=_megabytes(len(data)), limit=_megabytes(MAX_UPLOAD_BYTES)),
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            original = Image.open(io.BytesIO(data))
            image_format = original.format or ""
            if image_format not in MEDIA_TYPES:
                raise ValidationError(
                    "data",
                    (
                        tr(
                            "This file is a {format} image AssetMap does not keep; "
                            "add a JPEG, PNG or WebP photo."
                        )
                        if image_format
                        else tr(
                            "This file is a kind of image AssetMap does not keep; "
                            "add a JPEG, PNG or WebP photo."
                        )
                    ).format(format=image_format),
                )
            if original.width * original.height > MAX_PIXELS:
                raise ValidationError(
                    "data",
                    tr(
                        "The photo is {width} × {height} pixels, more than AssetMap keeps; "
                        "save a smaller copy and add that."
                    ).format(width=original.width, height=original.height),
                )
            original.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            "data", tr("This file is not a photo AssetMap can read; add a JPEG, PNG or WebP photo.")
        ) from exc
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError(
            "data", tr("The photo has more pixels than AssetMap keeps; save a smaller copy and add that.")
        ) from exc
    upright = ImageOps.exif_transpose(original) or original
    has_alpha = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
    mode = "RGBA" if has_alpha and image_format != "JPEG" else "RGB"
    converted = upright.convert(mode)
    # A new image from the pixels alone: nothing of the original's ``info`` (EXIF, XMP, ICC, text) follows.
    pixels = Image.frombytes(mode, converted.size, converted.tobytes())
    pixels.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
    small = pixels.copy()
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    return CleanPhoto(
        data=_encode(pixels, image_format),
        thumbnail=_encode(small, image_format),
        media_type=MEDIA_TYPES[image_format],
        width=pixels.width,
        height=pixels.height,
    )


def _encode(image: Image.Image, image_format: str) -> bytes:
    out = io.BytesIO()
    if image_format == "JPEG":
        image.save(out, "JPEG", quality=85, optimize=True)
    elif image_format == "PNG":
        image.save(out, "PNG", optimize=True)
    else:
        image.save(out, "WEBP", quality=85)
    return out.getvalue()


def clean_alt_text(value: object) -> str:
    """The alternative text of a photo: required, one paragraph of at most 500 characters."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(
            "alt_text",
            tr("Alternative text is required: describe what the photo shows for someone who cannot see it."),
        )
    text = value.strip()
    if "\x00" in text:
        raise ValidationError("alt_text", tr("Alternative text contains a NUL character; remove it."))
    if len(text) > _ALT_TEXT_LIMIT:
        raise ValidationError(
            "alt_text",
            tr("Alternative text is longer than {limit} characters; shorten it.").format(
                limit=_ALT_TEXT_LIMIT
            ),
        )
    return text
