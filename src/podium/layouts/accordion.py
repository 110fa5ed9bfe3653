"""Accordion: a titled section that opens and closes."""

from __future__ import annotations

from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.layouts._layout import Layout


class Accordion(Layout):
    PROPS: ClassVar[tuple[str, ...]] = ("label", "open")
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
        key: Any = None,
        preserved_by_key: Any = None,
    ) -> None:
        self.label = label
        self.open = open
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key)
