"""CheckboxGroup, Radio and Dropdown: choosing among `choices`."""

from __future__ import annotations

import json
from typing import Any

import pytest

import podium as gr


def on_the_wire(value: Any) -> Any:
    """What a client receives after JSON encoding (tuples become lists)."""
    return json.loads(json.dumps(value))


class TestCheckboxGroup:
    def test_choices_normalised_to_display_value_pairs_in_config(self) -> None:
        group = gr.CheckboxGroup(["a", ("Bee", "b"), 3])
        props = on_the_wire(group.get_config()["props"])
        assert props["choices"] == [["a", "a"], ["Bee", "b"], ["3", 3]]
        assert props["value"] == []
        assert props["type"] == "value"
        assert props["show_select_all"] is False

    def test_preprocess_values(self) -> None:
        group = gr.CheckboxGroup(["a", "b", "c"])
        assert group.preprocess(["c", "a"]) == ["c", "a"]
        assert group.preprocess([]) == []

    def test_preprocess_index(self) -> None:
        group = gr.CheckboxGroup(["a", "b", "c"], type="index")
        assert group.preprocess(["c", "a"]) == [2, 0]

    def test_preprocess_uses_values_not_display_names(self) -> None:
        group = gr.CheckboxGroup([("One", 1), ("Two", 2)])
        assert group.preprocess([2]) == [2]
        with pytest.raises(gr.Error, match="not in the list of choices"):
            group.preprocess(["Two"])

    def test_invalid_choice_raises_podium_error(self) -> None:
        with pytest.raises(gr.Error, match="'z'"):
            gr.CheckboxGroup(["a", "b"]).preprocess(["a", "z"])

    def test_postprocess(self) -> None:
        group = gr.CheckboxGroup(["a", "b"])
        assert group.postprocess(None) == []
        assert group.postprocess("a") == ["a"]
        assert group.postprocess(("a", "b")) == ["a", "b"]
        assert group.postprocess(["b"]) == ["b"]

    def test_check_payload_wants_a_list(self) -> None:
        group = gr.CheckboxGroup(["a"])
        group.check_payload(["a"])
        group.check_payload(None)
        with pytest.raises(ValueError, match="expected a list"):
            group.check_payload("a")

    def test_api_info_and_example(self) -> None:
        group = gr.CheckboxGroup(["a", "b"])
        assert group.api_info() == {
            "type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "title": "Checkbox Group",
        }
        assert group.example_payload() == ["a"]
        assert gr.CheckboxGroup().example_payload() == []

    def test_bad_type_rejected(self) -> None:
        with pytest.raises(ValueError, match="index"):
            gr.CheckboxGroup(["a"], type="values")  # type: ignore[arg-type]

    def test_choices_update_is_normalised(self) -> None:
        wire = gr.CheckboxGroup(["a"]).with_updates({"choices": ["x", ("Y", "y")]})
        assert on_the_wire(wire["choices"]) == [["x", "x"], ["Y", "y"]]


class TestRadio:
    def test_preprocess_value_and_index(self) -> None:
        assert gr.Radio(["a", "b"]).preprocess("b") == "b"
        assert gr.Radio(["a", "b"], type="index").preprocess("b") == 1
        assert gr.Radio(["a", "b"], type="index").preprocess(None) is None
        assert gr.Radio(["a", "b"]).preprocess(None) is None

    def test_invalid_choice_raises_podium_error(self) -> None:
        with pytest.raises(gr.Error, match="not in the list of choices"):
            gr.Radio(["a", "b"]).preprocess("z")

    def test_tuple_choices(self) -> None:
        radio = gr.Radio([("Small", 1), ("Large", 2)], value=2)
        props = on_the_wire(radio.get_config()["props"])
        assert props["choices"] == [["Small", 1], ["Large", 2]]
        assert props["value"] == 2
        assert radio.preprocess(1) == 1

    def test_default_value_is_none(self) -> None:
        assert gr.Radio(["a", "b"]).get_config()["props"]["value"] is None

    def test_check_payload(self) -> None:
        radio = gr.Radio(["a"])
        radio.check_payload("a")
        radio.check_payload(None)
        for bad in (["a"], {"a": 1}, True):
            with pytest.raises(ValueError, match="one of the choices"):
                radio.check_payload(bad)

    def test_api_info_and_example(self) -> None:
        radio = gr.Radio(["a", "b"])
        assert radio.api_info() == {"type": "string", "enum": ["a", "b"], "title": "Radio"}
        assert radio.example_payload() == "a"
        assert gr.Radio([("A", 1), ("B", 2)]).api_info()["enum"] == [1, 2]


class TestDropdown:
    def test_default_value_is_first_choice(self) -> None:
        assert gr.Dropdown(["a", "b"]).get_config()["props"]["value"] == "a"
        assert gr.Dropdown([("A", 1), ("B", 2)]).get_config()["props"]["value"] == 1

    def test_explicit_none_and_no_choices_give_empty_value(self) -> None:
        assert gr.Dropdown(["a", "b"], value=None).get_config()["props"]["value"] is None
        assert gr.Dropdown().get_config()["props"]["value"] is None

    def test_multiselect_default_value_is_empty_list(self) -> None:
        assert gr.Dropdown(["a", "b"], multiselect=True).get_config()["props"]["value"] == []

    def test_config_props(self) -> None:
        props = on_the_wire(gr.Dropdown(["a", ("Bee", "b")]).get_config()["props"])
        assert props["choices"] == [["a", "a"], ["Bee", "b"]]
        assert props["type"] == "value"
        assert props["allow_custom_value"] is False
        assert props["filterable"] is True
        assert props["num_choices_shown"] == 100
        assert not props["multiselect"]

    def test_preprocess_single(self) -> None:
        assert gr.Dropdown(["a", "b"]).preprocess("b") == "b"
        assert gr.Dropdown(["a", "b"], type="index").preprocess("b") == 1
        assert gr.Dropdown(["a", "b"]).preprocess(None) is None

    def test_invalid_choice_raises_podium_error(self) -> None:
        with pytest.raises(gr.Error, match="not in the list of choices"):
            gr.Dropdown(["a", "b"]).preprocess("z")

    def test_allow_custom_value(self) -> None:
        assert gr.Dropdown(["a", "b"], allow_custom_value=True).preprocess("z") == "z"
        assert gr.Dropdown(["a", "b"], allow_custom_value=True, type="index").preprocess("z") is None

    def test_multiselect_preprocess(self) -> None:
        dropdown = gr.Dropdown(["a", "b", "c"], multiselect=True)
        assert dropdown.preprocess(["c", "a"]) == ["c", "a"]
        assert dropdown.preprocess(None) == []
        assert gr.Dropdown(["a", "b"], multiselect=True, type="index").preprocess(["b", "a"]) == [1, 0]
        with pytest.raises(gr.Error, match="'z'"):
            dropdown.preprocess(["a", "z"])

    def test_multiselect_custom_values(self) -> None:
        dropdown = gr.Dropdown(["a"], multiselect=True, allow_custom_value=True)
        assert dropdown.preprocess(["a", "new"]) == ["a", "new"]

    def test_max_choices_enforced(self) -> None:
        dropdown = gr.Dropdown(["a", "b", "c"], multiselect=True, max_choices=2)
        assert dropdown.preprocess(["a", "b"]) == ["a", "b"]
        with pytest.raises(gr.Error, match="At most 2"):
            dropdown.preprocess(["a", "b", "c"])

    def test_postprocess(self) -> None:
        assert gr.Dropdown(["a"]).postprocess("a") == "a"
        multi = gr.Dropdown(["a", "b"], multiselect=True)
        assert multi.postprocess("a") == ["a"]
        assert multi.postprocess(("a", "b")) == ["a", "b"]
        assert multi.postprocess(None) == []

    def test_check_payload(self) -> None:
        single = gr.Dropdown(["a"])
        single.check_payload("a")
        single.check_payload(None)
        with pytest.raises(ValueError, match="single choice"):
            single.check_payload(["a"])
        multi = gr.Dropdown(["a"], multiselect=True)
        multi.check_payload(["a"])
        multi.check_payload(None)
        with pytest.raises(ValueError, match="list of choices"):
            multi.check_payload("a")

    def test_api_info_and_example(self) -> None:
        assert gr.Dropdown(["a", "b"]).api_info() == {"type": "string", "enum": ["a", "b"], "title": "Dropdown"}
        multi = gr.Dropdown(["a", "b"], multiselect=True)
        assert multi.api_info() == {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}}
        assert gr.Dropdown(["a", "b"]).example_payload() == "a"
        assert multi.example_payload() == ["a"]
        # A custom value may be any string, so the schema must not restrict it to the choices.
        assert "enum" not in gr.Dropdown(["a"], allow_custom_value=True).api_info()

    def test_choices_update_is_normalised(self) -> None:
        wire = gr.Dropdown(["a"]).with_updates({"choices": [("X", 1)], "value": 1})
        assert on_the_wire(wire["choices"]) == [["X", 1]]
        assert wire["value"] == 1

    def test_choice_pairs_must_have_two_items(self) -> None:
        with pytest.raises(ValueError, match="display name, value"):
            gr.Dropdown([("a", "b", "c")])
