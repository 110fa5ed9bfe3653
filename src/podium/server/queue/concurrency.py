"""Concurrency groups: at most `limit` events of one `concurrency_id` run at once.

Waiting events keep FIFO order, and their position is what `estimation` reports.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import Any

# What `acquire` returns to a waiter that another event took into its batch.
BATCHED = "batched"


class ConcurrencyGroup:
    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.active = 0
        self.waiting: deque[tuple[Any, asyncio.Future[str | None]]] = deque()
        # Throttling of rank updates to waiting events (see InProcessQueue._update_ranks).
        self.last_rank_update = 0.0
        self.rank_update_pending = False

    def rank_of(self, item: Any) -> int:
        for rank, (waiting_item, _) in enumerate(self.waiting):
            if waiting_item is item:
                return rank
        return 0

    def has_room(self) -> bool:
        return self.limit is None or self.active < self.limit

    async def acquire(self, item: Any) -> str | None:
        """Waits for a slot (returns None), or until a running event takes this one into
        its batch (returns BATCHED: no slot is held then)."""
        if self.has_room() and not self.waiting:
            self.active += 1
            return None
        future: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()
        entry = (item, future)
        self.waiting.append(entry)
        try:
            return await future
        except asyncio.CancelledError:
            if entry in self.waiting:
                self.waiting.remove(entry)
            elif future.done() and not future.cancelled() and future.result() is None:
                self.release()  # the slot was handed to us just as we were cancelled
            raise

    def take_batch(self, matches: Callable[[Any], bool], limit: int) -> list[Any]:
        """Removes up to `limit` waiting items for which `matches` is true (oldest first)
        and tells them they were batched; returns them."""
        taken: list[Any] = []
        for entry in list(self.waiting):
            if len(taken) >= limit:
                break
            item, future = entry
            if not future.done() and matches(item):
                self.waiting.remove(entry)
                future.set_result(BATCHED)
                taken.append(item)
        return taken

    def release(self) -> None:
        """Hands the slot to the next waiter, or frees it."""
        while self.waiting:
            _, future = self.waiting.popleft()
            if not future.done():
                future.set_result(None)
                return
        self.active -= 1
