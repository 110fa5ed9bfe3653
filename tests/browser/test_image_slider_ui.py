"""ImageSlider in a real browser: both images shown, the divider follows the slider."""

from __future__ import annotations

import numpy as np
from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def test_before_after_slider(serve, page: Page):
    gradient = np.tile(np.linspace(0, 255, 240, dtype=np.uint8), (120, 1))
    before = np.stack([gradient] * 3, axis=-1)
    after = before[:, ::-1].copy()
    with gr.Blocks() as demo:
        slider = gr.ImageSlider(label="Compare", slider_position=30)
        demo.load(lambda: (before, after), None, slider)

    page.goto(serve(demo))
    expect(page.get_by_role("img", name="Before")).to_be_visible()
    expect(page.get_by_role("img", name="After")).to_be_visible()
    clip = page.get_by_role("img", name="Before").evaluate("e => getComputedStyle(e).clipPath")
    assert "70%" in clip  # the before image shows up to 30 %
    page.get_by_role("slider", name="Slide between the two images").fill("80")
    page.wait_for_function("() => getComputedStyle(document.querySelector('.pd-is-before')).clipPath.includes('20%')")
    screenshot(page, "image_slider")
