"""`@gr.render` in a real browser: components appear and disappear, keyed ones keep
what the user typed, and listeners created by the render work."""

from __future__ import annotations

from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def test_render_adds_and_removes_components_and_keeps_keyed_values(serve, page: Page):
    with gr.Blocks() as demo:
        count = gr.Slider(1, 5, value=2, step=1, label="Fields")

        @gr.render(inputs=count)
        def fields(n: float):
            with gr.Row():
                for i in range(int(n)):
                    gr.Textbox(label=f"Field {i}", key=f"field-{i}")

    page.goto(serve(demo))
    expect(page.get_by_label("Field 1")).to_be_visible()
    expect(page.get_by_label("Field 2")).to_have_count(0)
    page.get_by_label("Field 0").fill("kept")
    page.get_by_role("spinbutton", name="Fields").fill("4")
    page.get_by_role("spinbutton", name="Fields").press("Enter")
    expect(page.get_by_label("Field 3")).to_be_visible()
    expect(page.get_by_label("Field 0")).to_have_value("kept")
    page.get_by_role("spinbutton", name="Fields").fill("1")
    page.get_by_role("spinbutton", name="Fields").press("Enter")
    expect(page.get_by_label("Field 1")).to_have_count(0)
    expect(page.get_by_label("Field 0")).to_have_value("kept")
    screenshot(page, "render_fields")


def test_listeners_created_by_a_render_run_on_the_server(serve, page: Page):
    with gr.Blocks() as demo:
        text = gr.Textbox(label="Words", value="alpha beta")
        total = gr.Textbox(label="Clicked")

        @gr.render(inputs=text)
        def buttons(value: str):
            for word in value.split():
                gr.Button(word).click(lambda w=word: f"you clicked {w}", None, total)

    page.goto(serve(demo))
    page.get_by_role("button", name="beta").click()
    expect(page.get_by_label("Clicked")).to_have_value("you clicked beta")
    page.get_by_label("Words").fill("gamma")
    page.get_by_label("Words").press("Enter")
    expect(page.get_by_role("button", name="gamma")).to_be_visible()
    expect(page.get_by_role("button", name="alpha")).to_have_count(0)
    page.get_by_role("button", name="gamma").click()
    expect(page.get_by_label("Clicked")).to_have_value("you clicked gamma")
