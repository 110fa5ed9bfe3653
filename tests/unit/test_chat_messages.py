"""Chatbot message normalisation: what a chat function returns → the wire messages."""

from __future__ import annotations

import pytest

import podium as gr
from podium import _chat_turns as turns
from podium.components._chat_messages import MessageError


def text(role: str, value: str, metadata: dict | None = None) -> dict:
    return {"role": role, "metadata": metadata, "content": [{"type": "text", "text": value}], "options": None}


def test_strings_become_text_parts_and_roles_are_kept():
    bot = gr.Chatbot()
    wire = bot.postprocess([{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}])
    assert wire == [text("user", "Hi"), text("assistant", "Hello!")]


def test_none_is_an_empty_conversation_and_a_bare_string_is_refused():
    bot = gr.Chatbot()
    assert bot.postprocess(None) == []
    with pytest.raises(MessageError, match="list of messages"):
        bot.postprocess("hello")


def test_tuples_format_pairs_are_refused_with_a_pointer_to_messages():
    with pytest.raises(MessageError, match="tuples"):
        gr.Chatbot().postprocess([["hi", "hello"]])


def test_file_tuples_paths_and_filedata_become_file_parts(tmp_path):
    image = tmp_path / "cat.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    wire = gr.Chatbot().postprocess([
        {"role": "user", "content": (str(image), "a cat")},
        {"role": "user", "content": (str(image),)},
        {"role": "assistant", "content": {"path": str(image)}},
    ])
    for message in wire:
        (part,) = message["content"]
        assert part["type"] == "file"
        assert part["file"]["path"] == str(image)
        assert part["file"]["mime_type"] == "image/png"
        assert part["file"]["meta"] == {"_type": "gradio.FileData"}
    assert wire[0]["content"][0]["alt_text"] == "a cat"
    assert wire[1]["content"][0]["alt_text"] is None


def test_mixed_content_lists_keep_their_order(tmp_path):
    doc = tmp_path / "notes.txt"
    doc.write_text("x")
    (message,) = gr.Chatbot().postprocess([{"role": "assistant", "content": ["See the file:", {"path": str(doc)}, 3]}])
    assert [part["type"] for part in message["content"]] == ["text", "file", "text"]
    assert message["content"][2]["text"] == "3"


def test_chat_message_with_metadata_and_options():
    message = gr.ChatMessage(
        content="Looking things up",
        metadata={"title": "Searching", "id": 1, "status": "pending", "duration": 1.5},
        options=[{"value": "yes", "label": "Yes please"}, {"value": "no"}],
    )
    (wire,) = gr.Chatbot().postprocess([message])
    assert wire["role"] == "assistant"
    assert wire["metadata"] == {"title": "Searching", "id": 1, "status": "pending", "duration": 1.5}
    assert wire["options"] == [{"value": "yes", "label": "Yes please"}, {"value": "no"}]
    assert wire["content"] == [{"type": "text", "text": "Looking things up"}]


def test_components_in_content_carry_their_type_and_value():
    (wire,) = gr.Chatbot().postprocess([{"role": "assistant", "content": gr.Markdown("# Title")}])
    (part,) = wire["content"]
    assert part["type"] == "component"
    assert part["component"] == "markdown"
    assert part["value"] == "# Title"
    assert part["props"]["value"] == "# Title"


def test_bad_roles_and_contents_say_what_is_wrong():
    with pytest.raises(MessageError, match="role 'bot'"):
        gr.Chatbot().postprocess([{"role": "bot", "content": "x"}])
    with pytest.raises(MessageError, match="Cannot show"):
        gr.Chatbot().postprocess([{"role": "user", "content": object()}])


def test_reasoning_tags_split_a_thought_before_the_answer():
    bot = gr.Chatbot(reasoning_tags=[("<think>", "</think>")])
    done = bot.postprocess([{"role": "assistant", "content": "<think>weigh options</think>Take the train."}])
    assert done == [
        text("assistant", "weigh options", {"title": "Reasoning", "status": "done"}),
        text("assistant", "Take the train."),
    ]
    # Still streaming: the tag is not closed yet, so the model is still thinking.
    thinking = bot.postprocess([{"role": "assistant", "content": "<think>weigh opt"}])
    assert thinking == [text("assistant", "weigh opt", {"title": "Reasoning", "status": "pending"})]
    # Without reasoning_tags the text is left alone.
    assert gr.Chatbot().postprocess([{"role": "assistant", "content": "<think>x</think>y"}])[0]["content"][0]["text"] == "<think>x</think>y"


def test_preprocess_normalises_what_clients_send():
    history = gr.Chatbot().preprocess([{"role": "user", "content": "hi"}, text("assistant", "hello")])
    assert history == [text("user", "hi"), text("assistant", "hello")]
    with pytest.raises(ValueError, match="role"):
        gr.Chatbot().check_payload([{"content": "no role"}])


def test_postprocess_is_idempotent_on_wire_messages(tmp_path):
    image = tmp_path / "a.png"
    image.write_bytes(b"png")
    bot = gr.Chatbot()
    once = bot.postprocess([{"role": "user", "content": [str(image), "caption"]}, gr.ChatMessage("ok", metadata={"title": "t"})])
    assert bot.postprocess(once) == once


def test_chatbot_arguments_follow_gradio():
    with pytest.raises(ValueError, match="messages"):
        gr.Chatbot(type="tuples")
    bot = gr.Chatbot(height=300, layout="panel", editable="user", feedback_options=["Like", "Dislike", "Spam"])
    props = bot.get_props()
    assert props["height"] == 300 and props["layout"] == "panel" and props["editable"] == "user"
    assert props["feedback_options"] == ["Like", "Dislike", "Spam"]
    assert props["likeable"] is False


def test_like_listener_turns_on_the_like_buttons():
    with gr.Blocks():
        bot = gr.Chatbot()
        bot.like(lambda: None)
        bot.retry(lambda: None)
    props = bot.get_props()
    assert props["likeable"] is True and props["_retryable"] is True and props["_undoable"] is False


def test_multimodal_textbox_values():
    box = gr.MultimodalTextbox()
    assert box.postprocess("hi") == {"text": "hi", "files": []}
    assert box.postprocess(None) == {"text": "", "files": []}
    payload = {"text": "look", "files": [{"path": "/cache/a.png", "meta": {"_type": "gradio.FileData"}}]}
    box.check_payload(payload)
    assert box.preprocess(payload) == {"text": "look", "files": ["/cache/a.png"]}
    with pytest.raises(ValueError, match="files"):
        box.check_payload({"text": "x", "files": ["not file data"]})
    with pytest.raises(ValueError, match="sources"):
        gr.MultimodalTextbox(sources=["webcam"])


def test_turn_helpers_split_the_last_user_turn_and_rebuild_the_message():
    history = [text("user", "one"), text("assistant", "1"), text("user", "two"), text("user", "more"), text("assistant", "2")]
    before, asked = turns.split_last_turn(history)
    assert before == history[:2]
    assert turns.message_value(asked, multimodal=False) == "two\nmore"
    assert turns.message_value(asked, multimodal=True) == {"text": "two\nmore", "files": []}
    assert turns.is_empty("  ") and turns.is_empty({"text": "", "files": []}) and not turns.is_empty({"text": "", "files": ["a"]})


def test_assistant_messages_accept_every_reply_shape():
    assert turns.assistant_messages("hi") == [text("assistant", "hi")]
    assert turns.assistant_messages(None) == []
    thought = gr.ChatMessage("hmm", metadata={"title": "Thinking"})
    replies = turns.assistant_messages([thought, "answer", {"role": "user", "content": "forced"}])
    assert [m["role"] for m in replies] == ["assistant", "assistant", "assistant"]
    assert replies[0]["metadata"] == {"title": "Thinking"}


def test_saved_conversations_are_stored_newest_first_and_titled():
    from podium._chat_history import saved_after_turn, title_of

    first = [text("user", "What is the capital of a very long country name indeed?"), text("assistant", "x")]
    open_id, saved = saved_after_turn(None, first, [])
    assert (open_id, saved) == (0, [first])
    second = [text("user", "hi")]
    open_id, saved = saved_after_turn(None, second, saved)
    assert (open_id, saved) == (0, [second, first])
    longer = [*second, text("assistant", "hello")]
    assert saved_after_turn(0, longer, saved) == (0, [longer, first])
    assert saved_after_turn(None, [], saved) == (None, saved)
    assert title_of(first) == "What is the capital of a very long coun…"
    assert title_of([]) == "New chat"


def test_gradio5_type_messages_is_accepted_with_a_warning_and_tuples_refused():
    with pytest.warns(DeprecationWarning, match="messages"):
        gr.ChatInterface(lambda m, h: m, type="messages")
    with pytest.warns(DeprecationWarning):
        gr.Chatbot(type="messages")
    with pytest.raises(ValueError, match="tuples"):
        gr.ChatInterface(lambda m, h: m, type="tuples")


def test_examples_in_the_empty_chat_carry_files_and_icons(tmp_path):
    picture = tmp_path / "p.png"
    picture.write_bytes(b"png")
    chat = gr.ChatInterface(
        lambda m, h: "ok", multimodal=True,
        examples=[{"text": "describe", "files": [str(picture)]}, "plain"], example_icons=[str(picture)],
    )
    first, second = chat.chatbot.examples
    assert first["text"] == "describe" and first["files"][0]["path"] == str(picture)
    assert first["icon"]["path"] == str(picture)
    assert second == {"text": "plain"}
