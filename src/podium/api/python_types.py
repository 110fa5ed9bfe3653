"""Human-readable Python type names for JSON Schemas (what `Client.view_api()` shows)."""

from __future__ import annotations

from typing import Any

_SCALARS = {"string": "str", "number": "float", "integer": "int", "boolean": "bool", "null": "None"}


def _is_file_data(schema: dict[str, Any]) -> bool:
    properties = schema.get("properties", {})
    return "path" in properties and "meta" in properties


def python_type(schema: Any) -> str:
    if not isinstance(schema, dict) or not schema:
        return "Any"
    if _is_file_data(schema):
        return "filepath"  # what gradio_client shows; pass `handle_file(...)`
    if "enum" in schema:
        return "Literal[" + ", ".join(repr(value) for value in schema["enum"]) + "]"
    if "anyOf" in schema:
        return " | ".join(dict.fromkeys(python_type(option) for option in schema["anyOf"]))
    kind = schema.get("type")
    if kind == {}:
        return "str | float | bool | list | dict"
    if isinstance(kind, list):
        return " | ".join(_SCALARS.get(k, "Any") for k in kind)
    if kind == "array":
        return f"list[{python_type(schema.get('items', {}))}]"
    if kind == "object":
        properties = schema.get("properties")
        if not properties:
            extra = schema.get("additionalProperties")
            return f"dict(str, {python_type(extra)})" if isinstance(extra, dict) and extra else "dict"
        fields = ", ".join(f"{name}: {python_type(value)}" for name, value in properties.items())
        return f"dict({fields})"
    return _SCALARS.get(kind, "Any") if isinstance(kind, str) else "Any"
