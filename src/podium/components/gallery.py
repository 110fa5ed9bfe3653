"""Gallery: a grid of images and videos, each with an optional caption.

The function returns a list whose items are paths, URLs, numpy arrays or PIL images,
optionally as `(item, caption)` pairs; it receives the list back as `[(item, caption),
...]`, each image converted per `type` (videos are always file paths). On the wire each
item is `{"image": FileData, "caption": ...}` or `{"video": FileData, "caption": ...}`.
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._media_options import choose_buttons, choose_sources
from podium.components._payload import describe
from podium.exceptions import Error
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, file_data, is_file_data

GalleryType = Literal["numpy", "pil", "filepath"]
BUTTONS = ("share", "download", "download_all", "fullscreen")
SOURCES = ("upload", "webcam", "clipboard")
OBJECT_FITS = ("contain", "cover", "fill", "none", "scale-down")
VIDEO_SUFFIXES = {".mp4", ".webm", ".ogg", ".ogv", ".mov", ".avi", ".mkv", ".m4v", ".wmv", ".flv", ".mpeg", ".mpg"}
_URL = re.compile(r"^https?://", re.IGNORECASE)


def _caption_schema() -> dict[str, Any]:
    return {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None}


GALLERY_SCHEMA: dict[str, Any] = {
    "type": "array",
    "items": {
        "anyOf": [
            {"title": "GalleryImage", "type": "object", "required": ["image"],
             "properties": {"image": {**FILE_DATA_SCHEMA, "title": "ImageData"}, "caption": _caption_schema()}},
            {"title": "GalleryVideo", "type": "object", "required": ["video"],
             "properties": {"video": FILE_DATA_SCHEMA, "caption": _caption_schema()}},
        ]
    },
}


class Gallery(Component):
    PROPS: ClassVar[tuple[str, ...]] = (
        "format", "file_types", "columns", "rows", "height", "allow_preview", "preview",
        "selected_index", "object_fit", "buttons", "type", "fit_columns", "sources",
    )
    select = EventListener()
    upload = EventListener()
    change = EventListener()
    delete = EventListener()
    preview_close = EventListener()
    preview_open = EventListener()

    def __init__(
        self,
        value: Any = None,
        *,
        format: str = "webp",
        file_types: list[str] | None = None,
        label: str | None = None,
        every: float | None = None,
        inputs: Any = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        columns: int | None = 2,
        rows: int | None = None,
        height: int | float | str | None = None,
        allow_preview: bool = True,
        preview: bool | None = None,
        selected_index: int | None = None,
        object_fit: str | None = None,
        buttons: list[str] | None = None,
        interactive: bool | None = None,
        type: GalleryType = "filepath",
        fit_columns: bool = True,
        sources: list[str] | str | None = None,
        **kwargs: Any,
    ) -> None:
        from podium.components.image import FORMATS

        if type not in ("numpy", "pil", "filepath"):
            raise ValueError(f"Gallery type must be 'numpy', 'pil' or 'filepath', not {type!r}")
        if format.lower() not in FORMATS:
            raise ValueError(f"Gallery format must be one of {', '.join(FORMATS)}, not {format!r}")
        if object_fit is not None and object_fit not in OBJECT_FITS:
            raise ValueError(f"Gallery object_fit must be one of {', '.join(OBJECT_FITS)} or None, not {object_fit!r}")
        if columns is not None and (not isinstance(columns, int) or columns < 1):
            raise ValueError(f"Gallery columns must be a positive integer, not {columns!r}")
        self.format = format.lower()
        self.file_types = file_types
        self.columns = columns
        self.rows = rows
        self.height = height
        self.allow_preview = allow_preview
        self.preview = preview
        self.selected_index = selected_index
        self.object_fit = object_fit
        self.buttons = choose_buttons(buttons, BUTTONS, kwargs, "Gallery")
        self.type = type
        self.fit_columns = fit_columns
        self.sources = choose_sources(sources, SOURCES, ["upload"], "Gallery")
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label, container=container,
            scale=scale, min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )

    # ---- wire → function ----------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not isinstance(payload, list):
            raise ValueError(f"expected a list of gallery items, got {describe(payload)}")
        for item in payload:
            media = _media_of(item)
            if media is None:
                raise ValueError(
                    "expected gallery items like {'image': file data, 'caption': ...} or "
                    f"{{'video': file data, 'caption': ...}}, got {describe(item)}"
                )
            caption = item.get("caption")
            if caption is not None and not isinstance(caption, str):
                raise ValueError(f"expected a gallery caption to be a string or null, got {describe(caption)}")

    def preprocess(self, payload: Any) -> Any:
        if not payload:
            return None
        result: list[tuple[Any, str | None]] = []
        for item in payload:
            caption = item.get("caption")
            if is_file_data(item.get("video")):
                result.append((str(item["video"]["path"]), caption))
            else:
                result.append((self._convert(item["image"]), caption))
        return result

    def _convert(self, data: dict[str, Any]) -> Any:
        path = Path(data["path"])
        if self.type == "filepath":
            return str(path)
        from PIL import Image as PILImage
        from PIL import UnidentifiedImageError

        name = data.get("orig_name") or path.name
        try:
            with PILImage.open(path) as opened:
                opened.load()
                image = opened.copy()
        except (UnidentifiedImageError, OSError):
            raise Error(f"{name!r} is not an image this app can read.") from None
        if self.type == "pil":
            return image
        import numpy as np

        return np.array(image)

    # ---- function → wire ----------------------------------------------------------
    def postprocess(self, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, (str, Path)) or not hasattr(value, "__iter__") or hasattr(value, "__array_interface__"):
            raise TypeError(f"Gallery expects a list of images or videos, got {describe(value)}")
        return [self._item(entry) for entry in value]

    def _item(self, entry: Any) -> dict[str, Any]:
        if isinstance(entry, dict) and _media_of(entry) is not None:
            media = _media_of(entry)
            assert media is not None
            return {media: entry[media], "caption": entry.get("caption")}
        caption: Any = None
        if isinstance(entry, (tuple, list)):
            if len(entry) != 2:
                raise ValueError(f"Gallery items given as tuples must be (item, caption), got {len(entry)} elements")
            entry, caption = entry
            caption = None if caption is None else str(caption)
        data = self._file(entry)
        kind = "video" if _is_video(data) else "image"
        return {kind: data, "caption": caption}

    def _file(self, entry: Any) -> dict[str, Any]:
        if is_file_data(entry):
            return dict(entry)
        if isinstance(entry, (str, Path)):
            text = str(entry)
            if _URL.match(text):
                return file_data(text)
            return file_data(Path(text))
        from podium.components.image import _as_pil, _save

        try:
            image = _as_pil(entry)
        except TypeError:
            raise TypeError(
                f"Gallery cannot show {describe(entry)}: give a file path, URL, numpy array or PIL image"
            ) from None
        return file_data(_save(image, self.format, "image"))

    def api_info(self) -> dict[str, Any]:
        return GALLERY_SCHEMA

    def example_payload(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
        return [{"image": {"path": url, "meta": {"_type": FILE_DATA_TYPE}, "orig_name": "bus.png", "url": url}, "caption": None}]

    def example_value(self) -> Any:
        return ["https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"]


# ---- helpers --------------------------------------------------------------------------
def _media_of(item: Any) -> str | None:
    if not isinstance(item, dict):
        return None
    if is_file_data(item.get("image")):
        return "image"
    if is_file_data(item.get("video")):
        return "video"
    return None


def _is_video(data: dict[str, Any]) -> bool:
    mime = data.get("mime_type") or mimetypes.guess_type(str(data.get("orig_name") or data.get("path") or ""))[0]
    if isinstance(mime, str):
        return mime.startswith("video/")
    return Path(str(data.get("path", "")).split("?", 1)[0]).suffix.lower() in VIDEO_SUFFIXES


