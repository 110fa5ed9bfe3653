"""ImageEditor, Sketchpad, ImageMask and Paint: draw on layers over a background image.

The value is a dict `{"background", "layers", "composite"}`: the uploaded (or blank)
background, each drawing layer on its own (transparent where unpainted), and the
flattened picture. On the wire each is a file data object (PNG files uploaded by the
browser); the function gets each as a numpy array, PIL image or file path, per `type`,
converted exactly as `gr.Image` converts one image.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Literal, TypedDict

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._editor_tools import (
    Brush,
    Eraser,
    LayerOptions,
    brush_wire,
    eraser_wire,
    layers_wire,
)
from podium.components._media_options import choose_buttons
from podium.components._payload import describe
from podium.components.image import BUTTONS, SOURCES, Image, _legacy_webcam
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, is_file_data

__all__ = ["Brush", "EditorValue", "Eraser", "ImageEditor", "ImageMask", "LayerOptions", "Paint", "Sketchpad"]

TRANSFORMS = ("crop", "resize")
_EDITOR_KEYS = ("background", "layers", "composite")


class EditorValue(TypedDict):
    """What the function receives (and may return): each entry an image of the editor's `type`."""

    background: Any
    layers: list[Any]
    composite: Any


class ImageEditor(Component):
    PROPS: ClassVar[tuple[str, ...]] = (
        "height", "width", "image_mode", "sources", "type", "buttons", "placeholder", "transforms",
        "eraser", "brush", "format", "layers", "canvas_size", "fixed_canvas", "webcam_options",
    )
    clear = EventListener()
    change = EventListener()
    input = EventListener()
    select = EventListener()
    upload = EventListener()
    apply = EventListener()

    # Sketchpad, ImageMask and Paint are the same component on the wire.
    TYPE: ClassVar[str | None] = "imageeditor"
    # What a Sketchpad/ImageMask changes about the defaults (subclasses override).
    _DEFAULT_BRUSH: ClassVar[Brush | None] = None

    def __init__(
        self,
        value: EditorValue | Any = None,
        *,
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: str | None = "RGBA",
        sources: Iterable[str] | str | None = SOURCES,
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        label: str | None = None,
        every: Any = None,
        inputs: Any = None,
        show_label: bool | None = None,
        buttons: list[str] | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        placeholder: str | None = None,
        _selectable: bool = False,
        transforms: Iterable[str] | None = TRANSFORMS,
        eraser: Eraser | Literal[False] | None = None,
        brush: Brush | Literal[False] | None = None,
        format: str = "webp",
        layers: bool | LayerOptions = True,
        canvas_size: tuple[int, int] = (800, 800),
        fixed_canvas: bool = False,
        webcam_options: Any = None,
        **kwargs: Any,
    ) -> None:
        # Converts each image of the value; also checks type, image_mode and format.
        self._image = Image(format=format, image_mode=image_mode, type=type, render=False)
        self.height = height
        self.width = width
        self.image_mode = image_mode
        self.sources = _choose(sources, SOURCES, "sources")
        self.type = type
        self.buttons = choose_buttons(buttons, BUTTONS, kwargs, self.__class__.__name__)
        self.placeholder = placeholder
        self.transforms = _choose(transforms, TRANSFORMS, "transforms")
        self.eraser = eraser_wire(eraser)
        self.brush = brush_wire(brush, self._DEFAULT_BRUSH or Brush())
        self.format = format.lower()
        self.layers = layers_wire(layers)
        self.canvas_size = _check_canvas_size(canvas_size)
        self.fixed_canvas = fixed_canvas
        self.webcam_options = _legacy_webcam(webcam_options, kwargs)
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label, container=container,
            scale=scale, min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )
        self.selectable = self.selectable or _selectable

    # ---- wire -> function ---------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not isinstance(payload, dict):
            raise ValueError(f"expected an editor value {{'background', 'layers', 'composite'}}, got {describe(payload)}")
        for name in ("background", "composite"):
            item = payload.get(name)
            if item is not None and not is_file_data(item):
                raise ValueError(f"the editor's {name!r} must be image file data or null, got {describe(item)}")
        layers = payload.get("layers")
        if layers is not None and not isinstance(layers, list):
            raise ValueError(f"the editor's 'layers' must be a list of image file data, got {describe(layers)}")
        for item in layers or []:
            if not is_file_data(item):
                raise ValueError(f"each editor layer must be image file data, got {describe(item)}")
        if payload.get("id") is not None and not isinstance(payload.get("id"), str):
            raise ValueError(f"the editor's 'id' must be a string or null, got {describe(payload.get('id'))}")

    def preprocess(self, payload: dict[str, Any] | None) -> EditorValue | None:
        if payload is None:
            return None
        return {
            "background": self._image.preprocess(payload.get("background")),
            "layers": [self._image.preprocess(layer) for layer in payload.get("layers") or []],
            "composite": self._image.preprocess(payload.get("composite")),
        }

    # ---- function -> wire ---------------------------------------------------------
    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if isinstance(value, dict) and not is_file_data(value):
            unknown = sorted(str(name) for name in value if name not in (*_EDITOR_KEYS, "id"))
            if unknown:
                raise ValueError(f"{self.__class__.__name__} value keys are background, layers and composite; got {', '.join(unknown)}")
            layers = value.get("layers")
            layers = [] if layers is None else layers
            if not isinstance(layers, (list, tuple)):
                raise TypeError(f"{self.__class__.__name__} 'layers' must be a list of images, not {describe(layers)}")
            return {
                "background": self._image.postprocess(value.get("background")),
                "layers": [self._image.postprocess(layer) for layer in layers],
                "composite": self._image.postprocess(value.get("composite")),
                "id": None,
            }
        # A single image: it is both the background and the picture shown.
        image = self._image.postprocess(value)
        return {"background": image, "layers": [], "composite": image, "id": None}

    def postprocess_prop(self, name: str, prop_value: Any) -> Any:
        # Updates like gr.update(brush=gr.Brush(...)) carry objects; send their wire form.
        if name == "brush":
            return brush_wire(prop_value, self._DEFAULT_BRUSH or Brush())
        if name == "eraser":
            return eraser_wire(prop_value)
        if name == "layers":
            return layers_wire(prop_value)
        return super().postprocess_prop(name, prop_value)

    def api_info(self) -> dict[str, Any]:
        file_ref = {"$ref": "#/$defs/FileData"}
        schema = {key: value for key, value in FILE_DATA_SCHEMA.items() if key != "title"}
        return {
            "$defs": {"FileData": {**schema, "title": "FileData"}},
            "properties": {
                "background": {"anyOf": [file_ref, {"type": "null"}], "default": None},
                "layers": {"default": [], "items": file_ref, "title": "Layers", "type": "array"},
                "composite": {"anyOf": [file_ref, {"type": "null"}], "default": None},
                "id": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None, "title": "Id"},
            },
            "title": "EditorData",
            "type": "object",
        }

    def example_payload(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
        background = {"path": url, "meta": {"_type": FILE_DATA_TYPE}, "orig_name": "bus.png", "url": url}
        return {"background": background, "layers": [], "composite": None}


class Sketchpad(ImageEditor):
    """An editor for drawing from scratch: a black brush, no image sources, crop only."""

    _DEFAULT_BRUSH: ClassVar[Brush | None] = Brush(colors=["#000000"], color_mode="fixed")

    def __init__(
        self,
        value: Any = None,
        *,
        sources: Iterable[str] | str | None = (),
        transforms: Iterable[str] | None = ("crop",),
        layers: bool | LayerOptions = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(value, sources=sources, transforms=transforms, layers=layers, **kwargs)


class Paint(Sketchpad):
    """A Sketchpad with the colour palette brush, for painting rather than sketching."""

    _DEFAULT_BRUSH: ClassVar[Brush | None] = None


class ImageMask(ImageEditor):
    """An editor for painting a mask over an uploaded image: one layer, a black brush
    (shown see-through so the image stays visible), crop only."""

    _DEFAULT_BRUSH: ClassVar[Brush | None] = Brush(colors=["#000000"], color_mode="fixed")

    def __init__(
        self,
        value: Any = None,
        *,
        transforms: Iterable[str] | None = ("crop",),
        layers: bool | LayerOptions = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(value, transforms=transforms, layers=layers, **kwargs)


# ---- helpers --------------------------------------------------------------------------
def _choose(chosen: Iterable[str] | str | None, allowed: tuple[str, ...], argument: str) -> list[str]:
    """`chosen` as a list (None and () mean none), each checked against `allowed`."""
    items = [] if chosen is None else [chosen] if isinstance(chosen, str) else list(chosen)
    for item in items:
        if item not in allowed:
            raise ValueError(f"ImageEditor {argument} must be among {', '.join(allowed)}, not {item!r}")
    return items


def _check_canvas_size(size: Any) -> list[int]:
    if (
        isinstance(size, (tuple, list)) and len(size) == 2
        and all(isinstance(side, int) and not isinstance(side, bool) and side > 0 for side in size)
    ):
        return [int(size[0]), int(size[1])]
    raise ValueError(f"canvas_size is a (width, height) pair of positive whole numbers, not {size!r}")
