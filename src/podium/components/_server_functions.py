"""Component methods the browser may call over HTTP (`POST /gradio_api/component_server`).

Only methods marked with `@server_function` can be reached that way: the mark is an
allow-list, so `preprocess`, `__init__` or any other method of a component can never be
called by a client. A component's config lists its marked methods as the `server_fns`
prop (the name Gradio's frontend reads).

    class Notes(Component):
        @server_function
        def word_count(self, text: str) -> int:
            return len(text.split())
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_MARK = "_podium_server_function"
_names_by_class: dict[type, tuple[str, ...]] = {}


class ServerFunctionArgumentError(ValueError):
    """Raised by a server function whose argument has the wrong shape (answered with a 422)."""


def server_function(fn: F) -> F:
    """Marks a component method as callable from the browser through `component_server`."""
    setattr(fn, _MARK, True)
    return fn


def server_function_names(component_class: type) -> tuple[str, ...]:
    """The marked methods of a component class (inherited ones included), in definition order.

    A subclass that overrides a marked method without marking it again takes it off the list.
    """
    known = _names_by_class.get(component_class)
    if known is None:  # read once per class: every config build asks
        known = _names_by_class[component_class] = _collect(component_class)
    return known


def _collect(component_class: type) -> tuple[str, ...]:
    names: list[str] = []
    for klass in reversed(component_class.__mro__):
        for name, attribute in vars(klass).items():
            if getattr(attribute, _MARK, False) and name not in names:
                names.append(name)
    return tuple(name for name in names if getattr(getattr(component_class, name, None), _MARK, False))
