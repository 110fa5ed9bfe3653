"""`Progress`: a tracker a function receives as a default argument to report progress.

    def work(x, progress=podium.Progress()):
        for item in progress.tqdm(items):
            ...

The runner replaces the default with a tracker bound to the running event, whose
updates reach the browser (and API clients) as `progress` messages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


class Progress:
    def __init__(self, track_tqdm: bool = False) -> None:
        self.track_tqdm = track_tqdm
        self._report: Callable[[list[dict[str, Any]]], None] | None = None
        self._stack: list[dict[str, Any]] = []

    def _bind(self, report: Callable[[list[dict[str, Any]]], None]) -> Progress:
        bound = Progress(self.track_tqdm)
        bound._report = report
        return bound

    def _emit(self) -> None:
        if self._report is not None:
            self._report([dict(level) for level in self._stack])

    def __call__(
        self,
        progress: float | tuple[int, int | None] | None,
        desc: str | None = None,
        total: int | None = None,
        unit: str = "steps",
        _tqdm: Any = None,
    ) -> float | tuple[int, int | None] | None:
        """Reports a fraction (0..1), or `(index, length)` steps, with a description."""
        if isinstance(progress, tuple):
            index, length = progress
            level: dict[str, Any] = {"index": index, "length": length, "unit": unit, "progress": None, "desc": desc}
        else:
            level = {"index": None, "length": total, "unit": unit, "progress": progress, "desc": desc}
        self._stack = [level]
        self._emit()
        return progress

    def tqdm(
        self,
        iterable: Iterable[T],
        desc: str | None = None,
        total: int | None = None,
        unit: str = "steps",
        _tqdm: Any = None,
    ) -> Iterator[T]:
        """Iterates over `iterable`, reporting each step."""
        if total is None:
            try:
                total = len(iterable)  # type: ignore[arg-type]
            except TypeError:
                total = None
        level: dict[str, Any] = {"index": 0, "length": total, "unit": unit, "progress": None, "desc": desc}
        self._stack.append(level)
        try:
            self._emit()
            for item in iterable:
                yield item
                level["index"] += 1
                self._emit()
        finally:
            self._stack.remove(level)
