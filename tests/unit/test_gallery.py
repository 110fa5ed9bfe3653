"""Gallery: constructor, config, pre/postprocess for each type, wire shape, payload checks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

import podium as gr
from podium.components._shortcuts import component_from

META = {"_type": "gradio.FileData"}


@pytest.fixture
def png(tmp_path: Path) -> Path:
    pixels = np.zeros((4, 6, 4), np.uint8)
    pixels[0, 0] = [255, 0, 0, 255]
    path = tmp_path / "dot.png"
    PILImage.fromarray(pixels).save(path)
    return path


def fd(path: Path | str, **extra: object) -> dict:
    return {"path": str(path), "orig_name": Path(path).name, "meta": META, **extra}


def test_defaults_match_gradio() -> None:
    props = gr.Gallery().get_config()["props"]
    assert props["value"] == [] and props["columns"] == 2 and props["rows"] is None
    assert props["format"] == "webp" and props["type"] == "filepath" and props["allow_preview"] is True
    assert props["buttons"] == ["share", "download", "download_all", "fullscreen"]
    assert props["fit_columns"] is True and props["sources"] == ["upload"] and props["object_fit"] is None
    assert props["preview"] is None and props["selected_index"] is None and props["name"] == "gallery"
    assert isinstance(component_from("gallery"), gr.Gallery)


def test_events() -> None:
    gallery = gr.Gallery()
    for name in ("select", "upload", "change", "delete", "preview_open", "preview_close"):
        assert callable(getattr(gallery, name))


@pytest.mark.parametrize(
    "kwargs",
    [{"type": "bytes"}, {"format": "exr"}, {"object_fit": "stretch"}, {"columns": 0}, {"buttons": ["zoom"]}, {"sources": ["mic"]}],
)
def test_bad_arguments(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        gr.Gallery(**kwargs)


def test_postprocess_wire_shape(png: Path) -> None:
    array = np.zeros((4, 4, 3), np.uint8)
    pil = PILImage.new("RGB", (3, 2), (1, 2, 3))
    wire = gr.Gallery(format="png").postprocess(
        [(array, "arr"), pil, str(png), (png, 7), "https://x.test/a.png", ("https://x.test/v.mp4", "vid")]
    )
    assert [next(k for k in item if k != "caption") for item in wire] == ["image"] * 5 + ["video"]
    assert [item["caption"] for item in wire] == ["arr", None, None, "7", None, "vid"]
    assert wire[0]["image"]["path"].endswith(".png") and wire[0]["image"]["meta"] == META
    with PILImage.open(wire[1]["image"]["path"]) as image:
        assert image.size == (3, 2) and image.format == "PNG"
    assert wire[2]["image"]["path"] == str(png) and wire[2]["image"]["orig_name"] == "dot.png"
    assert wire[4]["image"]["url"] == "https://x.test/a.png"
    assert wire[5]["video"]["mime_type"] == "video/mp4"


def test_postprocess_default_format_is_webp_and_none_is_empty() -> None:
    wire = gr.Gallery().postprocess([np.zeros((2, 2, 3), np.uint8)])
    assert wire[0]["image"]["path"].endswith(".webp")
    assert gr.Gallery().postprocess(None) == [] and gr.Gallery().postprocess([]) == []


def test_postprocess_local_video(tmp_path: Path) -> None:
    clip = tmp_path / "clip.webm"
    clip.write_bytes(b"\x1a\x45\xdf\xa3")
    assert "video" in gr.Gallery().postprocess([clip])[0]


def test_postprocess_rejects_non_lists_and_bad_items() -> None:
    with pytest.raises(TypeError):
        gr.Gallery().postprocess("a.png")
    with pytest.raises(TypeError):
        gr.Gallery().postprocess([object()])
    with pytest.raises(ValueError):
        gr.Gallery().postprocess([("a.png", "c", "extra")])


def test_preprocess_per_type(png: Path) -> None:
    payload = [{"image": fd(png), "caption": "c"}, {"image": fd(png), "caption": None}]
    assert gr.Gallery().preprocess(payload) == [(str(png), "c"), (str(png), None)]
    [(image, caption), _] = gr.Gallery(type="pil").preprocess(payload)
    assert isinstance(image, PILImage.Image) and image.mode == "RGBA" and image.size == (6, 4) and caption == "c"
    [(array, _), _] = gr.Gallery(type="numpy").preprocess(payload)
    assert isinstance(array, np.ndarray) and array.shape == (4, 6, 4) and array[0, 0].tolist() == [255, 0, 0, 255]


def test_preprocess_videos_stay_paths_and_empty_is_none(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"0")
    assert gr.Gallery(type="numpy").preprocess([{"video": fd(clip), "caption": "v"}]) == [(str(clip), "v")]
    assert gr.Gallery().preprocess(None) is None and gr.Gallery().preprocess([]) is None


def test_preprocess_unreadable_image(tmp_path: Path) -> None:
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"nope")
    with pytest.raises(gr.Error, match="not an image"):
        gr.Gallery(type="pil").preprocess([{"image": fd(junk)}])


def test_round_trip(png: Path) -> None:
    gallery = gr.Gallery(type="pil")
    back = gallery.preprocess(gallery.postprocess([(png, "x")]))
    assert back[0][1] == "x" and back[0][0].size == (6, 4)


@pytest.mark.parametrize(
    "payload",
    ["a.png", [{"path": "a.png"}], [{"image": {"path": "a"}}], [{"image": fd("a.png"), "caption": 3}], [fd("a.png")]],
)
def test_check_payload_rejects(payload: object) -> None:
    with pytest.raises(ValueError):
        gr.Gallery().check_payload(payload)


def test_check_payload_accepts() -> None:
    gallery = gr.Gallery()
    gallery.check_payload(None)
    gallery.check_payload([{"image": fd("a.png"), "caption": "x"}, {"video": fd("b.mp4")}])


def test_api_info_and_examples() -> None:
    gallery = gr.Gallery()
    info = gallery.api_info()
    assert info["type"] == "array"
    titles = [option["title"] for option in info["items"]["anyOf"]]
    assert titles == ["GalleryImage", "GalleryVideo"]
    assert gallery.example_payload()[0]["image"]["meta"] == META
    assert gallery.example_value()[0].startswith("https://")


def test_legacy_button_flags_warn() -> None:
    with pytest.warns(DeprecationWarning):
        gallery = gr.Gallery(show_download_button=False)
    assert "download" not in gallery.buttons
