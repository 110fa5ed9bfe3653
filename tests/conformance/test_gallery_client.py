"""The real gradio_client against a Gallery app: generated images with captions come back
byte-for-byte, and a gallery of uploaded files works as an input."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pytest
from gradio_client import Client, handle_file
from PIL import Image as PILImage

import podium as gr

SHADES = [(200, 30, 30), (30, 200, 30), (30, 30, 200)]


def generate(count: float) -> list[tuple[np.ndarray, str]]:
    rng = np.random.default_rng(3)
    return [(rng.integers(0, 256, (16, 24, 3), dtype=np.uint8), f"image {i}") for i in range(int(count))]


def measure(items: list[tuple[str, str | None]]) -> str:
    sizes = []
    for path, caption in items:
        with PILImage.open(path) as image:
            sizes.append(f"{image.width}x{image.height}:{caption}")
    return ", ".join(sizes)


@pytest.fixture
def client(serve) -> Client:
    with gr.Blocks() as demo:
        count = gr.Number(3)
        out = gr.Gallery(format="png")
        inp = gr.Gallery(interactive=True)
        text = gr.Textbox()
        gr.Button().click(generate, count, out, api_name="generate")
        gr.Button().click(measure, inp, text, api_name="measure")
    return Client(serve(demo), verbose=False, download_files=tempfile.mkdtemp())


def test_generated_images_with_captions_are_byte_correct(client: Client) -> None:
    result = client.predict(3, api_name="/generate")
    expected = generate(3)
    assert [item["caption"] for item in result] == ["image 0", "image 1", "image 2"]
    for item, (pixels, _) in zip(result, expected, strict=True):
        path = Path(item["image"])
        assert path.suffix == ".png"
        with PILImage.open(path) as image:
            assert np.array_equal(np.asarray(image), pixels)
        # The download is the very file the server wrote.
        buffer = Path(tempfile.mkdtemp()) / "x.png"
        PILImage.fromarray(pixels).save(buffer, format="PNG")
        assert path.read_bytes() == buffer.read_bytes()


def test_gallery_input_with_handle_file(client: Client, tmp_path: Path) -> None:
    files = []
    for i, rgb in enumerate(SHADES):
        path = tmp_path / f"s{i}.png"
        PILImage.new("RGB", (10 + i, 5), rgb).save(path)
        files.append(path)
    value = [{"image": handle_file(str(f)), "caption": f"c{i}"} for i, f in enumerate(files)]
    assert client.predict(value, api_name="/measure") == "10x5:c0, 11x5:c1, 12x5:c2"


def test_api_info_lists_gallery_items(client: Client) -> None:
    info = client.view_api(print_info=False, return_format="dict")
    returns = info["named_endpoints"]["/generate"]["returns"][0]
    assert returns["component"] == "Gallery"
