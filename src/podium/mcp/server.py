"""The MCP server of an app, on the official `mcp` SDK: handlers for tools, resources
and prompts over the app's catalog, served over Streamable HTTP and SSE.

Importing this module loads the `mcp` package; only apps launched with
`mcp_server=True` do.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import mcp_types as types
from mcp.server.lowlevel import Server
from mcp.server.sse import SseServerTransport
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.shared.exceptions import MCPError
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.types import Receive, Scope, Send

from podium._version import __version__
from podium.files.file_data import is_file_data
from podium.mcp.catalog import Catalog, Entry, ToolInputError, build_catalog
from podium.mcp.content import as_text, output_content, structured
from podium.mcp.execution import CallFailed, run_entry
from podium.mcp.file_inputs import resolve_file_inputs
from podium.mcp.landing import landing_page

if TYPE_CHECKING:
    from mcp.server.context import ServerRequestContext

    from podium.server.app_state import AppState

MESSAGES_PATH = "/gradio_api/mcp/messages/"
DEFAULT_BODY_LIMIT = 100 * 1024 * 1024


def _selected(ctx: ServerRequestContext[Any, Any]) -> set[str] | None:
    """`?tools=a,b` on the MCP URL limits what this client sees, as in Gradio."""
    request = ctx.request
    tools = request.query_params.get("tools") if isinstance(request, Request) else None
    return {name.strip() for name in tools.split(",") if name.strip()} if tools else None


class McpHandlers:
    """The MCP request handlers of one app."""

    def __init__(self, state: AppState, catalog: Catalog) -> None:
        self.state = state
        self.catalog = catalog

    async def _run(self, ctx: ServerRequestContext[Any, Any], entry: Entry, arguments: dict[str, Any]) -> list[Any]:
        request = ctx.request if isinstance(ctx.request, Request) else None
        root_url = self.state.root_url(request) if request is not None else ""
        data = entry.wire_inputs(arguments)
        data = await resolve_file_inputs(data, self.state.files, root_url, self.state.max_file_size)
        step = 0

        async def report(message: str) -> None:
            nonlocal step
            # MCP asks for a value that grows with every notification; the message says
            # where the run stands (queue position, "step 3 of 10"...).
            step += 1
            await ctx.session.report_progress(float(step), None, message)

        outputs = await run_entry(self.state, entry, data, request, report)
        return entry.visible_outputs(outputs)

    # ---- tools -----------------------------------------------------------------
    async def list_tools(self, ctx: ServerRequestContext[Any, Any], params: Any) -> types.ListToolsResult:
        tools = [
            types.Tool(name=entry.name, description=entry.description, input_schema=entry.input_schema,
                       _meta=entry.spec.meta)
            for entry in self.catalog.of_kind("tool", _selected(ctx))
        ]
        return types.ListToolsResult(tools=tools)

    async def call_tool(self, ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams) -> types.CallToolResult:
        entry = self.catalog.find("tool", params.name)
        selected = _selected(ctx)
        if entry is None or (selected is not None and entry.name not in selected):
            return _tool_error(f"Unknown tool '{params.name}' for this app")
        try:
            values = await self._run(ctx, entry, params.arguments or {})
        except (ToolInputError, CallFailed) as failure:
            return _tool_error(str(failure))
        return types.CallToolResult(
            # Reads image files to inline them: off the event loop.
            content=await asyncio.to_thread(output_content, values),
            structured_content=structured(values) if entry.spec.structured_output else None,
            _meta=entry.spec.meta,
        )

    # ---- resources -----------------------------------------------------------------
    async def list_resources(self, ctx: ServerRequestContext[Any, Any], params: Any) -> types.ListResourcesResult:
        resources = [
            types.Resource(name=entry.name, uri=str(entry.spec.uri_template), description=entry.description,
                           mime_type=entry.spec.mime_type)
            for entry in self.catalog.of_kind("resource", _selected(ctx)) if not entry.uri_parameters()
        ]
        return types.ListResourcesResult(resources=resources)

    async def list_resource_templates(self, ctx: ServerRequestContext[Any, Any], params: Any) -> types.ListResourceTemplatesResult:
        templates = [
            types.ResourceTemplate(name=entry.name, uri_template=str(entry.spec.uri_template),
                                   description=entry.description, mime_type=entry.spec.mime_type)
            for entry in self.catalog.of_kind("resource", _selected(ctx)) if entry.uri_parameters()
        ]
        return types.ListResourceTemplatesResult(resource_templates=templates)

    async def read_resource(self, ctx: ServerRequestContext[Any, Any], params: types.ReadResourceRequestParams) -> types.ReadResourceResult:
        uri = str(params.uri)
        for entry in self.catalog.of_kind("resource", _selected(ctx)):
            arguments = _match_uri(str(entry.spec.uri_template), uri)
            if arguments is None:
                continue
            try:
                values = await self._run(ctx, entry, entry.typed_arguments(arguments))
            except (ToolInputError, CallFailed) as failure:
                raise MCPError(types.INTERNAL_ERROR, str(failure)) from None
            return types.ReadResourceResult(contents=[_resource_contents(uri, entry.spec.mime_type, values)])
        raise MCPError(types.INVALID_PARAMS, f"Resource not found: {uri}")

    # ---- prompts ------------------------------------------------------------------------
    async def list_prompts(self, ctx: ServerRequestContext[Any, Any], params: Any) -> types.ListPromptsResult:
        prompts = [
            types.Prompt(
                name=entry.name, description=entry.description,
                arguments=[
                    types.PromptArgument(name=param["parameter_name"],
                                         description=entry.param_descriptions.get(param["parameter_name"], ""),
                                         required=not param["parameter_has_default"])
                    for param in entry.parameters
                ],
            )
            for entry in self.catalog.of_kind("prompt", _selected(ctx))
        ]
        return types.ListPromptsResult(prompts=prompts)

    async def get_prompt(self, ctx: ServerRequestContext[Any, Any], params: types.GetPromptRequestParams) -> types.GetPromptResult:
        entry = self.catalog.find("prompt", params.name)
        if entry is None:
            raise MCPError(types.INVALID_PARAMS, f"Unknown prompt '{params.name}' for this app")
        try:
            values = await self._run(ctx, entry, entry.typed_arguments(dict(params.arguments or {})))
        except (ToolInputError, CallFailed) as failure:
            raise MCPError(types.INVALID_PARAMS, str(failure)) from None
        text = as_text(values[0]) if values else ""
        return types.GetPromptResult(
            description=entry.description,
            messages=[types.PromptMessage(role="user", content=types.TextContent(type="text", text=text))],
        )


def _tool_error(message: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(type="text", text=message)], is_error=True)


def _match_uri(template: str, uri: str) -> dict[str, Any] | None:
    """The placeholder values of `uri` if it fits `template` (a placeholder spans no '/')."""
    pattern = "".join(
        f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part)
        for part in re.split(r"(\{[A-Za-z_][A-Za-z0-9_]*\})", template)
    )
    match = re.fullmatch(pattern, uri)
    return match.groupdict() if match else None


def _resource_contents(uri: str, mime_type: str, values: list[Any]) -> types.TextResourceContents | types.BlobResourceContents:
    value: Any = values[0] if values else ""
    if is_file_data(value):
        # A file output: its bytes, whatever the declared mime type.
        blob = base64.b64encode(Path(value["path"]).read_bytes()).decode("ascii")
        return types.BlobResourceContents(uri=uri, mime_type=mime_type, blob=blob)
    if mime_type.startswith("text/"):
        return types.TextResourceContents(uri=uri, mime_type=mime_type, text=as_text(value))
    if isinstance(value, bytes):
        value = base64.b64encode(value).decode("ascii")
    # A binary resource's function returns its content base64-encoded (text outputs carry text).
    return types.BlobResourceContents(uri=uri, mime_type=mime_type, blob=str(value))


def build_server(state: AppState, catalog: Catalog) -> Server[Any]:
    handlers = McpHandlers(state, catalog)
    return Server(
        str(state.blocks.title or "Podium App"),
        version=__version__,
        on_list_tools=handlers.list_tools,
        on_call_tool=handlers.call_tool,
        on_list_resources=handlers.list_resources,
        on_list_resource_templates=handlers.list_resource_templates,
        on_read_resource=handlers.read_resource,
        on_list_prompts=handlers.list_prompts,
        on_get_prompt=handlers.get_prompt,
    )


def _body_limit(max_file_size: int | None) -> int:
    """Largest MCP request accepted: room for a base64 file of `max_file_size` bytes (base64
    adds a third), else a generous fixed cap instead of the SDK's 4 MiB."""
    if max_file_size is None:
        return DEFAULT_BODY_LIMIT
    return max_file_size * 4 // 3 + 1024 * 1024


class McpService:
    """The app's MCP endpoints: Streamable HTTP (stateless, like Gradio's) and SSE."""

    def __init__(self, state: AppState) -> None:
        self.state = state
        self.catalog = build_catalog(state.blocks)
        self.server = build_server(state, self.catalog)
        body_limit = _body_limit(state.max_file_size)
        self.manager = StreamableHTTPSessionManager(app=self.server, stateless=True, json_response=False,
                                                    max_request_body_size=body_limit)
        self.sse = SseServerTransport(MESSAGES_PATH, max_request_body_size=body_limit)
        self._task: asyncio.Task[None] | None = None
        self._started: asyncio.Event | None = None
        self._stopping: asyncio.Event | None = None

    async def ensure_started(self) -> None:
        """Starts the session manager on first use, so a mounted app (whose lifespan the
        parent app may never run) serves MCP too."""
        if self._task is None:
            self._started, self._stopping = asyncio.Event(), asyncio.Event()
            self._task = asyncio.get_running_loop().create_task(self._run_manager())
        assert self._started is not None
        await self._started.wait()

    async def _run_manager(self) -> None:
        assert self._started is not None and self._stopping is not None
        async with self.manager.run():
            self._started.set()
            await self._stopping.wait()

    async def stop(self) -> None:
        if self._task is not None and self._stopping is not None:
            self._stopping.set()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._task, 5)

    async def streamable_http(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope)
        if request.method == "GET" and "text/event-stream" not in request.headers.get("accept", ""):
            # A person who opened the URL in a browser: tell them what it is for.
            url = self.state.root_url(request) + "/gradio_api/mcp/"
            page = landing_page(str(self.state.blocks.title or "Podium App"), url, self.catalog)
            await HTMLResponse(page)(scope, receive, send)
            return
        await self.ensure_started()
        await self.manager.handle_request(scope, receive, send)

    async def sse_stream(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The transport tells the client where to post messages as root_path + path: make
        # root_path the app's public prefix (mounted, or behind a proxy with root_path).
        prefix = urlsplit(self.state.root_url(Request(scope))).path.rstrip("/")
        scope = {**scope, "root_path": prefix}
        with contextlib.suppress(ValueError):  # a refused connection was already answered
            async with self.sse.connect_sse(scope, receive, send) as (read_stream, write_stream):
                await self.server.run(read_stream, write_stream, self.server.create_initialization_options())

    async def sse_message(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.sse.handle_post_message(scope, receive, send)
