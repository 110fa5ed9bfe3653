"""Slider: pick a number between a minimum and a maximum."""

from __future__ import annotations

import math
import random
from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import expect
from podium.components.number import round_to_precision
from podium.exceptions import Error


class Slider(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("minimum", "maximum", "step", "precision", "buttons", "show_reset_button")
    change = EventListener()
    input = EventListener()
    release = EventListener()

    def __init__(
        self,
        minimum: float = 0,
        maximum: float = 100,
        value: float | Any | None = None,
        *,
        step: float | None = None,
        precision: int | None = None,
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
        randomize: bool = False,
        buttons: list[str] | None = None,
        show_reset_button: bool = True,
        **kwargs: Any,
    ) -> None:
        if minimum > maximum:
            raise ValueError(f"Slider minimum ({minimum}) is greater than its maximum ({maximum})")
        self.minimum = minimum
        self.maximum = maximum
        self.step = step if step is not None else self._default_step(minimum, maximum)
        self.precision = precision
        self.buttons = buttons or []
        self.show_reset_button = show_reset_button
        if randomize:
            value = self._random_value
        elif value is None:
            value = minimum
        super().__init__(
            value, label=label, info=info, show_label=show_label, container=container, scale=scale,
            min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, **kwargs,
        )

    @staticmethod
    def _default_step(minimum: float, maximum: float) -> float:
        """About a hundredth of the range, as a power of ten: 0..100 → 1, 0..10 → 0.1, 0..1 → 0.01."""
        span = maximum - minimum
        if span <= 0:
            return 1
        power = math.floor(math.log10(span)) - 2
        return 10**power if power >= 0 else round(10.0**power, -power)

    def _random_value(self) -> float:
        steps = int((self.maximum - self.minimum) / self.step) if self.step else 0
        return self.minimum + self.step * random.randint(0, steps)

    def check_payload(self, payload: Any) -> None:
        expect(payload, (int, float), "a number")
        if payload is not None and not self.minimum <= payload <= self.maximum:
            raise ValueError(f"Value {payload} is outside the range {self.minimum}..{self.maximum}.")

    def preprocess(self, payload: float | None) -> float | int | None:
        if payload is None:
            return None
        if not self.minimum <= payload <= self.maximum:
            raise Error(f"Value {payload} is outside the range {self.minimum}..{self.maximum}.")
        return round_to_precision(payload, self.precision) if self.precision is not None else payload

    def postprocess(self, value: float | None) -> float | None:
        return self.minimum if value is None else value

    def api_info(self) -> dict[str, Any]:
        return {"type": "number", "description": f"numeric value between {self.minimum} and {self.maximum}"}

    def example_payload(self) -> float:
        return self.minimum
