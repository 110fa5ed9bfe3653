"""Light and dark themes: the OS preference by default, `?__theme=` to force one."""

from __future__ import annotations

from playwright.sync_api import Browser

import podium as gr
from tests.browser.conftest import screenshot


def background(browser: Browser, url: str, scheme: str) -> tuple[str, str]:
    context = browser.new_context(color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(url)
        page.get_by_label("name").wait_for()
        theme = page.evaluate("document.documentElement.dataset.theme")
        colour = page.evaluate("getComputedStyle(document.body).backgroundColor")
        if scheme == "dark" and "__theme" not in url:
            screenshot(page, "hello_dark")
        return theme, colour
    finally:
        context.close()


def brightness(rgb: str) -> int:
    return sum(int(part) for part in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3])


def test_theme_follows_the_os_and_the_query_parameter_wins(serve, browser: Browser):
    url = serve(gr.Interface(lambda name: name, "text", "text"))
    light_theme, light_bg = background(browser, url, "light")
    dark_theme, dark_bg = background(browser, url, "dark")
    forced_theme, forced_bg = background(browser, url + "?__theme=light", "dark")
    assert (light_theme, dark_theme, forced_theme) == ("light", "dark", "light")
    assert brightness(light_bg) > 600 > 150 > brightness(dark_bg)
    assert forced_bg == light_bg
