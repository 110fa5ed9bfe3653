"""Model3D: a 3D model file (glb, gltf, obj, stl, ply or a Gaussian splat) in an orbit viewer."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal
from urllib.parse import urlsplit

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import describe
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, file_data, is_file_data

# What the viewer can draw; anything else is refused before it reaches the browser.
MODEL_EXTENSIONS = (".glb", ".gltf", ".obj", ".stl", ".ply", ".splat")
DISPLAY_MODES = ("solid", "point_cloud", "wireframe")


def model_extension(name: str) -> str:
    """The lower-case extension of a path or URL (the URL's query string ignored)."""
    path = urlsplit(name).path if name.lower().startswith(("http://", "https://")) else name
    return Path(path).suffix.lower()


def check_model_name(name: str, owner: str = "Model3D") -> None:
    extension = model_extension(name)
    if extension not in MODEL_EXTENSIONS:
        shown = extension or "no extension"
        raise ValueError(
            f"{owner} cannot show {Path(name).name!r} ({shown}): use a {', '.join(MODEL_EXTENSIONS)} file"
        )


class Model3D(Component):
    """Value: a path (or URL) of a 3D model file; on the wire, one file data object."""

    PROPS: ClassVar[tuple[str, ...]] = (
        "display_mode", "clear_color", "camera_position", "zoom_speed", "pan_speed", "height", "buttons",
    )
    change = EventListener()
    upload = EventListener()
    edit = EventListener()
    clear = EventListener()

    def __init__(
        self,
        value: str | Path | Any | None = None,
        *,
        display_mode: Literal["solid", "point_cloud", "wireframe"] | None = None,
        clear_color: tuple[float, float, float, float] | None = None,
        camera_position: tuple[float | None, float | None, float | None] = (None, None, None),
        zoom_speed: float = 1,
        pan_speed: float = 1,
        height: int | str | None = None,
        label: str | None = None,
        show_label: bool | None = None,
        every: Any = None,
        inputs: Any = None,
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
        buttons: list[Any] | None = None,
        **kwargs: Any,
    ) -> None:
        if display_mode is not None and display_mode not in DISPLAY_MODES:
            raise ValueError(f"Model3D display_mode must be one of {', '.join(DISPLAY_MODES)}, not {display_mode!r}")
        if clear_color is not None and len(clear_color) != 4:
            raise ValueError(f"Model3D clear_color is four floats from 0 to 1 (r, g, b, a), got {clear_color!r}")
        if len(camera_position) != 3:
            raise ValueError(f"Model3D camera_position is (alpha, beta, radius), got {camera_position!r}")
        if zoom_speed <= 0 or pan_speed <= 0:
            raise ValueError("Model3D zoom_speed and pan_speed must be positive")
        self.display_mode = display_mode
        self.clear_color = list(clear_color) if clear_color is not None else [0, 0, 0, 0]
        self.camera_position = list(camera_position)
        self.zoom_speed = zoom_speed
        self.pan_speed = pan_speed
        self.height = height
        self.buttons = list(buttons or [])
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label, container=container,
            scale=scale, min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )

    # ---- wire -> function -----------------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not is_file_data(payload):
            raise ValueError(f"expected file data {{'path': ..., 'meta': {{'_type': '{FILE_DATA_TYPE}'}}}}, got {describe(payload)}")
        check_model_name(payload.get("orig_name") or payload["path"])

    def preprocess(self, payload: Any) -> str | None:
        """The uploaded model as a path string."""
        if payload is None:
            return None
        return str(Path(payload["path"]))

    # ---- function -> wire -----------------------------------------------------------------
    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if is_file_data(value):
            return value
        if not isinstance(value, (str, Path)):
            raise TypeError(f"Model3D shows a file path or URL, got {describe(value)}")
        check_model_name(str(value))
        return file_data(value)

    def api_info(self) -> dict[str, Any]:
        return FILE_DATA_SCHEMA

    def example_payload(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/gradio/media_assets/models3d/Fox.gltf"
        return {"path": url, "meta": {"_type": FILE_DATA_TYPE}, "orig_name": "Fox.gltf", "url": url}
