"""ColorPicker: pick a colour; the value is a hex string such as "#ff8800"."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import expect

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


class ColorPicker(Component):
    PROPS: ClassVar[tuple[str, ...]] = ()
    change = EventListener()
    input = EventListener()
    release = EventListener()
    submit = EventListener()
    focus = EventListener()
    blur = EventListener()

    def __init__(
        self,
        value: str | Any | None = None,
        *,
        label: str | None = None,
        info: str | None = None,
        every: Any = None,
        inputs: Any = None,
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
        preserved_by_key: Any = "value",
        **kwargs: Any,
    ) -> None:
        super().__init__(
            value, label=label, info=info, every=every, inputs=inputs, show_label=show_label,
            container=container, scale=scale, min_width=min_width, interactive=interactive,
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key,
            preserved_by_key=preserved_by_key, **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        expect(payload, str, "a colour as a hex string like '#ff8800'")
        if payload is not None and not _HEX.match(payload):
            raise ValueError(f"expected a colour as a hex string like '#ff8800', got {payload!r}")

    def preprocess(self, payload: str | None) -> str | None:
        return None if payload is None else str(payload)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> Any:
        return "#000000"
