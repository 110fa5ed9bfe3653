"""How an app's endpoints are described to MCP clients: names, descriptions, schemas,
and how tool arguments become the endpoint's wire values."""

from __future__ import annotations

import pytest

import podium as gr
from podium.mcp.catalog import ToolInputError, build_catalog, schema_listing
from podium.mcp.docstring import parse_docstring
from podium.mcp.schema import FILE_FORMAT, simplify, strings_to_files


def describe(word: str, times: int = 2) -> str:
    """Repeats a word.

    It is useful for nothing in particular.

    Args:
        word (str): the word to repeat,
            on two lines.
        times: how often

    Returns:
        The repeated word.
    """
    return word * times


def test_docstring_summary_args_and_returns():
    parsed = parse_docstring(describe)
    assert parsed.summary == "Repeats a word. It is useful for nothing in particular."
    assert parsed.args == {"word": "the word to repeat, on two lines.", "times": "how often"}
    assert parsed.returns == ["The repeated word."]
    assert parse_docstring(lambda x: x).summary == ""


def test_file_schemas_become_url_strings_everywhere_they_nest():
    schema, has_files = simplify(gr.Gallery().api_info())
    assert has_files
    image = schema["items"]["anyOf"][0]["properties"]["image"]
    assert image == {"type": "string", "format": FILE_FORMAT, "title": "ImageData"}
    assert simplify(gr.Textbox().api_info()) == ({"type": "string"}, False)


def test_strings_become_file_data_only_where_the_schema_has_files():
    gallery = gr.Gallery().api_info()
    value = [{"image": "https://example.com/a.png", "caption": "a cat"}]
    [item] = strings_to_files(value, gallery)
    assert item["caption"] == "a cat"
    assert item["image"]["path"] == "https://example.com/a.png"
    assert item["image"]["meta"] == {"_type": "gradio.FileData"}
    files = strings_to_files(["data:text/plain;base64,aGk="], gr.Files().api_info())
    assert files[0]["path"] == "data:text/plain;base64,aGk="
    assert strings_to_files("https://example.com", gr.Textbox().api_info()) == "https://example.com"


def build() -> gr.Blocks:
    with gr.Blocks() as demo:
        text, number, state = gr.Textbox(), gr.Number(), gr.State("!")
        button = gr.Button()
        button.click(describe, [text, number], text)
        button.click(describe, [text, number], text, api_name="quiet", api_description=False)
        button.click(describe, [text, number], text, api_name="custom", api_description="Says it my way.")
        button.click(describe, [text, number], text, api_name="hidden", api_visibility="private")
        button.click(describe, [text, number], text, api_name="undocumented", api_visibility="undocumented")
        button.click(lambda word, suffix: word + suffix, [text, state], text, api_name="with-state")
        button.click(gr.mcp.tool(name="renamed!")(lambda word: word), text, text, api_name="original")
        button.click(gr.mcp.resource("words://{word}")(lambda word: word), text, text, api_name="word")
        button.click(gr.mcp.prompt()(lambda word: word), text, text, api_name="ask")
    return demo


def test_catalog_lists_public_endpoints_by_kind_with_valid_unique_names():
    catalog = build_catalog(build())
    assert [e.name for e in catalog.of_kind("tool")] == ["describe", "quiet", "custom", "with_state", "renamed_"]
    assert [e.name for e in catalog.of_kind("resource")] == ["word"]
    assert [e.name for e in catalog.of_kind("prompt")] == ["ask"]
    assert catalog.find("resource", "word").uri_parameters() == ["word"]


def test_descriptions_follow_the_docstring_or_api_description():
    catalog = build_catalog(build())
    assert catalog.find("tool", "describe").description == "Repeats a word. It is useful for nothing in particular. Returns: The repeated word."
    assert catalog.find("tool", "quiet").description == ""
    assert catalog.find("tool", "custom").description == "Says it my way."


def test_input_schema_has_parameter_descriptions_defaults_and_required():
    schema = build_catalog(build()).find("tool", "describe").input_schema
    assert schema == {
        "type": "object",
        "properties": {
            "word": {"type": "string", "description": "the word to repeat, on two lines."},
            "times": {"type": "number", "description": "how often", "default": 2},
        },
        "required": ["word"],
    }


def test_arguments_become_one_wire_value_per_input():
    catalog = build_catalog(build())
    assert catalog.find("tool", "describe").wire_inputs({"word": "ab"}) == ["ab", 2]
    # A State input gets a placeholder the runner replaces with the State's value.
    assert catalog.find("tool", "with_state").wire_inputs({"word": "ab"}) == ["ab", None]
    with pytest.raises(ToolInputError, match="Missing required argument 'word'"):
        catalog.find("tool", "describe").wire_inputs({})
    with pytest.raises(ToolInputError, match="Unknown argument"):
        catalog.find("tool", "describe").wire_inputs({"word": "a", "colour": "red"})


def test_schema_listing_names_kind_and_endpoint():
    listing = schema_listing(build_catalog(build()), only={"describe", "word"})
    assert [(item["name"], item["meta"]["mcp_type"], item["meta"]["endpoint_name"]) for item in listing] == [
        ("describe", "tool", "describe"), ("word", "resource", "word"),
    ]
