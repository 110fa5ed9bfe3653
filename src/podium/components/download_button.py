"""DownloadButton: a button that downloads the file in its value when clicked."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import describe
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, file_data, is_file_data


class DownloadButton(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("variant", "size", "icon")
    change = EventListener()
    click = EventListener()

    def __init__(
        self,
        label: str = "Download",
        value: str | Path | Any | None = None,
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
        **kwargs: Any,
    ) -> None:
        self.variant = variant
        self.size = size
        self.icon = icon
        super().__init__(
            value, label=label, every=every, inputs=inputs, visible=visible, scale=scale,
            min_width=min_width or 0, interactive=interactive, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        if payload is not None and not is_file_data(payload):
            raise ValueError(f"expected file data {{'path': ..., 'meta': {{'_type': '{FILE_DATA_TYPE}'}}}}, got {describe(payload)}")

    def preprocess(self, payload: Any) -> str | None:
        """FileData → the file's path (None when the button holds no file)."""
        return None if payload is None else str(Path(payload["path"]))

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        """A path (or FileData) → FileData; the runner copies the file into the cache."""
        if value is None or value == "":
            return None
        return value if is_file_data(value) else file_data(value)

    def api_info(self) -> dict[str, Any]:
        return FILE_DATA_SCHEMA

    def example_payload(self) -> Any:
        return {"path": "https://example.com/sample.pdf", "meta": {"_type": FILE_DATA_TYPE}}
