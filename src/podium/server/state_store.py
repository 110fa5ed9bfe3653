"""Per-session values of `State` components, kept on the server."""

from __future__ import annotations

import time
from typing import Any

from podium.components.state import State


class SessionState:
    """Maps (session, State component) → value; sessions expire when abandoned."""

    def __init__(self, idle_seconds: float = 3600) -> None:
        self.idle_seconds = idle_seconds
        self._values: dict[str, dict[int, Any]] = {}
        self._last_used: dict[str, float] = {}

    def get(self, session_hash: str | None, component: State) -> Any:
        if session_hash is None:
            return component.initial_state()
        self._last_used[session_hash] = time.monotonic()
        values = self._values.setdefault(session_hash, {})
        if component.id not in values:
            values[component.id] = component.initial_state()
        return values[component.id]

    def set(self, session_hash: str | None, component: State, value: Any) -> None:
        if session_hash is None:
            return  # a one-off API call has no session to remember it in
        self._last_used[session_hash] = time.monotonic()
        self._values.setdefault(session_hash, {})[component.id] = value

    def drop(self, session_hash: str, components: dict[int, State] | None = None) -> None:
        values = self._values.pop(session_hash, {})
        self._last_used.pop(session_hash, None)
        for component_id, value in values.items():
            component = (components or {}).get(component_id)
            if component is not None and component.delete_callback is not None:
                component.delete_callback(value)

    def expire(self, keep: frozenset[str] = frozenset()) -> list[str]:
        """Drops sessions idle for longer than `idle_seconds` (except those in `keep`)."""
        cutoff = time.monotonic() - self.idle_seconds
        stale = [s for s, used in self._last_used.items() if used < cutoff and s not in keep]
        for session_hash in stale:
            self.drop(session_hash)
        return stale

    def __len__(self) -> int:
        return len(self._values)
