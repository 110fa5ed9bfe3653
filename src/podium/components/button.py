"""Button: triggers events; its value is the text shown on it."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component


class Button(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("variant", "size", "icon", "link", "link_target")
    click = EventListener()
    SKIP_API = True

    def __init__(
        self,
        value: str | Any = "Run",
        *,
        variant: Literal["primary", "secondary", "stop", "huggingface"] = "secondary",
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        link: str | None = None,
        link_target: Literal["_self", "_blank", "_parent", "_top"] = "_self",
        visible: bool | str = True,
        interactive: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        scale: int | None = None,
        min_width: int | None = None,
        **kwargs: Any,
    ) -> None:
        self.variant = variant
        self.size = size
        self.icon = icon
        self.link = link
        self.link_target = link_target
        super().__init__(
            value, interactive=interactive, visible=visible, elem_id=elem_id, elem_classes=elem_classes,
            render=render, key=key, scale=scale, min_width=min_width or 0, **kwargs,
        )

    def preprocess(self, payload: str | None) -> str | None:
        return payload

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def example_payload(self) -> str:
        return "Run"
