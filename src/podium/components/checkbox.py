"""Checkbox: a single boolean."""

from __future__ import annotations

from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import expect


class Checkbox(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("buttons",)
    change = EventListener()
    input = EventListener()
    select = EventListener()

    def __init__(
        self,
        value: bool | Any = False,
        *,
        label: str | None = None,
        info: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        buttons: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        self.buttons = buttons or []
        super().__init__(
            value, label=label, info=info, show_label=show_label, container=container, scale=scale,
            min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        expect(payload, bool, "true or false")

    def preprocess(self, payload: bool | None) -> bool | None:
        return payload

    def postprocess(self, value: Any) -> bool | None:
        return None if value is None else bool(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "boolean"}

    def example_payload(self) -> bool:
        return True
