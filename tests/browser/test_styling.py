"""Custom CSS/JS/head and themes as a visitor sees them, in chromium."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from playwright.sync_api import Browser, Page, expect

import podium as gr
from tests.browser.conftest import screenshot

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "themes" / "app.py"


def gallery() -> ModuleType:
    spec = importlib.util.spec_from_file_location("themes_gallery_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def small_app() -> gr.Blocks:
    with gr.Blocks() as demo:
        gr.Textbox(label="Name", elem_id="special")
        gr.Button("Go", variant="primary", elem_classes=["loud"])
    return demo


def style(page: Page, selector: str, prop: str) -> str:
    return str(page.eval_on_selector(selector, f"el => getComputedStyle(el).{prop}"))


def test_custom_css_styles_elem_id_and_elem_classes(serve: Callable[..., str], page: Page) -> None:
    css = (
        "#special { outline: 4px solid rgb(1, 2, 3); color: var(--color-accent); }"
        " .loud .pd-btn-primary { text-transform: uppercase; }"
    )
    page.goto(serve(small_app(), css=css))
    page.get_by_label("Name").wait_for()
    assert style(page, "#special", "outlineColor") == "rgb(1, 2, 3)"
    assert style(page, "#special", "outlineWidth") == "4px"
    # The documented hooks: elem_id and elem_classes sit on the component's host element.
    assert page.eval_on_selector("#special", "el => el.classList.contains('pd-host')")
    assert page.eval_on_selector("#special", "el => el.classList.contains('pd-type-textbox')")
    assert style(page, ".loud .pd-btn-primary", "textTransform") == "uppercase"
    # Gradio's variable names work without a theme: --color-accent is Podium's primary colour.
    assert style(page, "#special", "color") == style(page, ".loud .pd-btn-primary", "backgroundColor")
    expect(page.get_by_role("button", name="Go")).to_have_text("Go")  # CSS changed the look only


def test_custom_css_overrides_the_themes_properties(serve: Callable[..., str], page: Page) -> None:
    css = ":root { --pd-button-primary-fill: rgb(7, 8, 9); --pd-block-radius: 0px; }"
    page.goto(serve(small_app(), theme="soft", css=css))
    page.get_by_label("Name").wait_for()
    assert style(page, ".pd-btn-primary", "backgroundColor") == "rgb(7, 8, 9)"
    assert style(page, "#special .pd-block", "borderTopLeftRadius") == "0px"


def test_css_paths_files_are_applied(serve: Callable[..., str], page: Page, tmp_path: Path) -> None:
    (tmp_path / "app.css").write_text("#special { background-color: rgb(10, 20, 30); }")
    page.goto(serve(small_app(), css_paths=[tmp_path / "app.css"]))
    page.get_by_label("Name").wait_for()
    assert style(page, "#special", "backgroundColor") == "rgb(10, 20, 30)"


def test_js_runs_once_on_load_and_head_goes_into_head(serve: Callable[..., str], page: Page) -> None:
    js = "() => { window.loads = (window.loads || 0) + 1; document.body.dataset.greeted = 'yes'; }"
    head = "<meta name='podium-test' content='present'><script>window.headRan = true;</script>"
    page.goto(serve(small_app(), js=js, head=head))
    expect(page.locator("body")).to_have_attribute("data-greeted", "yes")
    assert page.evaluate("window.loads") == 1
    assert page.evaluate("window.headRan") is True
    assert page.evaluate("document.head.querySelector('meta[name=podium-test]').content") == "present"


def primary_button_colour(serve: Callable[..., str], page: Page, theme: object) -> str:
    page.goto(serve(small_app(), theme=theme))
    button = page.get_by_role("button", name="Go")
    button.wait_for()
    return str(button.evaluate("el => getComputedStyle(el).backgroundColor"))


def test_theme_colours_are_visible_and_soft_differs_from_default(serve: Callable[..., str], page: Page) -> None:
    default = primary_button_colour(serve, page, gr.themes.Default())
    soft = primary_button_colour(serve, page, "soft")
    custom = primary_button_colour(serve, page, gr.themes.Soft().set(button_primary_background_fill="#0a7d33"))
    assert default == "rgb(249, 115, 22)"  # orange 500
    assert soft == "rgb(99, 102, 241)"  # indigo 500
    assert custom == "rgb(10, 125, 51)"


def test_dark_query_parameter_uses_the_themes_dark_values(serve: Callable[..., str], browser: Browser) -> None:
    url = serve(small_app(), theme=gr.themes.Soft().set(body_background_fill_dark="rgb(5, 6, 7)"))
    context = browser.new_context(color_scheme="light")
    try:
        page = context.new_page()
        page.goto(url)
        page.get_by_label("Name").wait_for()
        assert style(page, "body", "backgroundColor") == "rgb(249, 250, 251)"  # gray 50
        page.goto(url + "?__theme=dark")
        page.get_by_label("Name").wait_for()
        assert style(page, "body", "backgroundColor") == "rgb(5, 6, 7)"
        # Gradio-style custom CSS (".dark .thing") keeps working.
        assert page.evaluate("document.documentElement.classList.contains('dark')")
        assert page.evaluate("document.body.classList.contains('dark')")
        screenshot(page, "theme_soft_dark")
    finally:
        context.close()


def test_settings_toggle_switches_light_dark_and_system(serve: Callable[..., str], browser: Browser) -> None:
    url = serve(small_app())
    context = browser.new_context(color_scheme="light")
    try:
        page = context.new_page()
        page.goto(url)
        page.get_by_label("Name").wait_for()
        light_bg = style(page, "body", "backgroundColor")
        page.get_by_role("button", name="Settings").click()
        page.get_by_role("button", name="Dark").click()
        expect(page.locator("html")).to_have_attribute("data-theme", "dark")
        assert "__theme=dark" in page.url
        assert style(page, "body", "backgroundColor") != light_bg
        screenshot(page, "settings_dark")
        page.reload()  # the choice is in the URL, so it survives a reload
        page.get_by_label("Name").wait_for()
        expect(page.locator("html")).to_have_attribute("data-theme", "dark")
        page.get_by_role("button", name="Settings").click()
        expect(page.get_by_role("button", name="Dark")).to_have_attribute("aria-pressed", "true")
        page.get_by_role("button", name="System").click()
        expect(page.locator("html")).to_have_attribute("data-theme", "light")
        assert "__theme" not in page.url
        assert style(page, "body", "backgroundColor") == light_bg
        page.keyboard.press("Escape")
        expect(page.get_by_role("dialog", name="Settings")).to_have_count(0)
    finally:
        context.close()


def test_theme_gallery_example_under_every_theme(serve: Callable[..., str], page: Page) -> None:
    module = gallery()
    colours = {}
    for theme in module.THEMES:
        page.goto(serve(module.build(theme), theme=theme))
        submit = page.get_by_role("button", name="Submit")
        submit.wait_for()
        look = "el => [getComputedStyle(el).backgroundImage, getComputedStyle(el).backgroundColor]"
        colours[theme] = (*submit.evaluate(look), style(page, "body", "backgroundColor"))
        screenshot(page, f"theme_gallery_{theme}")
    # Every theme looks different: its primary action or its page.
    assert len(set(colours.values())) == len(module.THEMES)
    page.get_by_label("Name").fill("Ada")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("Greeting")).to_have_value("Hello Ada! Hello Ada!")


def test_js_may_also_be_plain_statements(serve: Callable[..., str], page: Page) -> None:
    js = "const word = 'plain'; document.body.dataset.script = word;"
    page.goto(serve(small_app(), js=js))
    expect(page.locator("body")).to_have_attribute("data-script", "plain")
