"""Everything one served app holds at run time, shared by the route handlers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from podium.files.access import AccessDenied, FileAccess
from podium.files.cache import FileCache
from podium.files.file_data import map_file_data
from podium.server.queue.channels import SHUTDOWN, Channel, SessionChannels
from podium.server.queue.engine import InProcessQueue
from podium.server.runner import Runner
from podium.server.state_store import SessionState

if TYPE_CHECKING:
    from starlette.requests import Request

    from podium.blocks.blocks import Blocks
    from podium.server.auth import Auth

logger = logging.getLogger("podium")
SWEEP_SECONDS = 30.0


@dataclass
class AppState:
    blocks: Blocks
    root_path: str = ""
    show_error: bool = False
    max_threads: int = 40
    auth: Auth | None = None
    files: FileAccess = field(default_factory=lambda: FileAccess(FileCache()))
    max_file_size: int | None = None
    states: SessionState = field(default_factory=SessionState)
    channels: SessionChannels = field(default_factory=SessionChannels)
    rest_channels: dict[str, Channel] = field(default_factory=dict)
    # Open heartbeat streams per session; a session with none is ended after a grace period.
    heartbeats: dict[str, int] = field(default_factory=dict)
    runner: Runner = field(init=False)
    queue: InProcessQueue = field(init=False)
    # Set when the server stops, so long-lived streams end instead of holding it open.
    shutting_down: asyncio.Event = field(default_factory=asyncio.Event)
    _sweeper: asyncio.Task[None] | None = None
    _cache_cleaner: asyncio.Task[None] | None = None
    _loop: asyncio.AbstractEventLoop | None = None

    def __post_init__(self) -> None:
        self.runner = Runner(
            self.blocks, self.states, self.files, max_threads=self.max_threads, show_error=self.show_error,
            root_url=self.root_url,
        )
        self.queue = InProcessQueue(self.blocks, self.runner)

    def root_url(self, request: Request) -> str:
        """The app's public URL, honouring root_path and proxy headers."""
        headers = request.headers
        scheme = headers.get("x-forwarded-proto", request.url.scheme).split(",")[0].strip()
        host = headers.get("x-forwarded-host", headers.get("host", request.url.netloc)).split(",")[0].strip()
        root_path = self.root_path or request.scope.get("root_path", "")
        if root_path.startswith("http://") or root_path.startswith("https://"):
            return root_path.rstrip("/")
        return f"{scheme}://{host}{root_path.rstrip('/')}"

    def config(self, request: Request) -> dict[str, Any]:
        """The app config for this request: root URL filled in, initial files made servable."""
        root = self.root_url(request)
        config = self.blocks.config(root=root)

        def servable(item: dict[str, Any]) -> Any:
            try:
                return self.files.published(item, root)
            except AccessDenied as denied:
                logger.warning("Initial value not shown: %s", denied)
                return None

        for component in config["components"]:
            # Any prop may hold files: a value, but also e.g. a Chatbot's avatar images.
            component["props"] = map_file_data(component["props"], servable)
        return config

    def end_session_if_gone(self, session_hash: str) -> None:
        if session_hash in self.heartbeats:
            return  # the client reconnected
        self.queue.cancel_session(session_hash)
        self.states.drop(session_hash, self.blocks.state_components())
        self.runner.renders.drop(session_hash)
        for fn in self.blocks.unload_fns:
            # Runs in a worker thread: an unload handler may be slow or blocking.
            asyncio.get_running_loop().run_in_executor(None, _run_unload, fn, session_hash)

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._sweeper = self._loop.create_task(self._sweep_forever())
        if self.blocks.delete_cache is not None:
            frequency, max_age = self.blocks.delete_cache
            self._cache_cleaner = self._loop.create_task(self._delete_cache_forever(frequency, max_age))

    def request_shutdown(self) -> None:
        """Ends every open stream; safe to call from any thread."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._end_streams)

    def _end_streams(self) -> None:
        self.shutting_down.set()
        for channel in (*self.channels.all(), *self.rest_channels.values()):
            if channel.readers:
                channel.put(SHUTDOWN)

    async def stop(self) -> None:
        for task in (self._sweeper, self._cache_cleaner):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        await self.queue.close()
        if self.blocks.delete_cache is not None:
            self.files.cache.clear()

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_SECONDS)
            self.channels.sweep()
            for event_id, channel in list(self.rest_channels.items()):
                if channel.idle() or channel.last_used < time.monotonic() - 600:
                    self.rest_channels.pop(event_id, None)
            self.states.expire()

    async def _delete_cache_forever(self, frequency: float, max_age: float) -> None:
        """`Blocks(delete_cache=(frequency, age))`: drops cached files older than `age`."""
        while True:
            await asyncio.sleep(frequency)
            await asyncio.to_thread(self.files.cache.delete_older_than, max_age)


def _run_unload(fn: Any, session_hash: str) -> None:
    try:
        fn()
    except Exception:
        logger.exception("demo.unload handler failed for session %s", session_hash)


def app_state(request: Any) -> AppState:
    state: AppState = request.app.state.podium
    return state
