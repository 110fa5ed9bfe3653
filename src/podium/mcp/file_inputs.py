"""Turns the files an MCP client names into files in the app's cache.

A tool's file argument is a string: a base64 `data:` URI (decoded into the cache), a URL
this app gave out (`.../gradio_api/file=<path>`, looked up in the cache, never fetched),
or any other http(s) URL (downloaded through the SSRF guard in `podium.files.fetch`).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import mimetypes
from typing import Any
from urllib.parse import unquote, urlsplit

from podium.files.access import FileAccess
from podium.files.file_data import map_file_data
from podium.mcp.catalog import ToolInputError
from podium.server.validation import InputError, fetch_remote_files

_FILE_ROUTE = "/gradio_api/file="


def _decode_data_uri(uri: str, files: FileAccess, max_bytes: int | None) -> dict[str, Any]:
    header, sep, payload = uri.partition(",")
    if not sep or ";base64" not in header:
        raise ToolInputError("A data: URI file must be base64 encoded (data:<mime type>;base64,<data>)")
    mime_type = header[len("data:"):].split(";")[0] or "application/octet-stream"
    try:
        content = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ToolInputError("The data: URI does not hold valid base64") from None
    if max_bytes is not None and len(content) > max_bytes:
        raise ToolInputError(f"The file is larger than the maximum upload size of {max_bytes} bytes")
    extension = mimetypes.guess_extension(mime_type) or ""
    target = files.cache.new_path(f"file{extension}")
    target.write_bytes(content)
    return {"path": str(target), "orig_name": target.name, "mime_type": mime_type, "size": len(content)}


def _own_file(url: str, root_url: str, files: FileAccess) -> str | None:
    """The cache path behind a URL this app served, or None if the URL is someone else's."""
    own = urlsplit(root_url)
    parts = urlsplit(url)
    prefix = own.path.rstrip("/") + _FILE_ROUTE
    if (parts.scheme, parts.netloc) != (own.scheme, own.netloc) or not parts.path.startswith(prefix):
        return None
    path = unquote(parts.path[len(prefix):])
    if not files.is_upload(path):
        raise ToolInputError("That file URL does not name a file this app holds (it may have expired)")
    return path


async def resolve_file_inputs(data: list[Any], files: FileAccess, root_url: str, max_bytes: int | None) -> list[Any]:
    """`data` with every FileData whose path is a URL or data URI pointing at a cached file."""
    found: list[dict[str, Any]] = []

    def collect(item: dict[str, Any]) -> dict[str, Any]:
        path = item["path"]
        if not (path.startswith(("data:", "http://", "https://")) or files.is_upload(path)):
            raise ToolInputError(f"Invalid file {path[:80]!r}: give an http(s) URL or a base64 data: URI")
        found.append(item)
        return item

    map_file_data(data, collect)
    # FileData dicts keep their identity through map_file_data, so each can be swapped
    # for its resolved form after the (async) decoding.
    resolved = {id(item): await _resolve_one(item, files, root_url, max_bytes) for item in found}
    data = map_file_data(data, lambda item: resolved.get(id(item), item))
    try:
        # What is still a URL is someone else's: fetched through the SSRF guard.
        fetched: list[Any] = await fetch_remote_files(data, files, max_bytes)
    except InputError as refused:
        raise ToolInputError(str(refused)) from None
    return fetched


async def _resolve_one(item: dict[str, Any], files: FileAccess, root_url: str, max_bytes: int | None) -> dict[str, Any]:
    path = item["path"]
    if path.startswith("data:"):
        decoded = await asyncio.to_thread(_decode_data_uri, path, files, max_bytes)
        return {**item, **decoded, "url": None}
    if path.startswith(("http://", "https://")):
        cached = _own_file(path, root_url, files)
        if cached is not None:
            return {**item, "path": cached, "url": None}
    return item
