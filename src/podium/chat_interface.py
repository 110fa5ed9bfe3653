"""`ChatInterface`: a full chat app around `fn(message, history)`, built over Blocks.

The browser's conversation lives in the Chatbot: each turn sends it (the history) with
the message, and one queued generator streams back the user's message, then the reply
as it grows (edit diffs on the wire, so a long reply costs O(n) bytes). A separate,
public endpoint named after `fn` serves API clients, keeping their history in a State.
"""

from __future__ import annotations

import contextlib
import inspect
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

from podium import _chat_turns as turns
from podium._chat_history import SavedConversations
from podium.blocks import context
from podium.blocks.blocks import Blocks
from podium.blocks.dependency import DependencyHandle
from podium.blocks.event_data import EditData, SelectData
from podium.blocks.examples import Examples
from podium.blocks.updates import skip
from podium.components._base import Component
from podium.components._deprecations import warn_renamed
from podium.components._shortcuts import component_from
from podium.components.button import Button
from podium.components.chatbot import Chatbot
from podium.components.json_component import JSON
from podium.components.markdown import Markdown
from podium.components.multimodal_textbox import MultimodalTextbox
from podium.components.state import State
from podium.components.textbox import Textbox
from podium.files.file_data import file_data, is_file_data
from podium.layouts import Accordion, Column, Group, Row


def _as_list(spec: Any) -> list[Any]:
    if spec is None:
        return []
    return list(spec) if isinstance(spec, (list, tuple)) else [spec]


class ChatInterface(Blocks):
    """`ChatInterface(fn).launch()`: fn(message, history, *additional_inputs) returns or
    yields the reply (text, a component, a message dict / ChatMessage, or a list)."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        multimodal: bool = False,
        chatbot: Chatbot | None = None,
        textbox: Textbox | MultimodalTextbox | None = None,
        additional_inputs: Any = None,
        additional_inputs_accordion: str | Accordion | None = None,
        additional_outputs: Any = None,
        editable: bool = False,
        examples: list[Any] | None = None,
        examples_label: str | None = "Examples",
        example_labels: list[str] | None = None,
        example_icons: list[str] | None = None,
        run_examples_on_click: bool = True,
        cache_examples: bool | None = None,
        cache_mode: str | None = None,
        title: str | None = None,
        description: str | None = None,
        flagging_mode: str | None = None,
        flagging_options: list[str] | tuple[str, ...] | None = ("Like", "Dislike"),
        flagging_dir: str = ".podium/flagged",
        analytics_enabled: bool | None = None,
        autofocus: bool = True,
        autoscroll: bool = True,
        submit_btn: str | bool | None = True,
        stop_btn: str | bool | None = True,
        concurrency_limit: int | str | None = "default",
        delete_cache: tuple[int, int] | None = None,
        show_progress: str = "minimal",
        fill_height: bool = True,
        fill_width: bool = False,
        api_name: str | None = None,
        api_description: str | bool | None = None,
        api_visibility: str = "public",
        save_history: bool = False,
        validator: Callable[..., Any] | None = None,
        **blocks_kwargs: Any,
    ) -> None:
        if not callable(fn):
            raise TypeError(f"ChatInterface fn must be callable, got {fn!r}")
        _accept_messages_type(blocks_kwargs)
        super().__init__(
            mode="chat_interface", title=title or "Podium", fill_height=fill_height, fill_width=fill_width,
            delete_cache=delete_cache, **blocks_kwargs,
        )
        self.fn = fn
        self.multimodal = multimodal or isinstance(textbox, MultimodalTextbox)
        self.is_generator = turns.streams(fn)
        self.editable = editable
        self.save_history = save_history
        self.additional_inputs: list[Component] = [component_from(spec, render=False) for spec in _as_list(additional_inputs)]
        self.additional_outputs: list[Component] = _as_list(additional_outputs)
        self.examples = examples
        self._example_icons = example_icons
        self.run_examples_on_click = run_examples_on_click
        self._listener_args: dict[str, Any] = {"concurrency_limit": concurrency_limit, "show_progress": show_progress}

        self.history_sidebar: SavedConversations | None = None
        with self:
            with Row(equal_height=False) if save_history else contextlib.nullcontext():
                if save_history:
                    with Column(scale=1, min_width=160):
                        name = getattr(fn, "__name__", "chat")
                        self.history_sidebar = SavedConversations(storage_key=f"_podium_chats_{name}")
                self._build_chat(title, description, chatbot, textbox, autoscroll, autofocus, submit_btn,
                                 stop_btn, examples, examples_label, example_labels, additional_inputs_accordion)
            self.api_handle = self._register_api(api_name, api_description, api_visibility)
            self._register_ui()
        # Built inside another app (`with gr.Blocks(): gr.ChatInterface(...)`): show it there.
        # Its listeners were already registered on that outer app.
        if context.current_container() is not None:
            self.render()

    # ---- layout ---------------------------------------------------------------------
    def _build_chat(
        self, title: str | None, description: str | None, chatbot: Chatbot | None, textbox: Any,
        autoscroll: bool, autofocus: bool, submit_btn: Any, stop_btn: Any, examples: list[Any] | None,
        examples_label: str | None, example_labels: list[str] | None, accordion: str | Accordion | None,
    ) -> None:
        with Column(scale=6 if self.save_history else 1):
            if title:
                Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{title}</h1>")
            if description:
                Markdown(description)
            self.chatbot = self._chatbot(chatbot, autoscroll)
            with Group(), Row():
                self.textbox = self._textbox(textbox, autofocus, submit_btn, stop_btn)
            # The public API endpoint: a hidden button, the reply as JSON, history in a State.
            self.api_response = JSON(label="Response", visible=False)
            self.api_history = State([])
            self._api_button = Button("API", visible=False)
            self._examples_below: Examples | None = None
            if examples and self.additional_inputs:
                self._examples_below = Examples(
                    examples, [self.textbox, *self.additional_inputs], label=examples_label,
                    example_labels=example_labels,
                )
            self._render_additional_inputs(accordion)

    def _chatbot(self, chatbot: Chatbot | None, autoscroll: bool) -> Chatbot:
        if chatbot is None:
            chatbot = Chatbot(label="Chatbot", scale=1, autoscroll=autoscroll, render=False)
        if self.editable and chatbot.editable is None:
            chatbot.editable = "user"
        if self.examples and not self.additional_inputs and not chatbot.examples:
            icons = list(self._example_icons or [])
            chatbot.examples = [
                _chatbot_example(example, icons[i] if i < len(icons) else None) for i, example in enumerate(self.examples)
            ]
        chatbot.render()
        return chatbot

    def _textbox(self, textbox: Any, autofocus: bool, submit_btn: Any, stop_btn: Any) -> Textbox | MultimodalTextbox:
        if textbox is None:
            kind = MultimodalTextbox if self.multimodal else Textbox
            textbox = kind(
                show_label=False, label="Message", placeholder="Type a message...", scale=7,
                autofocus=autofocus, submit_btn=submit_btn, render=False,
            )
        # The Stop button replaces Submit while a reply streams (see _register_ui).
        self._submit_btn = textbox.submit_btn
        self._stop_btn = stop_btn if self.is_generator else False
        textbox.render()
        return textbox

    def _render_additional_inputs(self, accordion: str | Accordion | None) -> None:
        unrendered = [component for component in self.additional_inputs if not component.is_rendered]
        if not unrendered:
            return
        if isinstance(accordion, Accordion):
            accordion.render()
            holder = accordion
        else:
            holder = Accordion(label=accordion or "Additional Inputs", open=False)
        with holder:
            for component in unrendered:
                component.render()

    # ---- events ---------------------------------------------------------------------
    def _register_api(self, api_name: str | None, api_description: Any, api_visibility: str) -> DependencyHandle:
        name = api_name or getattr(self.fn, "__name__", "chat").replace("<lambda>", "lambda")
        chat = self

        if self.is_generator:
            async def api_stream(message: Any, history: Any, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
                async for response in turns.responses(chat.fn, [message, list(history or []), *args], kwargs):
                    reply, extra = chat._split(response)
                    yield (reply, [*(history or []), turns.user_message(message), *turns.assistant_messages(reply)], *extra)

            api_fn: Callable[..., Any] = api_stream
        else:
            async def api_call(message: Any, history: Any, *args: Any, **kwargs: Any) -> Any:
                response = None
                async for item in turns.responses(chat.fn, [message, list(history or []), *args], kwargs):
                    response = item
                reply, extra = chat._split(response)
                return (reply, [*(history or []), turns.user_message(message), *turns.assistant_messages(reply)], *extra)

            api_fn = api_call
        # The endpoint shows fn's own parameters (the history State is hidden from clients).
        with contextlib.suppress(TypeError, ValueError):
            api_fn.__signature__ = inspect.signature(self.fn)  # type: ignore[attr-defined]
        api_fn.__name__ = name
        return self._api_button.click(
            api_fn, [self.textbox, self.api_history, *self.additional_inputs],
            [self.api_response, self.api_history, *self.additional_outputs],
            api_name=name, api_description=api_description, api_visibility=api_visibility,
            concurrency_limit=self._listener_args["concurrency_limit"],
        )

    def _register_ui(self) -> None:
        chatbot, textbox = self.chatbot, self.textbox
        inputs = [chatbot, *self.additional_inputs]
        outputs = [textbox, chatbot, *self.additional_outputs]
        # Progress shows on the chatbot only (typing dots), not on the cleared message box.
        private = {"api_visibility": "undocumented", "show_progress_on": [chatbot], **self._listener_args}
        fn = self.fn
        rest = [turns.varargs("args")]

        async def respond(message: Any, history: Any, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
            async for outputs in self._turn(message, list(history or []), args, kwargs):
                yield outputs

        async def retry(history: Any, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
            before, asked = turns.split_last_turn(list(history or []))
            async for outputs in self._turn(turns.message_value(asked, self.multimodal), before, args, kwargs):
                yield outputs

        async def edit(history: Any, *args: Any, edit_data: EditData, **kwargs: Any) -> AsyncIterator[Any]:
            message, before = self._edited(history, edit_data)
            async for outputs in self._turn(message, before, args, kwargs):
                yield outputs

        async def pick(history: Any, *args: Any, picked: SelectData, **kwargs: Any) -> AsyncIterator[Any]:
            """An option under a message, or an example in the empty chat, was clicked."""
            async for outputs in self._turn(self._picked(picked), list(history or []), args, kwargs):
                yield outputs

        edit_param = turns.keyword("edit_data", EditData)
        pick_param = turns.keyword("picked", SelectData)
        runs: list[tuple[Any, DependencyHandle]] = [
            (textbox.submit, textbox.submit(
                turns.with_signature(respond, [*turns.positional("message", "history"), *rest], fn), [textbox, *inputs], outputs, **private)),
            (chatbot.retry, chatbot.retry(
                turns.with_signature(retry, [*turns.positional("history"), *rest], fn), inputs, outputs, **private)),
            (chatbot.option_select, chatbot.option_select(
                turns.with_signature(pick, [*turns.positional("history"), *rest, pick_param], fn), inputs, outputs, **private)),
        ]
        if self.editable:
            runs.append((chatbot.edit, chatbot.edit(
                turns.with_signature(edit, [*turns.positional("history"), *rest, edit_param], fn), inputs, outputs, **private)))
        if self.examples and not self.additional_inputs:
            if self.run_examples_on_click:
                pick_example = turns.with_signature(pick, [*turns.positional("history"), *rest, pick_param], fn)
                runs.append((chatbot.example_select, chatbot.example_select(pick_example, inputs, outputs, **private)))
            else:
                chatbot.example_select(self._fill_example, None, [textbox], api_visibility="undocumented")
        undo = chatbot.undo(self._undo, [chatbot], [chatbot, textbox], api_visibility="undocumented")
        if self.history_sidebar is not None:
            self.history_sidebar.wire(chatbot, [*(handle for _, handle in runs), undo])

        if self._stop_btn:
            # Submit turns into Stop while a reply streams; Stop cancels the reply on the server.
            streaming = _js_update({"submit_btn": False, "stop_btn": self._stop_btn})
            idle = _js_update({"submit_btn": self._submit_btn, "stop_btn": False})
            for trigger, handle in runs:
                trigger(None, None, [textbox], js=streaming, queue=False)
                handle.then(None, None, [textbox], js=idle, queue=False)
            textbox.stop(None, None, [textbox], js=idle, cancels=[handle for _, handle in runs], queue=False)

    def _edited(self, history: Any, edit_data: EditData) -> tuple[Any, list[dict[str, Any]]]:
        index = edit_data.index[0] if isinstance(edit_data.index, (list, tuple)) else edit_data.index
        before = list(history or [])[: int(index or 0)]
        message: Any = edit_data.value
        if self.multimodal and isinstance(message, str):
            message = {"text": message, "files": []}
        return message, before

    def _picked(self, picked: SelectData) -> Any:
        value = picked.value
        if isinstance(value, dict) and "value" in value:
            value = value["value"]
        if isinstance(value, dict):
            text = value.get("text") or ""
            files = [turns.path_of(item) for item in value.get("files") or []]
            return {"text": text, "files": files} if self.multimodal else text
        return {"text": str(value), "files": []} if self.multimodal else value

    # ---- the turns ---------------------------------------------------------------------
    def _split(self, response: Any) -> tuple[Any, list[Any]]:
        if not self.additional_outputs:
            return response, []
        if not isinstance(response, (list, tuple)) or len(response) != len(self.additional_outputs) + 1:
            raise ValueError(
                f"With {len(self.additional_outputs)} additional_outputs the chat function must return "
                f"(reply, {', '.join('value' for _ in self.additional_outputs)})"
            )
        return response[0], list(response[1:])

    async def _turn(self, message: Any, history: list[dict[str, Any]], args: tuple[Any, ...], kwargs: dict[str, Any]) -> AsyncIterator[Any]:
        """Shows the user's message at once, then the reply as it streams in."""
        keep = [skip() for _ in self.additional_outputs]
        if turns.is_empty(message):
            yield (skip(), skip(), *keep)
            return
        asked = [*history, turns.user_message(message)]
        yield ("" if not self.multimodal else {"text": "", "files": []}, asked, *keep)
        async for response in turns.responses(self.fn, [message, list(history), *args], kwargs):
            reply, extra = self._split(response)
            yield (skip(), [*asked, *turns.assistant_messages(reply)], *(extra or keep))

    def _fill_example(self, picked: SelectData) -> Any:
        value = picked.value if isinstance(picked.value, dict) else {"text": picked.value}
        if self.multimodal:
            return {"text": value.get("text") or "", "files": value.get("files") or []}
        return value.get("text") or ""

    def _undo(self, history: Any) -> tuple[Any, Any]:
        before, asked = turns.split_last_turn(list(history or []))
        return before, turns.message_value(asked, self.multimodal)


def _chatbot_example(example: Any, icon: Any = None) -> dict[str, Any]:
    """An example shown in the empty chat: {"text", "files": [FileData], "icon": FileData}."""
    if isinstance(example, (list, tuple)):
        example = example[0]
    shown: dict[str, Any] = (
        {key: example[key] for key in ("text", "display_text") if key in example} if isinstance(example, dict) else {"text": str(example)}
    )
    files = example.get("files") if isinstance(example, dict) else None
    if files:
        shown["files"] = [item if is_file_data(item) else file_data(turns.path_of(item)) for item in files]
    icon = icon or (example.get("icon") if isinstance(example, dict) else None)
    if icon:
        shown["icon"] = icon if is_file_data(icon) else file_data(str(icon))
    return shown


def _accept_messages_type(kwargs: dict[str, Any]) -> None:
    """Gradio 5 apps pass `type="messages"`, the only format Gradio 6 has."""
    if "type" not in kwargs:
        return
    kind = kwargs.pop("type")
    if kind != "messages":
        raise ValueError("ChatInterface only supports type='messages'; the 'tuples' format was removed in Gradio 6")
    warn_renamed('ChatInterface(type="messages")', "ChatInterface() (messages is the only format)", stacklevel=4)


def _js_update(props: dict[str, Any]) -> str:
    return f"() => ({json.dumps({'__type__': 'update', **props})})"


__all__ = ["ChatInterface"]
