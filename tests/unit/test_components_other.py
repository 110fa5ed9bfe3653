"""Button, ClearButton, JSON, Label, State, Dataset and component shortcuts."""

from __future__ import annotations

import json

import pytest

import podium as gr
from podium.components import component_from


class TestButton:
    def test_gradio_defaults(self) -> None:
        button = gr.Button()
        config = button.get_config()
        assert config["type"] == "button"
        assert config["props"]["value"] == "Run"
        assert config["props"]["variant"] == "secondary"
        assert config["props"]["size"] == "lg"
        assert config["props"]["link_target"] == "_self"
        assert config["props"]["interactive"] is True

    def test_never_part_of_the_api(self) -> None:
        config = gr.Button("Go", variant="primary").get_config()
        assert config["skip_api"] is True
        assert "api_info" not in config
        assert config["props"]["variant"] == "primary"
        assert config["props"]["value"] == "Go"

    def test_pre_and_postprocess(self) -> None:
        button = gr.Button()
        assert button.preprocess("Go") == "Go"
        assert button.postprocess(3) == "3"
        assert button.postprocess(None) is None


class TestClearButton:
    def test_defaults(self) -> None:
        props = gr.ClearButton().get_config()["props"]
        assert props["value"] == "Clear"
        assert props["variant"] == "secondary"
        assert gr.ClearButton().get_type() == "button"

    def test_clears_components_in_the_browser_without_an_api_endpoint(self) -> None:
        with gr.Blocks() as demo:
            box = gr.Textbox("x")
            group = gr.CheckboxGroup(["a"])
            label = gr.Label()
            gr.ClearButton([box, group, label])
        (dependency,) = demo.config()["dependencies"]
        assert dependency["outputs"] == [box.id, group.id, label.id]
        assert dependency["backend_fn"] is False
        assert dependency["api_visibility"] == "private"
        assert dependency["queue"] is False
        # The js returns each component's empty value.
        body = dependency["js"].split("=>", 1)[1]
        assert json.loads(body) == [None, [], {}]

    def test_add_returns_the_button(self) -> None:
        with gr.Blocks() as demo:
            box = gr.Textbox()
            clear = gr.ClearButton()
            assert clear.add(box) is clear
        assert demo.config()["dependencies"][0]["outputs"] == [box.id]


class TestJSON:
    def test_postprocess_parses_json_strings(self) -> None:
        component = gr.JSON()
        assert component.postprocess('{"a": [1, 2]}') == {"a": [1, 2]}
        assert component.postprocess("[1, 2]") == [1, 2]

    def test_postprocess_passes_other_values(self) -> None:
        component = gr.JSON()
        assert component.postprocess({"x": 1}) == {"x": 1}
        assert component.postprocess([1]) == [1]
        assert component.postprocess(None) is None

    def test_preprocess_passes_through(self) -> None:
        assert gr.JSON().preprocess({"a": 1}) == {"a": 1}
        assert gr.JSON().preprocess(None) is None

    def test_api_info_example_and_defaults(self) -> None:
        component = gr.JSON({"k": "v"})
        assert component.api_info() == {"type": {}, "description": "any valid json"}
        assert component.example_payload() == {"foo": "bar"}
        props = component.get_config()["props"]
        assert props["value"] == {"k": "v"}
        assert props["buttons"] == ["copy"]
        assert props["max_height"] == 500
        assert props["open"] is False
        assert props["show_indices"] is False

    def test_string_value_is_parsed_in_config(self) -> None:
        assert gr.JSON('{"n": 1}').get_config()["props"]["value"] == {"n": 1}


class TestLabel:
    def test_dict_becomes_sorted_confidences_with_top_label(self) -> None:
        wire = gr.Label().postprocess({"cat": 0.2, "dog": 0.7, "fish": 0.1})
        assert wire == {
            "label": "dog",
            "confidences": [
                {"label": "dog", "confidence": 0.7},
                {"label": "cat", "confidence": 0.2},
                {"label": "fish", "confidence": 0.1},
            ],
        }

    def test_num_top_classes_limits_confidences(self) -> None:
        wire = gr.Label(num_top_classes=2).postprocess({"cat": 0.2, "dog": 0.7, "fish": 0.1})
        assert wire["label"] == "dog"
        assert [c["label"] for c in wire["confidences"]] == ["dog", "cat"]

    def test_plain_label(self) -> None:
        assert gr.Label().postprocess("cat") == {"label": "cat", "confidences": None}
        assert gr.Label().postprocess(3) == {"label": "3", "confidences": None}

    def test_empty_values(self) -> None:
        assert gr.Label().postprocess(None) == {}
        assert gr.Label().postprocess({}) == {}
        assert gr.Label().get_config()["props"]["value"] == {}

    def test_wire_form_passes_through(self) -> None:
        wire = {"label": "a", "confidences": [{"label": "a", "confidence": 1.0}]}
        assert gr.Label().postprocess(wire) == wire

    def test_unsupported_value_raises(self) -> None:
        with pytest.raises(ValueError, match="Label"):
            gr.Label().postprocess([1, 2])

    def test_preprocess(self) -> None:
        label = gr.Label()
        payload = {"label": "dog", "confidences": [{"label": "dog", "confidence": 0.7}, {"label": "cat", "confidence": 0.3}]}
        assert label.preprocess(payload) == {"dog": 0.7, "cat": 0.3}
        assert label.preprocess({"label": "cat", "confidences": None}) == "cat"
        assert label.preprocess(None) is None

    def test_round_trip(self) -> None:
        label = gr.Label()
        scores = {"a": 0.5, "b": 0.25, "c": 0.25}
        assert label.preprocess(label.postprocess(scores)) == scores

    def test_api_info_and_example(self) -> None:
        label = gr.Label()
        info = label.api_info()
        assert info["title"] == "LabelData"
        assert info["type"] == "object"
        assert set(info["properties"]) == {"label", "confidences"}
        example = label.example_payload()
        assert example["label"] == "Cat"
        assert example["confidences"][0] == {"label": "cat", "confidence": 0.9}


class TestState:
    def test_value_never_reaches_the_browser(self) -> None:
        config = gr.State({"secret": 1}).get_config()
        assert config["skip_api"] is True
        assert "value" not in config["props"]
        assert config["type"] == "state"

    def test_each_session_gets_a_fresh_copy(self) -> None:
        state = gr.State([1])
        first = state.initial_state()
        first.append(2)
        assert state.initial_state() == [1]

    def test_callable_initial_value_is_called(self) -> None:
        assert gr.State(lambda: [0]).initial_state() == [0]

    def test_pre_and_postprocess_pass_objects_unchanged(self) -> None:
        obj = object()
        state = gr.State()
        assert state.preprocess(obj) is obj
        assert state.postprocess(obj) is obj

    def test_time_to_live_in_config(self) -> None:
        assert gr.State(time_to_live=10).get_config()["props"]["time_to_live"] == 10


class TestDataset:
    def test_default_type_is_values_as_in_gradio(self) -> None:
        dataset = gr.Dataset(components=[gr.Textbox()], samples=[["a"], ["b"]])
        assert dataset.preprocess(1) == ["b"]

    def test_preprocess_index(self) -> None:
        dataset = gr.Dataset(components=[gr.Textbox()], samples=[["a"], ["b"]], type="index")
        assert dataset.preprocess(1) == 1
        assert dataset.preprocess([0]) == 0
        assert dataset.preprocess(None) is None

    def test_preprocess_values(self) -> None:
        dataset = gr.Dataset(components=[gr.Textbox()], samples=[["a"], ["b"]], type="values")
        assert dataset.preprocess(1) == ["b"]

    def test_layout_is_sent_and_checked(self) -> None:
        dataset = gr.Dataset(components=[gr.Textbox(), gr.Number()], samples=[["a", 1]], layout="gallery")
        assert dataset.get_config()["props"]["layout"] == "gallery"
        assert gr.Dataset(components=[gr.Textbox()], samples=[["a"]]).get_config()["props"]["layout"] is None
        with pytest.raises(ValueError, match="'gallery', 'table' or None"):
            gr.Dataset(components=[gr.Textbox()], samples=[["a"]], layout="grid")

    def test_out_of_range_index_rejected(self) -> None:
        dataset = gr.Dataset(components=[gr.Textbox()], samples=[["a"]])
        with pytest.raises(ValueError, match="out of range"):
            dataset.preprocess(1)
        with pytest.raises(ValueError, match="out of range"):
            dataset.preprocess(-1)

    def test_samples_are_postprocessed_by_their_components(self) -> None:
        text, number = gr.Textbox(), gr.Number(precision=0)
        dataset = gr.Dataset(components=[text, number], samples=[[1, 2.6]])
        props = dataset.get_config()["props"]
        assert props["samples"] == [["1", 3]]
        assert props["component_ids"] == [text.id, number.id]
        assert props["component_types"] == ["textbox", "number"]
        assert props["samples_per_page"] == 10

    def test_api_info_and_example(self) -> None:
        dataset = gr.Dataset(components=[gr.Textbox()], samples=[["a"]])
        assert dataset.api_info()["type"] == "integer"
        assert dataset.example_payload() == 0


class TestShortcuts:
    @pytest.mark.parametrize(
        ("name", "kind"),
        [
            ("text", gr.Textbox), ("textbox", gr.Textbox), ("number", gr.Number),
            ("checkbox", gr.Checkbox), ("slider", gr.Slider), ("json", gr.JSON),
            ("label", gr.Label), ("markdown", gr.Markdown), ("textarea", gr.Textbox),
            ("Text", gr.Textbox), ("state", gr.State), ("html", gr.HTML),
        ],
    )
    def test_known_shortcuts(self, name: str, kind: type) -> None:
        assert isinstance(component_from(name, render=False), kind)

    def test_textarea_has_several_lines(self) -> None:
        assert component_from("textarea", render=False).lines == 7

    def test_password(self) -> None:
        assert component_from("password", render=False).type == "password"

    def test_instances_and_classes(self) -> None:
        box = gr.Textbox(render=False)
        assert component_from(box) is box
        assert isinstance(component_from(gr.Number, render=False), gr.Number)

    def test_unknown_shortcut_lists_known_ones(self) -> None:
        with pytest.raises(ValueError, match="bogus") as info:
            component_from("bogus")
        assert "textbox" in str(info.value)
        assert "number" in str(info.value)

    def test_other_values_are_type_errors(self) -> None:
        with pytest.raises(TypeError):
            component_from(42)


@pytest.mark.parametrize(
    "component",
    [
        gr.Textbox(render=False), gr.Number(render=False), gr.Slider(render=False),
        gr.Checkbox(render=False), gr.CheckboxGroup(["a"], render=False), gr.Radio(["a"], render=False),
        gr.Dropdown(["a"], render=False), gr.Markdown(render=False), gr.HTML(render=False),
        gr.JSON(render=False), gr.Label(render=False),
    ],
    ids=lambda component: type(component).__name__,
)
def test_example_payload_is_accepted_by_its_own_component(component: gr.Textbox) -> None:
    """The example the API docs show must be valid input."""
    example = component.example_payload()
    component.check_payload(example)
    component.preprocess(example)
    config = component.get_config()
    assert config["example_inputs"] == example
    assert config["api_info"] == component.api_info()
    json.dumps(config)
