"""Where event messages wait until a client reads them.

A session's events share one stream (`/queue/data?session_hash=`); a REST call has a
stream of its own. Messages queue up until read, so a client may open its stream
after joining without losing anything.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

CLOSE_STREAM = {"msg": "close_stream", "event_id": None}
# Put into a channel when the server stops: its reader ends the stream.
SHUTDOWN = {"msg": "close_stream", "event_id": None, "shutdown": True}


class Channel:
    """An unbounded FIFO of messages, plus the number of its events still running."""

    def __init__(self, endpoint: str | None = None) -> None:
        # For a REST call: the api_name it was started on, which alone may read it.
        self.endpoint = endpoint
        self.messages: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.pending = 0
        self.readers = 0
        self.last_used = time.monotonic()

    def put(self, message: dict[str, Any]) -> None:
        self.last_used = time.monotonic()
        self.messages.put_nowait(message)

    def idle(self) -> bool:
        return self.pending == 0 and self.readers == 0 and self.messages.empty()


class SessionChannels:
    """One Channel per session hash, dropped once idle."""

    def __init__(self, idle_seconds: float = 120) -> None:
        self.idle_seconds = idle_seconds
        self._channels: dict[str, Channel] = {}

    def get(self, session_hash: str) -> Channel:
        channel = self._channels.get(session_hash)
        if channel is None:
            channel = self._channels[session_hash] = Channel()
        return channel

    def all(self) -> list[Channel]:
        return list(self._channels.values())

    def find(self, session_hash: str) -> Channel | None:
        return self._channels.get(session_hash)

    def discard_if_idle(self, session_hash: str) -> None:
        channel = self._channels.get(session_hash)
        if channel is not None and channel.idle():
            del self._channels[session_hash]

    def sweep(self) -> None:
        """Forgets channels nobody read for a while (e.g. a client that never connected)."""
        cutoff = time.monotonic() - self.idle_seconds
        for session_hash, channel in list(self._channels.items()):
            if channel.readers == 0 and channel.last_used < cutoff:
                del self._channels[session_hash]

    def __len__(self) -> int:
        return len(self._channels)
