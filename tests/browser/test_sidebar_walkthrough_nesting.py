"""Sidebar, Walkthrough, nested apps / TabbedInterface, lazy mounting and BrowserState
in a real browser."""

from __future__ import annotations

import time

from playwright.sync_api import Browser, Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def test_sidebar_toggles_and_reports_expand_and_collapse(serve, page: Page):
    events: list[str] = []
    with gr.Blocks() as demo:
        with gr.Sidebar(label="Settings", open=False) as sidebar:
            gr.Slider(0, 10, value=3, label="Temperature")
        gr.Textbox(label="Main")
        sidebar.expand(lambda: events.append("expand"))
        sidebar.collapse(lambda: events.append("collapse"))

    page.goto(serve(demo))
    expect(page.get_by_label("Main")).to_be_visible()
    # Closed: its contents are not even mounted yet.
    expect(page.get_by_label("Temperature")).to_have_count(0)
    page.get_by_role("button", name="Open sidebar").click()
    expect(page.get_by_role("slider", name="Temperature")).to_be_visible()
    screenshot(page, "sidebar_open")
    page.get_by_role("button", name="Close sidebar").click()
    expect(page.get_by_role("button", name="Open sidebar")).to_be_visible()
    # Reopening shows the same (still mounted) slider.
    page.get_by_role("button", name="Open sidebar").click()
    expect(page.get_by_role("slider", name="Temperature")).to_be_visible()
    wait_until(lambda: events == ["expand", "collapse", "expand"])


def wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def test_walkthrough_moves_between_steps_from_python(serve, page: Page):
    with gr.Blocks() as demo:
        with gr.Walkthrough(selected=1) as walk:
            with gr.Step("Name", id=1):
                name = gr.Textbox(label="Your name")
                gr.Button("Next").click(lambda: gr.Walkthrough(selected=2), None, walk)
            with gr.Step("Greeting", id=2):
                greeting = gr.Textbox(label="Greeting")
        name.change(lambda n: f"Hello {n}", name, greeting)

    page.goto(serve(demo))
    expect(page.get_by_role("tab", name="Name")).to_have_attribute("aria-selected", "true")
    page.get_by_label("Your name").fill("Ada")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("tab", name="Greeting")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("textbox", name="Greeting")).to_have_value("Hello Ada")
    expect(page.get_by_label("Your name")).to_be_hidden()
    screenshot(page, "walkthrough")


def test_tabbed_interface_runs_each_interface(serve, page: Page):
    upper = gr.Interface(lambda text: text.upper(), gr.Textbox(label="Upper in"), gr.Textbox(label="Upper out"))
    reverse = gr.Interface(lambda text: text[::-1], gr.Textbox(label="Reverse in"), gr.Textbox(label="Reverse out"))
    demo = gr.TabbedInterface([upper, reverse], ["Upper", "Reverse"], title="Text tools")

    page.goto(serve(demo))
    expect(page.get_by_role("heading", name="Text tools")).to_be_visible()
    # The second tab has not been shown: nothing of it is on the page yet.
    expect(page.get_by_label("Reverse in")).to_have_count(0)
    page.get_by_label("Upper in").fill("abc")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("Upper out")).to_have_value("ABC")

    page.get_by_role("tab", name="Reverse").click()
    page.get_by_label("Reverse in").fill("abc")
    page.get_by_role("tabpanel", name="Reverse").get_by_role("button", name="Submit").click()
    expect(page.get_by_label("Reverse out")).to_have_value("cba")
    # Switching back keeps what the first tab showed.
    page.get_by_role("tab", name="Upper").click()
    expect(page.get_by_label("Upper out")).to_have_value("ABC")
    screenshot(page, "tabbed_interface")


def test_values_of_unmounted_tabs_still_reach_functions(serve, page: Page):
    with gr.Blocks() as demo:
        with gr.Tabs():
            with gr.Tab("Visible"):
                out = gr.Textbox(label="Out")
                button = gr.Button("Read hidden")
            with gr.Tab("Later"):
                hidden = gr.Textbox(label="Hidden", value="from the other tab")
        with gr.Accordion("Closed", open=False):
            closed = gr.Number(label="Closed number", value=7)
        button.click(lambda text, number: f"{text} / {number:g}", [hidden, closed], out)

    page.goto(serve(demo))
    expect(page.get_by_label("Hidden")).to_have_count(0)
    expect(page.get_by_label("Closed number")).to_have_count(0)
    page.get_by_role("button", name="Read hidden").click()
    expect(page.get_by_label("Out")).to_have_value("from the other tab / 7")


def test_browser_state_survives_a_reload_and_is_per_browser(serve, browser: Browser):
    with gr.Blocks() as demo:
        saved = gr.BrowserState(["start"], storage_key="notes", secret="fixed-secret")
        note = gr.Textbox(label="Note")
        shown = gr.Textbox(label="Saved notes")

        def save(text: str, notes: list[str]) -> tuple[list[str], str]:
            notes = [*notes, text]
            return notes, ", ".join(notes)

        gr.Button("Save").click(save, [note, saved], [saved, shown])
        demo.load(lambda notes: ", ".join(notes), saved, shown)

    url = serve(demo)
    first = browser.new_context()
    page = first.new_page()
    page.goto(url)
    expect(page.get_by_label("Saved notes")).to_have_value("start")
    page.get_by_label("Note", exact=True).fill("milk")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_label("Saved notes")).to_have_value("start, milk")
    stored = page.evaluate("() => localStorage.getItem('notes')")
    assert stored and "milk" not in stored  # sealed, not clear text
    page.reload()
    expect(page.get_by_label("Saved notes")).to_have_value("start, milk")
    page.get_by_label("Note", exact=True).fill("eggs")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_label("Saved notes")).to_have_value("start, milk, eggs")

    other = browser.new_context()  # another browser profile has its own storage
    page2 = other.new_page()
    page2.goto(url)
    expect(page2.get_by_label("Saved notes")).to_have_value("start")
    first.close()
    other.close()
