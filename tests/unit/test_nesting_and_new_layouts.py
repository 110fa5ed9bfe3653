"""Nesting apps (render() / TabbedInterface), Sidebar, Walkthrough and BrowserState."""

from __future__ import annotations

import pytest

import podium as gr
from podium.server.runner import Runner


def _types(demo: gr.Blocks) -> list[str]:
    return [c["type"] for c in demo.config()["components"]]


def test_a_rendered_interface_joins_the_enclosing_app():
    inner = gr.Interface(lambda text: text[::-1], "text", "text", api_name="reverse")
    with gr.Blocks() as demo:
        button = gr.Button()
        first = button.click(lambda: None, api_name="own")
        inner.render()

    names = [d.api_name for d in demo.dependencies]
    assert names[:2] == ["own", "reverse"]
    assert [d.id for d in demo.dependencies] == list(range(len(demo.dependencies)))
    assert inner.dependencies == []
    # The nested app's layout is inlined: no "blocks" node on the page.
    assert "blocks" not in _types(demo)
    layout_ids = {block.id for block in demo.walk()}
    assert all(c.id in layout_ids for d in demo.dependencies for c in d.input_components)
    assert first.fn_index == 0


def test_nesting_renumbers_chains_cancels_and_load_events():
    with gr.Blocks() as inner:
        box = gr.Textbox()
        start = box.submit(lambda t: t, box, box, api_name="echo")
        start.then(lambda: None)
        stop = gr.Button("Stop")
        stop.click(None, cancels=[start])
        inner.load(lambda: "hi", None, box)
    with gr.Blocks() as outer:
        gr.Button().click(lambda: None)
        gr.Button().click(lambda: None)
        inner.render()

    by_name = {d.api_name: d for d in outer.dependencies}
    echo = by_name["echo"]
    assert echo.id == 2
    then = next(d for d in outer.dependencies if d.trigger_after is not None)
    assert then.trigger_after == echo.id
    cancel = next(d for d in outer.dependencies if d.cancels)
    assert cancel.cancels == [echo.id]
    load = next(d for d in outer.dependencies if d.targets == [(outer.id, "load")])
    assert load.outputs == box


def test_clashing_api_names_get_suffixes_and_private_stays_private():
    a = gr.Interface(lambda x: x, "text", "text", api_name="run")
    b = gr.Interface(lambda x: x, "text", "text", api_name="run")
    demo = gr.TabbedInterface([a, b])
    public = [d.api_name for d in demo.dependencies if d.api_visibility == "public"]
    assert public == ["run", "run_1"]
    assert all(d.api_name is None for d in demo.dependencies if d.api_visibility == "private")


def test_tabbed_interface_tabs_title_and_errors():
    a = gr.Interface(str.upper, "text", "text")
    b = gr.Interface(str.lower, "text", "text")
    demo = gr.TabbedInterface([a, b], title="Tools")
    labels = [c["props"]["label"] for c in demo.config()["components"] if c["type"] == "tabitem"]
    assert labels == ["Tab 0", "Tab 1"]
    heading = next(c for c in demo.config()["components"] if c["type"] == "markdown")
    assert "Tools" in heading["props"]["value"] and demo.title == "Tools"
    assert demo.dependencies[0].api_name == "upper"  # the first interface is fn_index 0
    with pytest.raises(ValueError, match="2 apps but 1 tab names"):
        gr.TabbedInterface([gr.Interface(str.upper, "text", "text"), gr.Interface(str.lower, "text", "text")], ["only"])
    with pytest.raises(TypeError, match="list of Interface or Blocks"):
        gr.TabbedInterface([str.upper])  # type: ignore[list-item]


def test_sidebar_and_walkthrough_config():
    with gr.Blocks() as demo:
        with gr.Sidebar(label="Menu", open=False, width="25%", position="right"):
            gr.Textbox()
        with gr.Walkthrough(selected=2):
            with gr.Step("One", id=1):
                gr.Textbox()
            with gr.Step("Two", id=2):
                gr.Textbox()
    components = {c["type"]: c["props"] for c in demo.config()["components"]}
    assert components["sidebar"] | {"label": "Menu", "open": False, "width": "25%", "position": "right"} == components["sidebar"]
    assert components["walkthrough"]["selected"] == 2
    steps = [c["props"] for c in demo.config()["components"] if c["type"] == "step"]
    assert [(s["label"], s["id"]) for s in steps] == [("One", 1), ("Two", 2)]
    with pytest.raises(ValueError, match="'left' or 'right'"):
        gr.Sidebar(position="top")  # type: ignore[arg-type]


def test_a_returned_layout_is_an_update_of_the_props_given():
    with gr.Blocks() as demo:
        with gr.Walkthrough() as walk, gr.Step("A", id=1):
            pass
        with gr.Accordion("More", open=False) as more:
            pass
    runner = Runner(demo, None, None)  # type: ignore[arg-type]
    event = None
    assert runner._postprocess_one(event, walk, gr.Walkthrough(selected=1), True) == {"__type__": "update", "selected": 1}  # type: ignore[arg-type]
    assert runner._postprocess_one(event, more, gr.Accordion(open=True), True) == {"__type__": "update", "open": True}  # type: ignore[arg-type]


def test_browser_state_config_and_api():
    with gr.Blocks() as demo:
        saved = gr.BrowserState({"n": 1}, storage_key="k", secret="s")
        random_keys = gr.BrowserState()
        box = gr.Textbox()
        box.submit(lambda text, state: (text, state), [box, saved], [box, saved])
    props = next(c for c in demo.config()["components"] if c["id"] == saved.id)["props"]
    assert (props["default_value"], props["storage_key"], props["secret"]) == ({"n": 1}, "k", "s")
    assert random_keys.storage_key and random_keys.secret and random_keys.secret != random_keys.storage_key
    assert saved.preprocess({"a": [1]}) == {"a": [1]} and saved.postprocess([1, 2]) == [1, 2]
    from podium.api.info import api_info

    params = api_info(demo)["named_endpoints"]["/lambda"]["parameters"]
    assert [p["component"] for p in params] == ["Textbox", "Browserstate"]


def test_a_callable_value_with_inputs_and_every_gets_listeners():
    with gr.Blocks() as demo:
        number = gr.Number(2)
        doubled = gr.Textbox(value=lambda n: f"double {n * 2:g}", inputs=[number])
        clock = gr.Textbox(value=lambda: "tick", every=0.5)
        plain = gr.Textbox(value=lambda: "once per page load")
    values = {c["id"]: c["props"].get("value") for c in demo.config()["components"]}
    assert values[doubled.id] == "double 4" and values[plain.id] == "once per page load"
    on_change = next(d for d in demo.dependencies if d.output_components == [doubled])
    assert on_change.targets == [(number.id, "change")] and on_change.input_components == [number]
    on_tick = next(d for d in demo.dependencies if d.output_components == [clock])
    timer = next(b for b in demo.walk() if b.get_type() == "timer")
    assert on_tick.targets == [(timer.id, "tick")] and timer.value == 0.5  # type: ignore[attr-defined]
    assert all(d.api_visibility == "private" for d in demo.dependencies)
    assert not any(d.output_components == [plain] for d in demo.dependencies)
