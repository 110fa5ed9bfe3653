"""The in-process event queue: admission, fair ordering per concurrency group, ETA,
cancellation. Runs each event through the Runner and routes its messages.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import TYPE_CHECKING, Any

from podium.server.queue.concurrency import BATCHED, ConcurrencyGroup
from podium.server.queue.event import Event

if TYPE_CHECKING:
    from podium.blocks.blocks import Blocks
    from podium.blocks.dependency import Dependency
    from podium.server.runner import Runner

logger = logging.getLogger("podium")


RANK_UPDATE_SECONDS = 1.0


class QueueFullError(Exception):
    pass


class InProcessQueue:
    def __init__(self, blocks: Blocks, runner: Runner) -> None:
        self.blocks = blocks
        self.runner = runner
        self.groups: dict[str, ConcurrencyGroup] = {}
        self.events: dict[str, Event] = {}
        self.waiting_count = 0

    def _group(self, dependency: Dependency) -> ConcurrencyGroup:
        group_id = dependency.resolved_concurrency_id
        group = self.groups.get(group_id)
        if group is None:
            group = self.groups[group_id] = ConcurrencyGroup(self.blocks.concurrency_limit_of(dependency))
        return group

    def submit(self, event: Event, on_done: Any = None) -> None:
        """Admits `event` (or raises QueueFullError) and starts processing it."""
        max_size = self.blocks.queue_settings.max_size
        if max_size is not None and self.waiting_count >= max_size:
            raise QueueFullError(f"Queue is full ({max_size} events waiting); try again later.")
        self.events[event.id] = event
        self.waiting_count += 1
        event.task = asyncio.get_running_loop().create_task(self._process(event, on_done))

    def _eta(self, fn_index: int, rank: int, group: ConcurrencyGroup) -> float | None:
        average = self.runner.average_duration(fn_index)
        if average is None:
            return None
        return average * (rank // (group.limit or 1) + 1)

    async def _process(self, event: Event, on_done: Any) -> None:
        dependency = event.dependency or self.blocks.dependencies[event.fn_index]
        group = self._group(dependency)
        success = False
        acquired = batched = False
        try:
            rank = len(group.waiting) if not (group.has_room() and not group.waiting) else 0
            event.send("estimation", rank=rank, queue_size=self.waiting_count,
                       rank_eta=self._eta(event.fn_index, rank, group))
            if await group.acquire(event) == BATCHED:
                # Another event runs this one in its batch and sends its messages.
                self.waiting_count -= 1
                batched = True
                await event.batch_done.wait()
                success = event.batch_success
                return
            acquired = True
            self.waiting_count -= 1
            self._update_ranks(group)
            event.send("process_starts", eta=self.runner.average_duration(event.fn_index))
            if dependency.batch:
                success = await self._run_batch(event, dependency, group)
            else:
                success = await self.runner.run(event, dependency)
        except asyncio.CancelledError:
            event.cancelled = True
            event.send("process_completed", output={"error": None}, success=False, title=None)
        except Exception:  # a bug here must not kill the queue (logged below)
            logger.exception("Internal error while processing event %s", event.id)
            event.send("unexpected_error", message="Podium had an internal error processing this event.", success=False)
        finally:
            if not acquired and not batched:
                self.waiting_count -= 1
            elif acquired:
                group.release()
            self.events.pop(event.id, None)
            event.finished.set()
            if on_done is not None:
                on_done(event, success)

    async def _run_batch(self, leader: Event, dependency: Dependency, group: ConcurrencyGroup) -> bool:
        """Runs `leader` with up to max_batch_size - 1 events of the same listener that are
        waiting behind it, in one call."""
        companions: list[Event] = group.take_batch(
            lambda waiting: waiting.fn_index == leader.fn_index and waiting.dependency is leader.dependency,
            max(0, dependency.max_batch_size - 1),
        )
        batch = [leader, *companions]
        for companion in companions:
            companion.send("process_starts", eta=self.runner.average_duration(companion.fn_index))
        outcomes = [False] * len(batch)
        try:
            outcomes = await self.runner.run_batch(batch, dependency)
        finally:
            for companion, outcome in zip(companions, outcomes[1:], strict=True):
                companion.batch_success = outcome
                companion.batch_done.set()
            self._update_ranks(group)
        return outcomes[0]

    def _update_ranks(self, group: ConcurrencyGroup) -> None:
        """Tells waiting events their new place in line, at most once per RANK_UPDATE_SECONDS.

        Every start moves everyone up one place; sending each move to each waiter would
        cost O(waiting²) messages under load, so updates are batched.
        """
        if not group.waiting or group.rank_update_pending:
            return
        delay = group.last_rank_update + RANK_UPDATE_SECONDS - time.monotonic()
        if delay <= 0:
            self._send_ranks(group)
        else:
            group.rank_update_pending = True
            asyncio.get_running_loop().call_later(delay, self._send_ranks, group)

    def _send_ranks(self, group: ConcurrencyGroup) -> None:
        group.rank_update_pending = False
        group.last_rank_update = time.monotonic()
        for rank, (waiting, _) in enumerate(group.waiting):
            waiting.send("estimation", rank=rank, queue_size=self.waiting_count,
                         rank_eta=self._eta(waiting.fn_index, rank, group))

    def cancel(self, event_id: str) -> bool:
        event = self.events.get(event_id)
        if event is None or event.task is None:
            return False
        event.task.cancel()
        return True

    def cancel_session(self, session_hash: str) -> None:
        for event in list(self.events.values()):
            if event.session_hash == session_hash and event.task is not None:
                event.task.cancel()

    async def close(self) -> None:
        tasks = [event.task for event in self.events.values() if event.task is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
