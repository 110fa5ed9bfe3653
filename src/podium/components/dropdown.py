"""Dropdown: pick one (or, with multiselect, several) of many choices."""

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
from podium.exceptions import Error

# Marks "value not given": a single-select Dropdown then starts on its first choice.
FIRST_CHOICE: Any = object()


class Dropdown(ChoiceComponent):
    PROPS: ClassVar[tuple[str, ...]] = (
        "choices", "type", "multiselect", "allow_custom_value", "max_choices", "filterable",
        "num_choices_shown", "buttons",
    )
    change = EventListener()
    input = EventListener()
    select = EventListener()
    focus = EventListener()
    blur = EventListener()
    key_up = EventListener()

    def __init__(
        self,
        choices: Sequence[Any] | None = None,
        *,
        value: Any = FIRST_CHOICE,
        type: Literal["value", "index"] = "value",
        multiselect: bool | None = None,
        allow_custom_value: bool = False,
        max_choices: int | None = None,
        filterable: bool = True,
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
        buttons: list[str] | None = None,
        num_choices_shown: int = 100,
        **kwargs: Any,
    ) -> None:
        self._set_choices(choices, type)
        self.multiselect = bool(multiselect)
        self.allow_custom_value = allow_custom_value
        self.max_choices = max_choices
        self.filterable = filterable
        self.num_choices_shown = num_choices_shown
        self.buttons = buttons or []
        if value is FIRST_CHOICE:
            value = [] if self.multiselect else (self.choices[0][1] if self.choices else None)
        super().__init__(
            value, label=label, info=info, show_label=show_label, container=container, scale=scale,
            min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if self.multiselect and not isinstance(payload, list):
            raise ValueError(f"expected a list of choices, got {describe(payload)}")
        if not self.multiselect and isinstance(payload, (list, dict)):
            raise ValueError(f"expected a single choice, got {describe(payload)}")
        values = payload if self.multiselect else [payload]
        reject_bad_choices(values, self.choices, "Dropdown", self.allow_custom_value)

    def preprocess(self, payload: Any) -> Any:
        if self.multiselect:
            selected = payload or []
            if self.max_choices is not None and len(selected) > self.max_choices:
                raise Error(f"At most {self.max_choices} choices can be selected.")
            for item in selected:
                check_choice(item, self.choices, "Dropdown", self.allow_custom_value)
            if self.type == "index":
                return [to_index(item, self.choices) for item in selected]
            return list(selected)
        check_choice(payload, self.choices, "Dropdown", self.allow_custom_value)
        if self.type == "index":
            return None if payload is None else to_index(payload, self.choices)
        return payload

    def postprocess(self, value: Any) -> Any:
        if self.multiselect:
            if value is None:
                return []
            return list(value) if isinstance(value, (list, tuple, set)) else [value]
        return value


    def api_info(self) -> dict[str, Any]:
        item = choices_schema(self.choices)
        if self.allow_custom_value:
            item = {"type": "string"}
        return {"type": "array", "items": item} if self.multiselect else {**item, "title": "Dropdown"}

    def example_payload(self) -> Any:
        first = self.choices[0][1] if self.choices else None
        return ([first] if first is not None else []) if self.multiselect else first
