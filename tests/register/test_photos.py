"""Photos kept in a real register file lose every piece of metadata: EXIF, GPS, XMP, ICC and PNG text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import ExifTags, Image, PngImagePlugin

from assetmap.errors import ValidationError
from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from assetmap.register.photos import LONG_SIDE, MAX_UPLOAD_BYTES, THUMBNAIL_SIDE

HALL = {"name": "St Mary's Church Hall", "category": "physical_spaces", "lon": -2.4296, "lat": 53.5779}
MARKER = "SECRET-MARKER-7f3a"


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = f"Phonemaker {MARKER}"
    exif[ExifTags.Base.Model] = f"Model X {MARKER}"
    exif[ExifTags.Base.BodySerialNumber] = f"SN-{MARKER}"
    exif[ExifTags.Base.Orientation] = 1
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (53.0, 34.0, 40.44)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (2.0, 25.0, 46.56)
    gps[ExifTags.GPS.GPSProcessingMethod] = MARKER.encode()
    return exif


def _xmp() -> bytes:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="{MARKER}"/>'
        "</rdf:RDF></x:xmpmeta>"
    ).encode()


def _jpeg(size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", size, (30, 90, 200))
    image.save(
        out, "JPEG", exif=_exif(), xmp=_xmp(), icc_profile=f"ICC comment {MARKER}".encode(), comment=MARKER
    )
    return out.getvalue()


def _png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", f"Taken at home {MARKER}")
    info.add_itxt("XML:com.adobe.xmp", _xmp().decode())
    out = io.BytesIO()
    Image.new("RGBA", (50, 40), (200, 30, 30, 128)).save(out, "PNG", pnginfo=info, exif=_exif())
    return out.getvalue()


def _webp() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (50, 40), (20, 30, 30)).save(out, "WEBP", exif=_exif(), xmp=_xmp())
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "media_type"), [(_jpeg, "image/jpeg"), (_png, "image/png"), (_webp, "image/webp")]
)
def test_a_stored_photo_has_no_exif_gps_xmp_icc_or_text_and_the_file_holds_no_trace(
    register_path: Path, ward_index: WardIndex, make, media_type: str
) -> None:
    original = make()
    assert MARKER.encode() in original  # the test image does carry the metadata
    with Register.open(register_path, ward_index=ward_index) as register:
        hall = register.add_asset(**HALL).added[0]
        photo_id = register.add_photo(hall, original, "The hall's blue door").photos[0]
    with Register.open(register_path, ward_index=ward_index) as register:
        stored = register.photo_bytes(photo_id)
        thumbnail = register.photo_thumbnail(photo_id)
        assert register.photo(photo_id).media_type == media_type
    for data in (stored, thumbnail):
        assert MARKER.encode() not in data
        image = Image.open(io.BytesIO(data))
        assert not image.getexif()
        assert not {"exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment", "Comment"} & set(image.info)
        assert not getattr(image, "text", {})
        assert b"Exif" not in data and b"GPS" not in data and b"xmpmeta" not in data
    raw = b"".join(p.read_bytes() for p in register_path.parent.glob(register_path.name + "*"))
    assert MARKER.encode() not in raw


def test_a_photo_taken_sideways_is_stored_upright() -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # rotate 90° clockwise to view
    out = io.BytesIO()
    Image.new("RGB", (80, 40), (0, 0, 0)).save(out, "JPEG", exif=exif)
    from assetmap.register.photos import clean_photo

    clean = clean_photo(out.getvalue())
    assert (clean.width, clean.height) == (40, 80)


def test_a_large_photo_is_scaled_down_and_a_too_large_file_or_another_format_is_refused(
    register: Register,
) -> None:
    hall = register.add_asset(**HALL).added[0]
    big = register.photo(register.add_photo(hall, _jpeg((4000, 3000)), "A big photo").photos[0])
    assert (big.width, big.height) == (LONG_SIDE, 1500)
    assert max(Image.open(io.BytesIO(register.photo_thumbnail(big.id))).size) == THUMBNAIL_SIDE
    with pytest.raises(ValidationError) as too_big:
        register.add_photo(hall, b"\xff\xd8" + b"\0" * MAX_UPLOAD_BYTES, "Too big")
    assert too_big.value.field == "data" and "MB" in str(too_big.value)
    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    with pytest.raises(ValidationError) as other_format:
        register.add_photo(hall, gif.getvalue(), "A GIF")
    assert other_format.value.field == "data" and "JPEG, PNG or WebP" in str(other_format.value)
    with pytest.raises(ValidationError) as not_an_image:
        register.add_photo(hall, b"hello", "Not a photo")
    assert not_an_image.value.field == "data"
    with pytest.raises(ValidationError) as no_alt:
        register.add_photo(hall, _png(), "")
    assert no_alt.value.field == "alt_text" and "Alternative text is required" in str(no_alt.value)
    assert len(register.photos([hall])) == 1
