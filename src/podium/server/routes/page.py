"""The app page (config inlined, so the browser needs no extra round trip) and its assets."""

from __future__ import annotations

import gzip
import html
import json
import mimetypes
from functools import lru_cache
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response

from podium.server.app_state import app_state
from podium.server.encoding import dumps
from podium.server.page_styling import page_head_extras

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"
HEAD_MARKER = "<!--PODIUM_HEAD-->"
IMMUTABLE = "public, max-age=31536000, immutable"


@lru_cache(maxsize=4)
def _read_template(mtime_ns: int) -> str:
    return (STATIC_DIR / "index.html").read_text(encoding="utf-8")


def _template() -> str | None:
    """The built page; re-read when a frontend rebuild replaces it."""
    index = STATIC_DIR / "index.html"
    try:
        return _read_template(index.stat().st_mtime_ns)
    except FileNotFoundError:
        return None


@lru_cache(maxsize=4)
def _read_preload_map(mtime_ns: int) -> dict[str, dict[str, list[str]]]:
    loaded = json.loads((STATIC_DIR / "preload.json").read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


def _preload_links(config: dict[str, Any]) -> str:
    """<link>s that fetch the lazily loaded chunks this app uses right away, in parallel
    with the main script, instead of one after another as the page discovers them."""
    try:
        preload_map = _read_preload_map((STATIC_DIR / "preload.json").stat().st_mtime_ns)
    except (FileNotFoundError, ValueError):
        return ""
    types = {str(component.get("type")) for component in config.get("components", [])}
    if "walkthrough" in types:
        types.add("tabs")  # drawn by the Tabs layout
    scripts: dict[str, None] = {}
    styles: dict[str, None] = {}
    for kind in sorted(types):
        entry = preload_map.get(kind) or {}
        scripts.update(dict.fromkeys(entry.get("js", [])))
        styles.update(dict.fromkeys(entry.get("css", [])))
    links = [f'<link rel="modulepreload" crossorigin href="./{html.escape(path)}">' for path in scripts]
    # `crossorigin` as on the <link rel=stylesheet> the chunk loader adds later: a preload
    # fetched in another credentials mode is not used, and the stylesheet is fetched again.
    links += [f'<link rel="preload" as="style" crossorigin href="./{html.escape(path)}">' for path in styles]
    return "".join(links)


def _inline_json(value: object) -> str:
    # Escapes that keep JSON inert inside <script>: no "</script>", no "<!--".
    return dumps(value).decode().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


async def page(request: Request) -> Response:
    state = app_state(request)
    template = _template()
    if template is None:
        return HTMLResponse(
            "<h1>Podium frontend not built</h1><p>Reinstall with <code>pip install -e .</code> "
            "(needs Node.js and npm) to build the web UI. The API works without it.</p>",
            status_code=503,
        )
    config = state.config(request)
    head = (
        f"<title>{html.escape(state.blocks.title)}</title>"
        f"<script>window.gradio_config = {_inline_json(config)};</script>"
        f"{_preload_links(config)}"
    )
    page_html = template.replace(HEAD_MARKER, head, 1)
    # Theme, custom CSS and custom head go last in <head>, after the app's stylesheet,
    # so that they override it.
    extras = page_head_extras(state.blocks)
    if extras:
        page_html = page_html.replace("</head>", extras + "</head>", 1)
    body = page_html.encode()
    headers = {"Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", "") and len(body) > 1024:
        body = gzip.compress(body, compresslevel=6)
        headers["Content-Encoding"] = "gzip"
    return HTMLResponse(body, headers=headers)


async def asset(request: Request) -> Response:
    """Serves built assets, precompressed (brotli/gzip) when the client accepts it."""
    relative = request.path_params["path"]
    base = (STATIC_DIR / "assets").resolve()
    target = (base / relative).resolve()
    if not target.is_relative_to(base) or not target.is_file() or target.name.startswith("."):
        return Response("Not found", status_code=404)
    media_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    headers = {"Cache-Control": IMMUTABLE, "Vary": "Accept-Encoding", "X-Content-Type-Options": "nosniff"}
    accepted = request.headers.get("accept-encoding", "")
    for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
        compressed = target.with_name(target.name + suffix)
        if encoding in accepted and compressed.is_file():
            headers["Content-Encoding"] = encoding
            return FileResponse(compressed, media_type=media_type, headers=headers)
    return FileResponse(target, media_type=media_type, headers=headers)


async def favicon(request: Request) -> Response:
    icon = STATIC_DIR / "favicon.svg"
    if icon.is_file():
        return FileResponse(icon, media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})
    return Response(status_code=204)
