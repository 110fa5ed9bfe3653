"""ImageEditor: a picture dragged from the desktop and dropped on the editor becomes the
background, and Python receives it (the `upload` event and the value)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image as PILImage
from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.drop_files import drop_file

ROUND_TRIP_MS = 20_000  # PNG encode -> upload -> queue -> function, on a loaded machine


def test_a_dropped_picture_becomes_the_background(serve, page: Page, tmp_path: Path):
    picture = np.zeros((120, 160, 3), dtype=np.uint8)
    picture[:, :80] = (220, 40, 40)  # red left half, green right half
    picture[:, 80:] = (40, 180, 60)
    path = tmp_path / "halves.png"
    PILImage.fromarray(picture).save(path)
    received: list[dict[str, Any]] = []

    def on_upload(value: dict[str, Any]) -> str:
        received.append(value)
        background = value["background"]
        return f"background {background.shape[1]}x{background.shape[0]}"

    with gr.Blocks() as demo:
        editor = gr.ImageEditor(label="Editor")
        out = gr.Textbox(label="Uploaded")
        editor.upload(on_upload, editor, out)

    page.goto(serve(demo))
    drop_file(page.locator(".pd-ie"), path, "image/png")
    expect(page.get_by_test_id("imageeditor-size")).to_have_text("160\u00d7120")
    expect(page.get_by_label("Uploaded")).to_have_value("background 160x120", timeout=ROUND_TRIP_MS)
    assert np.array_equal(received[-1]["background"][..., :3], picture)


def test_a_dropped_file_that_is_not_an_image_is_refused(serve, page: Page, tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("not a picture")
    with gr.Blocks() as demo:
        editor = gr.ImageEditor(label="Editor")
        out = gr.Textbox(label="Uploaded", value="nothing yet")
        editor.upload(lambda value: "uploaded", editor, out)

    page.goto(serve(demo))
    drop_file(page.locator(".pd-ie"), path, "text/plain")
    expect(page.get_by_text("Only image files can be the background.")).to_be_visible()
    expect(page.get_by_label("Uploaded")).to_have_value("nothing yet")
