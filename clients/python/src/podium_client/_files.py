"""Files on the wire: marking local files for upload, finding file data in values, and
choosing where a downloaded file lands. I/O-free apart from ``handle_file``'s existence
check; the faces do the uploads and downloads.

A file travels as *file data*: ``{"path", "url", "size", "orig_name", "mime_type",
"is_stream", "meta": {"_type": "gradio.FileData"}}``. ``path`` is a path on the server
(what the upload route answered), or a URL the server fetches itself.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

FILE_DATA_TYPE = "gradio.FileData"
# Set on values made by handle_file() whose path is on this machine: the faces upload
# them and replace the path by the server's before the value is sent.
_LOCAL_MARK = "_podium_client_local"


def handle_file(file: str | os.PathLike[str]) -> dict[str, Any]:
    """Wrap a local path or an http(s) URL as a file argument for ``predict``/``submit``.

    Local files are uploaded when the call is made; URLs are passed to the app, which
    downloads them itself.
    """
    text = os.fspath(file)
    if _is_url(text):
        name = Path(unquote(urlparse(text).path)).name or None
        return {"path": text, "url": text, "orig_name": name, "meta": {"_type": FILE_DATA_TYPE}}
    path = Path(text).expanduser()
    if not path.is_file():
        raise FileNotFoundError(f"handle_file: no such file {text!r}")
    return {
        "path": str(path.resolve()),
        "orig_name": path.name,
        "meta": {"_type": FILE_DATA_TYPE},
        _LOCAL_MARK: True,
    }


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def is_file_data(value: Any) -> bool:
    if not isinstance(value, dict) or not isinstance(value.get("path"), str):
        return False
    meta = value.get("meta")
    return isinstance(meta, dict) and meta.get("_type") == FILE_DATA_TYPE


def needs_upload(value: Any) -> bool:
    return is_file_data(value) and value.get(_LOCAL_MARK) is True


def prepare_argument(value: Any) -> Any:
    """``pathlib.Path`` arguments count as ``handle_file(path)``."""
    if isinstance(value, Path):
        return handle_file(value)
    return value


def local_files(value: Any) -> list[dict[str, Any]]:
    """Every value made by handle_file() for a local file, anywhere inside ``value``."""
    found: list[dict[str, Any]] = []
    _walk(value, lambda v: found.append(v) if needs_upload(v) else None)
    return found


def file_data_in(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    _walk(value, lambda v: found.append(v) if is_file_data(v) else None)
    return found


def _walk(value: Any, visit: Callable[[Any], object]) -> None:
    visit(value)
    if isinstance(value, dict):
        if is_file_data(value):
            return
        for item in value.values():
            _walk(item, visit)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _walk(item, visit)


def replace_files(value: Any, replace: Callable[[dict[str, Any]], Any]) -> Any:
    """A copy of ``value`` where every file data object ``f`` becomes ``replace(f)``."""
    if is_file_data(value):
        return replace(value)
    if isinstance(value, dict):
        return {key: replace_files(item, replace) for key, item in value.items()}
    if isinstance(value, list):
        return [replace_files(item, replace) for item in value]
    if isinstance(value, tuple):
        return tuple(replace_files(item, replace) for item in value)
    return value


def uploaded(value: dict[str, Any], server_path: str, size: int) -> dict[str, Any]:
    """The file data to send for a local file the server stored at ``server_path``."""
    data = {key: item for key, item in value.items() if key != _LOCAL_MARK}
    data.update(path=server_path, size=size, url=None)
    return data


def file_url(root: str, api_prefix: str, data: dict[str, Any]) -> str:
    """Where to download a file the app produced: its ``url``, else the file route."""
    url = data.get("url")
    if isinstance(url, str) and _is_url(url):
        return url
    return f"{root}{api_prefix}/file={data['path']}"


_UNSAFE = re.compile(r"[^\w.\- ]+")


def download_target(directory: Path, url: str, data: dict[str, Any]) -> Path:
    """``directory/<hash of url>/<name>``: the same file is never fetched twice, and two
    files with one name never collide."""
    name = data.get("orig_name") or Path(unquote(urlparse(url).path)).name or "file"
    safe = _UNSAFE.sub("_", str(name)).strip(". ") or "file"
    digest = hashlib.sha256(url.encode()).hexdigest()[:20]
    return directory / digest / safe
