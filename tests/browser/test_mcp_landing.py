"""The page a browser shows at the MCP URL: the URL to copy and the app's tools."""

from __future__ import annotations

from playwright.sync_api import Browser, expect

import podium as gr
from tests.browser.conftest import screenshot


def shout(text: str) -> str:
    """Shouts the text back."""
    return text.upper()


def test_mcp_url_in_a_browser_shows_how_to_connect_and_copies_the_url(serve, browser: Browser):
    url = serve(gr.Interface(shout, "text", "text", title="Shouter"), mcp_server=True)
    context = browser.new_context(viewport={"width": 1100, "height": 760})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        page.goto(f"{url}gradio_api/mcp/")
        expect(page.get_by_role("heading", name="Shouter · MCP server")).to_be_visible()
        expect(page.locator("#url")).to_have_text(f"{url}gradio_api/mcp/")
        expect(page.locator("ul.tools li")).to_have_text(["shoutShouts the text back."])
        page.get_by_role("button", name="Copy").first.click()
        expect(page.get_by_role("button", name="Copied")).to_be_visible()
        assert page.evaluate("navigator.clipboard.readText()") == f"{url}gradio_api/mcp/"
        screenshot(page, "mcp-landing")
    finally:
        context.close()
