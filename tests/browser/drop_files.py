"""Dropping a file on an element the way a drag from the desktop does: `dragenter`,
`dragover` and `drop` events whose DataTransfer holds a real File."""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path

from playwright.sync_api import Locator

_MAKE_TRANSFER = """([name, type, data]) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name, { type }));
    return transfer;
}"""


def drop_file(target: Locator, path: Path, mime_type: str | None = None) -> None:
    """Drags `path` over `target` and drops it there."""
    mime = mime_type or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    data = base64.b64encode(path.read_bytes()).decode()
    transfer = target.page.evaluate_handle(_MAKE_TRANSFER, [path.name, mime, data])
    try:
        for event in ("dragenter", "dragover", "drop"):
            target.dispatch_event(event, {"dataTransfer": transfer})
    finally:
        transfer.dispose()
