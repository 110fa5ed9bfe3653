"""Image in a real browser: upload → processed output, pixel select, webcam capture."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage
from playwright.sync_api import Browser, Page, expect

import podium as gr
from tests.browser.conftest import ARGS, CHROMIUM, screenshot, watched_page

FAKE_MEDIA = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]
LOADED = "el => el.complete && el.naturalWidth > 0"


@pytest.fixture(scope="module")
def media_browser(browser: Browser) -> Iterator[Browser]:
    """A second chromium with a fake camera, launched through the session's Playwright
    (one sync Playwright per process)."""
    media = browser.browser_type.launch(executable_path=CHROMIUM, args=[*ARGS, *FAKE_MEDIA])
    yield media
    media.close()


@pytest.fixture
def cam_page(media_browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    with watched_page(media_browser.new_context(viewport={"width": 1100, "height": 800}, permissions=["camera"]), request) as page:
        yield page


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    pixels = np.zeros((40, 60, 3), np.uint8)
    pixels[:, :30] = [255, 0, 0]  # left half red, right half blue
    pixels[:, 30:] = [0, 0, 255]
    path = tmp_path / "halves.png"
    PILImage.fromarray(pixels).save(path)
    return path


def mirror(image: np.ndarray) -> np.ndarray:
    return image[:, ::-1]


def colour(image: np.ndarray, evt: gr.SelectData) -> str:
    x, y = evt.index
    return f"{x},{y}:{image[y, x].tolist()}"


def test_upload_shows_the_processed_image_and_select_gives_pixels(serve, cam_page: Page, picture: Path):
    with gr.Blocks() as demo:
        source = gr.Image(label="In", sources=["upload"])
        result = gr.Image(label="Out", format="png", interactive=False)
        picked = gr.Textbox(label="Picked")
        source.upload(mirror, source, result)
        result.select(colour, result, picked)
    page = cam_page
    page.goto(serve(demo))
    page.get_by_text("Click to upload").wait_for()
    page.get_by_test_id("image-input").set_input_files(str(picture))
    shown = page.get_by_test_id("image-display")
    expect(shown).to_have_count(2)
    output = shown.nth(1)
    output.wait_for()
    page.wait_for_function(LOADED, arg=output.element_handle())
    assert output.evaluate("el => [el.naturalWidth, el.naturalHeight]") == [60, 40]
    # The output is mirrored: its left half is blue. Click the pixel at (10, 20) in image space.
    box = output.bounding_box()
    assert box is not None
    scale = min(box["width"] / 60, box["height"] / 40)
    left = (box["width"] - 60 * scale) / 2 + 10.5 * scale
    top = (box["height"] - 40 * scale) / 2 + 20.5 * scale
    output.click(position={"x": left, "y": top})
    expect(page.get_by_label("Picked")).to_have_value("10,20:[0, 0, 255]")
    screenshot(page, "image_upload_select")


def test_webcam_capture_uploads_a_frame(serve, cam_page: Page):
    with gr.Blocks() as demo:
        cam = gr.Image(label="Cam", sources=["webcam"], type="numpy")
        shape = gr.Textbox(label="Shape")
        cam.upload(lambda image: "x".join(str(n) for n in image.shape), cam, shape)
    page = cam_page
    page.goto(serve(demo))
    page.get_by_role("button", name="Click to access the webcam").click()
    video = page.get_by_label("Camera preview")
    page.wait_for_function("el => el.videoWidth > 0", arg=video.element_handle())
    screenshot(page, "image_webcam_live")
    page.get_by_role("button", name="Take a picture").click()
    captured = page.get_by_test_id("image-display")
    captured.wait_for()
    page.wait_for_function(LOADED, arg=captured.element_handle())
    expect(page.get_by_label("Shape")).not_to_have_value("")
    width, height = captured.evaluate("el => [el.naturalWidth, el.naturalHeight]")
    assert page.get_by_label("Shape").input_value() == f"{height}x{width}x3"
    screenshot(page, "image_webcam_captured")


def test_static_image_has_download_and_fullscreen_buttons(serve, cam_page: Page, picture: Path):
    with gr.Blocks() as demo:
        gr.Image(value=str(picture), label="Static", interactive=False, buttons=["download"])
    page = cam_page
    page.goto(serve(demo))
    shown = page.get_by_test_id("image-display")
    shown.wait_for()
    page.wait_for_function(LOADED, arg=shown.element_handle())
    download = page.get_by_role("link", name="Download")
    assert "file=" in (download.get_attribute("href") or "")
    expect(page.get_by_role("button", name="Fullscreen")).to_have_count(0)
    expect(page.get_by_role("button", name="Clear")).to_have_count(0)


def test_image_filters_example(serve, cam_page: Page, picture: Path):
    import runpy

    app = Path(__file__).resolve().parents[2] / "examples" / "image_filters" / "app.py"
    demo = runpy.run_path(str(app))["demo"]
    page = cam_page
    page.goto(serve(demo))
    page.get_by_test_id("image-input").set_input_files(str(picture))
    result = page.get_by_test_id("image-display").nth(1)
    result.wait_for()
    page.wait_for_function(LOADED, arg=result.element_handle())
    sepia = result.get_attribute("src")
    page.get_by_label("Invert").check()
    # Click the inverted picture, not the sepia one while it is being replaced (a click
    # on an output that is still computing goes to its progress overlay).
    expect(result).not_to_have_attribute("src", sepia or "")
    page.wait_for_function(LOADED, arg=result.element_handle())
    result.click(position={"x": 5, "y": 100})
    # Red inverted is cyan; the left edge of the picture is column 0.
    expect(page.get_by_label("Selected pixel")).to_have_value(re.compile(r"^Pixel \(0, \d+\): \[0, 255, 255\]$"))
    page.get_by_role("button", name="Apply").click()
    # The before/after slider compares the picture with its filtered version.
    expect(page.get_by_role("img", name="Before")).to_be_visible()
    expect(page.get_by_role("img", name="After")).to_be_visible()
    screenshot(page, "example_image_filters")
