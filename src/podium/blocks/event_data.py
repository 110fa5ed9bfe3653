"""Event data a function can ask for by annotating a parameter, e.g.

    def on_select(evt: podium.SelectData): ...

The browser sends the data with the event; the runner builds the object.
"""

from __future__ import annotations

from typing import Any


class EventData:
    """The component that triggered the event (`target`) and the raw event payload."""

    def __init__(self, target: Any, data: Any) -> None:
        self.target = target
        self._data = data if isinstance(data, dict) else {}


class SelectData(EventData):
    """What was selected: `index` (e.g. [row, col] or [x, y]), `value`, `selected`."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.index: Any = self._data.get("index")
        self.value: Any = self._data.get("value")
        self.row_value: Any = self._data.get("row_value")
        self.col_value: Any = self._data.get("col_value")
        self.selected: bool = self._data.get("selected", True)


class KeyUpData(EventData):
    """The `key` released and the component's `input_value` at that moment."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.key: str | None = self._data.get("key")
        self.input_value: Any = self._data.get("input_value")


class DeletedFileData(EventData):
    """The file (FileData dict) removed from a file component."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.file: Any = self._data.get("file")


class DownloadData(EventData):
    """The file (FileData dict) a user downloaded."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.file: Any = self._data.get("file")


class LikeData(EventData):
    """A message was liked or disliked: its `index`, `value`, and `liked` (True, False,
    or the chosen feedback option's text)."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.index: Any = self._data.get("index")
        self.value: Any = self._data.get("value")
        self.liked: Any = self._data.get("liked", True)


class RetryData(EventData):
    """The retry button was pressed on the message at `index` (its `value`)."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.index: Any = self._data.get("index")
        self.value: Any = self._data.get("value")


class UndoData(RetryData):
    """The undo button was pressed on the message at `index` (its `value`)."""


class EditData(EventData):
    """A message at `index` was edited from `previous_value` to `value`."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.index: Any = self._data.get("index")
        self.value: Any = self._data.get("value")
        self.previous_value: Any = self._data.get("previous_value")


class CopyData(EventData):
    """A message at `index` (its `value`) was copied to the clipboard."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        self.index: Any = self._data.get("index")
        self.value: Any = self._data.get("value")
