"""Photos staff add: location data gone from every stored file, the rest kept; refusals named; folders to pick."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
from pathlib import Path

import pytest
from PIL import Image, TiffImagePlugin, TiffTags

from kiosk.core.base.settings import Settings
from kiosk.core.curation.images import add_images, image_files, removable_folders, without_location
from kiosk.core.media.prepare import MediaOptions

GPS = {1: "N", 2: (38.0, 28.0, 0.0), 3: "E", 4: (106.0, 16.0, 0.0)}
XMP_GPS = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="38,28.0N" '
    b'exif:GPSLongitude="106,16.0E"/></rdf:RDF></x:xmpmeta>'
)
OPTIONS = MediaOptions.from_settings(Settings())


def picture(size: tuple[int, int] = (320, 240), seed: int = 0) -> Image.Image:
    """A photo-like picture (detail everywhere), different for each seed."""
    shift = seed * 0.05
    return Image.effect_mandelbrot(size, (-2 + shift, -1.5, 1 + shift, 1.5), 60).convert("RGB").rotate(seed)


def camera_exif(gps: bool = True) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turned a quarter
    exif[0x010F] = "Yinchuan Camera Works"
    exif.get_ifd(0x8769)[0x9003] = "2026:04:20 10:00:00"
    if gps:
        exif.get_ifd(0x8825).update(GPS)
    return exif


def gps_jpeg(path: Path, seed: int = 0, size: tuple[int, int] = (320, 240)) -> Path:
    picture(size, seed).save(path, "JPEG", quality=90, exif=camera_exif())
    return path


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as im:
        return im.convert("RGB").tobytes()


def gps_blocks(data: bytes) -> list[dict]:
    """The GPS directory of every Exif block anywhere in the file (a second picture's too)."""
    found = []
    for match in re.finditer(rb"Exif\x00\x00", data):
        exif = Image.Exif()
        try:
            exif.load(data[match.start() : match.start() + 0x10000])
        except Exception:
            continue
        found.append(exif.get_ifd(0x8825))
    return [gps for gps in found if gps]


def assert_no_location_stored(content: Path) -> None:
    stored = [p for p in (content / "media").rglob("*") if p.is_file()]
    assert stored
    for path in stored:
        data = path.read_bytes()
        with Image.open(path) as im:
            assert not im.getexif().get_ifd(0x8825), path
            assert not any(b"GPSLatitude" in (v if isinstance(v, bytes) else b"") for v in im.info.values()), path
        assert not gps_blocks(data), path
        assert b"GPSLatitude" not in data, path


def test_a_jpeg_keeps_its_pixels_and_other_exif_but_loses_its_gps(tmp_path: Path) -> None:
    source = gps_jpeg(tmp_path / "IMG_0001.JPG")
    with Image.open(source) as im:
        assert im.getexif().get_ifd(0x8825) == GPS  # the test photo does carry coordinates
    batch = add_images([source], tmp_path / "content", OPTIONS)
    assert batch.refused == [] and batch.names == ["IMG_0001.JPG"]
    record = batch.records[0]
    original = (tmp_path / "content" / record["original"]).read_bytes()
    assert hashlib.sha256(original).hexdigest() == record["sha256"]  # named by the stripped bytes
    assert record["sha256"] != hashlib.sha256(source.read_bytes()).hexdigest()
    assert pixels(original) == pixels(source.read_bytes())  # the image data was copied, not encoded again
    assert original.count(b"\xff\xda") == source.read_bytes().count(b"\xff\xda")
    with Image.open(io.BytesIO(original)) as im:
        exif = im.getexif()
        assert exif[0x0112] == 6 and exif[0x010F] == "Yinchuan Camera Works"
        assert exif.get_ifd(0x8769)[0x9003] == "2026:04:20 10:00:00"
    assert (record["width"], record["height"]) == (240, 320)  # the orientation still applies
    assert_no_location_stored(tmp_path / "content")
    with Image.open(tmp_path / "content" / record["display"]) as display:
        assert "exif" not in display.info  # renditions carry no Exif at all


def test_a_photo_without_location_is_kept_byte_for_byte(tmp_path: Path) -> None:
    source = tmp_path / "plain.jpg"
    picture().save(source, "JPEG", exif=camera_exif(gps=False))
    png = tmp_path / "drawing.png"
    picture(seed=2).save(png)
    batch = add_images([source, png], tmp_path / "content", OPTIONS)
    for path, record in zip([source, png], batch.records, strict=True):
        assert (tmp_path / "content" / record["original"]).read_bytes() == path.read_bytes()
        assert record["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_same_photo_added_again_gets_the_same_name_and_renditions(tmp_path: Path) -> None:
    source = gps_jpeg(tmp_path / "a.jpg")
    first = add_images([source], tmp_path / "content", OPTIONS).records[0]
    display = tmp_path / "content" / first["display"]
    made = display.stat().st_mtime_ns
    again = add_images([source], tmp_path / "content", OPTIONS).records[0]
    assert again == first and display.stat().st_mtime_ns == made  # reused, not made again


def test_xmp_coordinates_and_a_second_picture_with_gps_are_dropped(tmp_path: Path) -> None:
    with_xmp = tmp_path / "xmp.jpg"
    picture(seed=1).save(with_xmp, "JPEG", xmp=XMP_GPS, exif=camera_exif(gps=False))
    primary = io.BytesIO()
    picture(seed=3).save(primary, "JPEG", exif=camera_exif(gps=False))
    second = io.BytesIO()
    picture((80, 60), seed=4).save(second, "JPEG", exif=camera_exif())
    two = tmp_path / "two.jpg"  # a picture after the first, as a camera's MPO file carries one
    two.write_bytes(primary.getvalue() + second.getvalue())
    assert gps_blocks(two.read_bytes())
    batch = add_images([with_xmp, two], tmp_path / "content", OPTIONS)
    assert batch.refused == []
    for source, record in zip([with_xmp, two], batch.records, strict=True):
        assert pixels((tmp_path / "content" / record["original"]).read_bytes()) == pixels(source.read_bytes())
    assert_no_location_stored(tmp_path / "content")


def gps_tiff(path: Path) -> Path:
    tags = TiffImagePlugin.ImageFileDirectory_v2()
    tags[0x8825] = GPS
    tags.tagtype[0x8825] = TiffTags.LONG  # written as a directory of its own
    picture(seed=5).save(path, "TIFF", tiffinfo=tags)
    return path


@pytest.mark.parametrize(
    ("name", "lossless"),
    [("scan.png", True), ("lossless.webp", True), ("phone.webp", False), ("scan.tif", True), ("phone.avif", False)],
)
def test_other_formats_are_saved_again_without_gps(tmp_path: Path, name: str, lossless: bool) -> None:
    source = tmp_path / name
    if name.endswith(".tif"):
        gps_tiff(source)
    else:
        extra = {"lossless": True} if name == "lossless.webp" else {}
        picture(seed=5).save(source, exif=camera_exif(), **extra)
    with Image.open(source) as im:
        assert im.getexif().get_ifd(0x8825) == GPS
        source_format = im.format
    batch = add_images([source], tmp_path / "content", OPTIONS)
    assert batch.refused == []
    original = (tmp_path / "content" / batch.records[0]["original"]).read_bytes()
    assert_no_location_stored(tmp_path / "content")
    with Image.open(io.BytesIO(original)) as im:
        assert im.format == source_format
        if not name.endswith(".tif"):  # TIFF turns its pixels upright itself
            assert im.getexif().get(0x0112) == 6
    if lossless:
        assert pixels(original) == pixels(source.read_bytes())


def test_the_bytes_of_a_photo_without_location_are_not_looked_at_twice() -> None:
    assert without_location(b"not an image at all", OPTIONS.max_pixels) is None
    assert without_location(b"\xff\xd8\xff\xe0 truncated", OPTIONS.max_pixels) is None


def test_refused_files_are_named_and_the_good_ones_still_added(tmp_path: Path) -> None:
    good = [gps_jpeg(tmp_path / f"good{n}.jpg", seed=n) for n in range(3)]
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(good[0].read_bytes()[:400])
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "notes.jpg"
    text.write_text("展位值班表\n", encoding="utf-8")
    large = gps_jpeg(tmp_path / "large.jpg", seed=7, size=(1200, 900))
    bomb = tmp_path / "bomb.png"
    Image.new("L", (1000, 1000)).save(bomb)
    options = dataclasses.replace(OPTIONS, max_pixels=500_000, max_file_bytes=good[0].stat().st_size + 1000)
    sources = [broken, good[0], empty, text, good[1], bomb, large, good[2]]
    batch = add_images(sources, tmp_path / "content", options, workers=2)
    assert batch.names == ["good0.jpg", "good1.jpg", "good2.jpg"]  # in the order given
    reasons = dict(batch.refused)
    assert list(reasons) == ["broken.jpg", "empty.jpg", "notes.jpg", "bomb.png", "large.jpg"]
    assert "truncated or damaged" in reasons["broken.jpg"]
    assert reasons["empty.jpg"] == "file is empty"
    assert reasons["notes.jpg"] == "not an image file (cannot identify format)"
    assert "megapixel limit" in reasons["bomb.png"]
    assert "larger than" in reasons["large.jpg"]
    for name, why in batch.refused:
        assert why and "\n" not in why and str(tmp_path) not in why, name
    assert_no_location_stored(tmp_path / "content")
    assert [p.name for p in (tmp_path / "content").iterdir()] == ["media"]  # no cleaned copies left


def test_pillows_own_broken_images_are_refused_by_name(corpora: Path, tmp_path: Path) -> None:
    folder = corpora / "pillow-test-images"
    names = ["broken.png", "decompression_bomb.gif", "bmp_b_badwidth.bmp", "broken_data_stream.png"]
    sources = [folder / n for n in ["hopper.png", *names, "hopper_bad_exif.jpg", "hopper.webp"]]
    batch = add_images(sources, tmp_path / "content", OPTIONS, workers=2)
    assert batch.names == ["hopper.png", "hopper_bad_exif.jpg", "hopper.webp"]
    assert [name for name, _ in batch.refused] == names
    assert all(why and "\n" not in why for _, why in batch.refused)


def test_pillows_own_photo_with_gps_is_stored_without_it(corpora: Path, tmp_path: Path) -> None:
    source = corpora / "pillow-test-images" / "exif_gps.jpg"
    with Image.open(source) as im:
        assert im.getexif().get_ifd(0x8825)
    batch = add_images([source], tmp_path / "content", OPTIONS)
    original = (tmp_path / "content" / batch.records[0]["original"]).read_bytes()
    assert pixels(original) == pixels(source.read_bytes())
    assert_no_location_stored(tmp_path / "content")


def test_progress_and_cancelling_between_groups(tmp_path: Path) -> None:
    sources = [gps_jpeg(tmp_path / f"p{n:02}.jpg", seed=n, size=(64, 48)) for n in range(12)]
    seen: list[tuple[int, int]] = []
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # staff tap Cancel while the first group (half of the 12) is being prepared

    batch = add_images(sources, tmp_path / "content", OPTIONS, workers=1, on_progress=lambda *a: seen.append(a),
                       cancelled=cancelled)  # fmt: skip
    assert batch.cancelled and batch.names == [f"p{n:02}.jpg" for n in range(6)] and batch.refused == []
    assert seen[0] == (0, 12) and seen[-1] == (6, 12)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    done = add_images(sources, tmp_path / "content", OPTIONS, on_progress=lambda *a: seen.append(a))
    assert not done.cancelled and len(done.records) == 12 and seen[-1] == (12, 12)


def test_image_files_two_levels_deep_by_name_without_hidden_files_or_links_out(tmp_path: Path) -> None:
    stick, outside = tmp_path / "stick", tmp_path / "outside"
    for rel in ["b.JPG", "a.jpeg", "DCIM/100CANON/IMG_2.tif", "DCIM/100CANON/IMG_1.PNG", "DCIM/x.webp",
                "notes.txt", ".hidden.jpg", "._a.jpeg", ".trash/c.jpg", "DCIM/100CANON/deep/too_deep.jpg",
                "z/y.GIF", "z/w.bmp"]:  # fmt: skip
        (stick / rel).parent.mkdir(parents=True, exist_ok=True)
        (stick / rel).write_bytes(b"x")
    (outside / "private.jpg").parent.mkdir()
    (outside / "private.jpg").write_bytes(b"x")
    (stick / "link_out.jpg").symlink_to(outside / "private.jpg")
    (stick / "folder_out").symlink_to(outside)
    (stick / "link_in.jpg").symlink_to(stick / "b.JPG")
    found = [p.relative_to(stick).as_posix() for p in image_files(stick)]
    assert found == ["a.jpeg", "b.JPG", "DCIM/100CANON/IMG_1.PNG", "DCIM/100CANON/IMG_2.tif", "DCIM/x.webp",
                     "link_in.jpg", "z/w.bmp", "z/y.GIF"]  # fmt: skip
    assert len(image_files(stick, limit=3)) == 3
    assert image_files(tmp_path / "pulled-out") == []


def test_removable_folders_are_mounted_media_then_pictures(tmp_path: Path) -> None:
    media, home = tmp_path / "media", tmp_path / "home"
    mounts = {media / "staff" / "KINGSTON", media / "CARD", media / "staff" / "SD"}
    for folder in [*mounts, media / "staff" / "not-mounted", media / ".hidden", home / "图片"]:
        folder.mkdir(parents=True)
    settings = Settings({"sync.watch_folders": [str(media), str(tmp_path / "gone")]})
    found = removable_folders(settings, home=home, is_mount=lambda path: path in mounts)
    assert found == [media / "CARD", media / "staff" / "KINGSTON", media / "staff" / "SD"]  # no ~/Pictures
    (home / ".config").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text('XDG_PICTURES_DIR="$HOME/图片"\n', encoding="utf-8")
    found = removable_folders(settings, home=home, is_mount=lambda path: path in mounts)
    assert found[-1] == home / "图片"
    (home / "Pictures").mkdir()
    (home / ".config" / "user-dirs.dirs").unlink()
    assert removable_folders(Settings(), home=home) == [home / "Pictures"]
