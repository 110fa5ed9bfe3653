"""Tabs and Accordion in a real browser."""

from __future__ import annotations

from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def test_tabs_switch_accordion_opens_and_selected_can_be_updated(serve, page: Page):
    with gr.Blocks() as demo:
        with gr.Tabs() as tabs:
            with gr.Tab("First", id="first"):
                gr.Textbox(label="In first", value="one")
            with gr.Tab("Second", id="second"):
                gr.Textbox(label="In second", value="two")
        with gr.Accordion("More options", open=False):
            gr.Textbox(label="Hidden option", value="deep")
        gr.Button("Go to second").click(lambda: gr.update(selected="second"), None, tabs)

    page.goto(serve(demo))
    expect(page.get_by_label("In first")).to_be_visible()
    expect(page.get_by_label("In second")).to_be_hidden()
    page.get_by_role("tab", name="Second").click()
    expect(page.get_by_label("In second")).to_be_visible()
    expect(page.get_by_label("In first")).to_be_hidden()

    expect(page.get_by_label("Hidden option")).to_be_hidden()
    page.get_by_role("button", name="More options").click()
    expect(page.get_by_label("Hidden option")).to_have_value("deep")

    page.get_by_role("tab", name="First").click()
    expect(page.get_by_label("In first")).to_be_visible()
    page.get_by_role("button", name="Go to second").click()
    expect(page.get_by_label("In second")).to_be_visible()
    screenshot(page, "tabs_accordion")


def test_tab_select_event_carries_the_tab(serve, page: Page):
    def chosen(evt: gr.SelectData) -> str:
        return f"{evt.index}:{evt.value}"

    with gr.Blocks() as demo:
        with gr.Tabs() as tabs:
            with gr.Tab("Alpha"):
                gr.Markdown("a")
            with gr.Tab("Beta"):
                gr.Markdown("b")
        picked = gr.Textbox(label="Picked")
        tabs.select(chosen, None, picked)

    page.goto(serve(demo))
    page.get_by_role("tab", name="Beta").click()
    expect(page.get_by_label("Picked")).to_have_value("1:Beta")


def test_timer_ticks_until_deactivated(serve, page: Page):
    ticks: list[int] = []

    def count() -> str:
        ticks.append(1)
        return str(len(ticks))

    with gr.Blocks() as demo:
        timer = gr.Timer(0.2)
        shown = gr.Textbox(label="Ticks")
        stop = gr.Button("Stop ticking")
        timer.tick(count, None, shown)
        stop.click(lambda: gr.Timer(active=False), None, timer)

    page.goto(serve(demo))
    ticking = "() => Number(document.querySelector('textarea[readonly]')?.value || 0) >= 3"
    page.wait_for_function(ticking)  # it keeps ticking
    page.get_by_role("button", name="Stop ticking").click()
    page.wait_for_timeout(300)  # a tick already in flight may still land
    stopped_at = len(ticks)
    page.wait_for_timeout(1000)  # five intervals: no new tick may arrive
    assert len(ticks) == stopped_at


def test_hidden_tabs_and_closed_accordions_mount_when_first_shown_then_stay(serve, page: Page):
    with gr.Blocks() as demo:
        with gr.Tabs():
            with gr.Tab("Start"):
                gr.Textbox(label="On start")
            with gr.Tab("Later"):
                gr.Textbox(label="On later")
        with gr.Accordion("Extra", open=False) as extra:
            gr.Textbox(label="Inside extra")
        gr.Button("Open extra").click(lambda: gr.Accordion(open=True), None, extra)

    page.goto(serve(demo))
    expect(page.get_by_label("On start")).to_be_visible()
    # Not hidden but absent: nothing of a tab or an accordion is built before it is shown.
    expect(page.get_by_label("On later")).to_have_count(0)
    expect(page.get_by_label("Inside extra")).to_have_count(0)

    page.get_by_role("tab", name="Later").click()
    page.get_by_label("On later").fill("typed in later")
    page.get_by_role("tab", name="Start").click()
    expect(page.get_by_label("On later")).to_be_hidden()
    expect(page.get_by_label("On later")).to_have_count(1)  # kept while hidden
    # ... and out of reach: not in the accessibility tree, not reached with the Tab key.
    assert "On later" not in page.locator("body").aria_snapshot()
    page.get_by_label("On start").focus()
    for _ in range(6):
        page.keyboard.press("Tab")
        assert page.evaluate("() => document.activeElement.getAttribute('aria-label') ?? document.activeElement.labels?.[0]?.textContent") != "On later"
    page.get_by_role("tab", name="Later").click()
    expect(page.get_by_label("On later")).to_have_value("typed in later")

    # Opened by the server this time, then closed and opened by hand: the value stays.
    page.get_by_role("button", name="Open extra").click()
    page.get_by_label("Inside extra").fill("kept")
    page.get_by_role("button", name="Extra", exact=True).click()
    expect(page.get_by_label("Inside extra")).to_be_hidden()
    page.get_by_role("button", name="Extra", exact=True).click()
    expect(page.get_by_label("Inside extra")).to_have_value("kept")
