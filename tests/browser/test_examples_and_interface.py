"""Interface features in a real browser: examples, live mode, Stop, load, errors, progress."""

from __future__ import annotations

import threading

from playwright.sync_api import Locator, Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def host_of(page: Page, control: Locator) -> Locator:
    """The block (component host) that holds `control`: where status and error badges show."""
    return page.locator(".pd-host").filter(has=control)


def test_clicking_an_example_fills_every_input_then_submit_uses_them(serve, page: Page):
    def repeat(name, times):
        return " ".join([name] * int(times))

    demo = gr.Interface(repeat, ["text", "number"], "text", examples=[["Ada", 1], ["Grace", 2]])
    page.goto(serve(demo))
    examples = page.get_by_role("table", name="Examples")
    expect(examples.get_by_role("columnheader")).to_have_text(["name", "times"])
    expect(examples.get_by_role("row")).to_have_count(3)  # header + two samples

    examples.get_by_role("row", name="Grace").click()
    expect(page.get_by_label("name")).to_have_value("Grace")
    expect(page.get_by_label("times")).to_have_value("2")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("Grace Grace")
    screenshot(page, "interface_examples")

    # Keyboard: the first sample is focusable and Enter loads it.
    examples.get_by_role("row", name="Ada").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("name")).to_have_value("Ada")
    expect(page.get_by_label("times")).to_have_value("1")


def test_single_input_examples_are_chips_with_pages(serve, page: Page):
    demo = gr.Interface(
        lambda s: s[::-1], "text", "text", examples=[[f"word{i}"] for i in range(7)], examples_per_page=3
    )
    page.goto(serve(demo))
    chips = page.get_by_role("group", name="Examples").get_by_role("button")
    expect(chips).to_have_text(["word0", "word1", "word2"])
    pages = page.get_by_role("navigation", name="Examples pages")
    pages.get_by_role("button", name="Page 3").click()
    expect(chips).to_have_text(["word6"])
    chips.first.click()
    expect(page.get_by_label("s", exact=True)).to_have_value("word6")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("6drow")


def test_dataset_layout_chooses_cards_or_a_table(serve, page: Page):
    with gr.Blocks() as demo:
        name = gr.Textbox(label="name")
        times = gr.Number(label="times")
        cards = gr.Dataset(components=[name, times], samples=[["Ada", 1], ["Grace", 2]], layout="gallery", label="Cards")
        table = gr.Dataset(components=[name], samples=[["Linus"], ["Guido"]], layout="table", label="Table")
        cards.click(lambda row: row, cards, [name, times])
        table.click(lambda row: row[0], table, name)
    page.goto(serve(demo))
    # Two inputs, yet one card per sample holding both values.
    card_buttons = page.get_by_role("group", name="Cards").get_by_role("button")
    expect(card_buttons).to_have_count(2)
    expect(card_buttons.nth(1)).to_contain_text("Grace")
    expect(card_buttons.nth(1)).to_contain_text("2")
    card_buttons.nth(1).click()
    expect(page.get_by_label("name")).to_have_value("Grace")
    expect(page.get_by_label("times")).to_have_value("2")
    # One input, yet a table because the layout says so.
    page.get_by_role("table", name="Table").get_by_role("row", name="Guido").click()
    expect(page.get_by_label("name")).to_have_value("Guido")
    screenshot(page, "dataset_layouts")


def test_live_interface_updates_as_the_user_types(serve, page: Page):
    demo = gr.Interface(lambda text: text.upper(), "text", "text", live=True)
    page.goto(serve(demo))
    expect(page.get_by_role("button", name="Submit")).to_have_count(0)
    page.get_by_label("text").press_sequentially("abc")
    expect(page.get_by_label("output")).to_have_value("ABC")
    page.get_by_label("text").press("Backspace")
    expect(page.get_by_label("output")).to_have_value("AB")


def test_stop_button_stops_a_generator_interface(serve, page: Page):
    gates = {"first": threading.Event(), "again": threading.Event()}
    resumed = threading.Event()

    def count(text):
        yield f"{text} 1"
        gates[text].wait(10)
        if text == "first":
            resumed.set()
        yield f"{text} 2"

    page.goto(serve(gr.Interface(count, "text", "text")))
    # Record every value written into the output, so a late chunk of the stopped run can't
    # hide. (Watching animation frames missed a value replaced within one frame.)
    page.evaluate(
        """() => {
            window.__seen = [""];
            const label = [...document.querySelectorAll("label")].find((l) => l.textContent.trim() === "output");
            for (const proto of [HTMLInputElement.prototype, HTMLTextAreaElement.prototype]) {
              const native = Object.getOwnPropertyDescriptor(proto, "value");
              Object.defineProperty(proto, "value", {
                ...native,
                set(v) {
                  native.set.call(this, v);
                  if (this.id === label.htmlFor && window.__seen.at(-1) !== this.value) window.__seen.push(this.value);
                },
              });
            }
        }"""
    )
    output = page.get_by_label("output")
    page.get_by_label("text").fill("first")
    page.get_by_role("button", name="Submit").click()
    expect(output).to_have_value("first 1")
    busy = host_of(page, output).get_by_role("status")
    expect(busy).to_have_count(1)  # still running: the generator waits on its gate

    page.get_by_role("button", name="Stop").click()
    expect(busy).to_have_count(0)  # the run is over for the page
    expect(output).to_have_value("first 1")

    gates["first"].set()  # let the stopped generator try to go on
    assert resumed.wait(10)
    # A later run's chunk arrives on the same stream after anything the stopped run sent.
    page.get_by_label("text").fill("again")
    page.get_by_role("button", name="Submit").click()
    expect(output).to_have_value("again 1")
    gates["again"].set()
    expect(output).to_have_value("again 2")
    seen = page.evaluate("window.__seen")
    assert "first 2" not in seen, seen
    assert "first 1" in seen and "again 1" in seen


def test_load_event_fills_an_output_when_the_page_opens(serve, page: Page):
    visits = []

    def welcome():
        visits.append(1)
        return f"Welcome, visitor {len(visits)}!"

    with gr.Blocks() as demo:
        greeting = gr.Textbox(label="Greeting")
        demo.load(welcome, None, greeting)

    url = serve(demo)
    page.goto(url)
    expect(page.get_by_label("Greeting")).to_have_value("Welcome, visitor 1!")
    page.reload()
    expect(page.get_by_label("Greeting")).to_have_value("Welcome, visitor 2!")


def test_failed_run_marks_its_outputs_until_the_next_run(serve, page: Page):
    def check(text):
        if text == "bad":
            raise gr.Error("Bad input")
        return f"ok: {text}"

    page.goto(serve(gr.Interface(check, "text", "text")))
    output = page.get_by_label("output")
    badge = host_of(page, output).get_by_test_id("error-badge")
    expect(badge).to_have_count(0)

    page.get_by_label("text").fill("bad")
    page.get_by_role("button", name="Submit").click()
    toast = page.get_by_role("alert").filter(has_text="Bad input")
    expect(toast).to_be_visible()
    expect(badge).to_be_visible()
    expect(badge).to_contain_text("Error")
    expect(badge).to_have_attribute("title", "Bad input")
    expect(host_of(page, page.get_by_label("text")).get_by_test_id("error-badge")).to_have_count(0)
    screenshot(page, "interface_error_badge")

    # The toast may cover the badge (both sit top right): close it first, as a user would.
    toast.get_by_role("button", name="Dismiss notification").click()
    expect(toast).to_have_count(0)

    badge.get_by_role("button", name="Dismiss error").click()
    expect(badge).to_have_count(0)

    page.get_by_role("button", name="Submit").click()
    expect(badge).to_be_visible()
    page.get_by_label("text").fill("fine")
    page.get_by_role("button", name="Submit").click()
    expect(output).to_have_value("ok: fine")
    expect(badge).to_have_count(0)


def test_progress_bar_shows_while_the_function_waits(serve, page: Page):
    gate = threading.Event()

    def slow(text, progress=gr.Progress()):
        progress(0.25, desc="Warming up")
        gate.wait(10)
        return text[::-1]

    page.goto(serve(gr.Interface(slow, "text", "text")))
    page.get_by_label("text").fill("abc")
    page.get_by_role("button", name="Submit").click()
    bar = page.get_by_role("progressbar", name="Warming up")
    expect(bar).to_be_visible()
    expect(bar).to_have_attribute("aria-valuenow", "25")
    expect(page.get_by_text("Warming up · 25%")).to_be_visible()
    screenshot(page, "interface_progress")
    gate.set()
    expect(page.get_by_label("output")).to_have_value("cba")
    expect(bar).to_have_count(0)


def test_scroll_to_output_brings_the_output_into_view(serve, page: Page):
    page.set_viewport_size({"width": 390, "height": 640})
    with gr.Blocks() as demo:
        box = gr.Textbox(label="Question")
        go = gr.Button("Ask")
        gr.HTML("<div style='height: 1400px'>spacer</div>")
        answer = gr.Textbox(label="Answer")
        go.click(lambda q: f"A: {q}", box, answer, scroll_to_output=True)

    page.goto(serve(demo))
    expect(page.get_by_label("Answer")).not_to_be_in_viewport()
    page.get_by_label("Question").fill("why")
    page.get_by_role("button", name="Ask").click()
    expect(page.get_by_label("Answer")).to_have_value("A: why")
    expect(page.get_by_label("Answer")).to_be_in_viewport()


def test_cached_example_fills_the_input_and_shows_the_cached_output(serve, page: Page):
    calls: list[str] = []

    def reverse(text: str) -> str:
        calls.append(text)
        return text[::-1]

    demo = gr.Interface(reverse, gr.Textbox(label="word"), gr.Textbox(label="reversed"),
                        examples=[["stressed"], ["drawer"]], cache_examples=True)
    page.goto(serve(demo))
    assert calls == ["stressed", "drawer"]  # cached when the app started
    page.get_by_role("group", name="Examples").get_by_role("button", name="drawer").click()
    expect(page.get_by_label("word")).to_have_value("drawer")
    expect(page.get_by_label("reversed")).to_have_value("reward")
    assert calls == ["stressed", "drawer"]  # the click ran nothing
