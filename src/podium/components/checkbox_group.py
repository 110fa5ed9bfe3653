"""CheckboxGroup: pick any number of choices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._choices import (
    ChoiceComponent,
    check_choice,
    choices_schema,
    reject_bad_choices,
    to_index,
)
from podium.components._payload import describe


class CheckboxGroup(ChoiceComponent):
    PROPS: ClassVar[tuple[str, ...]] = ("choices", "type", "show_select_all", "buttons")
    change = EventListener()
    input = EventListener()
    select = EventListener()

    def __init__(
        self,
        choices: Sequence[Any] | None = None,
        *,
        value: Sequence[Any] | Any | None = None,
        type: Literal["value", "index"] = "value",
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
        show_select_all: bool = False,
        buttons: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        self._set_choices(choices, type)
        self.show_select_all = show_select_all
        self.buttons = buttons or []
        super().__init__(
            value, label=label, info=info, show_label=show_label, container=container, scale=scale,
            min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        if payload is not None and not isinstance(payload, list):
            raise ValueError(f"expected a list of choices, got {describe(payload)}")
        reject_bad_choices(payload or [], self.choices, "CheckboxGroup")

    def preprocess(self, payload: list[Any] | None) -> list[Any]:
        selected = payload or []
        for item in selected:
            check_choice(item, self.choices, "CheckboxGroup")
        if self.type == "index":
            return [to_index(item, self.choices) for item in selected]
        return list(selected)

    def postprocess(self, value: Any) -> list[Any]:
        if value is None:
            return []
        return list(value) if isinstance(value, (list, tuple, set)) else [value]


    def api_info(self) -> dict[str, Any]:
        return {"type": "array", "items": choices_schema(self.choices), "title": "Checkbox Group"}

    def example_payload(self) -> list[Any]:
        return [self.choices[0][1]] if self.choices else []
