"""`create_app(blocks)`: the ASGI app serving a Blocks app over Gradio's protocol."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route

from podium.blocks.blocks import Blocks
from podium.files.access import FileAccess
from podium.files.cache import FileCache
from podium.files.sizes import parse_size
from podium.server.app_state import AppState
from podium.server.auth import Auth, AuthMiddleware, AuthSpec, login
from podium.server.routes import call, component_server, discovery, files, page, queue, session
from podium.server.routes.mcp import create_mcp_service, mcp_routes

API = "/gradio_api"


def routes() -> list[Route]:
    return [
        Route("/", page.page, methods=["GET", "HEAD"]),
        Route("/assets/{path:path}", page.asset, methods=["GET", "HEAD"]),
        Route("/favicon.ico", page.favicon),
        Route("/config", discovery.config),
        Route(f"{API}/config", discovery.config),
        Route("/login", login, methods=["POST"]),
        Route(f"{API}/login", login, methods=["POST"]),
        Route(f"{API}/info", discovery.info),
        Route("/info", discovery.info),
        Route(f"{API}/openapi.json", discovery.openapi),
        Route(f"{API}/docs", discovery.openapi_docs),
        Route(f"{API}/queue/join", queue.join, methods=["POST"]),
        Route(f"{API}/queue/data", queue.data),
        Route(f"{API}/call/{{api_name}}", call.start_call, methods=["POST"]),
        Route(f"{API}/call/{{api_name}}/{{event_id}}", call.stream_call),
        Route(f"{API}/cancel", session.cancel, methods=["POST"]),
        Route(f"{API}/heartbeat/{{session_hash}}", session.heartbeat),
        Route(f"{API}/upload", files.upload, methods=["POST"]),
        Route(f"{API}/file={{path:path}}", files.file),
        Route(f"{API}/component_server", component_server.component_server, methods=["POST"]),
        Route(f"{API}/component_server/", component_server.component_server, methods=["POST"]),
    ]


def mcp_enabled(mcp_server: bool | None) -> bool:
    """`mcp_server` if given, else the PODIUM_MCP_SERVER / GRADIO_MCP_SERVER variable."""
    if mcp_server is not None:
        return mcp_server
    value = os.environ.get("PODIUM_MCP_SERVER") or os.environ.get("GRADIO_MCP_SERVER") or ""
    return value.strip().lower() == "true"


def create_app(
    blocks: Blocks,
    *,
    auth: AuthSpec | None = None,
    auth_message: str | None = None,
    root_path: str = "",
    show_error: bool = False,
    max_threads: int = 40,
    max_file_size: int | str | None = None,
    allowed_paths: Sequence[str | Path] | None = None,
    blocked_paths: Sequence[str | Path] | None = None,
    mcp_server: bool | None = None,
) -> Starlette:
    """Builds the ASGI app; mount it in FastAPI/Starlette or serve it with uvicorn.

    `mcp_server=True` (or env `PODIUM_MCP_SERVER`/`GRADIO_MCP_SERVER` = "true" when it is
    None) also serves the app as an MCP server at `/gradio_api/mcp/`.
    """
    auth_handler = Auth(auth, auth_message) if auth is not None else None
    state = AppState(
        blocks, root_path=root_path, show_error=show_error, max_threads=max_threads, auth=auth_handler,
        files=FileAccess(FileCache(), allowed_paths, blocked_paths), max_file_size=parse_size(max_file_size),
    )
    blocks.show_error = show_error
    blocks.max_file_size = state.max_file_size
    for hook in blocks.startup_hooks:
        hook()
    mcp = create_mcp_service(state) if mcp_enabled(mcp_server) else None
    blocks.mcp_server = mcp is not None

    @asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        await state.start()
        try:
            yield
        finally:
            if mcp is not None:
                await mcp.stop()
            await state.stop()

    middleware = [Middleware(AuthMiddleware, auth=auth_handler)] if auth_handler else []
    app_routes = routes() + (mcp_routes(mcp) if mcp is not None else [])
    app = Starlette(routes=app_routes, middleware=middleware, lifespan=lifespan)
    app.state.podium = state
    app.state.podium_mcp = mcp
    return app
