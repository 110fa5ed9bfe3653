"""The pieces of a chat conversation: `ChatMessage`, its `metadata` and `options`.

A conversation is a list of messages in the "messages" format,
`{"role": "user" | "assistant" | "system", "content": ..., "metadata": ..., "options": ...}`,
where content is text, a file (a path, a `(path, alt_text)` tuple or FileData), a
component such as `podium.Image(...)`, or a list of those.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict

Role = Literal["user", "assistant", "system"]


class MetadataDict(TypedDict, total=False):
    """Turns a message into a collapsible "thought" or tool-call block.

    `title` makes it a block; `id`/`parent_id` nest blocks; `log` is subdued text after
    the title; `duration` (seconds) is shown in brackets; `status="pending"` shows a
    spinner and keeps the block open, `"done"` closes it.
    """

    title: str
    id: int | str
    parent_id: int | str
    log: str
    duration: float
    status: Literal["pending", "done"]


class _OptionValue(TypedDict):
    value: str


class OptionDict(_OptionValue, total=False):
    """A clickable suggestion under a message; picking it sends `value` as the next message."""

    label: str


@dataclass
class ChatMessage:
    """One message; equivalent to the dict `{"role": ..., "content": ..., ...}`."""

    content: Any
    role: Role = "assistant"
    metadata: MetadataDict = field(default_factory=lambda: MetadataDict())
    options: list[OptionDict] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        # Not dataclasses.asdict: that would deep-copy component instances in `content`.
        return {"role": self.role, "content": self.content, "metadata": self.metadata, "options": self.options}
