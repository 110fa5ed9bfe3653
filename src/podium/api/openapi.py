"""The OpenAPI 3.1 document every app serves at `/gradio_api/openapi.json`.

It describes the REST call routes of each public endpoint (`POST /gradio_api/call/{api}`
then `GET /gradio_api/call/{api}/{event_id}`), with request bodies built from the input
components' `api_info()` schemas, plus the discovery routes.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from podium._version import __version__
from podium.api.info import endpoint_info
from podium.components.state import State

if TYPE_CHECKING:
    from podium.blocks.blocks import Blocks
    from podium.blocks.dependency import Dependency
    from podium.components._base import Component

API = "/gradio_api"
# Event ids are uuid4 hex strings (`podium.server.queue.event`).
EVENT_ID_PATTERN = "^[0-9a-f]{32}$"
EVENT_NAMES = ("generating", "complete", "error", "log", "heartbeat")
ERROR_REF = {"$ref": "#/components/schemas/Error"}
STREAM_DESCRIPTION = (
    "Server-sent events, each `event: <name>` then `data: <json>`:\n"
    "- `generating`: the full output values so far (one per yield of a generator);\n"
    "- `complete`: the final output values (a list, one per output); the stream then ends;\n"
    "- `error`: an error message (or null); the stream then ends;\n"
    "- `log`: an Info/Warning message `{log, level, title}`;\n"
    "- `heartbeat`: null, sent while waiting.\n"
    "The result of an event can be read once."
)

# An example for inputs whose component offers none (e.g. a Radio without choices).
_EMPTY: dict[str, Any] = {"string": "", "number": 0, "integer": 0, "boolean": False, "array": [], "object": {}}
_JSON_TYPES = {"null", "boolean", "object", "array", "number", "string", "integer"}
# JSON Schema keywords whose value is a schema, a list of schemas, or a map of name → schema.
_ONE_SCHEMA = {
    "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
    "unevaluatedItems", "unevaluatedProperties", "contentSchema", "additionalItems",
}
_SCHEMA_LIST = {"anyOf", "allOf", "oneOf", "prefixItems"}
_SCHEMA_MAP = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}


def json_schema(schema: Any) -> Any:
    """A component's `api_info()` turned into valid JSON Schema 2020-12.

    Fixes the oddities API clients tolerate: a `type` that is not a JSON type name (JSON's
    `{"type": {}}` means "any value"), and draft-4 tuple `items` lists.
    """
    if isinstance(schema, bool):
        return schema
    if not isinstance(schema, dict):
        return {}
    fixed: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "type":
            names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
            valid = [name for name in names if isinstance(name, str) and name in _JSON_TYPES]
            if valid:
                fixed["type"] = valid[0] if len(valid) == 1 else valid
        elif key == "items" and isinstance(value, list):
            fixed["prefixItems"] = [json_schema(item) for item in value]
        elif key in _ONE_SCHEMA:
            fixed[key] = json_schema(value)
        elif key in _SCHEMA_LIST and isinstance(value, list):
            fixed[key] = [json_schema(item) for item in value]
        elif key in _SCHEMA_MAP and isinstance(value, dict):
            fixed[key] = {name: json_schema(sub) for name, sub in value.items()}
        else:
            fixed[key] = value
    return fixed


def _json_safe(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True


def _summary(dependency: Dependency) -> str:
    fn: Any = dependency.fn
    while isinstance(fn, functools.partial):
        fn = fn.func
    doc = inspect.getdoc(fn) if fn is not None else None
    first = doc.strip().splitlines()[0].strip() if doc and doc.strip() else ""
    return first or f"Call /{dependency.api_name}"


def _input_schemas(dependency: Dependency) -> list[dict[str, Any]]:
    """One schema per input (the server expects one value per input, State included)."""
    parameters: Iterator[dict[str, Any]] = iter(endpoint_info(dependency)["parameters"])
    items: list[dict[str, Any]] = []
    for index, component in enumerate(dependency.input_components):
        if isinstance(component, State):
            items.append({"type": "null", "title": f"state_{index}",
                          "description": "Session state, kept on the server: send null."})
            continue
        if component.SKIP_API:
            items.append(_described(component, json_schema(component.api_info()), component.example_payload()))
            continue
        param = next(parameters)
        item = _described(component, json_schema(param["type"]), param["example_input"])
        item["title"] = param["parameter_name"]
        if param["parameter_has_default"] and _json_safe(param["parameter_default"]):
            item["default"] = param["parameter_default"]
        items.append(item)
    return items


def _described(component: Component, schema: dict[str, Any], example: Any) -> dict[str, Any]:
    item = dict(schema)
    kind = type(component).__name__
    note = schema.get("description")
    item["description"] = (f"{component.label} ({kind})" if component.label else kind) + (f": {note}" if note else "")
    item.setdefault("title", component.label or kind)
    if example is None:
        example = _EMPTY.get(str(schema.get("type")))
    if _json_safe(example):
        item["examples"] = [example]
    return item


def _output_schema(dependency: Dependency) -> dict[str, Any]:
    items = [
        {"type": "null"} if isinstance(component, State) else json_schema(component.api_info())
        for component in dependency.output_components
    ]
    return {"type": "array", "prefixItems": items, "minItems": len(items), "maxItems": len(items),
            "description": "Output values, one per output (a value may be an update object)."}


def request_schema(dependency: Dependency) -> dict[str, Any]:
    """JSON Schema of the `POST /gradio_api/call/{api_name}` body."""
    items = _input_schemas(dependency)
    return {
        "type": "object",
        "required": ["data"],
        "properties": {
            "data": {"type": "array", "prefixItems": items, "minItems": len(items), "maxItems": len(items),
                     "description": "One value per input, in order."},
        },
    }


def _example_body(schema: dict[str, Any]) -> dict[str, Any]:
    items = schema["properties"]["data"]["prefixItems"]
    return {"data": [item.get("default", (item.get("examples") or [None])[0]) for item in items]}


def _errors(*codes: int) -> dict[str, Any]:
    reasons = {400: "Malformed request body", 404: "Unknown endpoint or event id",
               413: "Request body too large", 422: "Input values do not fit the endpoint",
               503: "The queue is full"}
    return {str(code): {"description": reasons[code], "content": {"application/json": {"schema": ERROR_REF}}}
            for code in codes}


def _event_schema(name: str) -> dict[str, Any]:
    """One server-sent event (`{event, data}`, data being JSON text), as OpenAPI 3.1 tools read it."""
    def event(names: list[str], data: Any) -> dict[str, Any]:
        return {"properties": {"event": {"enum": names},
                               "data": {"contentMediaType": "application/json", "contentSchema": data}}}

    outputs = {"$ref": f"#/components/schemas/{name}_output"}
    log = {"type": "object", "properties": {"log": {"type": "string"}, "level": {"type": "string"}}}
    return {
        "type": "object",
        "required": ["event"],
        "properties": {"event": {"enum": [*EVENT_NAMES]}, "data": {"type": "string"}},
        "oneOf": [
            event(["generating", "complete"], outputs),
            event(["error"], {"type": ["string", "null"]}),
            event(["log"], log),
            event(["heartbeat"], {"type": "null"}),
        ],
    }


def _call_paths(dependency: Dependency, name: str, operation_ids: set[str]) -> dict[str, Any]:
    api_name = str(dependency.api_name)
    body = request_schema(dependency)
    description = dependency.api_description if isinstance(dependency.api_description, str) else ""
    start = {
        "operationId": api_name,  # api_names are unique; reserved in `operation_ids` up front
        "summary": _summary(dependency),
        "description": (description + "\n\n" if description else "")
        + f"Queues a call; read its result from `GET {API}/call/{api_name}/{{event_id}}`.",
        "tags": ["endpoints"],
        "requestBody": {"required": True, "content": {"application/json": {"schema": body, "example": _example_body(body)}}},
        "responses": {
            "200": {"description": "The call was queued", "content": {"application/json": {"schema": {
                "type": "object", "required": ["event_id"], "properties": {"event_id": {"type": "string"}}}}}},
            **_errors(400, 404, 413, 422, 503),
        },
    }
    stream = {
        "operationId": _unique(f"{api_name}_result", operation_ids),
        "summary": f"Stream the result of /{api_name}",
        "description": STREAM_DESCRIPTION + f"\n\nThe `complete` data follows `#/components/schemas/{name}_output`.",
        "tags": ["endpoints"],
        "parameters": [{"name": "event_id", "in": "path", "required": True,
                        "schema": {"type": "string", "pattern": EVENT_ID_PATTERN},
                        "description": "The `event_id` returned by the POST."}],
        "responses": {
            "200": {"description": "The event stream", "content": {"text/event-stream": {"schema": _event_schema(name)}}},
            **_errors(404),
        },
    }
    return {f"{API}/call/{api_name}": {"post": start}, f"{API}/call/{api_name}/{{event_id}}": {"get": stream}}


def _unique(wanted: str, taken: set[str]) -> str:
    candidate, number = wanted, 2
    while candidate in taken:
        candidate, number = f"{wanted}_{number}", number + 1
    taken.add(candidate)
    return candidate


def _discovery_paths(operation_ids: set[str]) -> dict[str, Any]:
    def get(op_id: str, summary: str, **extra: Any) -> dict[str, Any]:
        return {"get": {"operationId": _unique(op_id, operation_ids), "summary": summary, "tags": ["discovery"],
                        "responses": {"200": {"description": "JSON", "content": {"application/json": {"schema": {"type": "object"}}}}},
                        **extra}}

    all_endpoints = {"name": "all_endpoints", "in": "query", "required": False, "schema": {"type": "string"},
                     "description": "`true` also lists endpoints whose api_visibility is 'undocumented'."}
    return {
        "/config": get("podium_config", "The app config (components, layout, dependencies)"),
        f"{API}/info": get("podium_api_info", "Named endpoints with their parameters and returns",
                           parameters=[all_endpoints]),
        f"{API}/openapi.json": get("podium_openapi", "This OpenAPI document"),
    }


def public_endpoints(blocks: Blocks) -> list[Dependency]:
    return [d for d in blocks.dependencies
            if d.fn is not None and isinstance(d.api_name, str) and d.api_name and d.api_visibility == "public"]


def _schema_name(api_name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", api_name)


def openapi_document(blocks: Blocks, root_url: str) -> dict[str, Any]:
    """The OpenAPI 3.1 description of `blocks`' public endpoints, served from `root_url`."""
    operation_ids: set[str] = {str(d.api_name) for d in public_endpoints(blocks)}
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {"Error": {
        "type": "object", "required": ["error", "detail"],
        "properties": {"error": {"type": "string"}, "detail": {"type": "string"}},
    }}
    schema_names: set[str] = {"Error"}
    for dependency in public_endpoints(blocks):
        name = _unique(_schema_name(str(dependency.api_name)), schema_names)
        paths.update(_call_paths(dependency, name, operation_ids))
        schemas[f"{name}_output"] = _output_schema(dependency)
    paths.update(_discovery_paths(operation_ids))
    return {
        "openapi": "3.1.0",
        "info": {"title": getattr(blocks, "title", None) or "Podium app", "version": __version__,
                 "description": "REST API of a Podium app (Gradio-compatible call routes)."},
        "servers": [{"url": root_url or "/"}],
        "tags": [{"name": "endpoints", "description": "The app's public API endpoints"},
                 {"name": "discovery", "description": "Config and API description"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
