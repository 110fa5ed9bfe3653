"""Image: upload, paste or capture an image, or show one.

The function receives a numpy array (HxWxC uint8), a PIL image or a file path, per
`type`; it may return any of those (or a URL). Pillow and numpy are imported only by
the methods that need them, so `import podium` stays light.
"""

from __future__ import annotations

import hashlib
import io
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._deprecations import warn_renamed
from podium.components._media_options import choose_buttons, choose_sources
from podium.components._payload import describe
from podium.exceptions import Error
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, file_data, is_file_data
from podium.files.svg import sanitize_svg

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    from PIL import Image as PILImage

ImageType = Literal["numpy", "pil", "filepath"]
IMAGE_MODES = ("1", "L", "P", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "HSV", "I", "F")
SOURCES = ("upload", "webcam", "clipboard")
BUTTONS = ("download", "share", "fullscreen")
# Pillow's name for each `format` an author may give.
FORMATS = {"png": "PNG", "jpeg": "JPEG", "jpg": "JPEG", "webp": "WEBP", "gif": "GIF", "bmp": "BMP", "tiff": "TIFF"}


class Image(Component):
    PROPS: ClassVar[tuple[str, ...]] = (
        "streamable", "format", "height", "width", "image_mode", "sources", "type", "buttons",
        "streaming", "webcam_options", "placeholder", "alt_text",
    )
    clear = EventListener()
    change = EventListener()
    stream = EventListener(default_trigger_mode="always_last")
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
        sources: list[str] | str | None = None,
        type: ImageType = "numpy",
        label: str | None = None,
        every: float | None = None,
        inputs: Any = None,
        show_label: bool | None = None,
        buttons: list[str] | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        streaming: bool = False,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        webcam_options: Any = None,
        placeholder: str | None = None,
        watermark: Any = None,
        alt_text: str | None = None,
        **kwargs: Any,
    ) -> None:
        if type not in ("numpy", "pil", "filepath"):
            raise ValueError(f"Image type must be 'numpy', 'pil' or 'filepath', not {type!r}")
        if image_mode is not None and image_mode not in IMAGE_MODES:
            raise ValueError(f"Image image_mode must be one of {', '.join(IMAGE_MODES)} or None, not {image_mode!r}")
        if format.lower() not in FORMATS:
            raise ValueError(f"Image format must be one of {', '.join(FORMATS)}, not {format!r}")
        if watermark is not None:
            raise NotImplementedError("Image(watermark=...) is not supported by Podium yet")
        webcam_options = _legacy_webcam(webcam_options, kwargs)
        buttons = choose_buttons(buttons, BUTTONS, kwargs, "Image")
        self.sources = choose_sources(sources, SOURCES, SOURCES, "Image")
        if streaming and "webcam" not in self.sources:
            raise ValueError('Image(streaming=True) needs "webcam" in sources')
        self.format = format.lower()
        self.height = height
        self.width = width
        self.image_mode = image_mode
        self.type = type
        self.buttons = buttons
        self.streaming = streaming
        self.streamable = streaming
        self.webcam_options = webcam_options
        self.placeholder = placeholder
        self.alt_text = alt_text
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label, container=container,
            scale=scale, min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )

    # ---- wire → function ----------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        if payload is not None and not is_file_data(payload):
            raise ValueError(f"expected image file data {{'path': ..., 'meta': {{'_type': '{FILE_DATA_TYPE}'}}}}, got {describe(payload)}")

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        path = Path(payload["path"])
        name = payload.get("orig_name") or path.name
        if _is_svg(path, payload.get("mime_type")):
            if self.type != "filepath":
                raise Error("SVG files are not supported as input images for this app.")
            return str(sanitized_svg_file(path, name))
        from PIL import Image as PILImage
        from PIL import UnidentifiedImageError

        try:
            # Only the header is read here; pixels are decoded only if a conversion needs
            # them (an unchanged file passed as a filepath is never decoded).
            with PILImage.open(path) as opened:
                if self.type == "filepath" and getattr(opened, "is_animated", False):
                    return str(path)  # keep every frame of an animated GIF/WebP
                return self._convert(opened, path, name)
        except (UnidentifiedImageError, OSError):
            raise Error(f"{name!r} is not an image this app can read.") from None

    def _convert(self, image: PILImage.Image, path: Path, name: str) -> Any:
        from PIL import ImageOps

        original_format = image.format or Path(name).suffix.lstrip(".") or path.suffix.lstrip(".") or "png"
        changed = _exif_orientation(image) != 1  # shown rotated by browsers
        if changed:
            image = ImageOps.exif_transpose(image)
        if self.image_mode is not None and image.mode != self.image_mode:
            image = image.convert(self.image_mode)
            changed = True
        if self.type == "pil":
            return image if changed else image.copy()  # a copy outlives the closed file
        if self.type == "numpy":
            import numpy as np

            return np.array(image)
        if not changed:
            return str(path)
        return str(_save(image, original_format, Path(name).stem or "image"))

    # ---- function → wire ----------------------------------------------------------
    def postprocess(self, value: Any) -> Any:
        if value is None:
            return None
        if is_file_data(value):
            return value
        if isinstance(value, (str, Path)):
            text = str(value)
            if re.match(r"^https?://", text, re.IGNORECASE):
                name = text.rsplit("/", 1)[-1].split("?", 1)[0] or "image"
                return {**file_data(name), "path": text, "url": text, "size": None, "orig_name": name}
            return file_data(value)
        image = _as_pil(value)
        return file_data(_save(image, self.format, "image"))

    def api_info(self) -> dict[str, Any]:
        return {**FILE_DATA_SCHEMA, "title": "ImageData", "additional_description": "A local filepath or publicly available URL."}

    def example_payload(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
        return {"path": url, "meta": {"_type": FILE_DATA_TYPE}, "orig_name": "bus.png", "url": url}


# ---- helpers --------------------------------------------------------------------------
def _legacy_webcam(options: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
    """`webcam_options` (a WebcamOptions, any object with `mirror`/`constraints`, or a dict)
    as the dict the frontend reads; folds in the 5.x `mirror_webcam`/`webcam_constraints`."""
    if options is None:
        wire: dict[str, Any] = {"mirror": True, "constraints": None}
    elif isinstance(options, dict):
        wire = {"mirror": bool(options.get("mirror", True)), "constraints": options.get("constraints")}
    elif hasattr(options, "mirror") or hasattr(options, "constraints"):
        wire = {"mirror": bool(getattr(options, "mirror", True)), "constraints": getattr(options, "constraints", None)}
    else:
        raise TypeError(f"Image webcam_options must be a WebcamOptions or a dict, not {describe(options)}")
    if "mirror_webcam" in kwargs:
        warn_renamed("mirror_webcam", "webcam_options=WebcamOptions(mirror=...)", stacklevel=5)
        wire["mirror"] = bool(kwargs.pop("mirror_webcam"))
    if "webcam_constraints" in kwargs:
        warn_renamed("webcam_constraints", "webcam_options=WebcamOptions(constraints=...)", stacklevel=5)
        wire["constraints"] = kwargs.pop("webcam_constraints")
    return wire


def _exif_orientation(image: PILImage.Image) -> int:
    """The EXIF orientation tag, read from the header only.

    Pillow's ``getexif()`` on a PNG decodes every pixel to look for an eXIf chunk after
    the image data; the PNG spec puts eXIf before the data, so the header is enough and
    an unchanged upload stays undecoded.
    """
    from PIL import Image as PILImage

    if image.format == "PNG":
        raw = image.info.get("exif")
        if not raw:
            return 1
        exif = PILImage.Exif()
        exif.load(raw)
        return int(exif.get(0x0112, 1))
    return int(image.getexif().get(0x0112, 1))


def _is_svg(path: Path, mime: Any) -> bool:
    return path.suffix.lower() == ".svg" or mime == "image/svg+xml"


_scratch: Path | None = None


def _scratch_dir() -> Path:
    """A private temp directory for images this process writes (the runner copies them)."""
    global _scratch
    if _scratch is None or not _scratch.is_dir():
        _scratch = Path(tempfile.mkdtemp(prefix="podium-image-"))
    return _scratch


def _write(data: bytes, name: str) -> Path:
    """`data` stored as `name` in a directory named by its hash (equal images share a file)."""
    folder = _scratch_dir() / hashlib.sha256(data).hexdigest()[:32]
    folder.mkdir(exist_ok=True)
    target = folder / name
    if not target.is_file():
        target.write_bytes(data)
    return target


def _safe_stem(stem: str) -> str:
    cleaned = re.sub(r"[^\w\-]+", "_", stem).strip("._") or "image"
    return cleaned[:80]


def _save(image: PILImage.Image, format: str, stem: str) -> Path:
    pil_format = FORMATS.get(format.lower(), format.upper())
    if (pil_format == "JPEG" and image.mode not in ("RGB", "L", "CMYK")) or (pil_format in ("PNG", "WEBP", "GIF") and image.mode in ("CMYK", "YCbCr", "LAB", "HSV")):
        image = image.convert("RGB")
    elif pil_format == "WEBP" and image.mode in ("I", "F", "1", "L", "P", "LA", "PA", "I;16"):
        image = image.convert("RGBA" if "A" in image.mode or image.mode == "P" else "RGB")
    elif pil_format == "PNG" and image.mode == "F":
        image = image.convert("L")
    buffer = io.BytesIO()
    try:
        image.save(buffer, format=pil_format)
    except (KeyError, OSError, ValueError):
        pil_format = "PNG"
        buffer = io.BytesIO()
        image.convert("RGBA" if "A" in image.mode else "RGB").save(buffer, format="PNG")
    extension = {"JPEG": "jpeg"}.get(pil_format, pil_format.lower())
    return _write(buffer.getvalue(), f"{_safe_stem(stem)}.{extension}")


def _as_pil(value: Any) -> PILImage.Image:
    """A numpy array or PIL image as a PIL image; anything else is a clear TypeError."""
    from PIL import Image as PILImage

    if isinstance(value, PILImage.Image):
        return value
    module = getattr(type(value), "__module__", "") or ""
    if module.startswith("numpy") or hasattr(value, "__array_interface__"):
        return PILImage.fromarray(_to_uint8(value))
    raise TypeError(
        f"Image cannot show {describe(value)}: return a numpy array, a PIL image, a file path or a URL"
    )


def _to_uint8(value: Any) -> np.ndarray:
    import numpy as np

    array = np.asarray(value)
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[2] not in (3, 4)):
        raise ValueError(f"Image cannot show an array of shape {array.shape}: expected HxW, HxWx3 or HxWx4")
    if array.dtype == np.uint8:
        return array
    if array.dtype == np.bool_:
        return array.astype(np.uint8) * 255
    if np.issubdtype(array.dtype, np.floating):
        finite = np.nan_to_num(array.astype(np.float64))
        scale = 255.0 if finite.size and finite.max() <= 1.0 and finite.min() >= 0.0 else 1.0
        return np.clip(np.rint(finite * scale), 0, 255).astype(np.uint8)
    return np.clip(array, 0, 255).astype(np.uint8)


def sanitized_svg_file(path: Path, name: str) -> Path:
    text = path.read_bytes().decode("utf-8", errors="replace")
    clean = sanitize_svg(text)
    return _write(clean.encode("utf-8"), f"{_safe_stem(Path(name).stem)}.svg")
