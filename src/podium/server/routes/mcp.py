"""MCP routes (`launch(mcp_server=True)`): Streamable HTTP at `/gradio_api/mcp/`, SSE at
`/gradio_api/mcp/sse` with its `messages/` endpoint, and `/gradio_api/mcp/schema`.

The `mcp` package is imported only when an app turns its MCP server on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from podium.mcp.catalog import schema_listing
from podium.server.responses import JSONResponse

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from podium.mcp.server import McpService
    from podium.server.app_state import AppState

MCP = "/gradio_api/mcp"


class _Asgi:
    """Lets Starlette route to a plain ASGI callable (a bound method would be called
    as a request → response function)."""

    def __init__(self, handler: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.handler(scope, receive, send)


def mcp_service(request: Any) -> McpService:
    service: McpService = request.app.state.podium_mcp
    return service


async def schema(request: Request) -> Response:
    """Every tool, resource and prompt with its input schema, without an MCP session."""
    tools = request.query_params.get("tools")
    only = {name.strip() for name in tools.split(",")} if tools else None
    return JSONResponse(schema_listing(mcp_service(request).catalog, only))


def create_mcp_service(state: AppState) -> McpService:
    try:
        from podium.mcp.server import McpService
    except ImportError as missing:
        raise ImportError(
            'launch(mcp_server=True) needs the `mcp` package: pip install "podium[mcp]"'
        ) from missing
    return McpService(state)


def mcp_routes(service: McpService) -> list[Route]:
    streamable = _Asgi(service.streamable_http)
    return [
        Route(f"{MCP}/schema", schema),
        Route(f"{MCP}/sse", _Asgi(service.sse_stream)),
        Route(f"{MCP}/messages/", _Asgi(service.sse_message)),
        *(Route(path, streamable) for path in (MCP, f"{MCP}/", f"{MCP}/http", f"{MCP}/http/")),
    ]
