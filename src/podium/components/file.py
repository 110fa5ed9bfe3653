"""File: upload one or more files, or offer files for download."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._file_value import FileValueComponent


class File(FileValueComponent):
    PROPS: ClassVar[tuple[str, ...]] = ("file_count", "file_types", "type", "height", "allow_reordering")
    change = EventListener()
    select = EventListener()
    clear = EventListener()
    upload = EventListener()
    delete = EventListener()
    download = EventListener()

    def __init__(
        self,
        value: str | Path | list[str | Path] | Any | None = None,
        *,
        file_count: Literal["single", "multiple", "directory"] = "single",
        file_types: list[str] | None = None,
        type: Literal["filepath", "binary"] = "filepath",
        label: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        height: int | str | None = None,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        allow_reordering: bool = False,
        **kwargs: Any,
    ) -> None:
        self._check_file_options(file_count, type)
        self.file_types = file_types
        self.height = height
        self.allow_reordering = allow_reordering
        super().__init__(
            value, label=label, show_label=show_label, container=container, scale=scale,
            min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, **kwargs,
        )
