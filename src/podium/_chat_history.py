"""`ChatInterface(save_history=True)`: past conversations kept in the user's browser.

A column beside the chat lists them (newest first) under a "New chat" button. The list
lives in a BrowserState (encrypted in localStorage), so it survives reloads; which one is
open is per-session State. Every finished turn saves the open conversation.
"""

from __future__ import annotations

from typing import Any

from podium.blocks import context
from podium.blocks.dependency import DependencyHandle
from podium.blocks.updates import update
from podium.components._chat_messages import text_of
from podium.components.browser_state import BrowserState
from podium.components.button import Button
from podium.components.chatbot import Chatbot
from podium.components.dataset import Dataset
from podium.components.state import State
from podium.components.textbox import Textbox

TITLE_LENGTH = 40
Conversation = list[dict[str, Any]]


def title_of(conversation: Conversation) -> str:
    """A conversation's label: its first user message, shortened."""
    first = next((text_of(m) for m in conversation if m.get("role") == "user" and text_of(m)), "New chat")
    first = " ".join(first.split())
    return first if len(first) <= TITLE_LENGTH else first[: TITLE_LENGTH - 1] + "…"


def listing(saved: list[Conversation] | None) -> dict[str, Any]:
    return update(samples=[[title_of(conversation)] for conversation in saved or []])


def saved_after_turn(open_id: int | None, history: Conversation, saved: list[Conversation] | None) -> tuple[int | None, list[Conversation]]:
    """The list with `history` stored: replacing the open conversation, or first if new."""
    conversations = list(saved or [])
    if not history:
        return open_id, conversations
    if open_id is None or not 0 <= open_id < len(conversations):
        return 0, [history, *conversations]
    conversations[open_id] = history
    return open_id, conversations


class SavedConversations:
    """The sidebar's components; `wire` attaches the listeners once the chat exists."""

    def __init__(self, storage_key: str) -> None:
        self.saved = BrowserState([], storage_key=storage_key)
        self.open_id = State(None)
        self.new_chat = Button("New chat", variant="primary", size="md")
        self.listing = Dataset(
            label="Conversations", components=[Textbox(render=False, label="Conversation")], samples=[],
            type="index", samples_per_page=100,
        )

    def wire(self, chatbot: Chatbot, turns: list[DependencyHandle]) -> None:
        saved, open_id, shown = self.saved, self.open_id, self.listing
        private: dict[str, Any] = {"api_visibility": "undocumented", "queue": False}

        def save(current: int | None, history: Conversation, conversations: list[Conversation] | None) -> tuple[Any, ...]:
            current, conversations = saved_after_turn(current, history, conversations)
            return current, conversations, listing(conversations)

        def delete(current: int | None, conversations: list[Conversation] | None) -> tuple[Any, ...]:
            remaining = [c for i, c in enumerate(conversations or []) if i != current]
            return None, remaining, listing(remaining)

        def open_conversation(index: Any, conversations: list[Conversation] | None) -> tuple[Any, ...]:
            # The listing changes at run time, so its index is read raw (preprocess=False).
            position = int(index[0] if isinstance(index, list) else index)
            conversations = conversations or []
            if not 0 <= position < len(conversations):
                return None, []
            return position, conversations[position]

        for handle in turns:
            handle.then(save, [open_id, chatbot, saved], [open_id, saved, shown], **private)
        self.new_chat.click(lambda: (None, []), None, [open_id, chatbot], **private)
        shown.click(open_conversation, [shown, saved], [open_id, chatbot], preprocess=False, **private)
        chatbot.clear(delete, [open_id, saved], [open_id, saved, shown], **private)
        root = context.render_stack()[0]
        root.load(listing, saved, shown, **private)  # type: ignore[attr-defined]
