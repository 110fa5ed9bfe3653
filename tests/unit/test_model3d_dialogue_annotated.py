"""Model3D, Dialogue and AnnotatedImage: config, pre/postprocess and clear errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

import podium as gr

# ---- Model3D ---------------------------------------------------------------------------


def test_model3d_config_matches_gradio_defaults():
    props = gr.Model3D().get_config()["props"]
    assert props["clear_color"] == [0, 0, 0, 0]
    assert props["camera_position"] == [None, None, None]
    assert props["zoom_speed"] == 1 and props["pan_speed"] == 1
    assert props["display_mode"] is None and props["value"] is None
    custom = gr.Model3D(display_mode="wireframe", clear_color=(1, 0, 0, 1), camera_position=(45, 60, 3)).get_config()["props"]
    assert custom["display_mode"] == "wireframe" and custom["clear_color"] == [1, 0, 0, 1]
    assert custom["camera_position"] == [45, 60, 3]


def test_model3d_value_is_a_file_both_ways(tmp_path: Path):
    model = tmp_path / "cube.OBJ"
    model.write_text("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n")
    component = gr.Model3D()
    wire = component.postprocess(str(model))
    assert wire["path"] == str(model) and wire["orig_name"] == "cube.OBJ" and wire["size"] == model.stat().st_size
    assert wire["meta"] == {"_type": "gradio.FileData"}
    assert component.postprocess(model)["path"] == str(model)
    assert component.preprocess(wire) == str(model)
    assert component.preprocess(None) is None and component.postprocess(None) is None
    url = "https://example.com/models/Fox.glb?download=1"
    assert component.postprocess(url)["url"] == url


@pytest.mark.parametrize("name", ["a.glb", "a.gltf", "a.obj", "a.stl", "a.ply", "a.splat"])
def test_model3d_accepts_each_supported_format(name: str):
    gr.Model3D().check_payload({"path": f"/tmp/{name}", "meta": {"_type": "gradio.FileData"}})


def test_model3d_refuses_unknown_formats_with_a_clear_message(tmp_path: Path):
    with pytest.raises(ValueError, match=r"cannot show 'notes.txt' \(\.txt\).*\.glb"):
        gr.Model3D().postprocess(str(tmp_path / "notes.txt"))
    with pytest.raises(ValueError, match="no extension"):
        gr.Model3D().check_payload({"path": "/tmp/upload/model", "meta": {"_type": "gradio.FileData"}})
    with pytest.raises(ValueError, match="expected file data"):
        gr.Model3D().check_payload("model.glb")
    with pytest.raises(TypeError, match="file path or URL"):
        gr.Model3D().postprocess(42)
    with pytest.raises(ValueError, match="display_mode"):
        gr.Model3D(display_mode="shaded")  # type: ignore[arg-type]


# ---- Dialogue --------------------------------------------------------------------------

LINES = [{"speaker": "Ann", "text": "Hello"}, {"speaker": "Bob", "text": "Hi there"}]


def test_dialogue_config_matches_gradio():
    props = gr.Dialogue(speakers=["Ann", "Bob"], tags=["(laughs)"]).get_config()["props"]
    assert props["type"] == "text" and props["separator"] == "\n" and props["ui_mode"] == "both"
    assert props["speakers"] == ["Ann", "Bob"] and props["tags"] == ["(laughs)"] and props["label"] == "Dialogue"
    assert props["info"] is None  # the tag hint only shows on an editable dialogue
    assert gr.Dialogue(interactive=True).get_config()["props"]["info"].startswith("Type colon")


def test_dialogue_text_type_formats_lines_like_gradio():
    dialogue = gr.Dialogue(speakers=["Ann", "Bob"])
    assert dialogue.preprocess(LINES) == "[Ann] Hello\n[Bob] Hi there"
    assert dialogue.preprocess("already text") == "already text"
    assert dialogue.preprocess([{"speaker": "Ann", "text": ""}]) == ""
    tabbed = gr.Dialogue(separator="\t", formatter=lambda speaker, text: f"{speaker}: {text}")
    assert tabbed.preprocess(LINES) == "Ann: Hello\tBob: Hi there"


def test_dialogue_list_type_and_round_trip():
    dialogue = gr.Dialogue(type="list", speakers=["Ann", "Bob"])
    assert dialogue.preprocess(LINES) == LINES
    assert dialogue.postprocess(LINES) == LINES and dialogue.postprocess("plain") == "plain"
    assert dialogue.postprocess(None) is None and dialogue.preprocess(None) == []
    assert dialogue.unformat("[Ann] Hello\n\nno speaker here") == [
        {"speaker": "Ann", "text": "Hello"}, {"speaker": "Ann", "text": "no speaker here"},
    ]


def test_dialogue_refuses_bad_lines():
    dialogue = gr.Dialogue()
    for bad in (3, [{"speaker": "Ann"}], [["Ann", "hi"]]):
        with pytest.raises(ValueError, match="speaker"):
            dialogue.check_payload(bad)
    with pytest.raises(ValueError, match="'speaker' and 'text'"):
        dialogue.postprocess([{"who": "Ann"}])
    with pytest.raises(ValueError, match="separator"):
        gr.Dialogue(separator=" ")


# ---- AnnotatedImage --------------------------------------------------------------------


def _rgba(path: str) -> np.ndarray:
    with PILImage.open(path) as image:
        return np.array(image.convert("RGBA"))


def test_annotated_image_masks_and_boxes_become_coloured_overlays():
    base = np.zeros((40, 60, 3), dtype=np.uint8)
    mask = np.zeros((40, 60), dtype=np.float32)
    mask[10:20, 5:15] = 0.6
    component = gr.AnnotatedImage(color_map={"cat": "#00ff00"})
    wire = component.postprocess((base, [(mask, "cat"), ((30, 5, 50, 35), "dog"), (mask > 0, "cat")]))
    assert [a["label"] for a in wire["annotations"]] == ["cat", "dog", "cat"]
    with PILImage.open(wire["image"]["path"]) as image:
        assert image.size == (60, 40)
    soft = _rgba(wire["annotations"][0]["image"]["path"])
    assert soft.shape == (40, 60, 4)
    assert tuple(soft[15, 10]) == (0, 255, 0, 153)  # colour from color_map, alpha = 0.6
    assert soft[0, 0, 3] == 0  # nothing drawn outside the mask
    box = _rgba(wire["annotations"][1]["image"]["path"])
    assert box[5, 40, 3] == 255 and box[20, 40, 3] < 255 and box[20, 40, 3] > 0  # solid border, light fill
    assert box[0, 0, 3] == 0 and tuple(box[5, 40, :3]) == (0xF9, 0x73, 0x16)  # first palette colour
    assert _rgba(wire["annotations"][2]["image"]["path"])[15, 10, 3] == 255  # bool mask: fully opaque


def test_annotated_image_base_from_path_and_preprocess(tmp_path: Path):
    path = tmp_path / "photo.png"
    PILImage.new("RGB", (30, 20), "white").save(path)
    component = gr.AnnotatedImage()
    wire = component.postprocess((str(path), [((0, 0, 10, 10), "thing")]))
    assert wire["image"]["path"] == str(path)
    base, annotations = component.preprocess(wire)
    assert base == str(path) and annotations == [(wire["annotations"][0]["image"]["path"], "thing")]
    component.check_payload(wire)
    assert component.postprocess(None) is None and component.preprocess(None) is None
    assert component.get_config()["props"]["buttons"] == ["fullscreen"]
    assert component.get_config()["props"]["show_legend"] is True


@pytest.mark.parametrize(
    ("annotation", "message"),
    [
        ((np.zeros((5, 5)), "x"), r"mask is 5x5 but the image is 20x30"),
        ((np.full((20, 30), 2.0), "x"), r"between 0 and 1 \(found 2 to 2\)"),
        (((10, 10, 5, 15), "x"), r"x1 < x2 and y1 < y2"),
        (((100, 100, 120, 130), "x"), r"lies outside the 30x20 image"),
        (("mask.png", "x"), r"numpy array .* or a box"),
        ((np.zeros((20, 30)),), r"\(mask_or_box, label\) pair"),
    ],
)
def test_annotated_image_bad_annotations_say_what_is_wrong(annotation, message):
    base = np.zeros((20, 30, 3), dtype=np.uint8)
    with pytest.raises((ValueError, TypeError), match=message):
        gr.AnnotatedImage().postprocess((base, [annotation]))


def test_annotated_image_bad_values_and_payloads():
    with pytest.raises(ValueError, match=r"\(image, \[\(mask_or_box, label\)"):
        gr.AnnotatedImage().postprocess(np.zeros((4, 4, 3)))
    with pytest.raises(FileNotFoundError, match="does not exist"):
        gr.AnnotatedImage().postprocess(("/nonexistent/base.png", []))
    with pytest.raises(ValueError, match="colour it cannot read"):
        gr.AnnotatedImage(color_map={"a": "not-a-colour"}).postprocess((np.zeros((4, 4, 3)), [((0, 0, 2, 2), "a")]))
    with pytest.raises(ValueError, match="'annotations'"):
        gr.AnnotatedImage().check_payload({"image": "x.png"})
