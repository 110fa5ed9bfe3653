"""Input schemas for MCP: a component's JSON Schema with every FileData object replaced
by a string (an http(s) URL or a base64 `data:` URI), and the way back from those
strings to FileData once a tool is called.
"""

from __future__ import annotations

from typing import Any

from podium.files.file_data import FILE_DATA_TYPE

FILE_FORMAT = "a file: an http(s) URL or a base64 data: URI"
_BRANCHES = ("anyOf", "oneOf")


def is_file_schema(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    meta = (schema.get("properties") or {}).get("meta")
    if not isinstance(meta, dict):
        return False
    kind = (meta.get("properties") or {}).get("_type") or {}
    return isinstance(kind, dict) and kind.get("const") == FILE_DATA_TYPE


def _file_string_schema(schema: dict[str, Any]) -> dict[str, Any]:
    simplified: dict[str, Any] = {"type": "string", "format": FILE_FORMAT}
    if "title" in schema:
        simplified["title"] = schema["title"]
    return simplified


def simplify(schema: Any) -> tuple[Any, bool]:
    """(`schema` with FileData objects as strings, whether it had any)."""
    if is_file_schema(schema):
        return _file_string_schema(schema), True
    if isinstance(schema, dict):
        found = False
        result: dict[str, Any] = {}
        for key, value in schema.items():
            if key == "additional_description":
                continue  # a Gradio API-docs hint, not JSON Schema
            if key == "properties" and isinstance(value, dict):
                props: dict[str, Any] = {}
                for name, sub in value.items():
                    props[name], had = simplify(sub)
                    found = found or had
                result[key] = props
            elif key in (*_BRANCHES, "items", "prefixItems", "additionalProperties"):
                result[key], had = simplify(value)
                found = found or had
            else:
                result[key] = value
        return result, found
    if isinstance(schema, list):
        items = [simplify(item) for item in schema]
        return [item for item, _ in items], any(had for _, had in items)
    return schema, False


def _placeholder(value: str) -> dict[str, Any]:
    # Resolved (decoded, fetched or looked up) by podium.mcp.file_inputs before the run.
    return {"path": value, "url": None, "orig_name": None, "meta": {"_type": FILE_DATA_TYPE}}


def _branch_for(value: Any, branches: list[Any]) -> Any:
    """The anyOf/oneOf branch `value` is meant for, judged by its shape."""
    for branch in branches:
        if isinstance(value, str) and is_file_schema(branch):
            return branch
    for branch in branches:
        if not isinstance(branch, dict):
            continue
        kind = branch.get("type")
        is_object = kind == "object" or "properties" in branch
        if isinstance(value, dict) and is_object and set(branch.get("required", [])) <= set(value):
            return branch
        if isinstance(value, list) and (kind == "array" or "items" in branch):
            return branch
    return None


def strings_to_files(value: Any, schema: Any) -> Any:
    """`value` (a tool argument) with every string where `schema` has FileData turned
    into a FileData whose path is that string."""
    if not isinstance(schema, dict):
        return value
    if is_file_schema(schema):
        return _placeholder(value) if isinstance(value, str) else value
    for key in _BRANCHES:
        if isinstance(schema.get(key), list):
            branch = _branch_for(value, schema[key])
            return strings_to_files(value, branch) if branch is not None else value
    if isinstance(value, list):
        prefix = schema.get("prefixItems")
        items = schema.get("items")
        converted = []
        for index, item in enumerate(value):
            item_schema = prefix[index] if isinstance(prefix, list) and index < len(prefix) else items
            converted.append(strings_to_files(item, item_schema))
        return converted
    if isinstance(value, dict) and isinstance(schema.get("properties"), dict):
        props = schema["properties"]
        return {key: strings_to_files(item, props.get(key)) for key, item in value.items()}
    return value
