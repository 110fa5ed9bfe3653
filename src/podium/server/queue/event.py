"""One queued run of a dependency, and where its messages go."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from typing import Any, Protocol


class MessageSink(Protocol):
    """Receives the protocol messages of an event (a session stream or a REST call)."""

    def put(self, message: dict[str, Any]) -> None: ...


@dataclass(eq=False)
class Event:
    fn_index: int
    data: list[Any]
    sink: MessageSink
    session_hash: str | None = None
    event_data: Any = None
    trigger_id: int | None = None
    request: Any = None
    username: str | None = None
    # Set for listeners a `@render` created (not in the app's list); else looked up by fn_index.
    dependency: Any = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    task: asyncio.Task[Any] | None = None
    cancelled: bool = False
    # For REST calls: the final outcome, read once the stream ends.
    finished: asyncio.Event = field(default_factory=asyncio.Event)
    # gr.State values before the fn ran, and the ids of those it changed (sent to the
    # browser, which fires their .change listeners).
    state_before: dict[int, Any] = field(default_factory=dict)
    changed_state_ids: list[int] = field(default_factory=list)
    # Set when another event ran this one in its batch (batch=True listeners).
    batch_done: asyncio.Event = field(default_factory=asyncio.Event)
    batch_success: bool = False

    def send(self, msg: str, **fields: Any) -> None:
        self.sink.put({"msg": msg, "event_id": self.id, **fields})
