"""The option objects of the image editor family: `Brush`, `Eraser`, `LayerOptions`.

Each is a small value object that checks its arguments when built and knows its own
wire form (the dict the browser's editor reads from the component config).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from podium.components._payload import describe

BrushColor = str | tuple[str, float]
ColorMode = Literal["fixed", "defaults"]
# Gradio 6's default palette: a warm red first, then four evenly spread hues.
DEFAULT_COLORS: list[BrushColor] = [
    "rgb(204, 50, 50)", "rgb(173, 204, 50)", "rgb(50, 204, 112)", "rgb(50, 112, 204)", "rgb(173, 50, 204)",
]


def _check_size(size: Any, owner: str) -> int | Literal["auto"]:
    if size == "auto":
        return "auto"
    if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
        raise ValueError(f"{owner} default_size must be a positive whole number of pixels or 'auto', not {size!r}")
    return size


def _check_color(color: Any) -> BrushColor:
    """A CSS colour string, or a (colour, opacity) pair with opacity in 0..1."""
    if isinstance(color, str) and color.strip():
        return color.strip()
    if isinstance(color, (tuple, list)) and len(color) == 2 and isinstance(color[0], str):
        opacity = color[1]
        if isinstance(opacity, (int, float)) and not isinstance(opacity, bool) and 0 <= opacity <= 1:
            return (color[0].strip(), float(opacity))
    raise ValueError(f"a brush colour is a CSS colour string or a (colour, opacity 0..1) pair, not {describe(color)}")


def _color_wire(color: BrushColor) -> str | list[Any]:
    return list(color) if isinstance(color, tuple) else color


@dataclass
class Brush:
    """The brush: its starting size (pixels of the image, or "auto" to scale with the
    canvas), the palette offered, the starting colour, and whether the user may pick
    other colours ("defaults") or only the palette ("fixed")."""

    default_size: int | Literal["auto"] = "auto"
    colors: list[BrushColor] | BrushColor | None = None
    default_color: BrushColor | None = None
    color_mode: ColorMode = "defaults"

    def __post_init__(self) -> None:
        self.default_size = _check_size(self.default_size, "Brush")
        if self.colors is None:
            palette = list(DEFAULT_COLORS)
        elif isinstance(self.colors, (str, tuple)):
            palette = [self.colors]
        else:
            palette = list(self.colors)
        self.colors = [_check_color(color) for color in palette]
        self.default_color = _check_color(self.default_color) if self.default_color is not None else (
            self.colors[0] if self.colors else "#000000"
        )
        if self.color_mode not in ("fixed", "defaults"):
            raise ValueError(f"Brush color_mode must be 'fixed' or 'defaults', not {self.color_mode!r}")

    def to_wire(self) -> dict[str, Any]:
        colors = self.colors if isinstance(self.colors, list) else []
        return {
            "default_size": self.default_size,
            "colors": [_color_wire(color) for color in colors],
            "default_color": _color_wire(self.default_color) if self.default_color is not None else None,
            "color_mode": self.color_mode,
        }


@dataclass
class Eraser:
    """The eraser's starting size (pixels of the image, or "auto")."""

    default_size: int | Literal["auto"] = "auto"

    def __post_init__(self) -> None:
        self.default_size = _check_size(self.default_size, "Eraser")

    def to_wire(self) -> dict[str, Any]:
        return {"default_size": self.default_size}


@dataclass
class LayerOptions:
    """The layers the editor starts with (by name), whether the user may add more, and
    `disabled` to hide the layers panel altogether (one layer, as in ImageMask)."""

    allow_additional_layers: bool = True
    layers: list[str] | None = None
    disabled: bool = False

    def __post_init__(self) -> None:
        names = ["Layer 1"] if self.layers is None else list(self.layers)
        for name in names:
            if not isinstance(name, str):
                raise ValueError(f"LayerOptions layers are layer names (strings), not {describe(name)}")
        if not names:
            raise ValueError("LayerOptions layers needs at least one layer name (or None for 'Layer 1')")
        self.layers = names

    def to_wire(self) -> dict[str, Any]:
        return {"allow_additional_layers": self.allow_additional_layers, "layers": list(self.layers or []), "disabled": self.disabled}


def brush_wire(brush: Brush | Literal[False] | None, default: Brush) -> dict[str, Any] | Literal[False]:
    """The config form of a `brush=` argument: False hides the brush, None means `default`."""
    if brush is False:
        return False
    if brush is None:
        return default.to_wire()
    if not isinstance(brush, Brush):
        raise TypeError(f"brush must be a gr.Brush, None or False, not {describe(brush)}")
    return brush.to_wire()


def eraser_wire(eraser: Eraser | Literal[False] | None) -> dict[str, Any] | Literal[False]:
    if eraser is False:
        return False
    if eraser is None:
        return Eraser().to_wire()
    if not isinstance(eraser, Eraser):
        raise TypeError(f"eraser must be a gr.Eraser, None or False, not {describe(eraser)}")
    return eraser.to_wire()


def layers_wire(layers: bool | LayerOptions) -> dict[str, Any]:
    """True is the default options, False a single layer with the panel hidden."""
    if isinstance(layers, LayerOptions):
        return layers.to_wire()
    if layers is True:
        return LayerOptions().to_wire()
    if layers is False:
        return LayerOptions(disabled=True).to_wire()
    raise TypeError(f"layers must be True, False or a gr.LayerOptions, not {describe(layers)}")
