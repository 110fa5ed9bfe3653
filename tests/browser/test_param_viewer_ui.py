"""ParamViewer in a real browser: rows expand to show the description and default."""

from __future__ import annotations

from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def test_rows_expand_and_anchor(serve, page: Page):
    with gr.Blocks() as demo:
        gr.ParamViewer(
            {
                "prompt": {"type": "str", "description": "What to draw.", "default": None},
                "steps": {"type": "int", "description": "Denoising steps.", "default": "30"},
            },
            anchor_links=True,
        )
    page.goto(serve(demo))
    expect(page.get_by_text("Parameters")).to_be_visible()
    expect(page.get_by_text("Denoising steps.")).to_be_hidden()
    page.locator("summary", has_text="steps").click()
    expect(page.get_by_text("Denoising steps.")).to_be_visible()
    expect(page.locator("#param-steps")).to_have_count(1)
    screenshot(page, "param_viewer")
