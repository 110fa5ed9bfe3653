"""AnnotatedImage's drawing: each annotation (mask or box) as a coloured, translucent PNG.

numpy and PIL are imported here only, when an annotated image is actually produced.
"""

from __future__ import annotations

from collections.abc import Iterable
from numbers import Real
from typing import TYPE_CHECKING, Any

from podium.components._payload import describe

if TYPE_CHECKING:
    import numpy as np

# The same palette, in the same order, as the frontend legend (highlightedtext/colors.ts),
# so an overlay and its legend entry always share a colour.
PALETTE = ("#f97316", "#22c55e", "#3b82f6", "#a855f7", "#eab308", "#ec4899", "#14b8a6", "#ef4444", "#6366f1", "#84cc16")
BOX_FILL_ALPHA = 0.25


def label_colors(labels: Iterable[str], color_map: dict[str, str] | None) -> dict[str, str]:
    """One colour per label in order of first appearance; `color_map` wins, and palette
    colours it already uses are skipped so two labels never look alike."""
    given = color_map or {}
    taken = {color.lower() for color in given.values()}
    colors: dict[str, str] = {}
    next_index = 0
    for label in labels:
        if label in colors:
            continue
        if label in given:
            colors[label] = given[label]
            continue
        tries = 0
        while PALETTE[next_index % len(PALETTE)] in taken and tries < len(PALETTE):
            next_index += 1
            tries += 1
        color = PALETTE[next_index % len(PALETTE)]
        next_index += 1
        taken.add(color)
        colors[label] = color
    return colors


def rgb(color: str) -> tuple[int, int, int]:
    """A CSS colour (hex or a name PIL knows) as an (r, g, b) triple."""
    from PIL import ImageColor

    try:
        parsed = ImageColor.getrgb(color)
    except ValueError:
        raise ValueError(f"AnnotatedImage color_map has a colour it cannot read: {color!r} (use a hex code like '#ff0000')") from None
    return parsed[0], parsed[1], parsed[2]


def coverage(mask: Any, size: tuple[int, int], index: int) -> np.ndarray:
    """The annotation as per-pixel opacity in [0, 1], shape (height, width).

    `mask` is an array of the image's height x width (bool, or numbers from 0 to 1), or a
    box (x1, y1, x2, y2) in pixels, drawn as a translucent fill with a solid border."""
    import numpy as np

    height, width = size
    if _is_box(mask):
        return _box_coverage(tuple(float(v) for v in mask), size, index)
    if not (hasattr(mask, "__array_interface__") or type(mask).__module__.startswith("numpy")):
        raise TypeError(
            f"annotation {index}: a mask must be a numpy array (height x width, values 0-1) "
            f"or a box (x1, y1, x2, y2), got {describe(mask)}"
        )
    array = np.asarray(mask)
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if array.shape != (height, width):
        raise ValueError(
            f"annotation {index}: the mask is {'x'.join(map(str, array.shape))} but the image is "
            f"{height}x{width} (height x width); a mask must match the image"
        )
    if array.dtype == np.bool_:
        return array.astype(np.float32)
    if not np.issubdtype(array.dtype, np.number):
        raise TypeError(f"annotation {index}: mask values must be bools or numbers from 0 to 1, got dtype {array.dtype}")
    values = array.astype(np.float32)
    if np.isnan(values).any() or values.min(initial=0.0) < 0 or values.max(initial=0.0) > 1:
        raise ValueError(
            f"annotation {index}: mask values must be between 0 and 1 "
            f"(found {float(np.nanmin(values)):g} to {float(np.nanmax(values)):g})"
        )
    return values


def _is_box(mask: Any) -> bool:
    return (
        isinstance(mask, (tuple, list))
        and len(mask) == 4
        and all(isinstance(v, Real) and not isinstance(v, bool) for v in mask)
    )


def _box_coverage(box: tuple[float, ...], size: tuple[int, int], index: int) -> np.ndarray:
    import numpy as np

    height, width = size
    x1, y1, x2, y2 = (round(v) for v in box)
    if x2 <= x1 or y2 <= y1:
        raise ValueError(f"annotation {index}: a box is (x1, y1, x2, y2) with x1 < x2 and y1 < y2, got {box}")
    x1, x2 = max(0, x1), min(width, x2)
    y1, y2 = max(0, y1), min(height, y2)
    if x2 <= x1 or y2 <= y1:
        raise ValueError(f"annotation {index}: the box {box} lies outside the {width}x{height} image")
    out = np.zeros((height, width), dtype=np.float32)
    out[y1:y2, x1:x2] = BOX_FILL_ALPHA
    # A border that stays visible on large images without swallowing small boxes.
    border = max(2, round(min(height, width) / 150))
    bx = min(border, (x2 - x1 + 1) // 2)
    by = min(border, (y2 - y1 + 1) // 2)
    out[y1:y2, x1 : x1 + bx] = 1
    out[y1:y2, x2 - bx : x2] = 1
    out[y1 : y1 + by, x1:x2] = 1
    out[y2 - by : y2, x1:x2] = 1
    return out


def overlay_png(opacity: np.ndarray, color: tuple[int, int, int]) -> bytes:
    """An RGBA PNG: `color` where the annotation is, with `opacity` as its alpha."""
    import io

    import numpy as np
    from PIL import Image as PILImage

    height, width = opacity.shape
    pixels = np.zeros((height, width, 4), dtype=np.uint8)
    pixels[..., 0], pixels[..., 1], pixels[..., 2] = color
    pixels[..., 3] = np.clip(np.rint(opacity * 255), 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    PILImage.fromarray(pixels).save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
