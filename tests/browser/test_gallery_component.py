"""Gallery in a real browser: grid, preview lightbox, keyboard, select, upload."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage
from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot

COLOURS = [(230, 57, 70), (244, 162, 97), (233, 196, 106), (42, 157, 143), (38, 70, 83), (131, 56, 236)]


def swatches(n: int = len(COLOURS)) -> list[tuple[np.ndarray, str]]:
    items = []
    for i, rgb in enumerate(COLOURS[:n]):
        pixels = np.zeros((120, 160, 3), np.uint8)
        pixels[:] = rgb
        pixels[40:80, 50:110] = 255 - np.array(rgb, np.uint8)
        items.append((pixels, f"Swatch {i}"))
    return items


def shown(evt: gr.SelectData) -> str:
    return f"{evt.index}:{evt.value['caption']}"


@pytest.fixture
def gallery_app(serve) -> str:
    with gr.Blocks() as demo:
        gallery = gr.Gallery(swatches(), label="Swatches", columns=3)
        picked = gr.Textbox(label="Picked")
        opened = gr.Textbox(label="Lightbox")
        gallery.select(shown, None, picked)
        gallery.preview_open(lambda: "open", None, opened)
        gallery.preview_close(lambda: "closed", None, opened)
    return serve(demo)


def test_grid_preview_keyboard_and_select(page: Page, gallery_app: str) -> None:
    page.goto(gallery_app)
    thumbs = page.get_by_test_id("gallery-thumb")
    expect(thumbs).to_have_count(len(COLOURS))
    for i in range(len(COLOURS)):
        expect(thumbs.nth(i).locator("img")).to_have_js_property("complete", True)
    expect(thumbs.nth(0)).to_contain_text("Swatch 0")
    # Three columns: the first three thumbnails share a row.
    tops = [thumbs.nth(i).bounding_box()["y"] for i in range(4)]  # type: ignore[index]
    assert tops[0] == tops[1] == tops[2] < tops[3]
    screenshot(page, "gallery-grid-light")

    thumbs.nth(2).click()
    preview = page.get_by_test_id("gallery-preview")
    expect(preview).to_be_visible()
    expect(page.get_by_label("Picked")).to_have_value("2:Swatch 2")
    expect(page.get_by_label("Lightbox", exact=True)).to_have_value("open")
    expect(page.get_by_test_id("gallery-position")).to_have_text("3 / 6")
    expect(preview.locator("figcaption")).to_have_text("Swatch 2")
    expect(preview.get_by_role("option")).to_have_count(len(COLOURS))
    expect(preview.get_by_role("link", name="Download")).to_have_attribute("href", re.compile(r"/gradio_api/file="))
    screenshot(page, "gallery-preview-light")

    page.keyboard.press("ArrowRight")
    expect(page.get_by_test_id("gallery-position")).to_have_text("4 / 6")
    expect(page.get_by_label("Picked")).to_have_value("3:Swatch 3")
    # select listeners run with trigger_mode="once": wait for each run before the next key.
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_label("Picked")).to_have_value("2:Swatch 2")
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_test_id("gallery-position")).to_have_text("2 / 6")
    expect(page.get_by_label("Picked")).to_have_value("1:Swatch 1")
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_label("Picked")).to_have_value("0:Swatch 0")
    page.keyboard.press("ArrowLeft")  # wraps to the last item
    expect(page.get_by_test_id("gallery-position")).to_have_text("6 / 6")
    expect(page.get_by_label("Picked")).to_have_value("5:Swatch 5")
    preview.get_by_role("option").nth(4).click()
    expect(page.get_by_test_id("gallery-position")).to_have_text("5 / 6")
    expect(page.get_by_label("Picked")).to_have_value("4:Swatch 4")

    page.keyboard.press("Escape")
    expect(preview).to_have_count(0)
    expect(page.get_by_label("Lightbox", exact=True)).to_have_value("closed")
    # Focus returns to the thumbnail that opened the preview.
    expect(thumbs.nth(2)).to_be_focused()


def test_preview_image_is_the_served_file(page: Page, gallery_app: str) -> None:
    page.goto(gallery_app)
    page.get_by_test_id("gallery-thumb").nth(0).click()
    media = page.get_by_test_id("gallery-preview-media")
    expect(media).to_have_js_property("complete", True)
    assert media.evaluate("el => [el.naturalWidth, el.naturalHeight]") == [160, 120]


def test_dark_theme(page: Page, gallery_app: str) -> None:
    page.goto(gallery_app + "?__theme=dark")
    thumbs = page.get_by_test_id("gallery-thumb")
    expect(thumbs).to_have_count(len(COLOURS))
    for i in range(len(COLOURS)):
        expect(thumbs.nth(i).locator("img")).to_have_js_property("complete", True)
    screenshot(page, "gallery-grid-dark")
    thumbs.nth(1).click()
    expect(page.get_by_test_id("gallery-preview-media")).to_have_js_property("complete", True)
    screenshot(page, "gallery-preview-dark")


def test_upload_as_input(page: Page, serve, tmp_path: Path) -> None:
    files = []
    for i, rgb in enumerate(COLOURS[:3]):
        path = tmp_path / f"up{i}.png"
        PILImage.new("RGB", (20 + i, 10), rgb).save(path)
        files.append(path)

    def describe(items: list[tuple[PILImage.Image, str | None]] | None) -> str:
        return ", ".join(f"{image.size[0]}x{image.size[1]}" for image, _ in items or [])

    with gr.Blocks() as demo:
        gallery = gr.Gallery(label="Inputs", type="pil", interactive=True)
        sizes = gr.Textbox(label="Sizes")
        gr.Button("Measure").click(describe, gallery, sizes)
    page.goto(serve(demo))
    expect(page.get_by_role("button", name=re.compile("Drop images"))).to_be_visible()
    page.get_by_test_id("gallery-input").set_input_files([str(f) for f in files])
    expect(page.get_by_test_id("gallery-thumb")).to_have_count(3)
    page.get_by_role("button", name="Measure").click()
    expect(page.get_by_label("Sizes")).to_have_value("20x10, 21x10, 22x10")
    page.get_by_role("button", name="Remove up1.png").click()
    expect(page.get_by_test_id("gallery-thumb")).to_have_count(2)
    page.get_by_role("button", name="Measure").click()
    expect(page.get_by_label("Sizes")).to_have_value("20x10, 22x10")
    screenshot(page, "gallery-upload-light")
