"""ImageEditor family in a real browser: paint, erase, undo, crop and upload, and read
what arrives in Python (the arrays the function receives)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image as PILImage
from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot

WIDTH, HEIGHT = 400, 300
# Each value goes browser -> PNG encode -> upload -> queue -> function -> output; on a
# loaded machine that can take longer than expect()'s 5 s default.
ROUND_TRIP_MS = 20_000


def _recorder(received: list[dict[str, Any]]):
    """A change handler that keeps each value and reports how many arrived."""

    def record(value: dict[str, Any] | None) -> str:
        if value is None:
            return f"{len(received)} cleared"
        received.append(value)
        composite = value["composite"]
        size = "none" if composite is None else f"{composite.shape[1]}x{composite.shape[0]}"
        return f"{len(received)} values, composite {size}, {len(value['layers'])} layers"

    return record


def _stroke(page: Page, points: list[tuple[float, float]], canvas_index: int = 0) -> None:
    """Drags the mouse through `points`, given as fractions of the picture's width and height."""
    box = page.get_by_test_id("imageeditor-canvas").nth(canvas_index).bounding_box()
    assert box is not None
    xs = [box["x"] + fx * box["width"] for fx, _ in points]
    ys = [box["y"] + fy * box["height"] for _, fy in points]
    page.mouse.move(xs[0], ys[0])
    page.mouse.down()
    for x, y in zip(xs[1:], ys[1:], strict=True):
        page.mouse.move(x, y, steps=8)
    page.mouse.up()


def _dark(image: np.ndarray) -> np.ndarray:
    """Where the picture is painted black (the Sketchpad brush) rather than white paper."""
    return (image[..., :3] < 100).all(axis=-1)


def test_a_sketchpad_stroke_arrives_where_it_was_drawn(serve, page: Page):
    received: list[dict[str, Any]] = []
    with gr.Blocks() as demo:
        pad = gr.Sketchpad(label="Draw", canvas_size=(WIDTH, HEIGHT))
        out = gr.Textbox(label="Received")
        pad.change(_recorder(received), pad, out)

    page.goto(serve(demo))
    _stroke(page, [(0.2, 0.5), (0.8, 0.5)])
    expect(page.get_by_role("textbox", name="Received")).to_have_value(re.compile(r"values, composite 400x300"), timeout=ROUND_TRIP_MS)

    value = received[-1]
    composite, (layer,) = value["composite"], value["layers"]
    assert composite.shape == (HEIGHT, WIDTH, 4) and value["background"].shape == (HEIGHT, WIDTH, 4)
    dark = _dark(composite)
    # Along the stroke it is painted; far above and below it, and beyond its ends, it is not.
    assert dark[150, 100:300].all()
    assert not dark[:120].any() and not dark[180:].any()
    assert not dark[:, :60].any() and not dark[:, 345:].any()
    # The layer holds just the stroke (transparent elsewhere); the background is blank paper.
    painted = layer[..., 3] > 0
    assert painted[150, 100:300].all() and not painted[:120].any()
    assert (value["background"][..., :3] == 255).all()
    screenshot(page, "image_editor_sketchpad_stroke")


def test_eraser_undo_and_crop(serve, page: Page):
    received: list[dict[str, Any]] = []
    applied: list[str] = []
    with gr.Blocks() as demo:
        pad = gr.Sketchpad(
            label="Draw", canvas_size=(WIDTH, HEIGHT), brush=gr.Brush(default_size=20, colors=["#000000"], color_mode="fixed"),
            eraser=gr.Eraser(default_size=30),
        )
        out = gr.Textbox(label="Received")
        applied_box = gr.Textbox(label="Applied")
        pad.change(_recorder(received), pad, out)
        pad.apply(lambda value: applied.append("crop") or f"applied {value['composite'].shape[1]}", pad, applied_box)

    page.goto(serve(demo))
    status = page.get_by_role("textbox", name="Received")
    _stroke(page, [(0.1, 0.5), (0.9, 0.5)])
    expect(status).to_have_value(re.compile(r"^1 values"), timeout=ROUND_TRIP_MS)
    assert _dark(received[-1]["composite"])[150, 60:340].all()

    # Erase across the middle of the stroke: that part is paper again, the rest still paint.
    page.get_by_role("button", name="Eraser", exact=True).click()
    expect(page.get_by_role("button", name="Eraser", exact=True)).to_have_attribute("aria-pressed", "true")
    _stroke(page, [(0.5, 0.2), (0.5, 0.8)])
    expect(status).to_have_value(re.compile(r"^2 values"), timeout=ROUND_TRIP_MS)
    dark = _dark(received[-1]["composite"])
    assert not dark[150, 195:205].any() and dark[150, 60:150].all() and dark[150, 250:340].all()

    # Undo brings the erased paint back.
    page.get_by_role("button", name="Undo").click()
    expect(status).to_have_value(re.compile(r"^3 values"), timeout=ROUND_TRIP_MS)
    assert _dark(received[-1]["composite"])[150, 60:340].all()

    # Crop to the left half: the picture the function gets is smaller, and `apply` fires.
    page.get_by_role("button", name="Crop", exact=True).click()
    _stroke(page, [(0.0, 0.25), (0.5, 0.75)])
    expect(page.get_by_test_id("imageeditor-crop")).to_be_visible()
    screenshot(page, "image_editor_crop_selection")
    page.get_by_role("button", name="Apply crop").click()
    expect(page.get_by_role("textbox", name="Applied")).to_have_value("applied 200", timeout=ROUND_TRIP_MS)
    expect(status).to_have_value(re.compile(r"composite 200x150"), timeout=ROUND_TRIP_MS)
    cropped = received[-1]["composite"]
    assert cropped.shape == (150, 200, 4) and _dark(cropped)[75, 30:190].all()
    assert received[-1]["layers"][0].shape == (150, 200, 4)


def test_image_mask_paints_a_mask_over_an_uploaded_image(serve, page: Page, tmp_path: Path):
    picture = np.zeros((200, 300, 3), dtype=np.uint8)
    picture[..., 2] = 200  # a blue picture
    path = tmp_path / "blue.png"
    PILImage.fromarray(picture).save(path)
    received: list[dict[str, Any]] = []
    uploads: list[int] = []
    with gr.Blocks() as demo:
        mask = gr.ImageMask(label="Mask")
        out = gr.Textbox(label="Received")
        uploaded = gr.Textbox(label="Uploaded")
        mask.change(_recorder(received), mask, out)
        mask.upload(lambda value: uploads.append(1) or f"upload {value['background'].shape[1]}", mask, uploaded)

    page.goto(serve(demo))
    # One layer: no layers panel; upload and paste are offered.
    expect(page.get_by_role("group", name="Layers")).to_have_count(0)
    page.get_by_test_id("imageeditor-input").set_input_files(str(path))
    expect(page.get_by_test_id("imageeditor-size")).to_have_text("300\u00d7200")
    expect(page.get_by_role("textbox", name="Uploaded")).to_have_value("upload 300", timeout=ROUND_TRIP_MS)

    _stroke(page, [(0.2, 0.5), (0.8, 0.5)])
    status = page.get_by_role("textbox", name="Received")
    expect(status).to_have_value(re.compile(r"^2 values, composite 300x200"), timeout=ROUND_TRIP_MS)
    value = received[-1]
    assert np.array_equal(value["background"][..., :3], picture)
    (layer,) = value["layers"]
    painted = layer[..., 3] > 0
    assert painted[100, 80:220].all() and not painted[:60].any() and not painted[140:].any()
    # In the composite the mask is painted over the picture (black), the rest stays blue.
    composite = value["composite"]
    assert _dark(composite)[100, 80:220].all() and (composite[20, :, 2] == 200).all()
    screenshot(page, "image_editor_mask")


def test_layers_can_be_added_hidden_and_a_value_from_python_is_shown(serve, page: Page):
    background = np.full((120, 160, 3), 230, dtype=np.uint8)
    stroke = np.zeros((120, 160, 4), dtype=np.uint8)
    stroke[50:70, 20:140] = [200, 0, 0, 255]
    received: list[dict[str, Any]] = []
    with gr.Blocks() as demo:
        editor = gr.ImageEditor(label="Editor", format="png")
        out = gr.Textbox(label="Received")
        editor.change(_recorder(received), editor, out)
        demo.load(lambda: {"background": background, "layers": [stroke], "composite": None}, None, editor)

    page.goto(serve(demo))
    expect(page.get_by_test_id("imageeditor-size")).to_have_text("160\u00d7120")
    # The red stroke from Python is drawn on the canvas (on the next animation frame).
    page.wait_for_function(
        """() => {
            const canvas = document.querySelector("[data-testid=imageeditor-canvas]");
            const [r, g, b] = canvas.getContext("2d").getImageData(80, 60, 1, 1).data;
            return r === 200 && g === 0 && b === 0;
        }"""
    )

    status = page.get_by_role("textbox", name="Received")
    # The value set by Python is itself a change (it has no composite: Python sent none).
    expect(status).to_have_value("1 values, composite none, 1 layers", timeout=ROUND_TRIP_MS)
    page.get_by_role("button", name="Add a layer").click()
    expect(page.get_by_role("button", name="Draw on Layer 2")).to_have_attribute("aria-pressed", "true")
    expect(status).to_have_value("2 values, composite 160x120, 2 layers", timeout=ROUND_TRIP_MS)
    page.get_by_role("button", name="Hide Layer 1").click()
    expect(status).to_have_value("3 values, composite 160x120, 2 layers", timeout=ROUND_TRIP_MS)
    value = received[-1]
    assert len(value["layers"]) == 2
    # Layer 1 still holds its stroke, but a hidden layer is left out of the composite.
    assert value["layers"][0][60, 80, 3] == 255 and value["composite"][60, 80, :3].tolist() == [230, 230, 230]
    screenshot(page, "image_editor_layers")


def test_a_pen_draws_and_the_keyboard_undoes(serve, page: Page):
    received: list[dict[str, Any]] = []
    with gr.Blocks() as demo:
        pad = gr.Sketchpad(label="Draw", canvas_size=(WIDTH, HEIGHT))
        out = gr.Textbox(label="Received")
        pad.change(_recorder(received), pad, out)

    page.goto(serve(demo))
    # A pen stroke, as a tablet's browser reports it (pointer events with pointerType "pen").
    page.get_by_test_id("imageeditor-canvas").evaluate(
        """canvas => {
            const box = canvas.getBoundingClientRect();
            const at = (fx, fy) => ({ clientX: box.left + fx * box.width, clientY: box.top + fy * box.height });
            const send = (type, fx, fy) => canvas.dispatchEvent(new PointerEvent(type, {
                ...at(fx, fy), pointerId: 7, pointerType: "pen", pressure: 0.6, button: 0, buttons: 1, bubbles: true, isPrimary: true,
            }));
            send("pointerdown", 0.2, 0.3);
            for (let i = 1; i <= 12; i++) send("pointermove", 0.2 + i * 0.05, 0.3);
            send("pointerup", 0.8, 0.3);
        }"""
    )
    status = page.get_by_role("textbox", name="Received")
    expect(status).to_have_value(re.compile(r"^1 values"), timeout=ROUND_TRIP_MS)
    assert _dark(received[-1]["composite"])[90, 100:300].all()

    # Ctrl+Z in the editor takes the stroke back; the tools answer to the keyboard too.
    page.locator(".pd-ie").press("Control+z")
    expect(status).to_have_value(re.compile(r"^2 values"), timeout=ROUND_TRIP_MS)
    assert not _dark(received[-1]["composite"]).any()
    eraser = page.get_by_role("button", name="Eraser", exact=True)
    eraser.focus()
    page.keyboard.press("Enter")
    expect(eraser).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("slider", name="Eraser size")).to_be_visible()
