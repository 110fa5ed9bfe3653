"""An endpoint's output values as MCP content: text for values, URLs for files, and an
image block (plus its URL) for images, as MCP clients can show those inline.
"""

from __future__ import annotations

import base64
import json
import mimetypes
from pathlib import Path
from typing import Any

import mcp_types as types

from podium.files.file_data import is_file_data

# Larger images are given by URL only: inlining them would swamp the client's context.
MAX_INLINE_IMAGE_BYTES = 5 * 1024 * 1024

Content = types.ContentBlock


def as_text(value: Any) -> str:
    """A non-file output value as text: strings as they are, anything else as JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _image_mime(item: dict[str, Any]) -> str | None:
    mime = item.get("mime_type") or mimetypes.guess_type(str(item.get("orig_name") or item["path"]))[0]
    return mime if isinstance(mime, str) and mime.startswith("image/") else None


def _file_content(item: dict[str, Any]) -> list[Content]:
    url = str(item.get("url") or item["path"])
    mime = _image_mime(item)
    path = Path(item["path"])
    if mime is not None and not item["path"].startswith(("http://", "https://")) and path.is_file() \
            and path.stat().st_size <= MAX_INLINE_IMAGE_BYTES:
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        return [types.ImageContent(type="image", data=data, mime_type=mime),
                types.TextContent(type="text", text=f"Image URL: {url}")]
    return [types.TextContent(type="text", text=url)]


def output_content(values: list[Any]) -> list[Content]:
    """One or more content blocks per output value, in order."""
    content: list[Content] = []
    for value in values:
        if is_file_data(value):
            content.extend(_file_content(value))
        else:
            content.append(types.TextContent(type="text", text=as_text(value)))
    return content


def structured(values: list[Any]) -> dict[str, Any]:
    """`structuredContent` for `gr.mcp.tool(structured_output=True)`: the output value
    (or the list of them, for several outputs) under "result"."""
    return {"result": values[0] if len(values) == 1 else values}
