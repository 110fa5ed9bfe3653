"""UploadButton: a button that opens the file picker; its value is the uploaded file(s)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._file_value import FileValueComponent


class UploadButton(FileValueComponent):
    PROPS: ClassVar[tuple[str, ...]] = ("variant", "size", "icon", "type", "file_count", "file_types")
    change = EventListener()
    click = EventListener()
    upload = EventListener()

    def __init__(
        self,
        label: str = "Upload a File",
        value: str | Path | list[str | Path] | Any | None = None,
        *,
        every: float | None = None,
        inputs: Any = None,
        variant: Literal["primary", "secondary", "stop"] = "secondary",
        visible: bool | str = True,
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        scale: int | None = None,
        min_width: int | None = None,
        interactive: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        type: Literal["filepath", "binary"] = "filepath",
        file_count: Literal["single", "multiple", "directory"] = "single",
        file_types: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        self._check_file_options(file_count, type)
        self.variant = variant
        self.size = size
        self.icon = icon
        self.file_types = file_types
        super().__init__(
            value, label=label, every=every, inputs=inputs, visible=visible, scale=scale,
            min_width=min_width or 0, interactive=interactive, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )
