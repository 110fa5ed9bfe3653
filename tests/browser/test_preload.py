"""The page's preload hints are used: each lazily loaded chunk's stylesheet is fetched once."""

from __future__ import annotations

from collections import Counter

from playwright.sync_api import ConsoleMessage, Page, Request, expect

import podium as gr


def test_preloaded_stylesheets_are_fetched_once(serve, page: Page):
    with gr.Blocks() as demo:
        gr.Markdown("# Preloads")
        with gr.Accordion("More", open=True):
            gr.Dropdown(["a", "b"], label="Pick")
            gr.Image(label="Picture")
    stylesheets: list[str] = []
    unused: list[str] = []

    def requested(r: Request) -> None:
        if r.url.endswith(".css"):
            stylesheets.append(r.url.rsplit("/", 1)[-1])

    def console(msg: ConsoleMessage) -> None:
        if "preload" in msg.text and "not used" in msg.text:
            unused.append(msg.text)

    page.on("request", requested)
    page.on("console", console)
    page.goto(serve(demo))
    expect(page.get_by_text("Picture", exact=True)).to_be_visible()
    expect(page.get_by_role("combobox", name="Pick")).to_be_visible()
    page.wait_for_function("[...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet)")
    counts = Counter(stylesheets)
    # The app's lazily loaded types bring stylesheets of their own, and each is fetched once:
    # a preload the page cannot use (wrong credentials mode) means a second download.
    assert len(counts) > 1, counts
    assert all(n == 1 for n in counts.values()), counts
    assert not unused, unused
