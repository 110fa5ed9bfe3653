"""HTML: arbitrary markup, sanitised in the browser before display."""

from __future__ import annotations

from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import expect


class HTML(Component):
    TYPE = "html"
    PROPS: ClassVar[tuple[str, ...]] = ("min_height", "max_height", "padding", "autoscroll")
    change = EventListener()
    click = EventListener()

    def __init__(
        self,
        value: str | Any = "",
        *,
        label: str | None = None,
        show_label: bool = False,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        min_height: int | None = None,
        max_height: int | None = None,
        container: bool = False,
        padding: bool = False,
        autoscroll: bool = False,
        **kwargs: Any,
    ) -> None:
        self.min_height = min_height
        self.max_height = max_height
        self.padding = padding
        self.autoscroll = autoscroll
        super().__init__(
            value, label=label, show_label=show_label, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, container=container, **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        expect(payload, str, "a string")

    def preprocess(self, payload: str | None) -> str | None:
        return payload

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def example_payload(self) -> str:
        return "<p>Hello</p>"
