"""JSON: shows (or accepts) any JSON-serialisable value as a collapsible tree."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component


class JSON(Component):
    TYPE = "json"
    PROPS: ClassVar[tuple[str, ...]] = ("open", "show_indices", "height", "max_height", "min_height", "buttons")
    change = EventListener()

    def __init__(
        self,
        value: Any = None,
        *,
        label: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        open: bool = False,
        show_indices: bool = False,
        height: int | str | None = None,
        max_height: int | str | None = 500,
        min_height: int | str | None = None,
        buttons: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        self.open = open
        self.show_indices = show_indices
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.buttons = ["copy"] if buttons is None else buttons
        super().__init__(
            value, label=label, show_label=show_label, container=container, scale=scale,
            min_width=min_width, visible=visible, elem_id=elem_id, elem_classes=elem_classes,
            render=render, key=key, **kwargs,
        )

    def preprocess(self, payload: Any) -> Any:
        return payload

    def postprocess(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                return value
        return value

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}

    def example_payload(self) -> Any:
        return {"foo": "bar"}
