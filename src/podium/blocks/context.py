"""Context variables shared by the Blocks graph builder and the event runner.

Two kinds of "current" exist: the layout being built (a stack, so `with Row():` nests)
and the event being run (so `podium.Info(...)` or `Progress` know where to report).
"""

from __future__ import annotations

import contextvars
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from podium.blocks.block import BlockContext

_render_stack: contextvars.ContextVar[tuple[BlockContext, ...]] = contextvars.ContextVar(
    "podium_render_stack", default=()
)
_current_event: contextvars.ContextVar[Any] = contextvars.ContextVar(
    "podium_current_event", default=None
)


def current_container() -> BlockContext | None:
    stack = _render_stack.get()
    return stack[-1] if stack else None


def render_stack() -> tuple[BlockContext, ...]:
    return _render_stack.get()


def push_container(container: BlockContext) -> contextvars.Token[tuple[BlockContext, ...]]:
    return _render_stack.set((*_render_stack.get(), container))


def pop_container(token: contextvars.Token[tuple[BlockContext, ...]]) -> None:
    _render_stack.reset(token)


def current_event() -> Any:
    """The running event's reporter (see server.runner), or None outside an event."""
    return _current_event.get()


def set_current_event(reporter: Any) -> contextvars.Token[Any]:
    return _current_event.set(reporter)


def reset_current_event(token: contextvars.Token[Any]) -> None:
    _current_event.reset(token)
