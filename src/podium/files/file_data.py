"""FileData: how a file travels on the wire (PROTOCOL.md, "Files")."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from itertools import chain
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

FILE_DATA_TYPE = "gradio.FileData"

FILE_DATA_SCHEMA: dict[str, Any] = {
    "title": "FileData",
    "type": "object",
    "properties": {
        "path": {"type": "string", "description": "server path, as returned by the upload route"},
        "url": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "size": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        "orig_name": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "mime_type": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "is_stream": {"type": "boolean"},
        "meta": {
            "type": "object",
            "properties": {"_type": {"type": "string", "const": FILE_DATA_TYPE}},
        },
    },
    "required": ["path"],
}


def is_file_data(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("path"), str) and (
        value.get("meta", {}) or {}
    ).get("_type") == FILE_DATA_TYPE


def file_data(path: str | Path, orig_name: str | None = None) -> dict[str, Any]:
    """The wire form of a local file (its `path` is made servable by the server later),
    or of a remote http(s) URL, which the browser loads itself."""
    if isinstance(path, str) and path.startswith(("http://", "https://")):
        name = Path(urlsplit(path).path).name or "file"
        return {
            "path": path, "url": path, "size": None, "orig_name": orig_name or name,
            "mime_type": mimetypes.guess_type(name)[0], "is_stream": False, "meta": {"_type": FILE_DATA_TYPE},
        }
    path = Path(path)
    size = path.stat().st_size if path.is_file() else None
    return {
        "path": str(path),
        "url": None,
        "size": size,
        "orig_name": orig_name or path.name,
        "mime_type": mimetypes.guess_type(path.name)[0],
        "is_stream": False,
        "meta": {"_type": FILE_DATA_TYPE},
    }


_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


def map_file_data(value: Any, change: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """`value` with every FileData inside it (at any depth) replaced by `change(it)`."""
    if isinstance(value, list):
        # A 100,000-row table holds millions of scalars: a list of only scalars is copied
        # as it is (its item types gathered at C speed) instead of visited item by item.
        item_types = set(map(type, value))
        if item_types <= _SCALAR_TYPES:
            return value.copy()
        if item_types == {list} and set(map(type, chain.from_iterable(value))) <= _SCALAR_TYPES:
            return list(map(list.copy, value))  # a table's rows: each checked and copied at C speed
        return [map_file_data(item, change) if isinstance(item, (list, dict)) else item for item in value]
    if isinstance(value, dict):
        if is_file_data(value):
            return change(value)
        return {key: map_file_data(item, change) if isinstance(item, (list, dict)) else item for key, item in value.items()}
    return value
