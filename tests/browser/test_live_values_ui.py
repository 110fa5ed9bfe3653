"""Callable values in a real browser: recomputed from `inputs=` and every `every` seconds."""

from __future__ import annotations

import itertools

from playwright.sync_api import Page, expect

import podium as gr


def test_value_follows_its_inputs_and_refreshes_on_a_timer(serve, page: Page):
    counter = itertools.count(1)
    with gr.Blocks() as demo:
        price = gr.Number(10, label="Price")
        gr.Textbox(value=lambda p: f"with tax: {p * 1.2:.2f}", inputs=[price], label="Total")
        gr.Textbox(value=lambda: f"refresh {next(counter)}", every=0.2, label="Ticker")

    page.goto(serve(demo))
    expect(page.get_by_label("Total")).to_have_value("with tax: 12.00")
    page.get_by_label("Price").fill("20")
    page.get_by_label("Price").press("Enter")
    expect(page.get_by_label("Total")).to_have_value("with tax: 24.00")
    first = page.get_by_label("Ticker").input_value()
    expect(page.get_by_label("Ticker")).not_to_have_value(first)
