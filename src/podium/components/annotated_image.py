"""AnnotatedImage: a base image with labelled masks or boxes drawn over it, and a legend."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._annotation_overlays import coverage, label_colors, overlay_png, rgb
from podium.components._base import Component
from podium.components._payload import describe
from podium.components.image import Image
from podium.files.cache import FileCache
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, file_data, is_file_data
from podium.files.media import media_dir, output_file

_ANNOTATION_SCHEMA = {
    "properties": {"image": {"$ref": "#/$defs/FileData"}, "label": {"title": "Label", "type": "string"}},
    "required": ["image", "label"],
    "title": "Annotation",
    "type": "object",
}


class AnnotatedImage(Component):
    """Value: `(image, [(mask_or_box, label), ...])`. The image is a path, URL, numpy array or
    PIL image; a mask is a height x width array (bool or 0-1), a box is (x1, y1, x2, y2).
    On the wire: the base image and one transparent PNG per annotation, each a file."""

    PROPS: ClassVar[tuple[str, ...]] = ("format", "show_legend", "height", "width", "color_map", "buttons")
    change = EventListener()
    select = EventListener()

    def __init__(
        self,
        value: tuple[Any, list[tuple[Any, str]]] | None = None,
        *,
        format: str = "webp",
        show_legend: bool = True,
        height: int | str | None = None,
        width: int | str | None = None,
        color_map: dict[str, str] | None = None,
        label: str | None = None,
        every: Any = None,
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
        preserved_by_key: Any = "value",
        buttons: list[Any] | None = None,
        **kwargs: Any,
    ) -> None:
        self.format = format
        self.show_legend = show_legend
        self.height = height
        self.width = width
        self.color_map = color_map
        self.buttons = ["fullscreen"] if buttons is None else list(buttons)
        # Converts numpy/PIL base images exactly as gr.Image does.
        self._image = Image(format=format, type="filepath", render=False)
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label, container=container,
            scale=scale, min_width=min_width, visible=visible, elem_id=elem_id, elem_classes=elem_classes,
            render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )

    # ---- wire -> function -----------------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not (isinstance(payload, dict) and is_file_data(payload.get("image")) and isinstance(payload.get("annotations"), list)):
            raise ValueError(f"expected {{'image': file data, 'annotations': [...]}}, got {describe(payload)}")
        for item in payload["annotations"]:
            if not (isinstance(item, dict) and is_file_data(item.get("image")) and isinstance(item.get("label"), str)):
                raise ValueError(f"each annotation needs an 'image' file data and a string 'label', got {describe(item)}")

    def preprocess(self, payload: dict[str, Any] | None) -> tuple[str, list[tuple[str, str]]] | None:
        """The base image's path and (mask image path, label) pairs."""
        if payload is None:
            return None
        annotations = [(str(Path(item["image"]["path"])), item["label"]) for item in payload["annotations"]]
        return str(Path(payload["image"]["path"])), annotations

    # ---- function -> wire -----------------------------------------------------------------
    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if isinstance(value, dict) and is_file_data(value.get("image")):
            return value  # already wire-shaped (e.g. an input passed straight through)
        if not (isinstance(value, (tuple, list)) and len(value) == 2 and isinstance(value[1], (list, tuple))):
            raise ValueError(
                f"AnnotatedImage shows (image, [(mask_or_box, label), ...]), got {describe(value)}"
            )
        base, annotations = value
        image_file, size = self._base_image(base)
        pairs = [_annotation(item, index) for index, item in enumerate(annotations)]
        colors = label_colors([label for _, label in pairs], self.color_map)
        overlays = []
        for index, (mask, label) in enumerate(pairs):
            png = overlay_png(coverage(mask, size, index), rgb(colors[label]))
            overlays.append({"image": file_data(output_file(png, f"annotation-{index}.png")), "label": label})
        return {"image": image_file, "annotations": overlays}

    def _base_image(self, base: Any) -> tuple[dict[str, Any], tuple[int, int]]:
        """The base image as file data, and its (height, width)."""
        from PIL import Image as PILImage

        if isinstance(base, (str, Path)):
            path = _download(str(base)) if re.match(r"^https?://", str(base), re.IGNORECASE) else Path(base)
            if not path.is_file():
                raise FileNotFoundError(f"AnnotatedImage base image {str(base)!r} does not exist")
            with PILImage.open(path) as opened:
                width, height = opened.size
            return file_data(path), (height, width)
        if isinstance(base, PILImage.Image):
            width, height = base.size
        elif hasattr(base, "shape") and len(base.shape) >= 2:
            height, width = int(base.shape[0]), int(base.shape[1])
        else:
            raise TypeError(f"AnnotatedImage's base image must be a file path, URL, numpy array or PIL image, got {describe(base)}")
        return self._image.postprocess(base), (height, width)

    def api_info(self) -> dict[str, Any]:
        return {
            "$defs": {"Annotation": _ANNOTATION_SCHEMA, "FileData": FILE_DATA_SCHEMA},
            "properties": {
                "image": {"$ref": "#/$defs/FileData"},
                "annotations": {"items": {"$ref": "#/$defs/Annotation"}, "title": "Annotations", "type": "array"},
            },
            "required": ["image", "annotations"],
            "title": "AnnotatedImageData",
            "type": "object",
        }

    def example_payload(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
        return {"image": {"path": url, "url": url, "orig_name": "bus.png", "meta": {"_type": FILE_DATA_TYPE}}, "annotations": []}


def _annotation(item: Any, index: int) -> tuple[Any, str]:
    if not (isinstance(item, (tuple, list)) and len(item) == 2):
        raise ValueError(f"annotation {index} must be a (mask_or_box, label) pair, got {describe(item)}")
    mask, label = item
    return mask, str(label)


def _download(url: str) -> Path:
    """A remote base image fetched (through the SSRF guard) so its size can be read."""
    from podium.files.fetch import fetch_to_cache  # ssl and http.client: only when a URL is given

    return fetch_to_cache(url, FileCache(media_dir() / "downloads"), max_bytes=50 * 1024 * 1024)
