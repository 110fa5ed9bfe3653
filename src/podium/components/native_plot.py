"""LinePlot, ScatterPlot and BarPlot: charts of a table, drawn in the browser with vega-lite.

The value is a pandas DataFrame (or a dict of columns); the wire carries its rows plus a
type per column, and the chart options (x, y, color, x_bin, y_aggregate, sort...) travel
as props, so the browser builds the vega-lite spec. Columns the options name are checked
on the server, so a typo gives a message naming the column instead of an empty chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._native_plot_data import check_payload_shape, is_payload, table_payload

Aggregate = Literal["sum", "mean", "median", "min", "max", "count"]
_AGGREGATES = ("sum", "mean", "median", "min", "max", "count")
_SORTS = ("x", "y", "-x", "-y")
_TOOLTIPS = ("axis", "none", "all")


@dataclass(frozen=True)
class PlotData:
    """What a function receives from a native plot input (attribute names as in Gradio)."""

    columns: list[str]
    data: list[list[Any]]
    datatypes: dict[str, str]
    mark: str


class NativePlot(Component):
    """Shared by the three chart kinds; each subclass names its vega-lite mark."""

    MARK: ClassVar[str] = "line"
    PROPS: ClassVar[tuple[str, ...]] = (
        "x", "y", "color", "title", "x_title", "y_title", "color_title", "x_bin", "y_aggregate", "color_map",
        "colors_in_legend", "x_lim", "y_lim", "x_label_angle", "y_label_angle", "x_axis_format", "y_axis_format",
        "x_axis_labels_visible", "caption", "sort", "tooltip", "height", "buttons",
    )
    change = EventListener()
    select = EventListener()
    double_click = EventListener()

    def __init__(
        self,
        value: Any = None,
        x: str | None = None,
        y: str | None = None,
        *,
        color: str | None = None,
        title: str | None = None,
        x_title: str | None = None,
        y_title: str | None = None,
        color_title: str | None = None,
        x_bin: str | float | None = None,
        y_aggregate: Aggregate | None = None,
        color_map: dict[str, str] | None = None,
        colors_in_legend: list[str] | None = None,
        x_lim: list[float | None] | None = None,
        y_lim: list[float | None] | None = None,
        x_label_angle: float = 0,
        y_label_angle: float = 0,
        x_axis_format: str | None = None,
        y_axis_format: str | None = None,
        x_axis_labels_visible: bool | str = True,
        caption: str | None = None,
        sort: Literal["x", "y", "-x", "-y"] | list[str] | None = None,
        tooltip: Literal["axis", "none", "all"] | list[str] = "axis",
        height: int | None = None,
        label: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        every: Any = None,
        inputs: Any = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        buttons: list[Any] | None = None,
        key: Any = None,
        preserved_by_key: Any = "value",
        **kwargs: Any,
    ) -> None:
        kind = type(self).__name__
        if y_aggregate is not None and y_aggregate not in _AGGREGATES:
            raise ValueError(f"{kind}: y_aggregate must be one of {list(_AGGREGATES)}, got {y_aggregate!r}")
        if sort is not None and not isinstance(sort, list) and sort not in _SORTS:
            raise ValueError(f"{kind}: sort must be one of {list(_SORTS)}, a list of x values, or None; got {sort!r}")
        if not isinstance(tooltip, list) and tooltip not in _TOOLTIPS:
            raise ValueError(f"{kind}: tooltip must be one of {list(_TOOLTIPS)} or a list of columns, got {tooltip!r}")
        for name, limits in (("x_lim", x_lim), ("y_lim", y_lim)):
            if limits is not None and (not isinstance(limits, (list, tuple)) or len(limits) != 2):
                raise ValueError(f"{kind}: {name} must be [min, max] (either may be None), got {limits!r}")
        self.x, self.y, self.color = x, y, color
        self.title, self.x_title, self.y_title, self.color_title = title, x_title, y_title, color_title
        self.x_bin, self.y_aggregate = x_bin, y_aggregate
        self.color_map, self.colors_in_legend = color_map, colors_in_legend
        self.x_lim = list(x_lim) if x_lim is not None else None
        self.y_lim = list(y_lim) if y_lim is not None else None
        self.x_label_angle, self.y_label_angle = x_label_angle, y_label_angle
        self.x_axis_format, self.y_axis_format = x_axis_format, y_axis_format
        self.x_axis_labels_visible = x_axis_labels_visible
        self.caption, self.sort, self.tooltip, self.height = caption, sort, tooltip, height
        self.buttons = list(buttons or [])
        super().__init__(
            value, label=label, every=every, inputs=inputs,
            # Like Gradio: the label shows by default only when there is one.
            show_label=label is not None if show_label is None else show_label,
            container=container, scale=scale, min_width=min_width, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )

    # ---- wire -> function -----------------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        if payload is not None:
            check_payload_shape(payload)

    def preprocess(self, payload: dict[str, Any] | None) -> PlotData | None:
        if payload is None:
            return None
        return PlotData(
            columns=list(payload["columns"]), data=list(payload["data"]),
            datatypes=dict(payload.get("datatypes") or {}), mark=str(payload.get("mark", self.MARK)),
        )

    # ---- function -> wire -----------------------------------------------------------------
    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if isinstance(value, PlotData):
            payload = {"columns": value.columns, "data": value.data, "datatypes": value.datatypes, "mark": value.mark}
        elif is_payload(value):
            check_payload_shape(value)
            payload = {**value, "mark": value.get("mark", self.MARK)}
        else:
            try:
                payload = table_payload(value, self.MARK)
            except ValueError as error:
                raise ValueError(f"{type(self).__name__}: {error}") from None
        self._check_columns(payload)
        return payload

    def _check_columns(self, payload: dict[str, Any]) -> None:
        kind = type(self).__name__
        columns: list[str] = payload["columns"]
        datatypes: dict[str, str] = payload.get("datatypes") or {}
        if self.x is None or self.y is None:
            raise ValueError(f"{kind} needs x= and y= column names to draw its data (columns: {columns})")
        named = {"x": self.x, "y": self.y, "color": self.color}
        if isinstance(self.tooltip, list):
            named.update({f"tooltip[{i}]": column for i, column in enumerate(self.tooltip)})
        for option, column in named.items():
            if column is not None and column not in columns:
                raise ValueError(f"{kind}: {option}={column!r} is not a column of the data; the columns are {columns}")
        if self.y_aggregate != "count" and datatypes.get(self.y, "quantitative") != "quantitative":
            raise ValueError(f"{kind}: y={self.y!r} must hold numbers, but it holds {datatypes[self.y]} values")
        if self.x_bin is not None:
            x_type = datatypes.get(self.x)
            wanted = "temporal" if isinstance(self.x_bin, str) else "quantitative"
            if x_type != wanted:
                explain = "a duration like '1h' needs dates" if wanted == "temporal" else "a numeric bin width needs numbers"
                raise ValueError(f"{kind}: x_bin={self.x_bin!r} does not fit x={self.x!r} ({x_type} values): {explain}")

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}

    def example_payload(self) -> Any:
        return None

    def example_value(self) -> Any:
        return {self.x or "x": [1, 2, 3], self.y or "y": [4, 5, 6]}


class LinePlot(NativePlot):
    MARK = "line"


class ScatterPlot(NativePlot):
    MARK = "point"


class BarPlot(NativePlot):
    MARK = "bar"
