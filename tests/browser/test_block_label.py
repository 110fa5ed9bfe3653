"""A component's label row as a visitor sees it: info text, copy action, hidden labels."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def label_app() -> gr.Blocks:
    with gr.Blocks() as demo:
        text = gr.Textbox(label="Prompt", value="hello", info="What to send")
        number = gr.Number(label="Count", value=3)
        slider = gr.Slider(0, 10, value=4, label="Level", info="From 0 to 10", interactive=True)
        gr.Textbox(label="Quiet", show_label=False, value="no label")
        change = gr.Button("Change")
        clear = gr.Button("Clear")
        change.click(
            lambda: (gr.update(info="Whole numbers only"), gr.update(buttons=["copy"]), gr.update(info=None)),
            None,
            [number, text, slider],
        )
        clear.click(lambda: (gr.update(info=None), gr.update(buttons=[])), None, [number, text])
    return demo


def test_info_and_copy_action_follow_updates(serve: Callable[..., str], page: Page) -> None:
    page.goto(serve(label_app()))
    prompt = page.locator(".pd-host", has=page.get_by_text("Prompt", exact=True))
    count = page.locator(".pd-host", has=page.get_by_text("Count", exact=True))
    level = page.locator(".pd-host", has=page.get_by_text("Level", exact=True))
    expect(prompt.get_by_text("What to send")).to_be_visible()
    expect(level.get_by_text("From 0 to 10")).to_be_visible()
    # No info, no copy action: nothing shown and nothing in the way.
    expect(count.locator(".pd-info")).to_be_hidden()
    expect(prompt.get_by_role("button", name="Copy")).to_have_count(0)
    # The slider's own actions (its number box and reset) sit in its label row.
    expect(level.get_by_role("spinbutton")).to_have_value("4")
    expect(level.get_by_role("button", name="Reset to default value")).to_be_visible()

    page.get_by_role("button", name="Change").click()
    expect(count.get_by_text("Whole numbers only")).to_be_visible()
    expect(level.locator(".pd-info")).to_be_hidden()
    expect(prompt.get_by_role("button", name="Copy")).to_be_visible()
    # The label still names its field after the label row was rebuilt.
    expect(page.get_by_label("Prompt")).to_have_value("hello")
    screenshot(page, "block-label-updated")

    page.get_by_role("button", name="Clear").click()
    expect(count.locator(".pd-info")).to_be_hidden()
    expect(prompt.get_by_role("button", name="Copy")).to_have_count(0)
    expect(page.get_by_label("Prompt")).to_have_value("hello")


def test_hidden_label_names_the_field_but_takes_no_room(serve: Callable[..., str], page: Page) -> None:
    page.goto(serve(label_app()))
    quiet = page.get_by_label("Quiet")
    expect(quiet).to_have_value("no label")
    host = page.locator(".pd-host", has=quiet)
    # The field starts at the top of its card: the hidden label row has no height.
    gap = host.evaluate(
        "h => h.querySelector('textarea, input').getBoundingClientRect().top - h.querySelector('.pd-block').getBoundingClientRect().top"
    )
    assert gap < 20, gap
