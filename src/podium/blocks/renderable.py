"""`@render`: a part of the page rebuilt by a function whenever its triggers fire.

At definition time `render(...)` places an empty Column where the decorator is and
registers one listener for it. When that listener runs (server/rendering.py), the
decorated function builds components and listeners into a fresh container; they
belong to the calling session only and are sent to the browser, which swaps them in.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from podium.blocks import context
from podium.blocks.block import Block
from podium.blocks.dependency import (
    Dependency,
    DependencyHandle,
    as_component_list,
    register_dependency,
)
from podium.blocks.events import BoundListener
from podium.blocks.fn_signature import inspect_fn
from podium.layouts.column import Column

# fn_index values of listeners created inside a render: far above any app's own
# listeners, and never reused, so a stale browser can't reach another render's fn.
_rendered_fn_ids = itertools.count(1_000_000)


@dataclass
class RenderSpec:
    """What a render listener rebuilds: the user's fn and the placeholder it fills."""

    fn: Callable[..., Any]
    container: Column


class RenderCollector:
    """Stands in for the Blocks while a render fn runs: listeners it creates are kept
    here (for one session) instead of joining the app."""

    def __init__(self, root_id: int, injectable: tuple[type, ...]) -> None:
        self.id = root_id  # `on(triggers=None)` inside a render refers to the app's load
        self.injectable = injectable
        self.dependencies: list[Dependency] = []

    def register(self, dependency: Dependency) -> DependencyHandle:
        dependency.id = next(_rendered_fn_ids)
        dependency.signature = inspect_fn(dependency.fn, self.injectable)
        dependency.api_name = None
        dependency.api_visibility = "private"
        self.dependencies.append(dependency)
        return DependencyHandle(dependency, self)


def render(
    inputs: Sequence[Block] | Block | None = None,
    triggers: Sequence[BoundListener] | BoundListener | None = None,
    *,
    queue: bool = True,
    trigger_mode: str | None = "always_last",
    concurrency_limit: int | str | None = None,
    concurrency_id: str | None = None,
    show_progress: str = "full",
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator: re-runs the function when `triggers` fire (by default: when any of
    `inputs` changes, and on page load) and shows the components it creates in place."""
    stack = context.render_stack()
    if not stack or not hasattr(stack[0], "register"):
        raise RuntimeError("@render must be used inside a `with podium.Blocks():` context")
    root = stack[0]
    input_list, _ = as_component_list(inputs)
    if triggers is None:
        targets: list[tuple[int | None, str]] = [(block.id, "change") for block in input_list]
        targets.append((root.id, "load"))
    else:
        trigger_list: list[Any] = list(triggers) if isinstance(triggers, (list, tuple)) else [triggers]
        for trigger in trigger_list:
            if not isinstance(trigger, BoundListener):
                raise TypeError(f"render triggers must be event listeners such as `button.click`, got {trigger!r}")
        targets = [(trigger.block.id, trigger.event_name) for trigger in trigger_list]
    container = Column()

    def decorator(fn: Callable[..., Any]) -> Callable[..., Any]:
        dependency = Dependency(
            targets=targets,
            fn=fn,
            inputs=input_list,
            outputs=[],
            api_name=False,
            queue=queue,
            trigger_mode=trigger_mode or "always_last",
            concurrency_limit=concurrency_limit,
            concurrency_id=concurrency_id,
            show_progress=show_progress,
        )
        dependency.render_spec = RenderSpec(fn, container)
        register_dependency(dependency)
        return fn

    return decorator
