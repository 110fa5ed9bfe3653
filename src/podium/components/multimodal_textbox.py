"""MultimodalTextbox: a message box that also takes files (upload, drop, paste, microphone).

Its value is `{"text": str, "files": [...]}`: on the wire the files are FileData, and a
function receives their server paths.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import describe
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, file_data, is_file_data

SOURCES = ("upload", "microphone")

MULTIMODAL_SCHEMA: dict[str, Any] = {
    "title": "MultimodalData",
    "type": "object",
    "properties": {"text": {"type": "string"}, "files": {"type": "array", "items": FILE_DATA_SCHEMA}},
    "required": ["text"],
}


class MultimodalTextbox(Component):
    PROPS: ClassVar[tuple[str, ...]] = (
        "sources", "file_types", "file_count", "lines", "max_lines", "placeholder", "autofocus",
        "autoscroll", "text_align", "rtl", "submit_btn", "stop_btn", "max_plain_text_length",
        "html_attributes",
    )
    change = EventListener()
    input = EventListener()
    select = EventListener()
    submit = EventListener()
    focus = EventListener()
    blur = EventListener()
    stop = EventListener()

    def __init__(
        self,
        value: str | dict[str, Any] | Any | None = None,
        *,
        sources: list[Literal["upload", "microphone"]] | str | None = None,
        file_types: list[str] | None = None,
        file_count: Literal["single", "multiple", "directory"] = "single",
        lines: int = 1,
        max_lines: int = 20,
        placeholder: str | None = None,
        label: str | None = None,
        info: str | None = None,
        every: float | None = None,
        inputs: Any = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        autofocus: bool = False,
        autoscroll: bool = True,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        text_align: Literal["left", "right"] | None = None,
        rtl: bool = False,
        submit_btn: str | bool | None = True,
        stop_btn: str | bool | None = False,
        max_plain_text_length: int = 1000,
        html_attributes: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        chosen = [sources] if isinstance(sources, str) else list(sources or ["upload"])
        unknown = [source for source in chosen if source not in SOURCES]
        if unknown:
            raise ValueError(f"MultimodalTextbox sources must be among {SOURCES}, got {unknown}")
        if file_count not in ("single", "multiple", "directory"):
            raise ValueError(f"MultimodalTextbox file_count must be 'single', 'multiple' or 'directory', not {file_count!r}")
        self.sources = chosen
        self.file_types = file_types
        self.file_count = file_count
        self.lines = lines
        self.max_lines = max_lines
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.text_align = text_align
        self.rtl = rtl
        self.submit_btn = submit_btn
        self.stop_btn = stop_btn
        self.max_plain_text_length = max_plain_text_length
        self.html_attributes = html_attributes
        super().__init__(
            value, label=label, info=info, every=every, inputs=inputs, show_label=show_label,
            container=container, scale=scale, min_width=min_width, interactive=interactive,
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key,
            preserved_by_key=preserved_by_key, **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not isinstance(payload, dict) or not isinstance(payload.get("text", ""), str):
            raise ValueError(f"expected {{'text': str, 'files': [FileData, ...]}}, got {describe(payload)}")
        files = payload.get("files") or []
        if not isinstance(files, list) or not all(is_file_data(item) for item in files):
            raise ValueError(f"'files' must be a list of FileData {{'path': ..., 'meta': {{'_type': '{FILE_DATA_TYPE}'}}}}")

    def preprocess(self, payload: dict[str, Any] | None) -> dict[str, Any] | None:
        """{"text", "files": [FileData]} → {"text", "files": [server path, ...]}."""
        if payload is None:
            return None
        return {"text": payload.get("text") or "", "files": [str(Path(item["path"])) for item in payload.get("files") or []]}

    def postprocess(self, value: Any) -> dict[str, Any]:
        if value is None:
            return {"text": "", "files": []}
        if isinstance(value, str):
            return {"text": value, "files": []}
        if not isinstance(value, dict):
            raise ValueError(f"A MultimodalTextbox value is a string or {{'text': ..., 'files': [...]}}, got {value!r}")
        files = [item if is_file_data(item) else file_data(item["path"] if isinstance(item, dict) else item)
                 for item in value.get("files") or []]
        return {"text": str(value.get("text") or ""), "files": files}

    def api_info(self) -> dict[str, Any]:
        return MULTIMODAL_SCHEMA

    def example_payload(self) -> dict[str, Any]:
        return {"text": "Describe this image", "files": []}
