"""Tabs and Tab: show one of several panels at a time."""

from __future__ import annotations

from typing import Any, ClassVar

from podium.blocks import context
from podium.blocks.events import EventListener
from podium.layouts._layout import Layout


class Tabs(Layout):
    PROPS: ClassVar[tuple[str, ...]] = ("selected",)
    change = EventListener()
    select = EventListener()

    def __init__(
        self,
        *,
        selected: int | str | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: Any = None,
    ) -> None:
        self.selected = selected
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key)


class Tab(Layout):
    """One panel of a Tabs. Outside a `Tabs` block it starts its own Tabs, as in Gradio."""

    TYPE = "tabitem"
    PROPS: ClassVar[tuple[str, ...]] = ("label", "interactive", "scale")
    select = EventListener()

    def __init__(
        self,
        label: str | None = None,
        visible: bool | str = True,
        interactive: bool = True,
        *,
        id: int | str | None = None,
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
        self.tab_id = id
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key)

    def render(self) -> Tab:
        container = context.current_container()
        if container is not None and not isinstance(container, Tabs) and not self.is_rendered:
            # Consecutive Tabs outside a `with Tabs():` share one implicit Tabs.
            siblings = container.children
            tabs = siblings[-1] if siblings and isinstance(siblings[-1], Tabs) and getattr(siblings[-1], "implicit", False) else None
            if tabs is None:
                tabs = Tabs()
                tabs.implicit = True  # type: ignore[attr-defined]
            tabs.add_child(self)
            self.is_rendered = True
            return self
        super().render()
        return self

    def get_props(self) -> dict[str, Any]:
        props = super().get_props()
        props["id"] = self.tab_id  # the tab's own id, not the block id
        return props


TabItem = Tab
