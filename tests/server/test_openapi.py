"""GET /gradio_api/openapi.json: a valid OpenAPI 3.1 document of the public call routes."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate

import podium as gr
from podium._version import __version__
from podium.api.openapi import json_schema
from tests.server.conftest import sse_events

OPENAPI = "/gradio_api/openapi.json"


def app() -> gr.Blocks:
    def greet(name: str, times: int = 2) -> str:
        """Greets someone, several times.

        The rest of the docstring is not the summary.
        """
        return " ".join([f"Hello {name}"] * max(1, min(int(times or 1), 5)))

    def remember(payload: Any, history: list[Any] | None) -> str:
        return repr(payload)

    with gr.Blocks(title="Greeter") as demo:
        name = gr.Textbox(label="Name")
        times = gr.Number(label="Times", value=2)  # the API default, as in Gradio
        payload = gr.JSON(label="Payload")
        history = gr.State([])
        choice = gr.Dropdown(["a", "b"], label="Choice")
        out = gr.Textbox(label="Out")
        button = gr.Button("Go")
        button.click(greet, [name, times], out)
        button.click(remember, [payload, history], out, api_name="remember")
        button.click(lambda c: c, choice, out, api_name="pick")
        button.click(lambda n: n, name, out, api_name="secret", api_visibility="private")
        button.click(lambda n: n, name, out, api_name="quiet", api_visibility="undocumented")
    return demo


def document(client_for: Any, **app_kwargs: Any) -> dict[str, Any]:
    response = client_for(app(), **app_kwargs).get(OPENAPI)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    return response.json()  # type: ignore[no-any-return]


def body_schema(doc: dict[str, Any], api_name: str) -> dict[str, Any]:
    post = doc["paths"][f"/gradio_api/call/{api_name}"]["post"]
    return post["requestBody"]["content"]["application/json"]["schema"]  # type: ignore[no-any-return]


def all_schemas(node: Any) -> list[dict[str, Any]]:
    """Every `schema` object in the document (media types and parameters)."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "schema" and isinstance(value, dict):
                found.append(value)
            else:
                found.extend(all_schemas(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(all_schemas(item))
    return found


def test_document_validates_as_openapi_31(client_for):
    doc = document(client_for)
    validate(doc)
    assert doc["openapi"].startswith("3.1")
    assert doc["info"] == {**doc["info"], "title": "Greeter", "version": __version__}
    assert doc["servers"] == [{"url": "http://testserver"}]


def test_every_schema_is_valid_json_schema_2020_12(client_for):
    doc = document(client_for)
    schemas = all_schemas(doc["paths"]) + list(doc["components"]["schemas"].values())
    assert schemas
    for schema in schemas:
        jsonschema.Draft202012Validator.check_schema(schema)
    # JSON's api_info says {"type": {}}: the document says "any value" instead.
    payload_item = body_schema(doc, "remember")["properties"]["data"]["prefixItems"][0]
    assert "type" not in payload_item


def test_lists_public_endpoints_and_not_private_or_undocumented_ones(client_for):
    doc = document(client_for)
    calls = sorted(path for path in doc["paths"] if path.startswith("/gradio_api/call/"))
    assert calls == [
        "/gradio_api/call/greet", "/gradio_api/call/greet/{event_id}",
        "/gradio_api/call/pick", "/gradio_api/call/pick/{event_id}",
        "/gradio_api/call/remember", "/gradio_api/call/remember/{event_id}",
    ]
    for path in ("/config", "/gradio_api/info", OPENAPI):
        assert "get" in doc["paths"][path]
    stream = doc["paths"]["/gradio_api/call/greet/{event_id}"]["get"]
    assert "text/event-stream" in stream["responses"]["200"]["content"]
    for name in ("generating", "complete", "error", "heartbeat"):
        assert f"`{name}`" in stream["description"]


def test_operations_carry_names_summaries_defaults_and_errors(client_for):
    post = document(client_for)["paths"]["/gradio_api/call/greet"]["post"]
    assert post["operationId"] == "greet"
    assert post["summary"] == "Greets someone, several times."
    name, times = post["requestBody"]["content"]["application/json"]["schema"]["properties"]["data"]["prefixItems"]
    assert (name["title"], name["type"], "default" in name) == ("name", "string", False)
    assert (times["title"], times["type"], times["default"]) == ("times", "number", 2)
    assert "Times" in times["description"]
    assert {"200", "400", "404", "422", "503"} <= set(post["responses"])
    error = post["responses"]["422"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/Error"}


def test_request_schema_accepts_a_valid_body_and_rejects_a_wrong_length(client_for):
    doc = document(client_for)
    greet = jsonschema.Draft202012Validator(body_schema(doc, "greet"))
    assert greet.is_valid({"data": ["Ada", 3]})
    assert not greet.is_valid({"data": ["Ada"]})
    assert not greet.is_valid({"data": ["Ada", 3, 4]})
    assert not greet.is_valid({"data": [3, 3]})
    assert not greet.is_valid({"values": ["Ada", 3]})
    # A State input keeps its slot (the server wants one value per input): null.
    remember = jsonschema.Draft202012Validator(body_schema(doc, "remember"))
    assert remember.is_valid({"data": [{"any": ["json"]}, None]})
    assert not remember.is_valid({"data": [{"any": "json"}]})
    pick = jsonschema.Draft202012Validator(body_schema(doc, "pick"))
    assert pick.is_valid({"data": ["b"]}) and not pick.is_valid({"data": ["c"]})


@pytest.mark.parametrize("api_name", ["greet", "remember", "pick"])
def test_a_call_with_the_documented_example_works(client_for, api_name):
    client = client_for(app())
    doc = client.get(OPENAPI).json()
    media = doc["paths"][f"/gradio_api/call/{api_name}"]["post"]["requestBody"]["content"]["application/json"]
    example = media["example"]
    jsonschema.validate(example, media["schema"])
    started = client.post(f"/gradio_api/call/{api_name}", json=example)
    assert started.status_code == 200, started.text
    assert jsonschema.Draft202012Validator({"type": "object", "required": ["event_id"]}).is_valid(started.json())
    events = sse_events(client, f"/gradio_api/call/{api_name}/{started.json()['event_id']}")
    assert events[-1][0] == "complete", events
    output_schema = doc["components"]["schemas"][f"{api_name}_output"]
    jsonschema.validate(events[-1][1], output_schema)


def test_a_wrong_length_body_gets_the_documented_error(client_for):
    client = client_for(app())
    doc = client.get(OPENAPI).json()
    response = client.post("/gradio_api/call/greet", json={"data": ["Ada"]})
    assert response.status_code == 422
    jsonschema.validate(response.json(), doc["components"]["schemas"]["Error"])


def test_servers_url_follows_root_path_and_proxy_headers(client_for):
    client = client_for(app(), root_path="/demo")
    doc = client.get(OPENAPI, headers={"x-forwarded-proto": "https", "x-forwarded-host": "example.org"}).json()
    assert doc["servers"] == [{"url": "https://example.org/demo"}]


def test_json_schema_fixes_invalid_types_but_keeps_property_names():
    assert json_schema({"type": {}, "description": "any valid json"}) == {"description": "any valid json"}
    fixed = json_schema({"type": "object", "properties": {"type": {"type": "string"}, "x": {"type": {}}}})
    assert fixed == {"type": "object", "properties": {"type": {"type": "string"}, "x": {}}}
    assert json_schema({"type": "array", "items": [{"type": "string"}, {"type": "float"}]}) == {
        "type": "array", "prefixItems": [{"type": "string"}, {}],
    }
    assert json_schema({"anyOf": [{"type": ["string", "null"]}, True]}) == {"anyOf": [{"type": ["string", "null"]}, True]}


# ---- schemathesis against a live server --------------------------------------------

# What "conforms" means here: no 5xx, and every status code, content type and body
# (JSON and server-sent events) the server sends is the one the document describes.
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def schemathesis(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable, "-c", "from schemathesis.cli import schemathesis; schemathesis()",
        "run", url + "gradio_api/openapi.json", "--checks", CHECKS, "--seed", "1",
        "--generation-database", "none", "--no-color", "--request-timeout", "10", *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=240, check=False)


def test_schemathesis_finds_no_server_error_or_schema_violation(serve):
    result = schemathesis(serve(app()), "--phases", "examples,coverage,fuzzing", "--max-examples", "25")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_schemathesis_stateful_call_then_stream_conforms(serve):
    """POST a call, then read its event stream through the link schemathesis infers.

    One endpoint only: with several, schemathesis also reads an event through another
    endpoint's stream route, which the server allows (see docs/api.md). Results can be
    read once, so the "resource still available" check does not apply.
    """
    def shout(text: str) -> str:
        """Shouts."""
        return text.upper()

    with gr.Blocks(title="Shout") as demo:
        text = gr.Textbox(label="Text")
        out = gr.Textbox(label="Out")
        text.submit(shout, text, out)
    result = schemathesis(serve(demo), "--phases", "stateful", "--max-examples", "25")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "API Links:" in result.stdout
