"""Walkthrough and Step: a guided sequence of panels, one shown at a time."""

from __future__ import annotations

from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.layouts._layout import Layout


class Walkthrough(Layout):
    """Shows the `Step` whose id is `selected` (the first step by default); move between
    steps by returning `Walkthrough(selected=...)` from a listener."""

    PROPS: ClassVar[tuple[str, ...]] = ("selected",)
    change = EventListener()
    select = EventListener()

    def __init__(
        self,
        *,
        selected: int | None = None,
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: Any = None,
    ) -> None:
        self.selected = selected
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key)


class Step(Layout):
    PROPS: ClassVar[tuple[str, ...]] = ("label", "interactive", "scale")
    select = EventListener()

    def __init__(
        self,
        label: str | None = None,
        visible: bool = True,
        interactive: bool = True,
        *,
        id: int | None = None,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        scale: int | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: Any = None,
    ) -> None:
        self.label = label
        self.interactive = interactive
        self.scale = scale
        self.step_id = id
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key)

    def get_props(self) -> dict[str, Any]:
        props = super().get_props()
        props["id"] = self.step_id  # the step's own id, not the block id
        return props
