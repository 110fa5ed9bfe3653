"""Image component: pre/postprocess for each type and mode, round trips, SVG sanitising."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image as PILImage

import podium as gr
from podium.components._shortcuts import component_from
from podium.files.svg import sanitize_svg

META = {"_type": "gradio.FileData"}


@pytest.fixture
def rgba_png(tmp_path: Path) -> Path:
    pixels = np.zeros((4, 6, 4), np.uint8)
    pixels[..., 3] = 128
    pixels[0, 0] = [255, 0, 0, 255]
    path = tmp_path / "dot.png"
    PILImage.fromarray(pixels).save(path)
    return path


def read_pixels(path: str | Path) -> np.ndarray:
    with PILImage.open(path) as image:
        return np.asarray(image)


def opened(path: str | Path) -> PILImage.Image:
    with PILImage.open(path) as image:
        image.load()
        return image


def payload(path: Path, **extra: object) -> dict:
    return {"path": str(path), "orig_name": path.name, "meta": META, **extra}


@pytest.mark.parametrize(
    ("mode", "shape"), [("RGB", (4, 6, 3)), ("L", (4, 6)), ("RGBA", (4, 6, 4)), (None, (4, 6, 4))]
)
def test_preprocess_numpy_per_image_mode(rgba_png: Path, mode: str | None, shape: tuple) -> None:
    array = gr.Image(type="numpy", image_mode=mode).preprocess(payload(rgba_png))
    assert isinstance(array, np.ndarray) and array.dtype == np.uint8 and array.shape == shape
    if mode == "RGB":
        assert array[0, 0].tolist() == [255, 0, 0]


@pytest.mark.parametrize("mode", ["RGB", "L", "RGBA", "1", "CMYK"])
def test_preprocess_pil_converts_to_the_mode(rgba_png: Path, mode: str) -> None:
    image = gr.Image(type="pil", image_mode=mode).preprocess(payload(rgba_png))
    assert isinstance(image, PILImage.Image) and image.mode == mode and image.size == (6, 4)


def test_preprocess_pil_with_no_mode_keeps_the_files_mode(rgba_png: Path) -> None:
    assert gr.Image(type="pil", image_mode=None).preprocess(payload(rgba_png)).mode == "RGBA"


def test_preprocess_filepath_keeps_the_file_unless_converted(rgba_png: Path) -> None:
    assert gr.Image(type="filepath", image_mode=None).preprocess(payload(rgba_png)) == str(rgba_png)
    assert gr.Image(type="filepath", image_mode="RGBA").preprocess(payload(rgba_png)) == str(rgba_png)
    converted = gr.Image(type="filepath", image_mode="L").preprocess(payload(rgba_png))
    assert converted != str(rgba_png) and Path(converted).name == "dot.png"
    with PILImage.open(converted) as image:
        assert image.mode == "L" and image.format == "PNG"


def test_preprocess_none_and_unreadable(tmp_path: Path) -> None:
    assert gr.Image().preprocess(None) is None
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not an image")
    with pytest.raises(gr.Error, match="not an image"):
        gr.Image().preprocess(payload(junk))


def test_preprocess_applies_exif_orientation(tmp_path: Path) -> None:
    path = tmp_path / "rotated.jpg"
    exif = PILImage.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    PILImage.new("RGB", (8, 2), "white").save(path, exif=exif.tobytes())
    assert gr.Image().preprocess(payload(path)).shape == (8, 2, 3)


@pytest.mark.parametrize("image_type", ["numpy", "filepath"])
def test_preprocess_applies_png_exif_orientation(tmp_path: Path, image_type: str) -> None:
    path = tmp_path / "rotated.png"
    exif = PILImage.Exif()
    exif[0x0112] = 6
    PILImage.new("RGB", (8, 2), "white").save(path, exif=exif.tobytes())
    result = gr.Image(type=image_type).preprocess(payload(path))
    if image_type == "filepath":
        assert result != str(path)  # a rotated copy, not the upload itself
        result = read_pixels(result)
    assert result.shape == (8, 2, 3)


def test_unrotated_png_filepath_is_passed_through(tmp_path: Path) -> None:
    path = tmp_path / "plain.png"
    PILImage.new("RGB", (8, 2), "white").save(path)
    assert gr.Image(type="filepath").preprocess(payload(path)) == str(path)


def test_postprocess_numpy_png_round_trip_is_exact() -> None:
    pixels = np.random.default_rng(0).integers(0, 256, (20, 30, 3), dtype=np.uint8)
    wire = gr.Image(format="png").postprocess(pixels)
    assert wire["meta"] == META and wire["mime_type"] == "image/png" and wire["path"].endswith(".png")
    assert wire["url"] is None and wire["size"] == Path(wire["path"]).stat().st_size
    assert np.array_equal(read_pixels(wire["path"]), pixels)
    back = gr.Image(type="numpy").preprocess(payload(Path(wire["path"])))
    assert np.array_equal(back, pixels)


def test_postprocess_pil_round_trip_and_default_webp() -> None:
    image = PILImage.new("RGBA", (5, 3), (10, 20, 30, 40))
    png = gr.Image(format="png").postprocess(image)
    again = gr.Image(type="pil", image_mode=None).preprocess(payload(Path(png["path"])))
    assert again.mode == "RGBA" and again.getpixel((0, 0)) == (10, 20, 30, 40)
    webp = gr.Image().postprocess(image)
    assert webp["path"].endswith(".webp")
    with PILImage.open(webp["path"]) as shown:
        assert shown.format == "WEBP" and shown.size == (5, 3)


def test_postprocess_jpeg_drops_alpha_and_equal_images_share_a_file() -> None:
    pixels = np.full((4, 4, 4), 200, np.uint8)
    first = gr.Image(format="jpeg").postprocess(pixels)
    assert first["path"].endswith(".jpeg")
    assert opened(first["path"]).mode == "RGB"
    assert gr.Image(format="jpg").postprocess(pixels)["path"] == first["path"]


@pytest.mark.parametrize(
    ("array", "expected"),
    [
        (np.array([[0.0, 1.0]]), [0, 255]),
        (np.array([[True, False]]), [255, 0]),
        (np.array([[-5, 300]], dtype=np.int32), [0, 255]),
        (np.array([[[7], [9]]], dtype=np.uint8), [7, 9]),
    ],
)
def test_postprocess_converts_other_dtypes_to_uint8(array: np.ndarray, expected: list[int]) -> None:
    wire = gr.Image(format="png").postprocess(array)
    assert read_pixels(wire["path"])[0].tolist() == expected


def test_postprocess_paths_urls_and_file_data(rgba_png: Path) -> None:
    wire = gr.Image().postprocess(str(rgba_png))
    assert wire["path"] == str(rgba_png) and wire["orig_name"] == "dot.png"
    assert gr.Image().postprocess(rgba_png)["path"] == str(rgba_png)
    url = gr.Image().postprocess("https://example.com/cat.png?x=1")
    assert url["url"] == url["path"] == "https://example.com/cat.png?x=1" and url["orig_name"] == "cat.png"
    given = payload(rgba_png)
    assert gr.Image().postprocess(given) is given
    assert gr.Image().postprocess(None) is None


def test_postprocess_rejects_what_it_cannot_show() -> None:
    with pytest.raises(TypeError, match="Image cannot show"):
        gr.Image().postprocess(42)
    with pytest.raises(ValueError, match="shape"):
        gr.Image().postprocess(np.zeros((2, 2, 5), np.uint8))


SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="10" height="10" onload="alert(1)">'
    "<script>alert(2)</script>"
    '<style>@import url("https://evil.example/x.css");</style>'
    '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>'
    '<a href="javascript:alert(3)"><rect width="10" height="10" fill="red" onclick="x()"/></a>'
    '<image xlink:href="https://evil.example/track.png" width="1" height="1"/>'
    '<use href="#dot"/><circle id="dot" r="1" style="fill: url(https://evil.example/p)"/>'
    '<set attributeName="href" to="javascript:alert(4)"/>'
    "</svg>"
)


def test_sanitize_svg_strips_scripts_handlers_and_external_references() -> None:
    clean = sanitize_svg(SVG)
    lowered = clean.lower()
    for bad in ("script", "onload", "onclick", "javascript:", "evil.example", "foreignobject", "<set", "@import"):
        assert bad not in lowered, bad
    assert 'fill="red"' in clean and 'href="#dot"' in clean and "<svg" in clean


def test_sanitize_svg_refuses_entities_and_non_svg() -> None:
    with pytest.raises(gr.Error, match="DOCTYPE"):
        sanitize_svg('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>')
    with pytest.raises(gr.Error, match="not an SVG"):
        sanitize_svg("<html/>")
    with pytest.raises(gr.Error, match="could not be read"):
        sanitize_svg("<svg")


def test_svg_input_is_sanitised_and_passed_as_a_filepath(tmp_path: Path) -> None:
    source = tmp_path / "logo.svg"
    source.write_text(SVG)
    path = gr.Image(type="filepath").preprocess(payload(source))
    assert path != str(source) and Path(path).name == "logo.svg"
    assert "script" not in Path(path).read_text().lower()
    with pytest.raises(gr.Error, match="SVG files are not supported"):
        gr.Image(type="numpy").preprocess(payload(source))


def test_constructor_defaults_validation_and_config() -> None:
    image = gr.Image()
    props = image.get_config()["props"]
    assert props["format"] == "webp" and props["image_mode"] == "RGB" and props["type"] == "numpy"
    assert props["sources"] == ["upload", "webcam", "clipboard"] and props["streaming"] is False
    assert props["webcam_options"] == {"mirror": True, "constraints": None}
    assert gr.Image(sources="webcam", streaming=True).get_config()["props"]["streamable"] is True
    options = SimpleNamespace(mirror=False, constraints={"facingMode": "user"})  # like gr.WebcamOptions
    assert gr.Image(webcam_options=options).webcam_options == {"mirror": False, "constraints": {"facingMode": "user"}}
    assert gr.Image(webcam_options={"mirror": False}).webcam_options == {"mirror": False, "constraints": None}
    assert gr.Image(buttons=["download"]).buttons == ["download"]
    with pytest.raises(ValueError, match="type"):
        gr.Image(type="tensor")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="image_mode"):
        gr.Image(image_mode="XYZ")
    with pytest.raises(ValueError, match="sources"):
        gr.Image(sources=["microphone"])
    with pytest.raises(ValueError, match="streaming"):
        gr.Image(sources=["upload"], streaming=True)
    assert isinstance(component_from("image"), gr.Image)


def test_legacy_flags_warn_and_map() -> None:
    with pytest.warns(DeprecationWarning, match="show_download_button"):
        image = gr.Image(show_download_button=False)
    assert "download" not in image.buttons
    with pytest.warns(DeprecationWarning, match="mirror_webcam"):
        assert gr.Image(mirror_webcam=False).webcam_options == {"mirror": False, "constraints": None}


def test_api_info_payload_check_and_example() -> None:
    image = gr.Image()
    info = image.api_info()
    assert info["title"] == "ImageData" and info["required"] == ["path"]
    assert image.example_payload()["meta"] == META
    image.check_payload(None)
    image.check_payload({"path": "x", "meta": META})
    with pytest.raises(ValueError, match="expected image file data"):
        image.check_payload("/etc/passwd")


def test_events() -> None:
    for event in ("change", "clear", "select", "upload", "input", "stream"):
        assert callable(getattr(gr.Image(), event))
