"""Column: stacks its children vertically; `scale` sets its share of a Row."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from podium.layouts._layout import Layout


class Column(Layout):
    PROPS: ClassVar[tuple[str, ...]] = ("scale", "min_width", "variant", "show_progress")

    def __init__(
        self,
        *,
        scale: int = 1,
        min_width: int = 320,
        variant: Literal["default", "panel", "compact"] = "default",
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        show_progress: bool = False,
        key: Any = None,
        preserved_by_key: Any = None,
    ) -> None:
        if int(scale) != scale:
            raise ValueError(f"Column scale must be a whole number, got {scale}")
        self.scale = scale
        self.min_width = min_width
        self.variant = variant
        self.show_progress = show_progress
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key)
