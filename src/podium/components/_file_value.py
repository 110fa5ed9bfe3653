"""What File and UploadButton share: a value of one or more uploaded files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from podium.components._base import Component
from podium.components._payload import describe
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, file_data, is_file_data

FILE_COUNTS = ("single", "multiple", "directory")
FILE_TYPES = ("filepath", "binary")


class FileValueComponent(Component):
    """Subclasses set `file_count` ("single"/"multiple"/"directory") and `type`
    ("filepath"/"binary") before calling `Component.__init__`."""

    file_count: str
    type: str

    def _check_file_options(self, file_count: str, type: str) -> None:
        name = self.__class__.__name__
        if file_count not in FILE_COUNTS:
            raise ValueError(f"{name} file_count must be 'single', 'multiple' or 'directory', not {file_count!r}")
        if type not in FILE_TYPES:
            raise ValueError(f"{name} type must be 'filepath' or 'binary', not {type!r}")
        self.file_count = file_count
        self.type = type

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
                raise ValueError(
                    f"expected file data {{'path': ..., 'meta': {{'_type': '{FILE_DATA_TYPE}'}}}}, got {describe(item)}"
                )

    def preprocess(self, payload: Any) -> Any:
        """FileData (or a list) → a path string or the file's bytes, per `type`."""
        if payload is None:
            return None
        items = payload if isinstance(payload, list) else [payload]
        converted = [
            Path(item["path"]).read_bytes() if self.type == "binary" else str(Path(item["path"])) for item in items
        ]
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
