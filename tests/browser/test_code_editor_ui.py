"""gr.Code in a real browser: a CodeMirror editor that talks to Python through events."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Page, expect

import podium as gr
from tests.browser.conftest import screenshot

SOURCE = 'def greet(name):\n    return f"Hello {name}"  # a comment\n'


def test_typed_code_reaches_python_and_output_is_highlighted(serve, page: Page):
    with gr.Blocks() as demo:
        source = gr.Code(language="python", label="Source", interactive=True)
        echoed = gr.Code(language="python", label="Echo", interactive=False)
        lengths = gr.Textbox(label="Seen")
        attention = gr.Textbox(label="Attention")
        source.focus(lambda: "focused", None, attention)
        source.blur(lambda: "blurred", None, attention)
        # Typing is faster than a round trip: keep the last keystroke's run, not the first.
        source.input(lambda code: code, source, echoed, trigger_mode="always_last")
        source.change(lambda code: f"{len(code.splitlines())} lines, last {code.splitlines()[-1]!r}", source, lengths)

    page.goto(serve(demo))
    editor = page.get_by_role("textbox", name="Source")
    editor.click()
    expect(page.get_by_label("Attention")).to_have_value("focused")
    # CodeMirror auto-indents after the colon, so type line by line and clear its indent.
    page.keyboard.type("def greet(name):")
    page.keyboard.press("Enter")
    page.keyboard.type('return "Hello " + name  # a comment')

    expect(page.get_by_label("Seen")).to_have_value("""2 lines, last '    return "Hello " + name  # a comment'""")
    page.get_by_label("Seen").click()
    expect(page.get_by_label("Attention")).to_have_value("blurred")
    output = page.locator(".pd-code", has=page.get_by_role("textbox", name="Echo"))
    expect(output.locator(".cm-line")).to_have_count(2)
    expect(output.locator(".cm-line").nth(1)).to_have_text('    return "Hello " + name  # a comment')
    # The Python grammar loaded: keywords and strings are coloured differently from plain text.
    keyword = output.locator("span", has_text="def").first
    string = output.locator("span", has_text='"Hello "').first
    expect(keyword).to_be_visible()
    keyword_colour = keyword.evaluate("el => getComputedStyle(el).color")
    string_colour = string.evaluate("el => getComputedStyle(el).color")
    plain_colour = output.locator(".cm-content").evaluate("el => getComputedStyle(el).color")
    assert len({keyword_colour, string_colour, plain_colour}) == 3
    # The output is read-only: typing into it changes nothing.
    assert page.get_by_role("textbox", name="Echo").get_attribute("contenteditable") == "false"
    screenshot(page, "code-editor")


def test_copy_button_puts_the_code_on_the_clipboard(serve, browser: Browser):
    with gr.Blocks() as demo:
        gr.Code(SOURCE, language="python", label="Snippet")

    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        page.goto(serve(demo))
        expect(page.locator(".cm-line").first).to_have_text("def greet(name):")
        page.get_by_role("button", name="Copy code").click()
        expect(page.get_by_role("button", name="Copied")).to_be_visible()
        # The postprocessed value: Gradio strips surrounding whitespace from output code.
        assert page.evaluate("navigator.clipboard.readText()") == SOURCE.strip()
        with page.expect_download() as download:
            page.get_by_role("button", name="Download code").click()
        assert download.value.suggested_filename == "code.py"
        assert Path(download.value.path()).read_text(encoding="utf-8") == SOURCE.strip()
    finally:
        context.close()


def test_code_set_from_python_and_dark_theme(serve, page: Page):
    with gr.Blocks() as demo:
        language = gr.Dropdown(["json", "sql"], label="Language")
        shown = gr.Code(label="Shown", lines=3, max_lines=4, wrap_lines=True, show_line_numbers=False)
        samples = {"json": '{"a": [1, 2, 3]}', "sql": "SELECT *\nFROM t\nWHERE a = 1\n-- 4\n-- 5\n-- 6"}
        language.change(lambda lang: gr.Code(samples[lang], language=lang), language, shown)

    page.goto(serve(demo) + "?__theme=dark")
    page.get_by_label("Language").click()
    page.get_by_role("option", name="sql").click()
    code = page.locator(".pd-code")
    expect(code.locator(".cm-line")).to_have_count(6)
    expect(code).to_have_attribute("data-language", "sql")
    assert code.locator(".cm-gutters").count() == 0  # show_line_numbers=False
    # max_lines=4: six lines scroll inside an editor about four lines tall.
    height = code.locator(".cm-editor").evaluate("el => el.getBoundingClientRect().height")
    assert 4 * 18 < height < 5 * 21
    # Dark page, dark editor.
    background = code.locator(".cm-editor").evaluate("el => getComputedStyle(el).backgroundColor")
    channels = [int(part) for part in background[background.index("(") + 1 : -1].split(",")[:3]]
    assert sum(channels) < 3 * 60, background
    screenshot(page, "code-editor-dark")
