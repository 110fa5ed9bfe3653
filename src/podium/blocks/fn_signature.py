"""What Podium needs to know about a user function before calling it."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from podium.progress import Progress

# Sentinel for "this parameter has no default".
NO_DEFAULT: Any = inspect.Parameter.empty


@dataclass(frozen=True)
class Param:
    name: str
    default: Any = NO_DEFAULT

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT


@dataclass(frozen=True)
class FnSignature:
    """Kind of callable, the parameters fed from input components, and injected ones."""

    is_async: bool = False
    is_generator: bool = False
    is_async_generator: bool = False
    # Parameters that receive input values, in order.
    params: tuple[Param, ...] = ()
    # Parameters whose default is a `Progress()` tracker, bound to the event by the runner.
    progress_params: dict[str, Progress] = field(default_factory=dict)
    # Parameters annotated with an injectable type (e.g. `Request`, `SelectData`), by name.
    injected: dict[str, type] = field(default_factory=dict)
    takes_varargs: bool = False

    @property
    def streams(self) -> bool:
        return self.is_generator or self.is_async_generator


def _unwrap(fn: Callable[..., Any]) -> Any:
    target: Any = fn
    while True:
        if hasattr(target, "__wrapped__"):
            target = target.__wrapped__
        elif isinstance(target, functools.partial):
            target = target.func
        else:
            return target


def _signature(fn: Callable[..., Any]) -> inspect.Signature | None:
    try:
        # Resolves string annotations (`from __future__ import annotations`) where it can.
        return inspect.signature(fn, eval_str=True)
    except Exception:  # noqa: BLE001 - an annotation that fails to evaluate stays a string
        try:
            return inspect.signature(fn)
        except (TypeError, ValueError):
            return None


def _injected_type(annotation: Any, injectable: Collection[type]) -> type | None:
    if isinstance(annotation, type):
        return annotation if any(issubclass(annotation, base) for base in injectable) else None
    if isinstance(annotation, str):
        # An unresolvable string annotation such as "gr.Request": match by class name.
        name = annotation.rsplit(".", 1)[-1]
        return next((kind for kind in injectable if kind.__name__ == name), None)
    return None


def inspect_fn(fn: Callable[..., Any] | None, injectable: Collection[type]) -> FnSignature:
    """Reads `fn`'s kind and parameters; parameters annotated with (a subclass of) one of
    the `injectable` types are filled in by the runner instead of from inputs."""
    if fn is None:
        return FnSignature()
    target = _unwrap(fn)
    # A callable object is judged by its __call__ method.
    call = target if inspect.isfunction(target) or inspect.ismethod(target) else type(target).__call__
    signature = _signature(fn)
    params: list[Param] = []
    progress: dict[str, Progress] = {}
    injected: dict[str, type] = {}
    varargs = False
    if signature is not None:
        for parameter in signature.parameters.values():
            kind = _injected_type(parameter.annotation, injectable)
            if kind is not None:
                injected[parameter.name] = kind
            elif isinstance(parameter.default, Progress):
                progress[parameter.name] = parameter.default
            elif parameter.kind is inspect.Parameter.VAR_POSITIONAL:
                varargs = True
            elif parameter.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
                params.append(Param(parameter.name, parameter.default))
    return FnSignature(
        is_async=inspect.iscoroutinefunction(call) or inspect.isasyncgenfunction(call),
        is_generator=inspect.isgeneratorfunction(call),
        is_async_generator=inspect.isasyncgenfunction(call),
        params=tuple(params),
        progress_params=progress,
        injected=injected,
        takes_varargs=varargs,
    )
