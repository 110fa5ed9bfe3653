"""A dependency: one listener (triggers → fn → outputs) of the Blocks graph."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from podium.blocks import context
from podium.blocks.fn_signature import FnSignature

if TYPE_CHECKING:
    from podium.components._base import Component


def as_component_list(value: Any) -> tuple[list[Any], bool]:
    """Normalises `inputs`/`outputs` to a list; the flag says a set (dict form) was given."""
    if value is None:
        return [], False
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=lambda block: block.id), True
    if isinstance(value, (list, tuple)):
        return list(value), False
    if isinstance(value, dict):
        return list(value.values()), False
    return [value], False


@dataclass(eq=False)
class Dependency:
    targets: list[tuple[int | None, str]]
    fn: Callable[..., Any] | None
    inputs: Any
    outputs: Any
    api_name: str | bool | None = None
    api_description: str | bool | None = None
    scroll_to_output: bool = False
    show_progress: str = "full"
    show_progress_on: Any = None
    queue: bool = True
    batch: bool = False
    max_batch_size: int = 4
    preprocess: bool = True
    postprocess: bool = True
    cancels: Any = None
    trigger_mode: str = "once"
    js: str | bool | None = None
    concurrency_limit: int | str | None = "default"
    concurrency_id: str | None = None
    api_visibility: str = "public"
    time_limit: int | None = None
    stream_every: float = 0.5
    every: float | None = None
    trigger_after: int | None = None
    trigger_only_on_success: bool = False
    trigger_only_on_failure: bool = False
    # A `@render` listener's RenderSpec; and, for listeners a render created, its container id.
    render_spec: Any = None
    rendered_in: int | None = None
    # Filled in when registered.
    id: int = -1
    signature: FnSignature = field(default_factory=FnSignature)
    input_components: list[Component] = field(default_factory=list)
    output_components: list[Component] = field(default_factory=list)
    inputs_as_dict: bool = False
    outputs_as_dict: bool = False

    def __post_init__(self) -> None:
        self.input_components, self.inputs_as_dict = as_component_list(self.inputs)
        self.output_components, self.outputs_as_dict = as_component_list(self.outputs)
        for block in self.input_components:
            if not hasattr(block, "preprocess"):
                raise TypeError(f"{block!r} is not a component and cannot be an input")
        for block in self.output_components:
            if not hasattr(block, "with_updates"):
                raise TypeError(f"{block!r} cannot be an output")
        cancel_list, _ = as_component_list(self.cancels)
        self.cancels = [handle.id for handle in cancel_list]

    @property
    def backend_fn(self) -> bool:
        return self.fn is not None

    @property
    def resolved_concurrency_id(self) -> str:
        return self.concurrency_id or str(self.id)

    def to_config(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "targets": [list(target) for target in self.targets],
            "inputs": [block.id for block in self.input_components],
            "outputs": [block.id for block in self.output_components],
            "backend_fn": self.backend_fn,
            "js": self.js if isinstance(self.js, str) else None,
            "queue": self.queue,
            "api_name": self.api_name if isinstance(self.api_name, str) else None,
            "api_description": self.api_description if isinstance(self.api_description, str) else None,
            "scroll_to_output": self.scroll_to_output,
            "show_progress": self.show_progress,
            "show_progress_on": [block.id for block in as_component_list(self.show_progress_on)[0]] or None,
            "batch": self.batch,
            "max_batch_size": self.max_batch_size,
            "cancels": self.cancels,
            "types": {"generator": self.signature.streams, "cancel": bool(self.cancels) and self.fn is None},
            "collects_event_data": bool(self.signature.injected),
            "trigger_after": self.trigger_after,
            "trigger_only_on_success": self.trigger_only_on_success,
            "trigger_only_on_failure": self.trigger_only_on_failure,
            "trigger_mode": self.trigger_mode,
            "api_visibility": self.api_visibility,
            "connection": "sse",
            "time_limit": self.time_limit,
            "stream_every": self.stream_every,
            "every": self.every,
            "rendered_in": self.rendered_in,
            "render_id": self.render_spec.container.id if self.render_spec is not None else None,
            "event_specific_args": None,
            "component_prop_inputs": [],
            "js_implementation": None,
        }


class DependencyHandle:
    """What a listener returns: lets you chain `.then()`, `.success()`, `.failure()`."""

    def __init__(self, dependency: Dependency, owner: Any) -> None:
        self.dependency = dependency
        self._owner = owner

    @property
    def id(self) -> int:
        return self.dependency.id

    @property
    def fn_index(self) -> int:
        return self.dependency.id

    def _chain(self, fn: Any, inputs: Any, outputs: Any, kwargs: dict[str, Any], **flags: bool) -> DependencyHandle:
        kwargs.pop("_default_trigger_mode", None)
        event = "success" if flags.get("success") else "failure" if flags.get("failure") else "then"
        dependency = Dependency(
            targets=[(None, event)],
            fn=fn,
            inputs=inputs,
            outputs=outputs,
            trigger_after=self.dependency.id,
            trigger_only_on_success=flags.get("success", False),
            trigger_only_on_failure=flags.get("failure", False),
            **dependency_kwargs(kwargs),
        )
        return self._owner.register(dependency)

    def then(self, fn: Any = None, inputs: Any = None, outputs: Any = None, **kwargs: Any) -> DependencyHandle:
        """Runs after this event finishes, whether it succeeded or not."""
        return self._chain(fn, inputs, outputs, kwargs)

    def success(self, fn: Any = None, inputs: Any = None, outputs: Any = None, **kwargs: Any) -> DependencyHandle:
        """Runs after this event finishes without error."""
        return self._chain(fn, inputs, outputs, kwargs, success=True)

    def failure(self, fn: Any = None, inputs: Any = None, outputs: Any = None, **kwargs: Any) -> DependencyHandle:
        """Runs only if this event raised an error."""
        return self._chain(fn, inputs, outputs, kwargs, failure=True)


def dependency_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Maps listener keyword arguments to Dependency fields (accepting 5.x spellings)."""
    show_api = kwargs.pop("show_api", None)
    kwargs.pop("key", None)
    kwargs.pop("validator", None)
    if show_api is False and kwargs.get("api_visibility", "public") == "public":
        kwargs["api_visibility"] = "private"
    return kwargs


def register_dependency(dependency: Dependency) -> DependencyHandle:
    """Adds `dependency` to the outermost Blocks being built."""
    stack = context.render_stack()
    root = stack[0] if stack else None
    if root is None or not hasattr(root, "register"):
        targets = ", ".join(event for _, event in dependency.targets)
        raise RuntimeError(
            f"Cannot attach a '{targets}' listener outside a `with podium.Blocks():` context."
        )
    return root.register(dependency)  # type: ignore[no-any-return]
