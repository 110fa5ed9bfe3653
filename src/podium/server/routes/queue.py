"""The session protocol: join the queue, then read every event's messages on one stream."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from podium.server.app_state import AppState, app_state
from podium.server.queue.channels import CLOSE_STREAM, SHUTDOWN, Channel
from podium.server.queue.engine import QueueFullError
from podium.server.queue.event import Event
from podium.server.responses import BadRequest, JSONResponse, error, invalid_input, json_body
from podium.server.sse import data_frame, sse_response
from podium.server.validation import InputError, check_inputs, fetch_remote_files

HEARTBEAT_SECONDS = 15.0
# A browser opens its stream together with its first join, not after the join's answer
# (a round trip saved on every click): a stream opened with nothing pending waits this
# long for the join before it closes.
JOIN_GRACE_SECONDS = 5.0
MAX_BATCH = 256  # messages per write, so one slow reader never builds a huge chunk
FINAL_MESSAGES = {"process_completed", "unexpected_error"}


def _session_hash(value: Any) -> str | None:
    if isinstance(value, str) and 0 < len(value) <= 128:
        return value
    return None


async def join(request: Request) -> Response:
    state = app_state(request)
    try:
        body = await json_body(request)
    except BadRequest as bad:
        return bad.response
    session_hash = _session_hash(body.get("session_hash"))
    if session_hash is None:
        return error(422, "'session_hash' must be a non-empty string of at most 128 characters")
    fn_index = body.get("fn_index")
    dependencies = state.blocks.dependencies
    if not isinstance(fn_index, int) or isinstance(fn_index, bool):
        return error(422, "'fn_index' must be an integer")
    rendered = state.runner.renders.dependency(session_hash, fn_index)
    if rendered is None and not 0 <= fn_index < len(dependencies):
        return error(404, f"No event with fn_index {fn_index}; this app has {len(dependencies)}")
    dependency = rendered or dependencies[fn_index]
    if dependency.fn is None:
        return error(422, f"fn_index {fn_index} runs only in the browser")
    try:
        data = await fetch_remote_files(body.get("data"), state.files, state.max_file_size)
        data = check_inputs(dependency, data, state.files)
    except InputError as exc:
        return invalid_input(str(exc), exc.parameter)
    channel = state.channels.get(session_hash)
    event = Event(
        fn_index=fn_index,
        data=data,
        sink=channel,
        session_hash=session_hash,
        event_data=body.get("event_data"),
        trigger_id=body.get("trigger_id") if isinstance(body.get("trigger_id"), int) else None,
        request=request,
        username=request.scope.get("podium_user"),
        dependency=rendered,
    )
    try:
        channel.pending += 1
        state.queue.submit(event, on_done=lambda _event, _ok: _finish(channel))
    except QueueFullError as exc:
        channel.pending -= 1
        return error(503, str(exc))
    return JSONResponse({"event_id": event.id})


def _finish(channel: Channel) -> None:
    channel.pending -= 1


async def data(request: Request) -> Response:
    state = app_state(request)
    session_hash = _session_hash(request.query_params.get("session_hash"))
    if session_hash is None:
        return error(422, "the 'session_hash' query parameter is required")
    return sse_response(_stream(state, session_hash), request.headers.get("accept-encoding", ""))


async def _stream(state: AppState, session_hash: str) -> AsyncIterator[bytes]:
    # The channel is looked up as the stream starts, not when the request came in: the
    # session's previous stream may have dropped an idle channel in between, and a join
    # arriving now would queue its messages in a new one.
    channel = state.channels.get(session_hash)
    channel.readers += 1
    # Only a stream that starts with nothing pending waits for a join, and only once.
    grace = channel.pending == 0 and channel.messages.empty()
    try:
        while True:
            if channel.pending == 0 and channel.messages.empty() and not grace:
                yield data_frame(CLOSE_STREAM)
                return
            try:
                message = await asyncio.wait_for(channel.messages.get(), JOIN_GRACE_SECONDS if grace else HEARTBEAT_SECONDS)
            except asyncio.TimeoutError:
                if grace:
                    grace = False
                    continue
                yield data_frame({"msg": "heartbeat"})
                continue
            grace = False
            if message is SHUTDOWN:
                yield data_frame(CLOSE_STREAM)
                return
            # Messages that are already waiting (a fast generator) go out in one write.
            frames = [data_frame(message)]
            while not channel.messages.empty() and len(frames) < MAX_BATCH:
                waiting = channel.messages.get_nowait()
                if waiting is SHUTDOWN:
                    frames.append(data_frame(CLOSE_STREAM))
                    yield b"".join(frames)
                    return
                frames.append(data_frame(waiting))
            yield b"".join(frames)
    finally:
        channel.readers -= 1
        state.channels.discard_if_idle(session_hash)
