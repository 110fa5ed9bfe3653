"""Group: shows its children as one block, without gaps between them."""

from __future__ import annotations

from typing import Any

from podium.layouts._layout import Layout


class Group(Layout):
    def __init__(
        self,
        *,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: Any = None,
    ) -> None:
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key)
