"""UploadButton: a button that opens the file picker; its value is the uploaded file(s)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import describe
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, file_data, is_file_data


class UploadButton(Component):
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
        if file_count not in ("single", "multiple", "directory"):
            raise ValueError(f"UploadButton file_count must be 'single', 'multiple' or 'directory', not {file_count!r}")
        if type not in ("filepath", "binary"):
            raise ValueError(f"UploadButton type must be 'filepath' or 'binary', not {type!r}")
        self.variant = variant
        self.size = size
        self.icon = icon
        self.type = type
        self.file_count = file_count
        self.file_types = file_types
        super().__init__(
            value, label=label, every=every, inputs=inputs, visible=visible, scale=scale,
            min_width=min_width or 0, interactive=interactive, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )

    @property
    def multiple(self) -> bool:
        return self.file_count != "single"

    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if isinstance(payload, list) and not self.multiple:
            raise ValueError("expected one file, got a list")
        for item in payload if isinstance(payload, list) else [payload]:
            if not is_file_data(item):
                raise ValueError(f"expected file data {{'path': ..., 'meta': {{'_type': '{FILE_DATA_TYPE}'}}}}, got {describe(item)}")

    def preprocess(self, payload: Any) -> Any:
        """FileData (or a list) → a path string or the file's bytes, per `type`."""
        if payload is None:
            return None
        items = payload if isinstance(payload, list) else [payload]
        converted = [Path(item["path"]).read_bytes() if self.type == "binary" else str(Path(item["path"])) for item in items]
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
