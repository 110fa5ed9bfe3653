"""Runs an MCP call through the app's real queue, as any other client's event: the same
admission, concurrency limits and runner. Queue and `gr.Progress` messages are turned
into progress reports for the MCP client.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from podium.server.queue.engine import QueueFullError
from podium.server.queue.event import Event
from podium.server.validation import InputError, check_inputs

if TYPE_CHECKING:
    from podium.mcp.catalog import Entry
    from podium.server.app_state import AppState

ProgressReport = Callable[[str], Awaitable[None]]


class CallFailed(Exception):
    """The run ended in an error; the message is what the app reported."""


class _Inbox:
    """The event's message sink: everything the runner sends, in order."""

    def __init__(self) -> None:
        self.messages: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    def put(self, message: dict[str, Any]) -> None:
        self.messages.put_nowait(message)


def describe_progress(message: dict[str, Any]) -> str | None:
    """A one-line, human-readable account of a queue or progress message."""
    kind = message.get("msg")
    if kind == "estimation":
        text = f"In queue: position {int(message.get('rank') or 0) + 1} of {message.get('queue_size')}."
        eta = message.get("rank_eta")
        return text + (f" About {eta:.1f}s to wait." if isinstance(eta, (int, float)) else "")
    if kind == "process_starts":
        return "Processing."
    if kind == "progress":
        for level in message.get("progress_data") or []:
            title = f"Progress {level['desc']}" if level.get("desc") else "Progress"
            if level.get("index") is not None:
                of = f" of {level['length']}" if level.get("length") is not None else ""
                return f"{title}: step {level['index']}{of}"
            if level.get("progress") is not None:
                return f"{title}: {round(float(level['progress']) * 100)}%"
    return None


def _error_text(message: dict[str, Any]) -> str:
    output = message.get("output") or {}
    text = output.get("error") if isinstance(output, dict) else None
    title = message.get("title")
    if not text:
        return "The run was cancelled." if title is None else str(title)
    # "Error" is the default title: it adds nothing to the message.
    return f"{title}: {text}" if title and title != "Error" else str(text)


async def run_entry(state: AppState, entry: Entry, data: list[Any], request: Any, report: ProgressReport) -> list[Any]:
    """Queues the call, reports its progress, returns its output values (all outputs)."""
    dependency = entry.dependency
    try:
        data = check_inputs(dependency, data, state.files)
    except InputError as bad:
        raise CallFailed(str(bad)) from None
    inbox = _Inbox()
    # A session of its own per call: State inputs start from their initial value, as
    # for any one-off API call, and are dropped afterwards.
    session_hash = f"mcp-{uuid.uuid4().hex}"
    event = Event(fn_index=dependency.id, data=data, sink=inbox, session_hash=session_hash, request=request,
                  username=request.scope.get("podium_user") if request is not None else None)
    try:
        state.queue.submit(event)
    except QueueFullError as full:
        raise CallFailed(str(full)) from None
    try:
        while True:
            message = await inbox.messages.get()
            kind = message.get("msg")
            if kind == "process_completed":
                if message.get("success"):
                    return list(message["output"]["data"])
                raise CallFailed(_error_text(message))
            if kind == "unexpected_error":
                raise CallFailed(str(message.get("message") or "Internal error"))
            text = describe_progress(message)
            if text is not None:
                await report(text)
    finally:
        if not event.finished.is_set():
            state.queue.cancel(event.id)  # the MCP request was cancelled or failed
        state.states.drop(session_hash, state.blocks.state_components())
