"""`Interface(fn, inputs, outputs)`: the whole app from one function."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import podium as gr


def greet(name: str, times: float) -> str:
    return name * int(times)


def components_by_type(demo: gr.Blocks, kind: str) -> list[dict[str, Any]]:
    return [c for c in demo.config()["components"] if c["type"] == kind]


def main_dependency(demo: gr.Interface) -> dict[str, Any]:
    return next(d for d in demo.config()["dependencies"] if d["id"] == demo.main_dependency.id)


def button_values(demo: gr.Blocks) -> list[str]:
    return [c["props"]["value"] for c in components_by_type(demo, "button")]


@pytest.mark.parametrize(
    ("shortcut", "kind"),
    [
        ("text", gr.Textbox), ("number", gr.Number), ("checkbox", gr.Checkbox),
        ("slider", gr.Slider), ("json", gr.JSON), ("label", gr.Label),
        ("markdown", gr.Markdown), ("textarea", gr.Textbox),
    ],
)
def test_string_shortcuts_become_components(shortcut: str, kind: type) -> None:
    demo = gr.Interface(lambda x: x, shortcut, shortcut)
    assert isinstance(demo.input_components[0], kind)
    assert isinstance(demo.output_components[0], kind)


def test_textarea_shortcut_is_multiline() -> None:
    demo = gr.Interface(lambda x: x, "textarea", "text")
    assert demo.input_components[0].lines == 7


def test_unknown_shortcut_lists_known_ones() -> None:
    with pytest.raises(ValueError, match="known shortcuts") as info:
        gr.Interface(lambda x: x, "bogus", "text")
    assert "'bogus'" in str(info.value)
    assert "slider" in str(info.value)


def test_fn_must_be_callable() -> None:
    with pytest.raises(TypeError, match="callable"):
        gr.Interface("not a function", "text", "text")  # type: ignore[arg-type]


def test_inputs_are_labelled_with_parameter_names() -> None:
    demo = gr.Interface(greet, ["text", gr.Number(label="How many")], "text")
    assert [c.label for c in demo.input_components] == ["name", "How many"]
    assert all(c.interactive for c in demo.input_components)
    assert demo.output_components[0].interactive is False


def test_single_text_output_is_labelled_output() -> None:
    demo = gr.Interface(greet, ["text", "number"], "text")
    assert demo.output_components[0].label == "output"


def test_api_name_is_the_function_name() -> None:
    demo = gr.Interface(greet, ["text", "number"], "text")
    dep = main_dependency(demo)
    assert dep["api_name"] == "greet"
    assert dep["api_visibility"] == "public"
    assert dep["inputs"] == [c.id for c in demo.input_components]
    assert dep["outputs"] == [c.id for c in demo.output_components]
    assert gr.Interface(greet, ["text", "number"], "text", api_name="hello").main_dependency.api_name == "hello"


def test_lambda_api_name() -> None:
    assert main_dependency(gr.Interface(lambda x: x, "text", "text"))["api_name"] == "lambda"


def test_submit_and_clear_buttons() -> None:
    demo = gr.Interface(greet, ["text", "number"], "text")
    assert demo.config()["mode"] == "interface"
    assert sorted(button_values(demo)) == ["Clear", "Flag", "Submit"]  # Flag: flagging_mode="manual" by default
    submit = next(c for c in components_by_type(demo, "button") if c["props"]["value"] == "Submit")
    assert submit["props"]["variant"] == "primary"
    targets = main_dependency(demo)["targets"]
    assert [submit["id"], "click"] in targets
    # Enter in a textbox submits too.
    assert [demo.input_components[0].id, "submit"] in targets


def test_clear_button_resets_inputs_and_outputs() -> None:
    demo = gr.Interface(greet, ["text", "number"], "label")
    clear = next(c for c in components_by_type(demo, "button") if c["props"]["value"] == "Clear")
    clear_dep = next(d for d in demo.config()["dependencies"] if d["targets"] == [[clear["id"], "click"]])
    assert clear_dep["backend_fn"] is False
    assert set(clear_dep["outputs"]) == {c.id for c in (*demo.input_components, *demo.output_components)}


def test_no_stop_button_for_plain_functions() -> None:
    assert "Stop" not in button_values(gr.Interface(greet, ["text", "number"], "text"))


def test_stop_button_for_generators_cancels_the_run() -> None:
    def stream(text: str) -> Iterator[str]:
        yield text

    demo = gr.Interface(stream, "text", "text")
    assert "Stop" in button_values(demo)
    stop = next(c for c in components_by_type(demo, "button") if c["props"]["value"] == "Stop")
    assert stop["props"]["variant"] == "stop"
    stop_dep = next(d for d in demo.config()["dependencies"] if d["targets"] == [[stop["id"], "click"]])
    assert stop_dep["cancels"] == [demo.main_dependency.id]
    assert main_dependency(demo)["types"]["generator"] is True


def test_live_has_no_submit_and_runs_on_change() -> None:
    demo = gr.Interface(greet, ["text", "slider"], "text", live=True)
    assert "Submit" not in button_values(demo)
    dep = main_dependency(demo)
    assert dep["targets"] == [[c.id, "change"] for c in demo.input_components]
    assert dep["trigger_mode"] == "always_last"


def test_title_description_article_are_markdown() -> None:
    demo = gr.Interface(greet, ["text", "number"], "text", title="Greeter", description="Says *hi*", article="More")
    values = [c["props"]["value"] for c in components_by_type(demo, "markdown")]
    assert any("Greeter" in value for value in values)
    assert "Says *hi*" in values
    assert "More" in values
    assert demo.config()["title"] == "Greeter"


def test_examples_become_a_dataset() -> None:
    demo = gr.Interface(greet, ["text", "number"], "text", examples=[["a", 1], ["b", 2]])
    (dataset,) = components_by_type(demo, "dataset")
    assert dataset["props"]["samples"] == [["a", 1], ["b", 2]]
    assert dataset["props"]["component_ids"] == [c.id for c in demo.input_components]


def test_single_input_examples_may_be_bare_values() -> None:
    demo = gr.Interface(lambda x: x, "text", "text", examples=["a", "b"])
    (dataset,) = components_by_type(demo, "dataset")
    assert dataset["props"]["samples"] == [["a"], ["b"]]


def test_example_rows_must_match_inputs() -> None:
    with pytest.raises(ValueError, match="one value per input"):
        gr.Interface(greet, ["text", "number"], "text", examples=[["only one"]])


def test_main_function_is_fn_index_0_as_in_gradio() -> None:
    demo = gr.Interface(greet, ["text", "number"], "text", examples=[["a", 1]])
    assert demo.main_dependency.id == 0


def test_state_inputs_are_not_labelled_or_cleared() -> None:
    demo = gr.Interface(lambda x, history: (x, history), ["text", "state"], ["text", "state"])
    state = demo.input_components[1]
    assert state.label is None
    clear = next(c for c in components_by_type(demo, "button") if c["props"]["value"] == "Clear")
    clear_dep = next(d for d in demo.config()["dependencies"] if d["targets"] == [[clear["id"], "click"]])
    assert state.id not in clear_dep["outputs"]


def test_multiple_outputs_are_labelled_output_n_and_the_main_fn_scrolls_to_output() -> None:
    demo = gr.Interface(lambda a, b: (a, b), ["text", "number"], ["text", "label"])
    assert [c.label for c in demo.output_components] == ["output 0", "output 1"]
    assert demo.main_dependency.scroll_to_output is True


def test_stop_button_starts_hidden_and_swaps_with_submit_in_the_browser() -> None:
    def stream(x):
        yield x

    demo = gr.Interface(stream, "text", "text")
    config = demo.config()
    buttons = {c["props"]["value"]: c for c in config["components"] if c["type"] == "button"}
    assert buttons["Stop"]["props"]["visible"] is False
    submit_id, stop_id = buttons["Submit"]["id"], buttons["Stop"]["id"]
    swaps = [d for d in config["dependencies"] if d["outputs"] == [submit_id, stop_id] and d["js"]]
    # shown when a run starts, hidden when it ends, and hidden again when Stop is clicked
    assert len(swaps) == 3
    assert all(not d["backend_fn"] for d in swaps)
    stop_click = next(d for d in swaps if d["targets"] == [[stop_id, "click"]])
    assert stop_click["cancels"] == [demo.main_dependency.id]


def test_examples_table_headers_are_the_input_labels() -> None:
    demo = gr.Interface(lambda name, count: name, ["text", "number"], "text", examples=[["a", 1]])
    dataset = next(c for c in demo.config()["components"] if c["type"] == "dataset")
    assert dataset["props"]["headers"] == ["name", "count"]
