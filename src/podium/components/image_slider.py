"""ImageSlider: two images compared with a draggable divider (before / after)."""

from __future__ import annotations

from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import describe
from podium.components.image import Image
from podium.files.file_data import is_file_data


class ImageSlider(Component):
    """Value: a pair of images (numpy arrays, PIL images or file paths, per `type`); on the
    wire, a list of two file data objects. Each image is converted exactly as `Image` does."""

    PROPS: ClassVar[tuple[str, ...]] = ("format", "height", "width", "image_mode", "type", "buttons", "slider_position", "max_height")
    clear = EventListener()
    change = EventListener()
    stream = EventListener()
    select = EventListener()
    upload = EventListener()
    input = EventListener()

    def __init__(
        self,
        value: Any = None,
        *,
        format: str = "webp",
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: str | None = "RGB",
        type: str = "numpy",
        label: str | None = None,
        every: Any = None,
        inputs: Any = None,
        show_label: bool | None = None,
        buttons: list[Any] | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: Any = "value",
        slider_position: float = 50,
        max_height: int = 500,
        **kwargs: Any,
    ) -> None:
        if not 0 <= slider_position <= 100:
            raise ValueError(f"slider_position is a percentage from 0 to 100, got {slider_position}")
        # Does the per-image work (validation of type/format/mode included).
        self._image = Image(format=format, image_mode=image_mode, type=type, render=False)  # type: ignore[arg-type]
        self.format = format
        self.height = height
        self.width = width
        self.image_mode = image_mode
        self.type = type
        self.buttons = ["download", "fullscreen"] if buttons is None else list(buttons)
        self.slider_position = slider_position
        self.max_height = max_height
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label, container=container,
            scale=scale, min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not (isinstance(payload, (list, tuple)) and len(payload) == 2):
            raise ValueError(f"expected a list of two image file data objects, got {describe(payload)}")
        for item in payload:
            if item is not None and not is_file_data(item):
                raise ValueError(f"expected image file data, got {describe(item)}")

    def preprocess(self, payload: Any) -> tuple[Any, Any] | None:
        if payload is None:
            return None
        first, second = payload
        return self._image.preprocess(first), self._image.preprocess(second)

    def postprocess(self, value: Any) -> list[Any] | None:
        if value is None:
            return None
        if not (isinstance(value, (list, tuple)) and len(value) == 2):
            raise ValueError(f"ImageSlider shows a pair of images (before, after), got {describe(value)}")
        return [self._image.postprocess(value[0]), self._image.postprocess(value[1])]

    def api_info(self) -> dict[str, Any]:
        image = self._image.api_info()
        return {"type": "array", "prefixItems": [image, image], "minItems": 2, "maxItems": 2, "title": "ImageSliderData"}

    def example_payload(self) -> Any:
        example = self._image.example_payload()
        return [example, example]
