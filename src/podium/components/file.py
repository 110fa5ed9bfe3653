"""File: upload one or more files, or offer files for download."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import describe
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, file_data, is_file_data


class File(Component):
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
        if file_count not in ("single", "multiple", "directory"):
            raise ValueError(f"File file_count must be 'single', 'multiple' or 'directory', not {file_count!r}")
        if type not in ("filepath", "binary"):
            raise ValueError(f"File type must be 'filepath' or 'binary', not {type!r}")
        self.file_count = file_count
        self.file_types = file_types
        self.type = type
        self.height = height
        self.allow_reordering = allow_reordering
        super().__init__(
            value, label=label, show_label=show_label, container=container, scale=scale,
            min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, **kwargs,
        )

    @property
    def multiple(self) -> bool:
        return self.file_count != "single"

    def check_payload(self, payload: Any) -> None:
        items = payload if isinstance(payload, list) else [payload]
        if payload is None:
            return
        if isinstance(payload, list) and not self.multiple:
            raise ValueError("expected one file, got a list")
        for item in items:
            if not is_file_data(item):
                raise ValueError(f"expected file data {{'path': ..., 'meta': {{'_type': '{FILE_DATA_TYPE}'}}}}, got {describe(item)}")

    def _convert(self, item: dict[str, Any]) -> str | bytes:
        path = Path(item["path"])
        return path.read_bytes() if self.type == "binary" else str(path)

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        items = payload if isinstance(payload, list) else [payload]
        converted = [self._convert(item) for item in items]
        return converted if self.multiple else converted[0]

    def postprocess(self, value: Any) -> Any:
        if value is None or value == []:
            return None
        items = value if isinstance(value, (list, tuple)) else [value]
        wire = [item if is_file_data(item) else file_data(item) for item in items]
        return wire if self.multiple else wire[0]

    def api_info(self) -> dict[str, Any]:
        if self.multiple:
            return {"type": "array", "items": FILE_DATA_SCHEMA}
        return FILE_DATA_SCHEMA

    def example_payload(self) -> Any:
        example = {"path": "https://example.com/sample.pdf", "meta": {"_type": FILE_DATA_TYPE}}
        return [example] if self.multiple else example
