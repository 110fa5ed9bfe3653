"""Event listeners: `component.click(fn, inputs, outputs)` and `podium.on(...)`.

A component class declares its events as `click = EventListener()` attributes; reading
`button.click` gives a bound listener that registers a Dependency on the app being built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from podium.blocks import context
from podium.blocks.dependency import (
    Dependency,
    DependencyHandle,
    as_component_list,
    dependency_kwargs,
    register_dependency,
)

if TYPE_CHECKING:
    from podium.blocks.block import Block

# Marks "fn not given", so `@button.click(...)` works as a decorator while an explicit
# `fn=None` still registers a frontend-only (js) listener.
DECORATOR: Any = object()

TriggerMode = Literal["once", "multiple", "always_last"]
ALWAYS_LAST_EVENTS = frozenset({"change", "key_up"})


def _listen(
    targets: Sequence[tuple[Block | None, str]],
    fn: Callable[..., Any] | None = None,
    inputs: Any = None,
    outputs: Any = None,
    *,
    trigger_mode: TriggerMode | None = None,
    _default_trigger_mode: TriggerMode = "once",
    **kwargs: Any,
) -> DependencyHandle:
    for block, event in targets:
        if event == "select" and block is not None:
            block.selectable = True  # type: ignore[attr-defined]
        # Components that show a control only when it is handled (e.g. Chatbot's like button).
        mark_listened = getattr(block, "_mark_listened", None)
        if mark_listened is not None:
            mark_listened(event)
    dependency = Dependency(
        targets=[(block.id if block is not None else None, event) for block, event in targets],
        fn=fn,
        inputs=inputs,
        outputs=outputs,
        trigger_mode=trigger_mode or _default_trigger_mode,
        **dependency_kwargs(kwargs),
    )
    return register_dependency(dependency)


def _mode_for(event_name: str) -> TriggerMode:
    # As in Gradio: value-change events keep only the latest run; others queue every one.
    return "always_last" if event_name in ALWAYS_LAST_EVENTS else "once"


class EventListener:
    """Descriptor giving a component an event method such as `.click(...)`."""

    def __init__(self, event_name: str = "", default_trigger_mode: TriggerMode | None = None) -> None:
        self.event_name = event_name
        self._explicit_mode = default_trigger_mode
        self.default_trigger_mode: TriggerMode = default_trigger_mode or _mode_for(event_name)

    def __set_name__(self, owner: type, name: str) -> None:
        self.event_name = name
        self.default_trigger_mode = self._explicit_mode or _mode_for(name)

    def __get__(self, block: Block | None, owner: type | None = None) -> Any:
        if block is None:
            return self
        return BoundListener(block, self.event_name, self.default_trigger_mode)


class BoundListener:
    """`component.click` itself: call it to register a listener, or pass it to `on()`."""

    def __init__(self, block: Block, event_name: str, default_trigger_mode: TriggerMode) -> None:
        self.block = block
        self.event_name = event_name
        self.default_trigger_mode = default_trigger_mode
        self.__name__ = event_name

    def __call__(
        self, fn: Any = DECORATOR, inputs: Any = None, outputs: Any = None, **kwargs: Any
    ) -> Any:
        targets = [(self.block, self.event_name)]
        kwargs.setdefault("_default_trigger_mode", self.default_trigger_mode)
        if fn is DECORATOR:
            # Decorator form: @button.click(inputs=..., outputs=...)
            def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
                _listen(targets, func, inputs, outputs, **kwargs)
                return func

            return decorator
        return _listen(targets, fn, inputs, outputs, **kwargs)


def on(
    triggers: Sequence[Any] | Any | None = None,
    fn: Any = DECORATOR,
    inputs: Any = None,
    outputs: Any = None,
    **kwargs: Any,
) -> Any:
    """Runs `fn` when any of `triggers` (e.g. `[btn.click, box.submit]`) fires.

    With `triggers=None`, runs whenever any of the input components changes.
    """
    if triggers is not None and not isinstance(triggers, (list, tuple)):
        triggers = [triggers]
    pairs: list[tuple[Block | None, str]] = []
    if triggers is None:
        # Runs when any input changes, and once when the page loads.
        input_list, _ = as_component_list(inputs)
        pairs = [(component, "change") for component in input_list]
        stack = context.render_stack()
        if stack:
            pairs.append((stack[0], "load"))
        kwargs.setdefault("trigger_mode", "always_last")
    else:
        for trigger in triggers:
            if not isinstance(trigger, BoundListener):
                raise TypeError(f"triggers must be event listeners such as `button.click`, got {trigger!r}")
            pairs.append((trigger.block, trigger.event_name))
        if any(trigger.default_trigger_mode == "always_last" for trigger in triggers):
            kwargs.setdefault("trigger_mode", "always_last")
    if fn is DECORATOR:
        def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
            _listen(pairs, func, inputs, outputs, **kwargs)
            return func

        return decorator
    return _listen(pairs, fn, inputs, outputs, **kwargs)
