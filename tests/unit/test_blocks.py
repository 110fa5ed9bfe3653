"""Building an app with `with Blocks() as demo:` and reading its config."""

from __future__ import annotations

import json
from typing import Any

import pytest

import podium as gr


def dependencies(demo: gr.Blocks) -> list[dict[str, Any]]:
    return demo.config()["dependencies"]


def component_config(demo: gr.Blocks, block_id: int) -> dict[str, Any]:
    return next(c for c in demo.config()["components"] if c["id"] == block_id)


def echo(x: Any) -> Any:
    return x


class TestLayout:
    def test_layout_tree_follows_with_blocks(self) -> None:
        with gr.Blocks() as demo:
            with gr.Row() as row:
                with gr.Column() as column:
                    a = gr.Textbox()
                with gr.Group() as group:
                    b = gr.Number()
            c = gr.Button()
        assert demo.config()["layout"] == {
            "id": demo.id,
            "children": [
                {"id": row.id, "children": [
                    {"id": column.id, "children": [{"id": a.id}]},
                    {"id": group.id, "children": [{"id": b.id}]},
                ]},
                {"id": c.id},
            ],
        }

    def test_every_block_appears_once_in_components(self) -> None:
        with gr.Blocks() as demo, gr.Row() as row:
            box = gr.Textbox()
        config = demo.config()
        ids = [component["id"] for component in config["components"]]
        assert sorted(ids) == sorted({row.id, box.id})
        assert component_config(demo, row.id)["type"] == "row"
        assert component_config(demo, box.id)["type"] == "textbox"

    def test_layout_props(self) -> None:
        with (
            gr.Blocks() as demo,
            gr.Row(equal_height=True) as row,
            gr.Column(scale=2, min_width=100, variant="panel") as column,
        ):
            pass
        assert component_config(demo, row.id)["props"]["equal_height"] is True
        props = component_config(demo, column.id)["props"]
        assert (props["scale"], props["min_width"], props["variant"]) == (2, 100, "panel")

    def test_column_scale_must_be_whole(self) -> None:
        with pytest.raises(ValueError, match="whole number"):
            gr.Column(scale=1.5)  # type: ignore[arg-type]

    def test_render_false_keeps_a_component_out_of_the_layout(self) -> None:
        with gr.Blocks() as demo:
            hidden = gr.Textbox(render=False)
            shown = gr.Textbox()
        assert demo.config()["layout"]["children"] == [{"id": shown.id}]
        with gr.Blocks() as demo2:
            hidden.render()
        assert demo2.config()["layout"]["children"] == [{"id": hidden.id}]

    def test_config_is_json_serialisable_and_names_the_protocol(self) -> None:
        with gr.Blocks(title="My app") as demo:
            gr.Textbox()
        config = json.loads(json.dumps(demo.config()))
        assert config["title"] == "My app"
        assert config["protocol"] == "sse_v3"
        assert config["api_prefix"] == "/gradio_api"
        assert config["mode"] == "blocks"
        assert config["app_id"] == demo.id

    def test_unknown_blocks_argument_is_a_type_error(self) -> None:
        with pytest.raises(TypeError, match="nonsense"):
            gr.Blocks(nonsense=True)

    def test_css_on_blocks_is_deprecated_but_kept(self) -> None:
        with pytest.warns(UserWarning, match="css"):
            demo = gr.Blocks(css="body {}")
        assert demo.config()["css"] == "body {}"


class TestListeners:
    def test_click_dependency_config(self) -> None:
        with gr.Blocks() as demo:
            name = gr.Textbox()
            out = gr.Textbox()
            button = gr.Button()
            handle = button.click(echo, name, out)
        (dep,) = dependencies(demo)
        assert handle.id == dep["id"] == 0
        assert dep["targets"] == [[button.id, "click"]]
        assert dep["inputs"] == [name.id]
        assert dep["outputs"] == [out.id]
        assert dep["api_name"] == "echo"
        assert dep["backend_fn"] is True
        assert dep["api_visibility"] == "public"
        assert dep["queue"] is True
        assert dep["trigger_mode"] == "once"
        assert dep["types"] == {"generator": False, "cancel": False}

    def test_lists_and_sets_of_components(self) -> None:
        with gr.Blocks() as demo:
            a, b = gr.Textbox(), gr.Number()
            gr.Button().click(echo, [a, b], {b, a})
        dep = dependencies(demo)[0]
        assert dep["inputs"] == [a.id, b.id]
        assert dep["outputs"] == [a.id, b.id]

    def test_api_names_deduplicated(self) -> None:
        with gr.Blocks() as demo:
            box = gr.Textbox()
            box.change(lambda x: x, box, box)
            box.submit(lambda x: x, box, box)
            box.input(echo, box, box)
            box.blur(echo, box, box)
            box.focus(echo, box, box, api_name="custom")
            box.select(echo, box, box, api_name="custom")
        assert [d["api_name"] for d in dependencies(demo)] == [
            "lambda", "lambda_1", "echo", "echo_1", "custom", "custom_1",
        ]

    def test_api_name_false_and_show_api_false_are_private(self) -> None:
        with gr.Blocks() as demo:
            box = gr.Textbox()
            box.change(echo, box, box, api_name=False)
            box.submit(echo, box, box, show_api=False)
            box.input(echo, box, box, api_visibility="undocumented")
        first, second, third = dependencies(demo)
        assert first["api_visibility"] == "private"
        assert first["api_name"] is None
        assert second["api_visibility"] == "private"
        assert third["api_visibility"] == "undocumented"

    def test_js_only_listener(self) -> None:
        with gr.Blocks() as demo:
            box = gr.Textbox()
            box.change(None, box, box, js="(x) => x.toUpperCase()")
        dep = dependencies(demo)[0]
        assert dep["backend_fn"] is False
        assert dep["js"] == "(x) => x.toUpperCase()"
        assert dep["api_name"] is None

    def test_then_success_failure_chain(self) -> None:
        with gr.Blocks() as demo:
            box = gr.Textbox()
            first = box.submit(echo, box, box)
            second = first.then(echo, box, box)
            third = second.success(echo, box, box)
            third.failure(echo, box, box)
        deps = dependencies(demo)
        assert [d["trigger_after"] for d in deps] == [None, 0, 1, 2]
        assert [d["trigger_only_on_success"] for d in deps] == [False, False, True, False]
        assert [d["trigger_only_on_failure"] for d in deps] == [False, False, False, True]
        assert deps[1]["targets"][0][0] is None

    def test_load_targets_the_app(self) -> None:
        with gr.Blocks() as demo:
            box = gr.Textbox()
            demo.load(lambda: "hi", None, box)
        dep = dependencies(demo)[0]
        assert dep["targets"] == [[demo.id, "load"]]
        assert dep["inputs"] == []
        assert dep["outputs"] == [box.id]

    def test_on_with_several_triggers(self) -> None:
        with gr.Blocks() as demo:
            box = gr.Textbox()
            button = gr.Button()
            gr.on([button.click, box.submit], echo, box, box)
        assert dependencies(demo)[0]["targets"] == [[button.id, "click"], [box.id, "submit"]]

    def test_on_single_trigger_not_in_a_list(self) -> None:
        with gr.Blocks() as demo:
            button = gr.Button()
            gr.on(button.click, lambda: None)
        assert dependencies(demo)[0]["targets"] == [[button.id, "click"]]

    def test_on_without_triggers_listens_to_input_changes(self) -> None:
        with gr.Blocks() as demo:
            a, b = gr.Textbox(), gr.Slider()
            out = gr.Textbox()
            gr.on(None, lambda x, y: f"{x}{y}", [a, b], out)
        targets = dependencies(demo)[0]["targets"]
        assert [a.id, "change"] in targets
        assert [b.id, "change"] in targets

    def test_on_without_triggers_also_runs_on_load_like_gradio(self) -> None:
        with gr.Blocks() as demo:
            a = gr.Textbox()
            out = gr.Textbox()
            gr.on(None, echo, a, out)
        dep = dependencies(demo)[0]
        assert [demo.id, "load"] in dep["targets"]
        assert dep["trigger_mode"] == "always_last"

    def test_on_rejects_non_listeners(self) -> None:
        with gr.Blocks(), pytest.raises(TypeError, match="triggers"):
            gr.on(["click"], echo)

    def test_decorator_form(self) -> None:
        with gr.Blocks() as demo:
            box = gr.Textbox()
            button = gr.Button()

            @button.click(inputs=box, outputs=box)
            def shout(text: str) -> str:
                return text.upper()

        assert shout("a") == "A"  # the decorator returns the function itself
        dep = dependencies(demo)[0]
        assert dep["api_name"] == "shout"
        assert dep["inputs"] == [box.id]
        assert dep["targets"] == [[button.id, "click"]]

    def test_on_as_decorator(self) -> None:
        with gr.Blocks() as demo:
            box = gr.Textbox()

            @gr.on([box.submit], inputs=box, outputs=box)
            def react(text: str) -> str:
                return text

        assert dependencies(demo)[0]["api_name"] == "react"

    def test_generator_functions_are_marked(self) -> None:
        def stream(text: str):  # type: ignore[no-untyped-def]
            yield text

        async def astream(text: str):  # type: ignore[no-untyped-def]
            yield text

        with gr.Blocks() as demo:
            box = gr.Textbox()
            box.submit(stream, box, box)
            box.change(astream, box, box)
            box.blur(echo, box, box)
        assert [d["types"]["generator"] for d in dependencies(demo)] == [True, True, False]

    def test_cancels(self) -> None:
        with gr.Blocks() as demo:
            box = gr.Textbox()
            stop = gr.Button()
            run = box.submit(echo, box, box)
            stop.click(None, None, None, cancels=[run])
        dep = dependencies(demo)[1]
        assert dep["cancels"] == [run.id]
        assert dep["types"]["cancel"] is True

    def test_listener_outside_blocks_raises_a_clear_error(self) -> None:
        button = gr.Button()
        with pytest.raises(RuntimeError, match="Blocks"):
            button.click(lambda: None)

    def test_non_component_input_is_rejected(self) -> None:
        with gr.Blocks():
            button = gr.Button()
            with pytest.raises(TypeError, match="not a component"):
                button.click(echo, "text", None)

    def test_components_used_only_by_listeners_are_in_config(self) -> None:
        outside = gr.Textbox(render=False)
        with gr.Blocks() as demo:
            gr.Button().click(echo, outside, outside)
        assert outside.id in {c["id"] for c in demo.config()["components"]}

    def test_event_methods_follow_the_component(self) -> None:
        assert hasattr(gr.Textbox, "submit")
        assert hasattr(gr.Button, "click")
        assert not hasattr(gr.Checkbox, "submit")


class TestUpdates:
    def test_update_and_skip(self) -> None:
        assert gr.update(visible=False, value="x") == {"__type__": "update", "visible": False, "value": "x"}
        assert gr.skip() == {"__type__": "update"}

    def test_returned_component_is_an_update_of_explicit_args(self) -> None:
        assert gr.Textbox(visible=False).explicit_args == {"visible": False}
        assert gr.Slider(0, 5, step=1).explicit_args == {"minimum": 0, "maximum": 5, "step": 1}
        assert gr.Dropdown(choices=["a"]).explicit_args == {"choices": ["a"]}


class TestQueue:
    def test_queue_defaults_and_settings(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("GRADIO_DEFAULT_CONCURRENCY_LIMIT", raising=False)
        monkeypatch.delenv("PODIUM_DEFAULT_CONCURRENCY_LIMIT", raising=False)
        demo = gr.Blocks()
        assert demo.queue_settings.default_concurrency_limit == 1
        assert demo.queue(max_size=5, default_concurrency_limit=3) is demo
        assert demo.queue_settings.max_size == 5
        assert demo.queue_settings.default_concurrency_limit == 3

    def test_concurrency_count_was_removed(self) -> None:
        with pytest.raises(TypeError, match="default_concurrency_limit"):
            gr.Blocks().queue(concurrency_count=2)

    def test_negative_max_size_rejected(self) -> None:
        with pytest.raises(ValueError, match="max_size"):
            gr.Blocks().queue(max_size=-1)

    def test_default_concurrency_limit_from_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("GRADIO_DEFAULT_CONCURRENCY_LIMIT", "none")
        assert gr.Blocks().queue_settings.default_concurrency_limit is None
        monkeypatch.setenv("GRADIO_DEFAULT_CONCURRENCY_LIMIT", "4")
        assert gr.Blocks().queue_settings.default_concurrency_limit == 4


def test_default_trigger_modes_follow_gradio() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.change(echo, box, box)
        box.input(echo, box, box)
        box.submit(echo, box, box)
        gr.on([box.change, box.submit], echo, box, box)
        gr.on([box.submit, box.blur], echo, box, box)
        box.change(echo, box, box, trigger_mode="multiple")
    modes = [d["trigger_mode"] for d in demo.config()["dependencies"]]
    assert modes == ["always_last", "once", "once", "always_last", "once", "multiple"]


def test_a_select_listener_makes_its_component_selectable() -> None:
    with gr.Blocks() as demo:
        picked = gr.Radio(["a", "b"])
        plain = gr.Radio(["a", "b"])
        picked.select(echo, None, None)
    props = {c["id"]: c["props"] for c in demo.config()["components"]}
    assert props[picked.id]["_selectable"] is True and props[plain.id]["_selectable"] is False
