"""Files: Gradio's multi-file alias, a `File` with `file_count="multiple"` (same wire type)."""

from __future__ import annotations

from typing import Any, Literal

from podium.components.file import File


class Files(File):
    TYPE = "file"

    def __init__(
        self,
        value: Any = None,
        *,
        file_count: Literal["single", "multiple", "directory"] = "multiple",
        **kwargs: Any,
    ) -> None:
        super().__init__(value, file_count=file_count, **kwargs)
