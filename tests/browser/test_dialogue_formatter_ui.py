"""Dialogue with the app's own `formatter`/`unformatter`: the text view and the copy button
show the app's format (made by the server), and text edited in that format comes back to
Python as the lines the app's unformatter reads. Without them, no request is made."""

from __future__ import annotations

import json

from playwright.sync_api import Page, Request, expect

import podium as gr
from tests.browser.conftest import screenshot


def arrow(speaker: str, text: str) -> str:
    return f"{speaker} >> {text}"


def from_arrow(line: str, default_speaker: str) -> dict[str, str]:
    speaker, sep, text = line.partition(" >> ")
    return {"speaker": speaker, "text": text} if sep else {"speaker": default_speaker, "text": line}


def test_text_view_and_copy_use_the_apps_format(serve, page: Page):
    lines = [{"speaker": "Ann", "text": "Hi"}, {"speaker": "Bob", "text": "Hello there"}]
    with gr.Blocks() as demo:
        script = gr.Dialogue(
            value=lines, speakers=["Ann", "Bob"], formatter=arrow, unformatter=from_arrow, type="list",
            interactive=True, buttons=["copy"], label="Script",
        )
        plain = gr.Dialogue(value=lines, speakers=["Ann", "Bob"], interactive=True, label="Plain")
        received = gr.Textbox(label="Received")
        gr.Button("Send").click(lambda value: json.dumps(value), script, received)
        gr.Button("Send plain").click(lambda text: text, plain, received)

    server_calls: list[dict[str, object]] = []

    def record(request: Request) -> None:
        if "/component_server" in request.url:
            server_calls.append(json.loads(request.post_data or "null"))

    page.on("request", record)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(serve(demo))
    script_block = page.locator(".pd-block").filter(has=page.get_by_text("Script", exact=True))

    # Copy from the lines view: the server formats it with the app's formatter.
    script_block.get_by_role("button", name="Copy dialogue").click()
    expect(script_block.get_by_role("button", name="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == "Ann >> Hi\nBob >> Hello there"

    script_block.get_by_role("button", name="Edit as text").click()
    area = page.get_by_label("Script")
    expect(area).to_have_value("Ann >> Hi\nBob >> Hello there")
    screenshot(page, "dialogue_custom_format_text_view")

    # Edited in the app's format, read back by the app's unformatter when leaving the text view.
    area.fill("Bob >> First\nAnn >> Second\nloose words")
    script_block.get_by_role("button", name="Edit lines").click()
    expect(page.get_by_label("Speaker of line 1").first).to_have_value("Bob")
    expect(script_block.get_by_label("Text of line 3")).to_have_value("loose words")
    page.get_by_role("button", name="Send", exact=True).click()
    expect(page.get_by_label("Received")).to_have_value(
        json.dumps([
            {"speaker": "Bob", "text": "First"}, {"speaker": "Ann", "text": "Second"}, {"speaker": "Ann", "text": "loose words"},
        ])
    )
    assert {call["fn_name"] for call in server_calls} == {"format", "unformat"}
    assert all(call["component_id"] == script.id and call["session_hash"] for call in server_calls)

    # A dialogue without its own format works in the browser alone: no request.
    before = len(server_calls)
    plain_block = page.locator(".pd-block").filter(has=page.get_by_text("Plain", exact=True))
    plain_block.get_by_role("button", name="Edit as text").click()
    expect(page.get_by_label("Plain")).to_have_value("[Ann] Hi\n[Bob] Hello there")
    page.get_by_label("Plain").fill("[Bob] Just me")
    plain_block.get_by_role("button", name="Edit lines").click()
    page.get_by_role("button", name="Send plain").click()
    expect(page.get_by_label("Received")).to_have_value("[Bob] Just me")
    assert len(server_calls) == before


def test_a_failing_formatter_is_shown_in_the_component(serve, page: Page):
    def broken(speaker: str, text: str) -> str:
        raise ValueError("no formatting today")

    with gr.Blocks() as demo:
        gr.Dialogue(value=[{"speaker": "Ann", "text": "Hi"}], speakers=["Ann"], formatter=broken, interactive=True, label="Script")

    page.goto(serve(demo))
    page.get_by_role("button", name="Edit as text").click()
    expect(page.get_by_role("alert")).to_contain_text("Dialogue.format failed: ValueError: no formatting today")
    screenshot(page, "dialogue_format_error")
