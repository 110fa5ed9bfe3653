"""Session housekeeping: cancelling an event and the heartbeat that keeps a session alive."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import Response

from podium.server.app_state import AppState, app_state
from podium.server.responses import BadRequest, JSONResponse, error, json_body
from podium.server.sse import data_frame, sse_response

HEARTBEAT_SECONDS = 15.0
# A session whose heartbeat is gone this long is over: its jobs stop and its state goes.
SESSION_GRACE_SECONDS = 60.0


async def cancel(request: Request) -> Response:
    state = app_state(request)
    try:
        body = await json_body(request)
    except BadRequest as bad:
        return bad.response
    event_id = body.get("event_id")
    session_hash = body.get("session_hash")
    if not isinstance(event_id, str):
        return error(422, "'event_id' must be a string")
    event = state.queue.events.get(event_id)
    # Only the session that started an event may cancel it.
    if event is None or (event.session_hash is not None and event.session_hash != session_hash):
        return JSONResponse({"success": False, "message": "No running event with that id in this session"})
    state.queue.cancel(event_id)
    return JSONResponse({"success": True})


async def heartbeat(request: Request) -> Response:
    state = app_state(request)
    session_hash = request.path_params["session_hash"]
    if not 0 < len(session_hash) <= 128:
        return error(422, "invalid session hash")
    return sse_response(_beat(state, session_hash))


async def _beat(state: AppState, session_hash: str) -> AsyncIterator[bytes]:
    state.heartbeats[session_hash] = state.heartbeats.get(session_hash, 0) + 1
    try:
        while not state.shutting_down.is_set():
            yield data_frame({"msg": "heartbeat"})
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(state.shutting_down.wait(), HEARTBEAT_SECONDS)
    finally:
        state.heartbeats[session_hash] -= 1
        if state.heartbeats[session_hash] <= 0:
            del state.heartbeats[session_hash]
            asyncio.get_running_loop().call_later(SESSION_GRACE_SECONDS, state.end_session_if_gone, session_hash)
