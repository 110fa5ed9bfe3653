"""`POST /gradio_api/component_server`: the browser calls a component's server function.

Body (Gradio's shape): `{"data": <argument>, "component_id": <id>, "fn_name": <name>,
"session_hash": <session>}`. The answer is the function's return value as JSON. Only
methods a component class marks with `@server_function` can be called, and only on a
component of this app that the session can see (its own `@render` output included).
"""

from __future__ import annotations

import inspect
import logging
from typing import Any

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response

from podium.components._base import Component
from podium.components._server_functions import ServerFunctionArgumentError, server_function_names
from podium.exceptions import Error
from podium.server.app_state import AppState, app_state
from podium.server.encoding import dumps
from podium.server.responses import BadRequest, JSONResponse, error, json_body

logger = logging.getLogger("podium")


class _Call:
    """A validated request: which function of which component, with what argument."""

    def __init__(self, component_id: int, fn_name: str, session_hash: str, data: Any) -> None:
        self.component_id = component_id
        self.fn_name = fn_name
        self.session_hash = session_hash
        self.data = data


def _parse(body: dict[str, Any]) -> _Call:
    """The call a body asks for, or BadRequest (400) naming the field that is wrong."""
    missing = [key for key in ("data", "component_id", "fn_name", "session_hash") if key not in body]
    if missing:
        raise BadRequest(error(400, f"Missing field(s): {', '.join(missing)}"))
    component_id = body["component_id"]
    # Gradio's server reads the id through pydantic, which takes "3" for 3; so does this.
    if isinstance(component_id, str) and component_id.isdigit():
        component_id = int(component_id)
    if not isinstance(component_id, int) or isinstance(component_id, bool):
        raise BadRequest(error(400, "'component_id' must be an integer"))
    fn_name = body["fn_name"]
    if not isinstance(fn_name, str) or not fn_name:
        raise BadRequest(error(400, "'fn_name' must be a non-empty string"))
    session_hash = body["session_hash"]
    if not isinstance(session_hash, str) or not 0 < len(session_hash) <= 128:
        raise BadRequest(error(400, "'session_hash' must be a non-empty string of at most 128 characters"))
    return _Call(component_id, fn_name, session_hash, body["data"])


def _find_component(state: AppState, component_id: int, session_hash: str) -> Component | None:
    """The component with that id in the app, or in what `@render` built for this session."""
    block = state.runner.renders.block(session_hash, component_id) or state.blocks.blocks().get(component_id)
    return block if isinstance(block, Component) else None


async def _invoke(state: AppState, component: Component, call: _Call) -> Any:
    fn = getattr(component, call.fn_name)
    if inspect.iscoroutinefunction(fn):
        return await fn(call.data)
    # A user's formatter may block: it runs on a worker thread, like event functions do.
    return await anyio.to_thread.run_sync(fn, call.data, limiter=state.runner.thread_limiter)


def _failure(component: Component, fn_name: str, exc: Exception) -> JSONResponse:
    where = f"{type(component).__name__}.{fn_name}"
    if isinstance(exc, Error):
        message = exc.message
    else:
        logger.error("Error in the server function %s", where, exc_info=exc)
        message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return error(500, f"{where} failed: {message}")


async def component_server(request: Request) -> Response:
    state = app_state(request)
    try:
        call = _parse(await json_body(request))
    except BadRequest as bad:
        return bad.response
    component = _find_component(state, call.component_id, call.session_hash)
    if component is None:
        return error(404, f"No component with id {call.component_id} in this app")
    allowed = server_function_names(type(component))
    if call.fn_name not in allowed:
        offered = ", ".join(allowed) if allowed else "none"
        return error(404, f"{type(component).__name__} has no server function {call.fn_name!r} (it offers: {offered})")
    try:
        result = await _invoke(state, component, call)
        body = dumps(result)
    except ServerFunctionArgumentError as bad:
        return error(422, str(bad))
    except Exception as exc:  # noqa: BLE001 - the app's own code failed: a clean answer, details in the log
        return _failure(component, call.fn_name, exc)
    return Response(body, media_type="application/json")
