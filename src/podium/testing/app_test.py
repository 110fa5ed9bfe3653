"""`AppTest`: one simulated browser session of an app, without a browser or a port.

It keeps what the page would show (each component's value and props), fires events the
way the frontend does (listeners of a trigger, `.then/.success/.failure` chains, `change`
when an output's value changes, `load` on start), and runs every Python function through
the app's real queue and runner, so concurrency limits, validation, pre/postprocessing,
generators, `gr.Info`/`gr.Error` and session state behave exactly as when served.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio.from_thread

from podium.blocks.block import Block
from podium.blocks.blocks import Blocks
from podium.blocks.dependency import Dependency
from podium.components.state import State
from podium.files.access import FileAccess
from podium.files.cache import FileCache
from podium.files.file_data import map_file_data
from podium.server.app_state import AppState
from podium.server.diff import apply_diff
from podium.server.queue.event import Event
from podium.server.validation import InputError, check_inputs

MAX_CHAIN = 1000  # listener runs per fire(): a change loop between listeners ends here


@dataclass(frozen=True)
class Toast:
    """A message the page would pop up: `gr.Info`/`gr.Warning` logs and errors."""

    level: str  # "info" | "warning" | "error"
    title: str | None
    message: str | None


class _Collector:
    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    def put(self, message: dict[str, Any]) -> None:
        self.messages.append(message)


class AppTest:
    """A headless session of `blocks`. Use as a context manager (or call `close()`)."""

    def __init__(self, blocks: Blocks, *, username: str | None = None, run_load_events: bool = True) -> None:
        self.blocks = blocks
        self.session_hash = uuid.uuid4().hex
        self.username = username
        self.toasts: list[Toast] = []
        self.errors: list[str | None] = []
        self._portal_cm = anyio.from_thread.start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        for hook in blocks.startup_hooks:
            hook()
        self._state = AppState(blocks, files=FileAccess(FileCache()))
        self._portal.call(self._state.start)
        self._deps: list[Dependency] = list(blocks.dependencies)
        self._props: dict[int, dict[str, Any]] = {}
        self._rendered: dict[int, set[int]] = {}  # render container id -> its components
        for component in blocks.config()["components"]:
            self._props[component["id"]] = copy.deepcopy(component.get("props", {}))
        self._blocks = blocks.blocks()
        if run_load_events:
            self.trigger(blocks, "load")

    # ---- lifecycle --------------------------------------------------------------
    def close(self) -> None:
        if self._portal_cm is None:
            return
        self._portal.call(self._state.stop)
        self._state.files.cache.clear()
        self._portal_cm.__exit__(None, None, None)
        self._portal_cm = None  # type: ignore[assignment]

    def __enter__(self) -> AppTest:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- what the page shows ---------------------------------------------------------
    def value(self, component: Block) -> Any:
        """The component's current value as the browser holds it (files as file data dicts)."""
        if isinstance(component, State):
            return self.state(component)
        return copy.deepcopy(self._props_of(component).get("value"))

    def props(self, component: Block) -> dict[str, Any]:
        """Every current prop of the component (`visible`, `label`, `choices`...)."""
        return copy.deepcopy(self._props_of(component))

    def state(self, component: State) -> Any:
        """This session's value of a `gr.State`."""
        return self._state.states.get(self.session_hash, component)

    def set_value(self, component: Block, value: Any) -> None:
        """Sets an input as a user would (a file path for a file component is uploaded),
        then fires the component's `change` listeners (`set_value_quietly` does not)."""
        self.set_value_quietly(component, value)
        self.trigger(component, "change")

    def set_value_quietly(self, component: Block, value: Any) -> None:
        wire = component.postprocess(value) if hasattr(component, "postprocess") else value  # type: ignore[attr-defined]
        self._props_of(component)["value"] = map_file_data(wire, self._upload)

    # ---- events -------------------------------------------------------------------------
    def click(self, component: Block) -> None:
        self.trigger(component, "click")

    def submit(self, component: Block) -> None:
        self.trigger(component, "submit")

    def trigger(self, block: Block, event: str, event_data: Any = None) -> None:
        """Fires `event` of `block` (e.g. "click", "select" with event data) and waits for
        every listener it sets off, follow-ups included."""
        budget = [MAX_CHAIN]
        for dependency in self._listeners(block.id, event):
            self._run(dependency, block.id, event_data, budget)

    # ---- internals ----------------------------------------------------------------------
    def _props_of(self, component: Block) -> dict[str, Any]:
        if component.id not in self._props:
            raise KeyError(f"{component!r} is not part of this app")
        return self._props[component.id]

    def _upload(self, item: dict[str, Any]) -> dict[str, Any]:
        source = Path(item["path"])
        if item["path"].startswith(("http://", "https://")) or not source.is_file():
            return item
        cached = self._state.files.cache.copy_in(source)
        return {**item, "path": str(cached), "size": cached.stat().st_size}

    def _listeners(self, block_id: int, event: str) -> list[Dependency]:
        return [d for d in self._deps if (block_id, event) in d.targets]

    def _run(self, dependency: Dependency, trigger_id: int | None, event_data: Any, budget: list[int]) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise RuntimeError(f"More than {MAX_CHAIN} listener runs from one event: do listeners change each other in a loop?")
        success = True
        if dependency.fn is not None:
            success = self._run_on_server(dependency, trigger_id, event_data, budget)
        for follow in self._deps:
            if follow.trigger_after != dependency.id:
                continue
            if (follow.trigger_only_on_success and not success) or (follow.trigger_only_on_failure and success):
                continue
            self._run(follow, None, None, budget)

    def _run_on_server(self, dependency: Dependency, trigger_id: int | None, event_data: Any, budget: list[int]) -> bool:
        data = [None if isinstance(c, State) else copy.deepcopy(self._props_of(c).get("value")) for c in dependency.input_components]
        try:
            data = check_inputs(dependency, data, self._state.files)
        except InputError as error:
            self.errors.append(str(error))
            self.toasts.append(Toast("error", "Error", str(error)))
            return False
        sink = _Collector()
        rendered = dependency if dependency.rendered_in is not None else None
        event = Event(fn_index=dependency.id, data=data, sink=sink, session_hash=self.session_hash,
                      event_data=event_data, trigger_id=trigger_id, username=self.username, dependency=rendered)

        async def run() -> None:
            self._state.queue.submit(event)
            await event.finished.wait()

        self._portal.call(run)
        return self._apply_messages(dependency, sink.messages, budget)

    def _apply_messages(self, dependency: Dependency, messages: list[dict[str, Any]], budget: list[int]) -> bool:
        last: list[Any] | None = None
        success = False
        changed: set[int] = set()
        for message in messages:
            kind = message.get("msg")
            if kind == "log":
                self.toasts.append(Toast(message.get("level", "info"), message.get("title"), message.get("log")))
            elif kind in ("process_generating", "process_completed"):
                output = message.get("output") or {}
                if kind == "process_completed" and not message.get("success", False):
                    error = output.get("error")
                    self.errors.append(error)
                    if error is not None or output.get("visible", True):
                        self.toasts.append(Toast("error", message.get("title") or "Error", error))
                    continue
                data = output.get("data") or []
                if kind == "process_generating" and last is not None:
                    # A stream's first chunk is whole; the later ones are edits of it.
                    data = [apply_diff(old, edits) for old, edits in zip(last, data, strict=False)]
                last = data
                changed |= self._apply_outputs(dependency, data)
                changed |= set(output.get("changed_state_ids") or [])  # gr.State .change
                if output.get("render_config"):
                    self._apply_render(output["render_config"])
                success = kind == "process_completed"
            elif kind == "unexpected_error":
                self.errors.append(message.get("message"))
        for component_id in changed:
            for listener in self._listeners(component_id, "change"):
                self._run(listener, component_id, None, budget)
        return success

    def _apply_outputs(self, dependency: Dependency, data: list[Any]) -> set[int]:
        changed: set[int] = set()
        for component, value in zip(dependency.output_components, data, strict=False):
            if isinstance(component, State):
                continue
            props = self._props_of(component)
            before = copy.deepcopy(props.get("value"))
            if isinstance(value, dict) and value.get("__type__") == "update":
                props.update({key: item for key, item in value.items() if key != "__type__"})
            else:
                props["value"] = value
            if props.get("value") != before:
                changed.add(component.id)
        return changed

    def _apply_render(self, render: dict[str, Any]) -> None:
        render_id = render["render_id"]
        self._deps = [d for d in self._deps if d.rendered_in != render_id]
        current = {config["id"] for config in render["components"]}
        for stale in self._rendered.get(render_id, set()) - current:
            self._props.pop(stale, None)
        self._rendered[render_id] = current
        for config in render["components"]:
            if config["id"] not in self._props:  # a keyed component keeps what it shows
                self._props[config["id"]] = copy.deepcopy(config.get("props", {}))
        ids = {config["id"] for config in render["dependencies"]}
        for fn_index in ids:
            found = self._state.runner.renders.dependency(self.session_hash, fn_index)
            if found is not None:
                self._deps.append(found)

    def find(self, *, label: str | None = None, elem_id: str | None = None, text: str | None = None) -> Block:
        """A component of the app (static or rendered) by its label, elem_id, or text (a
        button's caption)."""
        for block_id, props in self._props.items():
            if (
                (label is not None and props.get("label") == label)
                or (elem_id is not None and props.get("elem_id") == elem_id)
                or (text is not None and props.get("name") in ("button", "clearbutton", "uploadbutton", "downloadbutton") and props.get("value") == text)
            ):
                block = self._blocks.get(block_id) or self._state.runner.renders.block(self.session_hash, block_id)
                if block is not None:
                    return block
        raise LookupError(f"no component with label={label!r} elem_id={elem_id!r}")



__all__ = ["AppTest", "Toast"]
