"""Shared handling of `choices` for Radio, Dropdown and CheckboxGroup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from podium.components._base import Component
from podium.components._payload import describe
from podium.exceptions import Error

Choice = str | int | float
Choices = list[tuple[str, Choice]]


def normalize_choices(choices: Sequence[Any] | None) -> Choices:
    """`["a", ("Label", 1)]` → `[("a", "a"), ("Label", 1)]` (display name, value)."""
    normalized: Choices = []
    for choice in choices or []:
        if isinstance(choice, (tuple, list)):
            if len(choice) != 2:
                raise ValueError(f"a choice pair must be (display name, value), got {choice!r}")
            normalized.append((str(choice[0]), choice[1]))
        else:
            normalized.append((str(choice), choice))
    return normalized


def choice_values(choices: Choices) -> list[Choice]:
    return [value for _, value in choices]


def choices_schema(choices: Choices) -> dict[str, Any]:
    values = choice_values(choices)
    if values and all(isinstance(value, str) for value in values):
        return {"type": "string", "enum": values}
    if values and all(isinstance(value, (int, float)) for value in values):
        return {"type": "number", "enum": values}
    return {"enum": values} if values else {"type": "string"}


def choice_problem(value: Any, choices: Choices, component: str, allow_custom: bool = False) -> str | None:
    """Why `value` is not an acceptable choice, or None if it is."""
    if value is None or allow_custom:
        return None
    if isinstance(value, (list, dict)) or value not in choice_values(choices):
        allowed = ", ".join(repr(v) for v in choice_values(choices)[:20])
        return f"Value {describe(value)} is not in the list of choices of {component}: [{allowed}]"
    return None


def check_choice(value: Any, choices: Choices, component: str, allow_custom: bool = False) -> None:
    problem = choice_problem(value, choices, component, allow_custom)
    if problem:
        raise Error(problem)


def reject_bad_choices(values: list[Any], choices: Choices, component: str, allow_custom: bool = False) -> None:
    """For `check_payload`: a ValueError (so a 422 at admission) naming the first bad value."""
    for value in values:
        problem = choice_problem(value, choices, component, allow_custom)
        if problem:
            raise ValueError(problem)


def to_index(value: Any, choices: Choices) -> int | None:
    values = choice_values(choices)
    return values.index(value) if value in values else None


class ChoiceComponent(Component):
    """Base of components whose value is one or more of a list of `choices`."""

    def _set_choices(self, choices: Sequence[Any] | None, type: str) -> None:
        if type not in ("value", "index"):
            raise ValueError(f"{self.__class__.__name__} type must be 'value' or 'index', not {type!r}")
        self.choices = normalize_choices(choices)
        self.type = type

    def postprocess_prop(self, name: str, prop_value: Any) -> Any:
        # `update(choices=[...])` accepts the same spellings as the constructor.
        return normalize_choices(prop_value) if name == "choices" else prop_value
