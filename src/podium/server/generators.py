"""Stepping a user's sync generator from the event loop, one `next()` per worker thread.

Cancelling (the Stop button) can interrupt the loop while a step is still running in its
thread; the generator must then be closed once that step returns, not while it runs
("generator already executing"), so that its cleanup code still runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from typing import Any

import anyio
import anyio.to_thread


class ThreadedGenerator:
    def __init__(self, iterator: Generator[Any, Any, Any], wrap_step: Callable[[Callable[[], Any]], Any], limiter: anyio.CapacityLimiter) -> None:
        self._iterator = iterator
        self._wrap_step = wrap_step  # runs a step with the event context set
        self._limiter = limiter
        self._lock = threading.Lock()
        self._stepping = False
        self._close_requested = False

    async def step(self) -> tuple[bool, Any]:
        """(True, None) once exhausted, else (False, the next item)."""
        return await anyio.to_thread.run_sync(self._step_in_thread, limiter=self._limiter)  # type: ignore[no-any-return]

    def _step_in_thread(self) -> tuple[bool, Any]:
        with self._lock:
            if self._close_requested:
                return True, None
            self._stepping = True
        try:
            return False, self._wrap_step(lambda: next(self._iterator))
        except StopIteration:
            return True, None
        finally:
            with self._lock:
                self._stepping = False
                close_now = self._close_requested
            if close_now:
                self._iterator.close()

    def close(self) -> None:
        with self._lock:
            if self._stepping:
                self._close_requested = True  # the running step closes it when it returns
                return
            self._close_requested = True
        self._iterator.close()
