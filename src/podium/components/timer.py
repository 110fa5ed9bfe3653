"""Timer: an invisible component whose `tick` event fires every `value` seconds."""

from __future__ import annotations

from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import expect


class Timer(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("active",)
    tick = EventListener()

    def __init__(
        self,
        value: float = 1,
        *,
        active: bool = True,
        render: bool = True,
        key: Any = None,
        **kwargs: Any,
    ) -> None:
        if value is not None and value < 0:
            raise ValueError(f"Timer interval cannot be negative: {value}")
        self.active = active
        super().__init__(value, render=render, key=key, **kwargs)

    def check_payload(self, payload: Any) -> None:
        expect(payload, (int, float), "a number of seconds")

    def preprocess(self, payload: float | None) -> float | None:
        return None if payload is None else float(payload)

    def postprocess(self, value: float | None) -> float | None:
        return None if value is None else float(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "number", "description": "seconds between ticks"}

    def example_payload(self) -> float:
        return 1.0
