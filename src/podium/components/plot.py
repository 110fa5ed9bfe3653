"""Plot: shows a matplotlib, plotly, altair or bokeh figure returned by a function.

On the wire a value is `{"type": <library>, "plot": <string>}`: a data URL image for
matplotlib (rendered on the server), and the library's own JSON for the interactive
ones, which the browser draws with that library's JavaScript (each its own chunk).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import describe
from podium.components._plot_figures import PLOT_KINDS, encode_figure, plot_kind


@dataclass(frozen=True)
class PlotData:
    """What a function receives from a Plot input: the library and its serialised plot."""

    type: str
    plot: str


class Plot(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("format", "buttons", "bokeh_version")
    change = EventListener()

    def __init__(
        self,
        value: Any | None = None,
        *,
        format: str = "webp",
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
        self._encoded: tuple[Any, dict[str, Any] | None] | None = None
        self.buttons = list(buttons or [])
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label, container=container,
            scale=scale, min_width=min_width, visible=visible, elem_id=elem_id, elem_classes=elem_classes,
            render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )

    @property
    def value(self) -> dict[str, Any] | None:
        initial = self.initial_value
        if callable(initial):  # evaluated per page load, like every component's callable value
            return self.postprocess(initial())
        # A static figure is encoded once, not copied and re-rendered for every page: some
        # figures cannot be deep-copied (bokeh), and rendering an image is not free.
        cached = self._encoded
        if cached is None or cached[0] is not initial:
            cached = self._encoded = (initial, self.postprocess(initial))
        return cached[1]

    @value.setter
    def value(self, new_value: Any) -> None:
        self.initial_value = new_value

    @property
    def bokeh_version(self) -> str | None:
        """Reported like Gradio does; read from package metadata so bokeh is not imported."""
        try:
            return metadata.version("bokeh")
        except metadata.PackageNotFoundError:
            return None

    # ---- wire -> function -----------------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not isinstance(payload, dict) or payload.get("type") not in PLOT_KINDS or not isinstance(payload.get("plot"), str):
            raise ValueError(f"expected {{'type': one of {list(PLOT_KINDS)}, 'plot': str}}, got {describe(payload)}")

    def preprocess(self, payload: dict[str, Any] | None) -> PlotData | None:
        if payload is None:
            return None
        return PlotData(type=payload["type"], plot=payload["plot"])

    # ---- function -> wire -----------------------------------------------------------------
    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if isinstance(value, PlotData):
            return {"type": value.type, "plot": value.plot}
        if isinstance(value, dict):
            self.check_payload(value)
            return {"type": value["type"], "plot": value["plot"]}
        kind = plot_kind(value)
        if kind is None:
            raise ValueError(
                f"Plot expects a matplotlib Figure, a plotly Figure, an altair Chart or a bokeh figure, "
                f"got {type(value).__module__}.{type(value).__name__}"
            )
        return {"type": kind, "plot": encode_figure(value, kind, self.format)}

    def api_info(self) -> dict[str, Any]:
        return {
            "properties": {
                "type": {"enum": list(PLOT_KINDS), "title": "Type", "type": "string"},
                "plot": {"title": "Plot", "type": "string"},
            },
            "required": ["type", "plot"],
            "title": "PlotData",
            "type": "object",
        }

    def example_payload(self) -> Any:
        return None
