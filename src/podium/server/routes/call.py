"""The REST protocol: `POST /call/{api_name}` queues a run; `GET .../{event_id}` streams it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from podium.blocks.dependency import Dependency
from podium.server.app_state import AppState, app_state
from podium.server.diff import apply_diff
from podium.server.queue.channels import SHUTDOWN, Channel
from podium.server.queue.engine import QueueFullError
from podium.server.queue.event import Event
from podium.server.responses import BadRequest, JSONResponse, error, json_body
from podium.server.sse import event_frame, sse_response
from podium.server.validation import InputError, check_inputs, fetch_remote_files

HEARTBEAT_SECONDS = 15.0


def find_endpoint(state: AppState, api_name: str) -> Dependency | None:
    for dependency in state.blocks.dependencies:
        if dependency.api_name == api_name and dependency.fn is not None and dependency.api_visibility != "private":
            return dependency
    return None


def _unknown_endpoint(state: AppState, api_name: str) -> Response:
    known = sorted(
        "/" + str(d.api_name) for d in state.blocks.dependencies
        if d.api_name and d.fn is not None and d.api_visibility != "private"
    )
    return error(404, f"No API endpoint named '/{api_name}'. Available endpoints: {', '.join(known) or 'none'}",
                 endpoints=known)


async def start_call(request: Request) -> Response:
    state = app_state(request)
    api_name = request.path_params["api_name"]
    dependency = find_endpoint(state, api_name)
    if dependency is None:
        return _unknown_endpoint(state, api_name)
    try:
        body = await json_body(request)
        if "data" not in body:
            return error(422, "Request body must have a 'data' field: a list with one value per input")
        data = await fetch_remote_files(body["data"], state.files, state.max_file_size)
        data = check_inputs(dependency, data, state.files)
    except BadRequest as bad:
        return bad.response
    except InputError as exc:
        return error(422, str(exc))
    channel = Channel(endpoint=api_name)
    channel.pending = 1
    event = Event(
        fn_index=dependency.id,
        data=data,
        sink=channel,
        session_hash=body.get("session_hash") if isinstance(body.get("session_hash"), str) else None,
        event_data=body.get("event_data"),
        request=request,
        username=request.scope.get("podium_user"),
    )
    state.rest_channels[event.id] = channel
    try:
        state.queue.submit(event, on_done=lambda _event, _ok: _finish(channel))
    except QueueFullError as exc:
        state.rest_channels.pop(event.id, None)
        return error(503, str(exc))
    return JSONResponse({"event_id": event.id})


def _finish(channel: Channel) -> None:
    channel.pending = 0


async def stream_call(request: Request) -> Response:
    state = app_state(request)
    api_name = request.path_params["api_name"]
    if find_endpoint(state, api_name) is None:
        return _unknown_endpoint(state, api_name)
    event_id = request.path_params["event_id"]
    channel = state.rest_channels.get(event_id)
    if channel is None or channel.readers or channel.endpoint != api_name:
        return error(404, f"No pending call with event id '{event_id}' (results can be read once)")
    return sse_response(_stream(state, event_id, channel), request.headers.get("accept-encoding", ""))


async def _stream(state: AppState, event_id: str, channel: Channel) -> AsyncIterator[bytes]:
    """Translates queue messages into REST events with full values (no diffs)."""
    channel.readers += 1
    current: list[Any] | None = None
    try:
        while True:
            try:
                message = await asyncio.wait_for(channel.messages.get(), HEARTBEAT_SECONDS)
            except asyncio.TimeoutError:
                yield event_frame("heartbeat", None)
                continue
            kind = message.get("msg")
            if message is SHUTDOWN:
                yield event_frame("error", "The server is shutting down.")
                return
            if kind == "process_generating":
                chunk = message["output"]["data"]
                current = chunk if current is None else [apply_diff(old, edits) for old, edits in zip(current, chunk, strict=True)]
                yield event_frame("generating", current)
            elif kind == "log":
                yield event_frame("log", {key: message.get(key) for key in ("log", "level", "title")})
            elif kind == "process_completed":
                if message.get("success"):
                    yield event_frame("complete", message["output"]["data"])
                else:
                    yield event_frame("error", message["output"].get("error"))
                return
            elif kind == "unexpected_error":
                yield event_frame("error", message.get("message"))
                return
    finally:
        channel.readers -= 1
        state.rest_channels.pop(event_id, None)
