"""What an app offers over MCP: one entry per public endpoint (as `/gradio_api/info`
lists them), each a tool, a resource or a prompt, with its name, description and input
schema. Pure data, so the `/gradio_api/mcp/schema` route and tests need no `mcp` package.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from podium.api.info import api_info
from podium.components.state import State
from podium.mcp.decorators import McpKind, McpSpec, spec_of
from podium.mcp.docstring import parse_docstring
from podium.mcp.schema import simplify, strings_to_files

if TYPE_CHECKING:
    from podium.blocks.blocks import Blocks
    from podium.blocks.dependency import Dependency

FILE_HINT = " File inputs take an http(s) URL or a base64 data: URI; file outputs come back as URLs."
_NAME_LIMIT = 128
_URI_PARAM = re.compile(r"\{([^{}]+)\}")


class ToolInputError(ValueError):
    """The arguments of a call do not fit the tool; the message says how."""


@dataclass
class Entry:
    kind: McpKind
    name: str
    description: str
    input_schema: dict[str, Any]
    dependency: Dependency
    spec: McpSpec
    # From the endpoint's API info, in input order (State and hidden inputs left out).
    parameters: list[dict[str, Any]] = field(default_factory=list)
    has_files: bool = False
    param_descriptions: dict[str, str] = field(default_factory=dict)

    @property
    def endpoint(self) -> str:
        return str(self.dependency.api_name)

    def uri_parameters(self) -> list[str]:
        return _URI_PARAM.findall(self.spec.uri_template or "")

    def wire_inputs(self, arguments: dict[str, Any]) -> list[Any]:
        """One wire value per input of the endpoint, from the call's named arguments.

        File arguments become FileData whose path is still the given URL or data URI.
        """
        known = {param["parameter_name"] for param in self.parameters}
        unknown = sorted(set(arguments) - known)
        if unknown:
            raise ToolInputError(f"Unknown argument(s) for '{self.name}': {', '.join(unknown)}. "
                                 f"Expected: {', '.join(sorted(known)) or 'none'}")
        values = iter(self.parameters)
        data: list[Any] = []
        for component in self.dependency.input_components:
            if isinstance(component, State) or component.SKIP_API:
                data.append(None)
                continue
            param = next(values)
            name = param["parameter_name"]
            if name in arguments:
                data.append(strings_to_files(arguments[name], param["type"]))
            elif param["parameter_has_default"]:
                data.append(param["parameter_default"])
            else:
                raise ToolInputError(f"Missing required argument '{name}' for '{self.name}'")
        return data

    def typed_arguments(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """Prompt arguments and URI placeholders arrive as strings: read numbers and
        booleans as the parameter's schema asks."""
        kinds = {param["parameter_name"]: param["type"].get("type") for param in self.parameters}
        return {name: _from_string(value, kinds.get(name)) for name, value in arguments.items()}

    def visible_outputs(self, outputs: list[Any]) -> list[Any]:
        """The output values an API client sees (State and hidden outputs left out)."""
        return [value for component, value in zip(self.dependency.output_components, outputs, strict=False)
                if not (isinstance(component, State) or component.SKIP_API)]


@dataclass
class Catalog:
    entries: list[Entry]

    def of_kind(self, kind: McpKind, only: set[str] | None = None) -> list[Entry]:
        return [entry for entry in self.entries if entry.kind == kind and (only is None or entry.name in only)]

    def find(self, kind: McpKind, name: str) -> Entry | None:
        return next((entry for entry in self.of_kind(kind) if entry.name == name), None)


def _from_string(value: Any, kind: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = value.strip()
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            number = float(text)
            return int(number) if number.is_integer() and "." not in text else number
    except ValueError:
        return value  # left for the component's own check, which names the input
    if kind == "boolean" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    return value


def _valid_name(raw: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-zA-Z0-9_]", "_", raw)[: _NAME_LIMIT - 8] or "tool"
    name, suffix = base, 1
    while name in taken:
        name, suffix = f"{base}_{suffix}", suffix + 1
    return name


def _description(dependency: Dependency, spec: McpSpec, summary: str, returns: list[str], has_files: bool) -> str:
    hint = FILE_HINT if has_files else ""
    if spec.description is not None:
        return spec.description + hint
    if dependency.api_description is False:
        return ""
    if isinstance(dependency.api_description, str):
        return dependency.api_description + hint
    description = summary + hint
    if returns:
        description += ("" if not description or description.endswith(".") else ".") + " Returns: " + "; ".join(returns)
    return description.strip()


def _json_safe(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def _with_fn_defaults(dependency: Any, parameters: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An agent calls the function, so a parameter the function gives a default is
    optional with that default (the API info, like Gradio's, uses the component's value)."""
    signature = list(dependency.signature.params)
    visible = [index for index, c in enumerate(dependency.input_components) if not (isinstance(c, State) or c.SKIP_API)]
    out: list[dict[str, Any]] = []
    for param, index in zip(parameters, visible, strict=False):
        fn_param = signature[index] if index < len(signature) and not dependency.inputs_as_dict else None
        if fn_param is not None and fn_param.has_default:
            param = {**param, "parameter_has_default": True, "parameter_default": fn_param.default}
        out.append(param)
    return out


def _input_schema(parameters: list[dict[str, Any]], described: dict[str, str]) -> tuple[dict[str, Any], bool]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    has_files = False
    for param in parameters:
        name = param["parameter_name"]
        schema, had = simplify(param["type"])
        has_files = has_files or had
        schema = dict(schema)
        if name in described:
            schema["description"] = described[name]
        if param["parameter_has_default"]:
            if _json_safe(param["parameter_default"]):
                schema["default"] = param["parameter_default"]
        else:
            required.append(name)
        properties[name] = schema
    result: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        result["required"] = required
    return result, has_files


def build_catalog(blocks: Blocks) -> Catalog:
    """Every public endpoint of `blocks` as an MCP tool, resource or prompt."""
    named = api_info(blocks)["named_endpoints"]
    by_name = {f"/{dependency.api_name}": dependency for dependency in blocks.dependencies
               if dependency.fn is not None and dependency.api_name}
    entries: list[Entry] = []
    taken: set[str] = set()
    for endpoint, info in named.items():
        dependency = by_name.get(endpoint)
        if dependency is None:
            continue
        spec = spec_of(dependency.fn)
        docs = parse_docstring(dependency.fn)
        parameters = _with_fn_defaults(dependency, info["parameters"])
        schema, has_files = _input_schema(parameters, docs.args)
        name = _valid_name(spec.name or str(dependency.api_name), taken)
        taken.add(name)
        entries.append(Entry(
            kind=spec.kind, name=name,
            description=_description(dependency, spec, docs.summary, docs.returns, has_files),
            input_schema=schema, dependency=dependency, spec=spec, parameters=parameters,
            has_files=has_files, param_descriptions=docs.args,
        ))
    return Catalog(entries)


def schema_listing(catalog: Catalog, only: set[str] | None = None) -> list[dict[str, Any]]:
    """The `/gradio_api/mcp/schema` document: every entry with its schema, no session needed."""
    return [
        {
            "name": entry.name,
            "description": entry.description,
            "inputSchema": entry.input_schema,
            "meta": {"file_data_present": entry.has_files, "mcp_type": entry.kind, "endpoint_name": entry.endpoint},
        }
        for entry in catalog.entries
        if only is None or entry.name in only
    ]
