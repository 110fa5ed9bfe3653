"""The component gallery example: each core component's main interaction in a browser."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "components" / "app.py"


def load_example():
    spec = importlib.util.spec_from_file_location("gallery_example", EXAMPLE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.demo


def test_every_core_component_feeds_the_summary(serve, page: Page):
    page.goto(serve(load_example()))
    page.get_by_label("Text", exact=True).fill("hello big world")
    page.get_by_label("Count", exact=True).fill("7")
    slider = page.get_by_role("slider", name="Level")
    slider.focus()
    slider.press("ArrowRight")  # 4 → 5
    page.get_by_label("I agree").uncheck()
    page.get_by_label("olives").check()
    page.get_by_label("large").check()
    fruit = page.get_by_role("combobox", name="Fruit")
    fruit.click()
    page.get_by_role("option", name="banana").click()
    page.get_by_role("button", name="Summarize").click()

    expect(page.get_by_text('"banana"')).to_be_visible()  # in the JSON tree
    body = page.locator("body").inner_text()
    for fragment in ["hello big world", "banana", "large", "olives"]:
        assert fragment in body, fragment
    expect(page.get_by_text("You wrote")).to_be_visible()
    expect(page.get_by_role("textbox", name="Code")).to_contain_text("words = 'hello big world'.split()")
    expect(page.get_by_text("world", exact=True).first).to_be_visible()  # Label confidences
    screenshot(page, "component_gallery")


def test_clear_button_empties_its_components(serve, page: Page):
    page.goto(serve(load_example()))
    page.get_by_role("button", name="Clear text and count").click()
    expect(page.get_by_label("Text", exact=True)).to_have_value("")
    expect(page.get_by_label("Count", exact=True)).to_have_value("")


def test_api_values_round_trip_through_all_components(serve):
    from gradio_client import Client

    client = Client(serve(load_example()), verbose=False)
    result = client.predict("a b", 2, 3, False, ["basil"], "small", "cherry", ["blue"], api_name="/summarize")
    assert result == {
        "text": "a b", "count": 2, "level": 3, "agree": False, "toppings": ["basil"],
        "size": "small", "fruit": "cherry", "colours": ["blue"],
    }
    assert json.loads(json.dumps(result)) == result
