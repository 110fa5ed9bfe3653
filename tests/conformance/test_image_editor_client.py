"""The real gradio_client sends an ImageEditor value dict (files via handle_file) and
receives one back."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from gradio_client import Client, handle_file
from PIL import Image as PILImage

import podium as gr


def _flatten(value: dict[str, Any]) -> dict[str, Any]:
    """Paints every layer over the background and returns it as the new background."""
    picture = value["background"].astype(np.float64)
    for layer in value["layers"]:
        alpha = layer[..., 3:4] / 255.0
        picture[..., :3] = picture[..., :3] * (1 - alpha) + layer[..., :3] * alpha
    flat = picture.astype(np.uint8)
    return {"background": flat, "layers": [], "composite": flat}


def _describe(value: dict[str, Any]) -> str:
    layers = ", ".join(f"{layer.width}x{layer.height}" for layer in value["layers"])
    return f"background {value['background'].width}x{value['background'].height}; layers [{layers}]; composite {value['composite']}"


@pytest.fixture
def client(serve) -> Client:
    with gr.Blocks() as demo:
        editor = gr.ImageEditor(format="png")
        flattened = gr.ImageEditor(format="png")
        described = gr.Textbox()
        pil_editor = gr.ImageMask(type="pil")
        gr.Button().click(_flatten, editor, flattened, api_name="flatten")
        gr.Button().click(_describe, pil_editor, described, api_name="describe")
    return Client(serve(demo), verbose=False, download_files=tempfile.mkdtemp())


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    background = tmp_path / "background.png"
    PILImage.fromarray(np.full((10, 16, 3), 240, dtype=np.uint8)).save(background)
    stroke = np.zeros((10, 16, 4), dtype=np.uint8)
    stroke[4:6, 2:14] = [255, 0, 0, 255]
    layer = tmp_path / "layer.png"
    PILImage.fromarray(stroke).save(layer)
    return background, layer


def test_a_value_dict_goes_in_and_comes_back(client: Client, files: tuple[Path, Path]):
    background, layer = files
    result = client.predict(
        {"background": handle_file(str(background)), "layers": [handle_file(str(layer))], "composite": None},
        api_name="/flatten",
    )
    assert set(result) >= {"background", "layers", "composite"} and result["layers"] == []
    flat = np.array(PILImage.open(result["background"]))
    assert flat.shape[:2] == (10, 16)
    assert flat[5, 8, :3].tolist() == [255, 0, 0] and flat[0, 0, :3].tolist() == [240, 240, 240]
    assert Path(result["composite"]).is_file()


def test_each_image_reaches_the_function_as_the_editor_type(client: Client, files: tuple[Path, Path]):
    background, layer = files
    text = client.predict(
        {"background": handle_file(str(background)), "layers": [handle_file(str(layer))], "composite": handle_file(str(background))},
        api_name="/describe",
    )
    assert text.startswith("background 16x10; layers [16x10]; composite <PIL.Image.Image image mode=RGBA size=16x10")


def test_the_api_describes_the_editor_dict(client: Client):
    info = client.view_api(return_format="dict", print_info=False)
    (parameter,) = info["named_endpoints"]["/flatten"]["parameters"]
    assert parameter["component"].lower() == "imageeditor"
    assert set(parameter["type"]["properties"]) >= {"background", "layers", "composite"}
