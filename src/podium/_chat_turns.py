"""What happens in one turn of a ChatInterface conversation, independent of any UI.

History here is always a list of wire-shaped messages (see components/_chat_messages.py),
the same shape a chat function receives from the Chatbot.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable
from typing import Any

from podium.blocks.blocks import INJECTABLE_TYPES
from podium.components._chat_messages import normalize_content, normalize_message, text_of
from podium.components.chat_message import ChatMessage
from podium.progress import Progress

History = list[dict[str, Any]]


def user_message(message: Any) -> dict[str, Any]:
    """What the user sent (text, or a multimodal {"text", "files"}) as one history message."""
    if isinstance(message, dict) and "content" not in message:
        parts = [part for path in message.get("files") or [] for part in normalize_content((path_of(path),))]
        if message.get("text"):
            parts.append({"type": "text", "text": str(message["text"])})
        return {"role": "user", "metadata": None, "content": parts, "options": None}
    return {"role": "user", "metadata": None, "content": normalize_content(message), "options": None}


def path_of(item: Any) -> str:
    return str(item["path"]) if isinstance(item, dict) else str(item)


def is_empty(message: Any) -> bool:
    if message is None:
        return True
    if isinstance(message, dict):
        return not (message.get("text") or "").strip() and not message.get("files")
    return not str(message).strip()


def assistant_messages(response: Any) -> History:
    """A chat function's response (text, a component, a message, or a list) → messages."""
    if response is None:
        return []
    items = response if isinstance(response, list) else [response]
    messages: History = []
    for item in items:
        if isinstance(item, ChatMessage) or (isinstance(item, dict) and "content" in item):
            message = normalize_message(item)
            if not isinstance(item, ChatMessage) or item.role == "assistant":
                message["role"] = "assistant"
            messages.append(message)
        else:
            messages.append({"role": "assistant", "metadata": None, "content": normalize_content(item), "options": None})
    return messages


def split_last_turn(history: History) -> tuple[History, History]:
    """(history before the user's last message(s), those user messages)."""
    end = len(history)
    while end > 0 and history[end - 1]["role"] != "user":
        end -= 1
    start = end
    while start > 0 and history[start - 1]["role"] == "user":
        start -= 1
    return history[:start], history[start:end]


def message_value(messages: History, multimodal: bool) -> Any:
    """User messages → the value the message box (and the chat function) takes."""
    text = "\n".join(filter(None, (text_of(message) for message in messages)))
    if not multimodal:
        return text
    files = [
        part["file"]["path"] for message in messages for part in message["content"] if part.get("type") == "file"
    ]
    return {"text": text, "files": files}


def with_signature(wrapper: Callable[..., Any], own: list[inspect.Parameter], fn: Callable[..., Any]) -> Callable[..., Any]:
    """Gives `wrapper` the parameters `own` plus `fn`'s injected ones (Request, Progress,
    event data), so the runner fills those in and the wrapper can pass them on."""
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        params = []
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    taken = {param.name for param in own}
    keyword_only = [
        param.replace(kind=inspect.Parameter.KEYWORD_ONLY)
        for param in params
        if param.kind in (*positional, inspect.Parameter.KEYWORD_ONLY) and _is_injected(param) and param.name not in taken
    ]
    wrapper.__signature__ = inspect.Signature([*own, *keyword_only])  # type: ignore[attr-defined]
    return wrapper


def _is_injected(param: inspect.Parameter) -> bool:
    annotation = param.annotation
    if isinstance(param.default, Progress):
        return True
    if isinstance(annotation, type):
        return any(issubclass(annotation, kind) for kind in INJECTABLE_TYPES)
    if isinstance(annotation, str):
        return annotation.rsplit(".", 1)[-1] in {kind.__name__ for kind in INJECTABLE_TYPES}
    return False


def positional(*names: str) -> list[inspect.Parameter]:
    return [inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD) for name in names]


def keyword(name: str, annotation: type) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation)


def varargs(name: str) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.VAR_POSITIONAL)


async def responses(fn: Callable[..., Any], args: list[Any], kwargs: dict[str, Any]) -> AsyncIterator[Any]:
    """Each response of `fn`: its return value, or every value it yields.

    Sync code runs in worker threads. When the consumer stops early (the Stop button
    cancels the event), the user's generator is closed, so its `finally` blocks run and
    it computes nothing more.
    """
    # Only a running server gets here: keep anyio out of `import podium`.
    import anyio.to_thread

    from podium.server.generators import ThreadedGenerator

    if inspect.isasyncgenfunction(fn):
        agen = fn(*args, **kwargs)
        try:
            async for item in agen:
                yield item
        finally:
            await agen.aclose()
        return
    if inspect.iscoroutinefunction(fn):
        yield await fn(*args, **kwargs)
        return
    result = await anyio.to_thread.run_sync(lambda: fn(*args, **kwargs))
    if inspect.isawaitable(result):
        result = await result
    if not inspect.isgenerator(result):
        yield result
        return
    # Each step runs in a worker thread. If the event is cancelled mid-step, closing is
    # deferred until that step returns, so the user's `finally` still runs.
    stepper = ThreadedGenerator(result, lambda step: step(), anyio.to_thread.current_default_thread_limiter())
    try:
        while True:
            done, item = await stepper.step()
            if done:
                return
            yield item
    finally:
        stepper.close()


def streams(fn: Callable[..., Any]) -> bool:
    target = inspect.unwrap(fn)
    call = target if inspect.isfunction(target) or inspect.ismethod(target) else type(target).__call__
    return inspect.isgeneratorfunction(call) or inspect.isasyncgenfunction(call)


