"""ColorPicker and DateTime in a real browser."""

from __future__ import annotations

import datetime as dt
import re

from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def test_color_picker_typed_and_picked_values_reach_python(serve, page: Page):
    with gr.Blocks() as demo:
        colour = gr.ColorPicker("#ff8800", label="Colour")
        shown = gr.Textbox(label="Seen")
        colour.change(lambda c: f"python got {c}", colour, shown)

    page.goto(serve(demo))
    expect(page.get_by_label("Hex colour")).to_have_value("#ff8800")
    page.get_by_label("Hex colour").fill("#00aa55")
    expect(page.get_by_label("Seen")).to_have_value("python got #00aa55")
    page.locator("input[type=color]").fill("#123456")  # the native picker
    expect(page.get_by_label("Seen")).to_have_value("python got #123456")
    expect(page.get_by_label("Hex colour")).to_have_value("#123456")
    screenshot(page, "colorpicker")


def test_datetime_accepts_dates_and_relative_expressions(serve, page: Page):
    def describe(moment: float | None) -> str:
        if moment is None:
            return "empty"
        return dt.datetime.fromtimestamp(moment).strftime("%Y-%m-%d %H:%M:%S")

    with gr.Blocks() as demo:
        when = gr.DateTime(label="When")
        seen = gr.Textbox(label="Seen")
        later = gr.DateTime(label="An hour later", interactive=False)
        when.submit(describe, when, seen)
        when.submit(lambda moment: moment + 3600 if moment else None, when, later)

    page.goto(serve(demo))
    page.get_by_label("When", exact=True).fill("2024-02-03 04:05:06")
    page.get_by_label("When", exact=True).press("Enter")
    expect(page.get_by_label("Seen")).to_have_value("2024-02-03 04:05:06")
    expect(page.get_by_label("An hour later")).to_have_value("2024-02-03 05:05:06")

    page.get_by_label("When", exact=True).fill("now - 24h")
    page.get_by_label("When", exact=True).press("Enter")
    yesterday = (dt.datetime.now() - dt.timedelta(days=1)).strftime("%Y-%m-%d")
    expect(page.get_by_label("Seen")).to_have_value(re.compile(f"^{yesterday} "))

    page.get_by_label("When", exact=True).fill("yesterday")
    expect(page.get_by_role("alert")).to_contain_text("now - 24h")
    screenshot(page, "datetime")
