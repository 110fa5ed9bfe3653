"""Number: a numeric input with optional bounds and precision."""

from __future__ import annotations

from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import expect
from podium.exceptions import Error


def round_to_precision(value: float | int | None, precision: int | None) -> float | int | None:
    """No precision leaves the number as it came (an int stays an int, as in Gradio)."""
    if value is None:
        return None
    if precision is None:
        return value
    if precision == 0:
        return round(value)
    return round(value, precision)


class Number(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("precision", "minimum", "maximum", "step", "placeholder", "buttons")
    change = EventListener()
    input = EventListener()
    submit = EventListener()
    focus = EventListener()
    blur = EventListener()

    def __init__(
        self,
        value: float | Any | None = None,
        *,
        label: str | None = None,
        info: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        precision: int | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        step: float = 1,
        placeholder: str | None = None,
        buttons: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        self.precision = precision
        self.minimum = minimum
        self.maximum = maximum
        self.step = step
        self.placeholder = placeholder
        self.buttons = buttons or []
        super().__init__(
            value, label=label, info=info, show_label=show_label, container=container, scale=scale,
            min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        expect(payload, (int, float), "a number")
        if payload is None:
            return
        if self.minimum is not None and payload < self.minimum:
            raise ValueError(f"Value {payload} is less than minimum value {self.minimum}.")
        if self.maximum is not None and payload > self.maximum:
            raise ValueError(f"Value {payload} is greater than maximum value {self.maximum}.")

    def preprocess(self, payload: float | None) -> float | int | None:
        if payload is None:
            return None
        if self.minimum is not None and payload < self.minimum:
            raise Error(f"Value {payload} is less than minimum value {self.minimum}.")
        if self.maximum is not None and payload > self.maximum:
            raise Error(f"Value {payload} is greater than maximum value {self.maximum}.")
        return round_to_precision(payload, self.precision)

    def postprocess(self, value: float | None) -> float | int | None:
        if value is None:
            return None
        return round_to_precision(value, self.precision)

    def api_info(self) -> dict[str, Any]:
        return {"type": "number"}

    def example_payload(self) -> float:
        return self.minimum if self.minimum is not None else 3
