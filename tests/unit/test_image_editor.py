"""ImageEditor / Sketchpad / ImageMask / Paint: options, config, and pre/postprocess per type."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image as PILImage

import podium as gr


def _png(folder: Path, name: str, array: np.ndarray) -> dict[str, Any]:
    path = folder / name
    PILImage.fromarray(array).save(path)
    return {"path": str(path), "meta": {"_type": "gradio.FileData"}, "orig_name": name}


@pytest.fixture
def payload(tmp_path: Path) -> dict[str, Any]:
    """A value as the browser sends it: a grey background, one layer with a red dot, the composite."""
    background = np.full((4, 6, 4), 200, dtype=np.uint8)
    layer = np.zeros((4, 6, 4), dtype=np.uint8)
    layer[1, 2] = [255, 0, 0, 255]
    composite = background.copy()
    composite[1, 2] = [255, 0, 0, 255]
    return {
        "background": _png(tmp_path, "background.png", background),
        "layers": [_png(tmp_path, "layer.png", layer)],
        "composite": _png(tmp_path, "composite.png", composite),
        "id": None,
    }


def _props(component: gr.ImageEditor) -> dict[str, Any]:
    return component.get_config()["props"]


# ---- options and config -----------------------------------------------------------------
def test_each_editor_has_gradios_defaults():
    editor, sketchpad, mask, paint = (_props(cls()) for cls in (gr.ImageEditor, gr.Sketchpad, gr.ImageMask, gr.Paint))
    assert gr.ImageEditor().get_config()["type"] == "imageeditor" == gr.Sketchpad().get_config()["type"]
    assert editor["brush"]["colors"][0] == "rgb(204, 50, 50)" and editor["brush"]["color_mode"] == "defaults"
    assert editor["sources"] == ["upload", "webcam", "clipboard"] and editor["transforms"] == ["crop", "resize"]
    assert editor["layers"] == {"allow_additional_layers": True, "layers": ["Layer 1"], "disabled": False}
    assert editor["canvas_size"] == [800, 800] and editor["image_mode"] == "RGBA" and editor["format"] == "webp"
    assert editor["eraser"] == {"default_size": "auto"} and editor["fixed_canvas"] is False
    # A sketchpad draws in black from scratch; a mask is one layer over an uploaded image.
    assert sketchpad["brush"] == {"default_size": "auto", "colors": ["#000000"], "default_color": "#000000", "color_mode": "fixed"}
    assert sketchpad["sources"] == [] and sketchpad["transforms"] == ["crop"]
    assert mask["layers"]["disabled"] is True and mask["sources"] == ["upload", "webcam", "clipboard"]
    assert mask["brush"]["colors"] == ["#000000"]
    assert paint["brush"]["colors"] == editor["brush"]["colors"] and paint["sources"] == []


def test_brush_eraser_and_layer_options_reach_the_config():
    brush = gr.Brush(default_size=12, colors=["#ff0000", ("#00ff00", 0.5)], default_color="#0000ff", color_mode="fixed")
    props = _props(gr.ImageEditor(brush=brush, eraser=gr.Eraser(30), layers=gr.LayerOptions(layers=["sky", "ground"], allow_additional_layers=False)))
    assert props["brush"] == {"default_size": 12, "colors": ["#ff0000", ["#00ff00", 0.5]], "default_color": "#0000ff", "color_mode": "fixed"}
    assert props["eraser"] == {"default_size": 30}
    assert props["layers"] == {"allow_additional_layers": False, "layers": ["sky", "ground"], "disabled": False}
    assert gr.Brush(colors="red").default_color == "red"  # the first colour when none is given
    hidden = _props(gr.ImageEditor(brush=False, eraser=False, transforms=None, sources="upload", canvas_size=(640, 480)))
    assert hidden["brush"] is False and hidden["eraser"] is False and hidden["transforms"] == []
    assert hidden["sources"] == ["upload"] and hidden["canvas_size"] == [640, 480]
    update = gr.ImageEditor().with_updates({"brush": gr.Brush(colors=["#123456"])})
    assert update["brush"]["colors"] == ["#123456"]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: gr.Brush(default_size=0), "default_size"),
        (lambda: gr.Brush(color_mode="any"), "color_mode"),
        (lambda: gr.Brush(colors=[("#fff", 2.0)]), "opacity"),
        (lambda: gr.Eraser(default_size="big"), "default_size"),
        (lambda: gr.LayerOptions(layers=[]), "at least one"),
        (lambda: gr.ImageEditor(transforms=["rotate"]), "transforms"),
        (lambda: gr.ImageEditor(sources=["scanner"]), "sources"),
        (lambda: gr.ImageEditor(canvas_size=(0, 10)), "canvas_size"),
        (lambda: gr.ImageEditor(type="bytes"), "type must be"),
        (lambda: gr.ImageEditor(brush="red"), "gr.Brush"),
    ],
)
def test_bad_options_are_refused_clearly(build, message):
    with pytest.raises((ValueError, TypeError), match=message):
        build()


# ---- wire -> function -------------------------------------------------------------------
def test_numpy_gets_each_image_as_an_rgba_array(payload):
    value = gr.ImageEditor(type="numpy").preprocess(payload)
    assert value is not None
    assert value["background"].shape == (4, 6, 4) and value["composite"].shape == (4, 6, 4)
    (layer,) = value["layers"]
    assert layer[1, 2].tolist() == [255, 0, 0, 255] and layer[..., 3].sum() == 255  # only the dot is painted
    assert value["composite"][1, 2].tolist() == [255, 0, 0, 255] and value["composite"][0, 0].tolist() == [200] * 4


def test_pil_filepath_and_image_mode(payload):
    as_pil = gr.ImageEditor(type="pil").preprocess(payload)
    assert as_pil is not None and isinstance(as_pil["composite"], PILImage.Image) and as_pil["composite"].mode == "RGBA"
    paths = gr.ImageMask(type="filepath").preprocess(payload)
    assert paths is not None and all(Path(path).is_file() for path in [paths["background"], paths["composite"], *paths["layers"]])
    rgb = gr.Sketchpad(image_mode="RGB").preprocess(payload)
    assert rgb is not None and rgb["composite"].shape == (4, 6, 3)


def test_empty_values(payload):
    editor = gr.ImageEditor()
    assert editor.preprocess(None) is None
    assert editor.preprocess({"background": None, "layers": [], "composite": None}) == {"background": None, "layers": [], "composite": None}


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("picture.png", "editor value"),
        ({"background": "x.png", "layers": []}, "'background'"),
        ({"background": None, "layers": {"path": "x"}}, "'layers'"),
        ({"background": None, "layers": ["x.png"]}, "each editor layer"),
        ({"composite": 5}, "'composite'"),
    ],
)
def test_bad_payloads_get_a_clear_error(bad, message):
    with pytest.raises(ValueError, match=message):
        gr.ImageEditor().check_payload(bad)


# ---- function -> wire -------------------------------------------------------------------
def test_a_single_image_becomes_background_and_composite():
    wire = gr.ImageEditor(format="png").postprocess(np.zeros((3, 5, 3), dtype=np.uint8))
    assert wire is not None and wire["layers"] == [] and wire["background"] == wire["composite"]
    assert wire["background"]["path"].endswith(".png") and gr.ImageEditor().postprocess(None) is None


def test_a_value_dict_round_trips_through_the_wire():
    background = np.full((5, 7, 4), 255, dtype=np.uint8)
    stroke = np.zeros((5, 7, 4), dtype=np.uint8)
    stroke[2, 3] = [0, 0, 0, 255]
    editor = gr.ImageEditor(format="png")
    wire = editor.postprocess({"background": background, "layers": [stroke], "composite": PILImage.fromarray(background)})
    assert wire is not None and len(wire["layers"]) == 1 and wire["id"] is None
    back = editor.preprocess(wire)
    assert back is not None and np.array_equal(back["layers"][0], stroke) and np.array_equal(back["background"], background)
    partial = editor.postprocess({"background": background})
    assert partial is not None and partial["layers"] == [] and partial["composite"] is None


def test_bad_return_values_are_refused():
    with pytest.raises(ValueError, match="background, layers and composite"):
        gr.ImageEditor().postprocess({"mask": np.zeros((2, 2))})
    with pytest.raises(TypeError, match="'layers' must be a list"):
        gr.ImageEditor().postprocess({"layers": np.zeros((2, 2))})
    with pytest.raises(TypeError, match="cannot show"):
        gr.ImageEditor().postprocess(42)


def test_api_info_describes_the_editor_dict():
    info = gr.ImageEditor().api_info()
    assert info["title"] == "EditorData" and set(info["properties"]) == {"background", "layers", "composite", "id"}
    assert info["properties"]["layers"]["items"] == {"$ref": "#/$defs/FileData"}
    assert set(gr.ImageEditor().example_payload()) == {"background", "layers", "composite"}
