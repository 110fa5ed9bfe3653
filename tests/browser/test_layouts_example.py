"""examples/layouts: every layout of the gallery app works and is screenshotted."""

from __future__ import annotations

import runpy
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot

APP = Path(__file__).resolve().parents[2] / "examples" / "layouts" / "app.py"


def test_layouts_example(serve, page: Page):
    demo = runpy.run_path(str(APP))["demo"]
    page.goto(serve(demo))
    expect(page.get_by_label("Box 3")).to_be_visible()  # @render ran on load
    page.get_by_role("button", name="Open sidebar").click()
    expect(page.get_by_role("slider", name="Temperature")).to_be_visible()
    page.get_by_label("Prompt").fill("abc")
    page.get_by_role("button", name="Run").click()
    expect(page.get_by_label("Answer", exact=True)).to_have_value("cba (temperature 0.7)")
    screenshot(page, "example_layouts")
    page.get_by_role("tab", name="Details").click()
    page.get_by_role("button", name="Advanced options").click()
    expect(page.get_by_label("Seed")).to_have_value("42")
    page.get_by_role("tab", name="Walkthrough").click()
    page.get_by_label("Your idea").fill("a garden")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("textbox", name="Summary")).to_have_value("You plan to: a garden")
    screenshot(page, "example_layouts_walkthrough")
