"""gr.Code: Gradio 6's arguments, defaults, value conversion and language list."""

from __future__ import annotations

from pathlib import Path

import pytest

import podium as gr
from podium.components._shortcuts import component_from


def test_defaults_match_gradio_config():
    props = gr.Code().get_config()["props"]
    assert props["language"] is None
    assert props["lines"] == 5
    assert props["max_lines"] is None
    assert props["wrap_lines"] is False
    assert props["show_line_numbers"] is True
    assert props["autocomplete"] is False
    assert props["buttons"] == ["copy", "download"]
    assert props["value"] is None


def test_max_lines_is_never_below_lines():
    assert gr.Code(lines=8, max_lines=3).max_lines == 8
    assert gr.Code(lines=2, max_lines=10).max_lines == 10


def test_every_gradio_language_is_accepted_and_none_means_plain_text():
    assert gr.Code.languages[-1] is None
    assert {"python", "c", "cpp", "latex", "jinja2", "dockerfile", "r", "sql-pgSQL", "sql-esper"} <= set(gr.Code.languages)
    for language in gr.Code.languages:
        assert gr.Code(language=language).language == language  # type: ignore[arg-type]


def test_unknown_language_fails_with_the_list_of_choices():
    with pytest.raises(ValueError, match=r"'rust' is not supported; choose one of 'python', 'c'.*None"):
        gr.Code(language="rust")  # type: ignore[arg-type]


def test_preprocess_passes_the_code_through_unchanged():
    code = gr.Code()
    assert code.preprocess("  x = 1\n") == "  x = 1\n"
    assert code.preprocess(None) is None


def test_postprocess_strips_surrounding_whitespace_like_gradio():
    code = gr.Code()
    assert code.postprocess("\n\nprint(1)\n  ") == "print(1)"
    assert code.postprocess(None) is None
    assert code.get_props()["value"] is None
    assert gr.Code("  a = 2\n").get_props()["value"] == "a = 2"


def test_path_tuple_is_read_as_text_with_a_deprecation_warning(tmp_path: Path):
    source = tmp_path / "script.py"
    source.write_text("import os\nprint(os.name)\n", encoding="utf-8")
    with pytest.warns(DeprecationWarning, match="read the file"):
        assert gr.Code().postprocess((str(source),)) == "import os\nprint(os.name)"
    with pytest.raises(ValueError, match="one-item"):
        gr.Code().postprocess((str(source), "python"))


def test_payloads_that_are_not_strings_are_refused():
    code = gr.Code()
    code.check_payload("x")
    code.check_payload(None)
    with pytest.raises(ValueError, match="a string of code"):
        code.check_payload(42)


def test_buttons_and_legacy_flags():
    assert gr.Code(buttons=["copy"]).buttons == ["copy"]
    assert gr.Code(buttons=[]).buttons == []
    with pytest.raises(ValueError, match="buttons must be among copy, download"):
        gr.Code(buttons=["share"])
    with pytest.warns(DeprecationWarning, match="show_download_button"):
        assert gr.Code(show_download_button=False).buttons == ["copy"]


def test_api_info_events_and_shortcut():
    code = gr.Code()
    assert code.api_info() == {"type": "string"}
    assert code.example_payload() == "print('Hello World')"
    for event in ("change", "input", "focus", "blur"):
        assert callable(getattr(code, event))
    assert isinstance(component_from("code"), gr.Code)
    assert gr.Code().get_config()["type"] == "code"
