"""The core user journeys in a real browser against a real server."""

from __future__ import annotations

import threading

from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def test_hello_interface_enter_and_submit(serve, page: Page):
    def greet(name):
        return f"Hello {name}!"

    page.goto(serve(gr.Interface(greet, "text", "text")))
    name = page.get_by_label("name")
    name.fill("Ada")
    name.press("Enter")
    expect(page.get_by_label("output")).to_have_value("Hello Ada!")
    name.fill("Grace")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("Hello Grace!")
    screenshot(page, "hello")
    page.get_by_role("button", name="Clear").click()
    expect(page.get_by_label("name")).to_have_value("")
    expect(page.get_by_label("output")).to_have_value("")


def test_blocks_row_of_inputs_button_and_chained_then(serve, page: Page):
    def combine(first, last, formal):
        return f"{'Dear ' if formal else ''}{first} {last}"

    with gr.Blocks() as demo:
        with gr.Row():
            first = gr.Textbox(label="First")
            last = gr.Textbox(label="Last")
            formal = gr.Checkbox(label="Formal")
        go = gr.Button("Combine", variant="primary")
        full = gr.Textbox(label="Full name")
        length = gr.Number(label="Length")
        go.click(combine, [first, last, formal], full).then(len, full, length)

    page.goto(serve(demo))
    page.get_by_label("First").fill("Ada")
    page.get_by_label("Last").fill("Lovelace")
    page.get_by_label("Formal").check()
    page.get_by_role("button", name="Combine").click()
    expect(page.get_by_label("Full name")).to_have_value("Dear Ada Lovelace")
    expect(page.get_by_label("Length")).to_have_value("17")
    screenshot(page, "blocks_row_then")


def test_generator_streams_into_a_textbox(serve, page: Page):
    resume = threading.Event()

    def stream(prompt):
        yield "one"
        yield "one two"
        resume.wait(10)  # hold the stream until the test has seen the partial value
        yield "one two three"

    with gr.Blocks() as demo:
        prompt = gr.Textbox(label="Prompt")
        out = gr.Textbox(label="Stream")
        prompt.submit(stream, prompt, out)

    page.goto(serve(demo))
    page.get_by_label("Prompt").fill("go")
    page.get_by_label("Prompt").press("Enter")
    out = page.get_by_label("Stream")
    expect(out).to_have_value("one two")  # an intermediate value is shown...
    resume.set()
    expect(out).to_have_value("one two three")  # ...then the final one


def test_error_toast_shows_the_message(serve, page: Page):
    def refuse(text):
        raise gr.Error(f"Cannot process '{text}'")

    with gr.Blocks() as demo:
        box = gr.Textbox(label="Input")
        out = gr.Textbox(label="Output")
        gr.Button("Run").click(refuse, box, out)

    page.goto(serve(demo))
    page.get_by_label("Input").fill("spam")
    page.get_by_role("button", name="Run").click()
    toast = page.get_by_role("alert").filter(has_text="Cannot process 'spam'")
    expect(toast).to_be_visible()
    screenshot(page, "error_toast")


def test_info_toast_and_update_visibility(serve, page: Page):
    def reveal(text):
        gr.Info("Revealed!")
        return gr.update(visible=True, value=text.upper())

    with gr.Blocks() as demo:
        box = gr.Textbox(label="Input")
        hidden = gr.Textbox(label="Secret", visible=False)
        gr.Button("Reveal").click(reveal, box, hidden)

    page.goto(serve(demo))
    expect(page.get_by_label("Secret")).to_be_hidden()
    page.get_by_label("Input").fill("psst")
    page.get_by_role("button", name="Reveal").click()
    expect(page.get_by_label("Secret")).to_have_value("PSST")
    expect(page.get_by_text("Revealed!")).to_be_visible()


def test_slider_thumb_matches_values_off_the_integer_grid(serve, page: Page):
    with gr.Blocks() as demo:
        gr.Slider(0.5, 2, value=1, label="Speed")
        gr.Slider(100, 1000, value=440, label="Freq")

    page.goto(serve(demo))
    # The range input's own value positions the thumb; it must not snap to another step.
    expect(page.get_by_role("slider", name="Speed")).to_have_value("1")
    expect(page.get_by_role("slider", name="Freq")).to_have_value("440")


def test_use_via_api_page_lists_public_endpoints_with_snippets(serve, page: Page):
    def greet(name: str) -> str:
        return f"Hello {name}!"

    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        out = gr.Textbox(label="Greeting")
        gr.Button("Go").click(greet, name, out)
        gr.Button("Secret").click(greet, name, out, api_visibility="private", api_name="hidden")

    url = serve(demo)
    page.goto(url)
    page.get_by_role("link", name="Use via API").click()
    expect(page.get_by_text("/greet").first).to_be_visible()
    body = page.locator("body").inner_text()
    assert 'api_name="/greet"' in body  # the Python snippet
    assert "/hidden" not in body
    screenshot(page, "api_page")


def test_api_page_has_podium_client_snippets_the_mcp_url_and_openapi_docs(serve, page: Page):
    demo = gr.Interface(lambda word: word[::-1], gr.Textbox(label="word"), gr.Textbox(label="reversed"), api_name="flip")
    url = serve(demo, mcp_server=True)
    page.goto(url + "?view=api")
    expect(page.get_by_text("/flip").first).to_be_visible()
    page.get_by_role("tab", name="Python (podium_client)").click()
    expect(page.locator("pre").filter(has_text="from podium_client import Client").first).to_be_visible()
    expect(page.get_by_text("pip install podium-client")).to_be_visible()
    # The MCP server's address and a client configuration to copy.
    expect(page.locator("pre").filter(has_text='"mcpServers"').first).to_contain_text(f"{url}gradio_api/mcp/")
    screenshot(page, "api_page_podium_client")
    # The OpenAPI document has a self-hosted interactive viewer.
    page.get_by_role("link", name="interactive docs").click()
    expect(page.get_by_text("/gradio_api/call/flip").first).to_be_visible(timeout=20_000)
    screenshot(page, "openapi_docs")


def test_footer_links_choose_what_the_footer_shows(serve, page: Page):
    demo = gr.Interface(lambda text: text, "text", "text")
    page.goto(serve(demo, footer_links=["settings"]))
    footer = page.get_by_role("contentinfo")
    expect(footer.get_by_role("button", name="Settings")).to_be_visible()
    expect(footer.get_by_role("link", name="Use via API")).to_have_count(0)
    expect(footer.get_by_text("Built with Podium")).to_have_count(0)
