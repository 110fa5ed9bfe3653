"""Client-side `js=` listeners, and sessions isolated from each other, in real browsers."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Page, expect

import podium as gr


def test_js_only_listener_and_js_before_python(serve, page: Page):
    calls: list[str] = []

    def shout(text: str) -> str:
        calls.append(text)
        return text + "!"

    with gr.Blocks() as demo:
        box = gr.Textbox(label="Text")
        out = gr.Textbox(label="Out")
        gr.Button("Reverse in the browser").click(None, box, out, js="(t) => t.split('').reverse().join('')")
        gr.Button("Upper then shout").click(shout, box, out, js="(t) => t.toUpperCase()")

    page.goto(serve(demo))
    page.get_by_label("Text").fill("abc")
    page.get_by_role("button", name="Reverse in the browser").click()
    expect(page.get_by_label("Out")).to_have_value("cba")
    assert calls == []  # nothing ran on the server
    page.get_by_role("button", name="Upper then shout").click()
    expect(page.get_by_label("Out")).to_have_value("ABC!")
    assert calls == ["ABC"]  # the js result is what Python received


def test_two_browsers_have_separate_state(serve, browser: Browser):
    sessions: set[str] = set()
    with gr.Blocks() as demo:
        items = gr.State([])
        item = gr.Textbox(label="Item")
        listing = gr.Textbox(label="List")

        def add(new: str, current: list[str], request: gr.Request) -> tuple[list[str], str]:
            current = [*current, new]
            sessions.add(request.session_hash or "")
            return current, ", ".join(current)

        gr.Button("Add").click(add, [item, items], [items, listing])

    url = serve(demo)
    pages = []
    for _ in range(2):
        context = browser.new_context()
        pages.append(context.new_page())
        pages[-1].goto(url)
    alice, bob = pages
    for page, words in ((alice, ["apple", "avocado"]), (bob, ["banana"])):
        for word in words:
            page.get_by_label("Item").fill(word)
            page.get_by_role("button", name="Add").click()
            expect(page.get_by_label("List")).to_have_value(re.compile(f"{word}$"))
    expect(alice.get_by_label("List")).to_have_value("apple, avocado")
    expect(bob.get_by_label("List")).to_have_value("banana")
    assert len(sessions) == 2
    for page in pages:
        page.context.close()


def test_state_change_listener_runs_in_the_browser(serve, page: Page):
    with gr.Blocks() as demo:
        total = gr.State(0)
        amount = gr.Number(label="Amount")
        shown = gr.Textbox(label="Total")
        gr.Button("Add").click(lambda a, t: t + (a or 0), [amount, total], total)
        total.change(lambda t: f"total is {t:g}", total, shown)

    page.goto(serve(demo))
    page.get_by_label("Amount").fill("5")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_label("Total")).to_have_value("total is 5")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_label("Total")).to_have_value("total is 10")
