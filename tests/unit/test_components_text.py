"""Textbox, Markdown and HTML: text in, text out."""

from __future__ import annotations

import warnings

import pytest

import podium as gr


class TestTextbox:
    def test_preprocess_passes_strings_and_none_through(self) -> None:
        box = gr.Textbox()
        assert box.preprocess("hello") == "hello"
        assert box.preprocess("") == ""
        assert box.preprocess(None) is None

    def test_postprocess_turns_values_into_strings(self) -> None:
        box = gr.Textbox()
        assert box.postprocess(3) == "3"
        assert box.postprocess("x") == "x"
        assert box.postprocess(None) is None

    def test_check_payload_rejects_non_strings_naming_the_expected_type(self) -> None:
        box = gr.Textbox()
        box.check_payload("ok")
        box.check_payload(None)
        for bad in (3, ["a"], {"a": 1}, True):
            with pytest.raises(ValueError, match="expected a string"):
                box.check_payload(bad)

    def test_api_info_and_example(self) -> None:
        box = gr.Textbox()
        assert box.api_info() == {"type": "string"}
        assert box.example_payload() == "Hello!!"

    def test_gradio_defaults_in_config(self) -> None:
        props = gr.Textbox().get_config()["props"]
        assert props["lines"] == 1
        assert props["type"] == "text"
        assert props["autofocus"] is False
        assert props["autoscroll"] is True
        assert props["rtl"] is False
        assert props["buttons"] == []
        assert props["submit_btn"] is False
        assert props["stop_btn"] is False
        assert props["show_label"] is True
        assert props["container"] is True
        assert props["min_width"] == 160
        assert props["visible"] is True
        assert props["elem_classes"] == []
        assert props["preserved_by_key"] == ["value"]
        assert props["name"] == "textbox"

    def test_config_carries_label_placeholder_and_value(self) -> None:
        config = gr.Textbox("hi", label="Name", placeholder="Type", lines=4).get_config()
        assert config["type"] == "textbox"
        assert config["props"]["value"] == "hi"
        assert config["props"]["label"] == "Name"
        assert config["props"]["placeholder"] == "Type"
        assert config["props"]["lines"] == 4
        assert config["api_info"] == {"type": "string"}
        assert config["example_inputs"] == "Hello!!"
        assert config["skip_api"] is False

    def test_callable_value_is_evaluated_for_config(self) -> None:
        assert gr.Textbox(lambda: "fresh").get_config()["props"]["value"] == "fresh"

    def test_invalid_type_is_rejected(self) -> None:
        with pytest.raises(ValueError, match="password"):
            gr.Textbox(type="number")  # type: ignore[arg-type]

    def test_unknown_keyword_is_a_type_error(self) -> None:
        with pytest.raises(TypeError, match="not_a_prop"):
            gr.Textbox(not_a_prop=1)

    def test_show_copy_button_is_deprecated_and_maps_to_buttons(self) -> None:
        with pytest.warns(DeprecationWarning, match="show_copy_button"):
            box = gr.Textbox(show_copy_button=True)
        assert box.buttons == ["copy"]
        assert box.get_config()["props"]["buttons"] == ["copy"]

    def test_show_copy_button_false_adds_no_button(self) -> None:
        with pytest.warns(DeprecationWarning):
            box = gr.Textbox(show_copy_button=False)
        assert box.buttons == []

    def test_buttons_without_legacy_flag_emit_no_warning(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert gr.Textbox(buttons=["copy"]).buttons == ["copy"]

    def test_returned_component_records_only_explicit_args(self) -> None:
        assert gr.Textbox(visible=False).explicit_args == {"visible": False}
        assert gr.Textbox("v", label="L").explicit_args == {"value": "v", "label": "L"}
        assert gr.Textbox().explicit_args == {}

    def test_with_updates_postprocesses_value(self) -> None:
        box = gr.Textbox()
        assert box.with_updates({"value": 5, "visible": False}) == {
            "__type__": "update", "value": "5", "visible": False,
        }

    def test_text_and_textarea_aliases(self) -> None:
        assert gr.Text is gr.Textbox
        area = gr.TextArea(label="Notes")
        assert isinstance(area, gr.Textbox) and area.lines == 7 and area.get_type() == "textbox"
        assert gr.TextArea(lines=3).lines == 3


class TestMarkdown:
    def test_postprocess_dedents_indented_triple_quoted_text(self) -> None:
        text = """
            # Title
              indented
            body"""
        assert gr.Markdown().postprocess(text) == "# Title\n  indented\nbody"

    def test_postprocess_none_and_plain(self) -> None:
        md = gr.Markdown()
        assert md.postprocess(None) is None
        assert md.postprocess("**bold**") == "**bold**"

    def test_value_in_config_is_dedented(self) -> None:
        assert gr.Markdown("""
            a
            b
        """).get_config()["props"]["value"] == "a\nb"

    def test_preprocess_and_check_payload(self) -> None:
        md = gr.Markdown()
        assert md.preprocess("# x") == "# x"
        md.check_payload(None)
        with pytest.raises(ValueError, match="expected a string"):
            md.check_payload(1)

    def test_gradio_defaults(self) -> None:
        md = gr.Markdown()
        props = md.get_config()["props"]
        assert props["show_label"] is False
        assert props["container"] is False
        assert props["padding"] is False
        assert props["sanitize_html"] is True
        assert props["line_breaks"] is False
        assert props["header_links"] is False
        assert props["rtl"] is False
        assert props["latex_delimiters"] == [{"left": "$$", "right": "$$", "display": True}]
        assert props["value"] == ""
        assert md.api_info() == {"type": "string"}
        assert md.example_payload() == "# Hello!"


class TestHTML:
    def test_postprocess_stringifies(self) -> None:
        html = gr.HTML()
        assert html.postprocess("<b>x</b>") == "<b>x</b>"
        assert html.postprocess(3) == "3"
        assert html.postprocess(None) is None

    def test_preprocess_and_check_payload(self) -> None:
        html = gr.HTML()
        assert html.preprocess("<p>x</p>") == "<p>x</p>"
        html.check_payload(None)
        with pytest.raises(ValueError, match="expected a string"):
            html.check_payload(["<p>"])

    def test_gradio_defaults(self) -> None:
        html = gr.HTML("<p>hi</p>")
        config = html.get_config()
        assert config["type"] == "html"
        assert config["props"]["value"] == "<p>hi</p>"
        assert config["props"]["show_label"] is False
        assert config["props"]["container"] is False
        assert config["props"]["padding"] is False
        assert config["props"]["autoscroll"] is False
        assert html.api_info() == {"type": "string"}
        assert html.example_payload() == "<p>Hello</p>"
