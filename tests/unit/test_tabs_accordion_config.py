"""Tabs, Tab and Accordion in the config."""

from __future__ import annotations

import pytest

import podium as gr


def by_type(demo: gr.Blocks, kind: str) -> list[dict]:
    return [c for c in demo.config()["components"] if c["type"] == kind]


def test_consecutive_tabs_outside_tabs_share_one_implicit_tabs() -> None:
    with gr.Blocks() as demo:
        with gr.Tab("A"):
            gr.Textbox()
        with gr.Tab("B", id="b", interactive=False):
            gr.Textbox()
    (tabs,) = by_type(demo, "tabs")
    items = by_type(demo, "tabitem")
    assert [i["props"]["label"] for i in items] == ["A", "B"]
    assert items[1]["props"]["id"] == "b" and items[1]["props"]["interactive"] is False
    root = demo.config()["layout"]
    assert [child["id"] for child in root["children"]] == [tabs["id"]]
    assert [child["id"] for child in root["children"][0]["children"]] == [i["id"] for i in items]


def test_accordion_props_and_events() -> None:
    with gr.Blocks() as demo:
        with gr.Accordion("More", open=False) as more:
            box = gr.Textbox()
        more.expand(lambda: "opened", None, box)
    (accordion,) = by_type(demo, "accordion")
    assert accordion["props"]["label"] == "More" and accordion["props"]["open"] is False
    assert demo.config()["dependencies"][0]["targets"] == [[more.id, "expand"]]


def test_layouts_can_be_outputs_but_not_inputs() -> None:
    with gr.Blocks():
        with gr.Tabs() as tabs, gr.Tab("A"):
            box = gr.Textbox()
        gr.Button().click(lambda: gr.update(selected=0), None, tabs)
        with pytest.raises(TypeError, match="cannot be an input"):
            gr.Button().click(lambda x: x, tabs, box)
    assert tabs.with_updates({"selected": 0}) == {"__type__": "update", "selected": 0}


def test_timer_config_and_tick_listener() -> None:
    with gr.Blocks() as demo:
        timer = gr.Timer(0.5, active=False)
        box = gr.Textbox()
        timer.tick(lambda: "t", None, box)
    (config,) = by_type(demo, "timer")
    assert config["props"]["value"] == 0.5 and config["props"]["active"] is False
    assert demo.config()["dependencies"][0]["targets"] == [[timer.id, "tick"]]
    with pytest.raises(ValueError, match="negative"):
        gr.Timer(-1)
