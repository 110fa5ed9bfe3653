"""The real gradio_client with handle_file against an image-to-image Podium app."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pytest
from gradio_client import Client, handle_file
from PIL import Image as PILImage

import podium as gr


def flip(image: np.ndarray) -> np.ndarray:
    return image[::-1]


def keep(path: str) -> str:
    return path


def size(image: PILImage.Image) -> str:
    return f"{image.width}x{image.height} {image.mode}"


@pytest.fixture
def client(serve) -> Client:
    with gr.Blocks() as demo:
        source = gr.Image()
        flipped = gr.Image(format="png")
        path_in = gr.Image(type="filepath", image_mode=None)
        path_out = gr.Image()
        pil_in = gr.Image(type="pil", image_mode="L")
        text = gr.Textbox()
        gr.Button().click(flip, source, flipped, api_name="flip")
        gr.Button().click(keep, path_in, path_out, api_name="keep")
        gr.Button().click(size, pil_in, text, api_name="size")
    return Client(serve(demo), verbose=False, download_files=tempfile.mkdtemp())


@pytest.fixture
def picture(tmp_path: Path) -> tuple[Path, np.ndarray]:
    pixels = np.random.default_rng(7).integers(0, 256, (24, 32, 3), dtype=np.uint8)
    path = tmp_path / "noise.png"
    PILImage.fromarray(pixels).save(path)
    return path, pixels


def test_numpy_flip_round_trip_is_pixel_exact(client: Client, picture: tuple[Path, np.ndarray]):
    path, pixels = picture
    result = client.predict(handle_file(str(path)), api_name="/flip")
    assert Path(result).suffix == ".png"
    with PILImage.open(result) as image:
        assert np.array_equal(np.asarray(image), pixels[::-1])


def test_filepath_output_keeps_the_original_bytes(client: Client, picture: tuple[Path, np.ndarray]):
    path, _ = picture
    result = client.predict(handle_file(str(path)), api_name="/keep")
    assert Path(result).read_bytes() == path.read_bytes()


def test_pil_input_is_converted_to_the_image_mode(client: Client, picture: tuple[Path, np.ndarray]):
    path, _ = picture
    assert client.predict(handle_file(str(path)), api_name="/size") == "32x24 L"


def test_api_info_describes_image_data(client: Client):
    info = client.view_api(print_info=False, return_format="dict")
    parameter = info["named_endpoints"]["/flip"]["parameters"][0]
    assert parameter["component"] == "Image"
    assert parameter["type"]["title"] == "ImageData"
