"""Runs one event: preprocess → the user's fn → postprocess, streaming its messages.

Sync functions run in a bounded thread pool; async ones on the event loop. Generators
stream each yield as `process_generating` (first in full, then as edit diffs).
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import anyio
import anyio.to_thread

from podium.blocks import context
from podium.blocks.block import Block
from podium.blocks.blocks import INJECTABLE_TYPES
from podium.blocks.dependency import Dependency
from podium.blocks.event_data import EventData
from podium.blocks.updates import is_update
from podium.components._base import Component
from podium.components.state import State
from podium.exceptions import Error
from podium.files.access import AccessDenied, FileAccess
from podium.files.file_data import map_file_data
from podium.request import Request
from podium.server.diff import diff
from podium.server.encoding import dumps
from podium.server.gc_pause import gc_paused
from podium.server.generators import ThreadedGenerator
from podium.server.rendering import RenderRun, RenderStore

if TYPE_CHECKING:
    from podium.server.queue.event import Event
    from podium.server.state_store import SessionState

logger = logging.getLogger("podium")

PROGRESS_INTERVAL = 0.05  # seconds between progress messages, so tight loops don't flood


class EventReporter:
    """Lets code inside the user's fn (maybe in a worker thread) talk to the event."""

    def __init__(self, event: Event, loop: asyncio.AbstractEventLoop) -> None:
        self.event = event
        self.loop = loop
        self.loop_thread = threading.get_ident()
        self._last_progress = 0.0

    def _send(self, msg: str, **fields: Any) -> None:
        if threading.get_ident() == self.loop_thread:
            self.event.send(msg, **fields)
        else:
            self.loop.call_soon_threadsafe(lambda: self.event.send(msg, **fields))

    def log(self, *, level: str, message: str, duration: float | None, visible: bool, title: str) -> None:
        self._send("log", log=message, level=level, duration=duration, visible=visible, title=title)

    def progress(self, levels: list[dict[str, Any]]) -> None:
        now = time.monotonic()
        finished = all(level.get("index") == level.get("length") or level.get("progress") == 1 for level in levels)
        if now - self._last_progress < PROGRESS_INTERVAL and not finished:
            return
        self._last_progress = now
        self._send("progress", progress_data=levels)


class FnError(Exception):
    """An error to report to the client: a message and an optional title."""

    def __init__(self, message: str, title: str | None = None, duration: float | None = None, visible: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.title = title
        self.duration = duration
        self.visible = visible


class Runner:
    def __init__(
        self,
        blocks: Any,
        states: SessionState,
        files: FileAccess,
        max_threads: int = 40,
        show_error: bool = False,
        root_url: Callable[[Any], str] | None = None,
    ) -> None:
        self.blocks = blocks
        self.states = states
        self.files = files
        self.root_url = root_url
        self.thread_limiter = anyio.CapacityLimiter(max_threads)
        self.show_error = show_error
        self.durations: dict[int, float] = {}
        self.renders = RenderStore()

    def average_duration(self, fn_index: int) -> float | None:
        return self.durations.get(fn_index)

    # ---- the run ---------------------------------------------------------------
    async def run(self, event: Event, dependency: Dependency) -> bool:
        """Runs the event to completion, sending its messages. Returns True on success."""
        started = time.monotonic()
        reporter = EventReporter(event, asyncio.get_running_loop())
        try:
            args = self._build_args(event, dependency, reporter)
            extra: dict[str, Any] = {}
            if dependency.render_spec is not None:
                extra["render_config"] = await self._render(event, dependency, args, reporter)
                final = []
            elif dependency.signature.streams:
                final = await self._run_generator(event, dependency, args, reporter)
            else:
                result = await self._call(dependency, args, reporter)
                final = self._postprocess(event, dependency, result)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - every failure of user code becomes an error message
            self._send_error(event, dependency, error)
            return False
        self._complete(event, dependency, final, started, extra)
        return True

    def _complete(self, event: Event, dependency: Dependency, final: list[Any], started: float, extra: dict[str, Any]) -> None:
        duration = time.monotonic() - started
        previous = self.durations.get(dependency.id)
        self.durations[dependency.id] = duration if previous is None else 0.8 * previous + 0.2 * duration
        event.send(
            "process_completed",
            output={"data": final, "is_generating": False, "duration": duration,
                    "average_duration": self.durations[dependency.id], "changed_state_ids": event.changed_state_ids, **extra},
            success=True,
            title=None,
        )

    async def run_batch(self, events: list[Event], dependency: Dependency) -> list[bool]:
        """`batch=True`: one call for several events. The fn gets one list per input (one
        item per event) and returns one list per output; each event gets its own items."""
        if len(events) == 1 and dependency.signature.streams:
            return [await self.run(events[0], dependency)]
        started = time.monotonic()
        leader = events[0]
        reporter = EventReporter(leader, asyncio.get_running_loop())
        try:
            per_event = [self._build_args(event, dependency, reporter) for event in events]
            columns = [[args[0][i][0] for args in per_event] for i in range(len(per_event[0][0]))]
            result = await self._call(dependency, (columns, per_event[0][1]), reporter)
            outputs = _split_batch(result, len(dependency.output_components), len(events))
            finals = [self._postprocess(event, dependency, output, batched=False) for event, output in zip(events, outputs, strict=True)]
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - a failing batch fails each of its events
            for event in events:
                self._send_error(event, dependency, error)
            return [False] * len(events)
        for event, final in zip(events, finals, strict=True):
            self._complete(event, dependency, final, started, {})
        return [True] * len(events)

    def _send_error(self, event: Event, dependency: Dependency, error: Exception) -> None:
        if isinstance(error, Error):
            message, title, duration, visible = error.message, error.title, error.duration, error.visible
            if error.print_exception:
                logger.info("podium.Error in %s: %s", dependency.api_name, error.message)
        elif isinstance(error, FnError):
            message, title, duration, visible = error.message, error.title or "Error", error.duration, error.visible
        else:
            logger.error("Error in %s", dependency.api_name or f"fn {dependency.id}", exc_info=error)
            message = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
            title, duration, visible = "Error", None, True
            if self.show_error:
                message += "\n\n" + "".join(traceback.format_exception(error))
        event.send(
            "process_completed",
            output={"error": message},
            success=False,
            title=title,
            duration=duration,
            visible=visible,
        )

    # ---- inputs ------------------------------------------------------------------
    def _build_args(self, event: Event, dependency: Dependency, reporter: EventReporter) -> tuple[list[Any], dict[str, Any]]:
        values: list[Any] = []
        for component, payload in zip(dependency.input_components, event.data, strict=False):
            if isinstance(component, State):
                current = self.states.get(event.session_hash, component)
                # What the state held before the fn ran: an in-place change still counts.
                event.state_before.setdefault(component.id, _snapshot(current))
                values.append(current)
            elif dependency.preprocess:
                values.append(component.preprocess(payload))
            else:
                values.append(payload)
        if dependency.batch:
            values = [[value] for value in values]
        kwargs: dict[str, Any] = {}
        for name, tracker in dependency.signature.progress_params.items():
            kwargs[name] = tracker._bind(reporter.progress)
        for name, kind in dependency.signature.injected.items():
            if issubclass(kind, Request):
                kwargs[name] = Request(event.request, username=event.username, session_hash=event.session_hash)
            elif issubclass(kind, EventData):
                target = None
                if event.trigger_id is not None:
                    target = self.blocks.blocks().get(event.trigger_id) or self.renders.block(event.session_hash, event.trigger_id)
                kwargs[name] = kind(target, event.event_data)
        if dependency.inputs_as_dict:
            return [dict(zip(dependency.input_components, values, strict=True))], kwargs
        return values, kwargs

    async def _render(
        self, event: Event, dependency: Dependency, args: tuple[list[Any], dict[str, Any]], reporter: EventReporter
    ) -> dict[str, Any]:
        """Runs a `@render` fn; what it builds replaces this session's previous render."""
        spec = dependency.render_spec
        run = RenderRun(spec, self.blocks.id, INJECTABLE_TYPES)
        fn = spec.fn
        positional, keyword = args

        def build() -> Any:
            with run:
                return fn(*positional, **keyword)

        async def build_async() -> Any:
            with run:
                return await fn(*positional, **keyword)

        if dependency.signature.is_async:
            await self._call(dependency, ([], {}), reporter, override=build_async, is_async=True)
        else:
            await self._call(dependency, ([], {}), reporter, override=build)
        session = event.session_hash or ""
        previous = self.renders.previous(session, spec.container.id)
        rendered, config = run.result(previous, set(self.blocks.blocks()))
        self.renders.replace(session, spec.container.id, rendered)
        return config

    # ---- calling -----------------------------------------------------------------------
    async def _call(
        self,
        dependency: Dependency,
        args: tuple[list[Any], dict[str, Any]],
        reporter: EventReporter,
        override: Callable[..., Any] | None = None,
        is_async: bool | None = None,
    ) -> Any:
        fn = override or dependency.fn
        if fn is None:
            return None
        positional, keyword = args
        token = context.set_current_event(reporter)
        try:
            if dependency.signature.is_async if is_async is None else is_async:
                return await fn(*positional, **keyword)
            result = await anyio.to_thread.run_sync(
                lambda: _with_reporter(lambda: fn(*positional, **keyword), reporter), limiter=self.thread_limiter
            )
            if inspect.isawaitable(result):
                result = await result
            return result
        finally:
            context.reset_current_event(token)

    async def _run_generator(
        self, event: Event, dependency: Dependency, args: tuple[list[Any], dict[str, Any]], reporter: EventReporter
    ) -> list[Any]:
        positional, keyword = args
        assert dependency.fn is not None
        token = context.set_current_event(reporter)
        try:
            iterator = dependency.fn(*positional, **keyword)
        finally:
            context.reset_current_event(token)
        previous: list[Any] | None = None
        final: list[Any] = [None] * len(dependency.output_components)
        is_async = hasattr(iterator, "__anext__")
        stepper = None if is_async else ThreadedGenerator(
            iterator, lambda step: _with_reporter(step, reporter), self.thread_limiter
        )
        try:
            while True:
                if is_async:
                    token = context.set_current_event(reporter)
                    try:
                        item = await iterator.__anext__()
                    except StopAsyncIteration:
                        break
                    finally:
                        context.reset_current_event(token)
                else:
                    assert stepper is not None
                    done, item = await stepper.step()
                    if done:
                        break
                started = time.monotonic()
                outputs = self._postprocess(event, dependency, item)
                final = outputs
                if previous is None:
                    event.send(
                        "process_generating",
                        output={"data": outputs, "is_generating": True, "duration": time.monotonic() - started,
                                "changed_state_ids": event.changed_state_ids},
                        success=True,
                        time_limit=dependency.time_limit,
                    )
                else:
                    # Later chunks are the bulk of a stream (one per token): only what
                    # clients read. (@gradio/client needs `success`; nothing reads the rest.)
                    edits = [diff(old, new) for old, new in zip(previous, outputs, strict=True)]
                    event.send("process_generating", output={"data": edits, "is_generating": True}, success=True)
                previous = outputs
        finally:
            if stepper is not None:
                stepper.close()
            else:
                await iterator.aclose()
        return final

    # ---- outputs --------------------------------------------------------------------------
    def _postprocess(self, event: Event, dependency: Dependency, result: Any, batched: bool | None = None) -> list[Any]:
        components = dependency.output_components
        if dependency.batch if batched is None else batched:
            result = _split_batch(result, len(components), 1)[0]
        values = self._split_outputs(dependency, result)
        wire: list[Any] = []
        with gc_paused():  # a large table's rows would set off many full collections
            for component, value in zip(components, values, strict=True):
                wire.append(self._postprocess_one(event, component, value, dependency.postprocess))
            wire = map_file_data(wire, lambda item: self._publish(item, event))
        try:
            dumps(wire)  # fail here, with a clear message, rather than mid-stream
        except TypeError as exc:
            raise FnError(f"The function's output cannot be sent to the browser: {exc}") from None
        return wire

    def _publish(self, item: dict[str, Any], event: Event) -> dict[str, Any]:
        """Copies a returned file into the cache (if allowed) and gives it a URL."""
        root = self.root_url(event.request) if self.root_url and event.request is not None else ""
        try:
            return self.files.published(item, root)
        except AccessDenied as denied:
            raise FnError(str(denied)) from None

    def _split_outputs(self, dependency: Dependency, result: Any) -> list[Any]:
        components = dependency.output_components
        count = len(components)
        if isinstance(result, dict) and result and all(isinstance(key, Component) for key in result):
            unknown = [key for key in result if key not in components]
            if unknown:
                raise FnError(f"Returned a value for {unknown[0]!r}, which is not an output of this event.")
            return [result.get(component, {"__type__": "update"}) for component in components]
        if count == 0:
            return []
        if count == 1:
            return [result]
        if not isinstance(result, (list, tuple)):
            raise FnError(
                f"The function returned 1 value but this event has {count} outputs. "
                f"Return a tuple or list of {count} values."
            )
        if len(result) != count:
            raise FnError(
                f"The function returned {len(result)} values but this event has {count} outputs."
            )
        return list(result)

    def _postprocess_one(self, event: Event, component: Component, value: Any, postprocess: bool) -> Any:
        if isinstance(component, State):
            previous = self.states.get(event.session_hash, component)
            if is_update(value):
                value = value.get("value", previous)
            before = event.state_before.get(component.id, _snapshot(previous))
            self.states.set(event.session_hash, component, value)
            if not _same(before, value) and component.id not in event.changed_state_ids:
                event.changed_state_ids.append(component.id)  # the browser fires its .change
            return None
        if is_update(value):
            props = {key: prop for key, prop in value.items() if key != "__type__"}
            return component.with_updates(props) if postprocess else {**value}
        if isinstance(value, Block):
            return component.with_updates(value.explicit_args)
        return component.postprocess(value) if postprocess else value


def _snapshot(value: Any) -> Any:
    """A copy to compare a state against after the fn ran (the value itself if it cannot be copied)."""
    try:
        return copy.deepcopy(value)
    except Exception:  # noqa: BLE001 - an uncopyable value (a lock, a model) is compared by identity
        return value


def _same(before: Any, after: Any) -> bool:
    if before is after:
        return True
    try:
        return bool(before == after)
    except Exception:  # noqa: BLE001 - e.g. numpy arrays: ambiguous truth value -> treat as changed
        return False


def _split_batch(result: Any, output_count: int, size: int) -> list[Any]:
    """A batched fn's return (one list per output) → each event's return value."""
    if output_count == 0:
        return [None] * size
    columns = list(result) if output_count > 1 else [result]
    if len(columns) != output_count or not all(isinstance(column, (list, tuple)) for column in columns):
        raise FnError(f"A batched function must return {output_count} list(s), one per output, each with one item per input row.")
    if any(len(column) != size for column in columns):
        raise FnError(f"A batched function returned {[len(c) for c in columns]} item(s) per output for a batch of {size}.")
    rows = [[column[k] for column in columns] for k in range(size)]
    return rows if output_count > 1 else [row[0] for row in rows]


def _with_reporter(step: Callable[[], Any], reporter: EventReporter) -> Any:
    token = context.set_current_event(reporter)
    try:
        return step()
    finally:
        context.reset_current_event(token)
