"""State: a per-session Python value kept on the server, never sent to the browser."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from podium.blocks.events import EventListener
from podium.components._base import Component


class State(Component):
    SKIP_API = True
    change = EventListener()

    def __init__(
        self,
        value: Any = None,
        render: bool = True,
        *,
        time_to_live: float | None = None,
        delete_callback: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> None:
        self.time_to_live = time_to_live
        self.delete_callback = delete_callback
        super().__init__(value, render=render, **kwargs)

    def initial_state(self) -> Any:
        """A fresh copy of the starting value for a new session."""
        initial = self.initial_value
        return initial() if callable(initial) else copy.deepcopy(initial)

    def get_props(self) -> dict[str, Any]:
        # The value stays on the server: the browser only needs to know the block exists.
        return {"time_to_live": self.time_to_live, "name": "state", "visible": False, "elem_classes": []}
