"""MultimodalTextbox's microphone: a recording (Chromium's fake, beeping microphone) is
uploaded and reaches the chat function as a file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

import podium as gr
from tests.browser.conftest import ARGS, CHROMIUM, watched_page

FAKE_MICROPHONE = [*ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]


@pytest.fixture(scope="module")
def microphone_browser(browser: Browser) -> Iterator[Browser]:
    """A second chromium with a fake microphone, from the session's Playwright instance."""
    fake = browser.browser_type.launch(executable_path=CHROMIUM, args=FAKE_MICROPHONE)
    yield fake
    fake.close()


@pytest.fixture
def microphone_page(microphone_browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    with watched_page(microphone_browser.new_context(viewport={"width": 1000, "height": 700}, permissions=["microphone"]), request, timeout_ms=15_000) as page:
        yield page


def test_recorded_audio_is_attached_and_sent(serve, microphone_page: Page):
    sizes: list[int] = []
    got = threading.Event()

    def listen(message, history):
        sizes.extend(Path(path).stat().st_size for path in message["files"])
        got.set()
        return f"heard {len(message['files'])} recording(s)"

    textbox = gr.MultimodalTextbox(sources=["upload", "microphone"], placeholder="Type a message...", show_label=False)
    page = microphone_page
    page.goto(serve(gr.ChatInterface(listen, textbox=textbox)))
    page.get_by_role("button", name="Record audio").click()
    stop = page.get_by_role("button", name="Stop recording")
    expect(stop).to_be_visible()
    page.wait_for_timeout(600)  # record a little more than half a second of the fake tone
    stop.click()
    expect(page.get_by_role("list", name="Attached files").get_by_text("recording-", exact=False)).to_be_visible()
    page.get_by_placeholder("Type a message...").press("Enter")
    expect(page.get_by_test_id("assistant-message")).to_have_text("heard 1 recording(s)")
    assert got.is_set() and sizes and sizes[0] > 1000
