"""Cached example outputs (`cache_examples=True`) and examples read from a directory."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any


class ExampleCache:
    """Outputs of `fn` for each example row, in wire form, computed all at once at startup
    ("eager") or each on its first click ("lazy"), then shared by every user."""

    def __init__(
        self,
        fn: Callable[..., Any],
        inputs: list[Any],
        outputs: list[Any],
        rows: list[list[Any]],
        preprocess: bool = True,
        postprocess: bool = True,
    ) -> None:
        self.fn = fn
        self.inputs = inputs
        self.outputs = outputs
        self.rows = rows
        self.preprocess = preprocess
        self.postprocess = postprocess
        self._cached: dict[int, list[Any]] = {}
        self._lock = threading.Lock()

    def fill(self) -> None:
        """Caches every example (eager mode, at app start-up)."""
        for index in range(len(self.rows)):
            self.outputs_for(index)

    def outputs_for(self, index: int) -> list[Any]:
        with self._lock:
            cached = self._cached.get(index)
            if cached is None:
                cached = self._cached[index] = self._compute(self.rows[index])
            return cached

    def _compute(self, row: list[Any]) -> list[Any]:
        wire = [component.postprocess(value) for component, value in zip(self.inputs, row, strict=True)]
        args = [component.preprocess(payload) for component, payload in zip(self.inputs, wire, strict=True)] if self.preprocess else wire
        result = self.fn(*args)
        if hasattr(result, "__next__"):  # a generator: its last value is the output
            tail = deque(result, maxlen=1)
            result = tail[0] if tail else None
        values = [result] if len(self.outputs) == 1 else list(result)
        if len(values) != len(self.outputs):
            raise ValueError(f"Example function returned {len(values)} values for {len(self.outputs)} outputs")
        if not self.postprocess:
            return values
        return [component.postprocess(value) for component, value in zip(self.outputs, values, strict=True)]


def rows_from_directory(folder: str | Path, input_count: int) -> list[list[Any]]:
    """Example rows from a directory: one file per example for a single input, or the rows
    of its `log.csv` (file names in it are taken relative to the directory)."""
    root = Path(folder)
    if not root.is_dir():
        raise ValueError(f"examples directory {str(root)!r} does not exist")
    log = root / "log.csv"
    if log.is_file():
        import csv  # only apps with a directory of examples pay for it at import

        with log.open(newline="", encoding="utf-8") as handle:
            table = list(csv.reader(handle))
        rows = [[_resolve(root, cell) for cell in row[:input_count]] for row in table[1:] if row]
        return rows
    if input_count != 1:
        raise ValueError(f"examples directory {str(root)!r} needs a log.csv to give values for {input_count} inputs")
    return [[str(path)] for path in sorted(root.iterdir()) if path.is_file() and not path.name.startswith(".")]


def _resolve(root: Path, cell: str) -> Any:
    candidate = root / cell
    return str(candidate) if cell and candidate.is_file() else cell
