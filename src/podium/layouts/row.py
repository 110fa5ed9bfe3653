"""Row: places its children side by side (wrapping on narrow screens)."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from podium.layouts._layout import Layout


class Row(Layout):
    PROPS: ClassVar[tuple[str, ...]] = ("variant", "equal_height", "height", "max_height", "min_height", "scale", "show_progress")

    def __init__(
        self,
        *,
        variant: Literal["default", "panel", "compact"] = "default",
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        height: int | str | None = None,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        equal_height: bool = False,
        show_progress: bool = False,
        scale: int | None = None,
        key: Any = None,
        preserved_by_key: Any = None,
    ) -> None:
        self.variant = variant
        self.equal_height = equal_height
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.scale = scale
        self.show_progress = show_progress
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key)
