"""Sidebar: a collapsible panel at the left or right edge of the page."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.layouts._layout import Layout


class Sidebar(Layout):
    PROPS: ClassVar[tuple[str, ...]] = ("label", "open", "width", "position")
    expand = EventListener()
    collapse = EventListener()

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        width: int | str = 320,
        position: Literal["left", "right"] = "left",
        key: Any = None,
        preserved_by_key: Any = None,
    ) -> None:
        if position not in ("left", "right"):
            raise ValueError(f"Sidebar position must be 'left' or 'right', not {position!r}")
        self.label = label
        self.open = open
        self.width = width
        self.position = position
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key)
