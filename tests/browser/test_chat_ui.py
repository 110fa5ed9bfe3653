"""The chat UI in chromium: streaming, Stop, retry/undo/edit, like, attachments, Markdown
rendering, and hostile message content that must execute nothing."""

from __future__ import annotations

import threading

import pytest
from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def assistant(page: Page):
    return page.get_by_test_id("assistant-message")


def user(page: Page):
    return page.get_by_test_id("user-message")


def message_box(page: Page):
    return page.get_by_placeholder("Type a message...")


def test_tokens_arrive_one_by_one_and_markdown_renders(serve, page: Page):
    more = threading.Event()

    def reply(message, history):
        yield "**Bold** start"
        assert more.wait(10)
        yield "**Bold** start and\n\n```python\nprint('hi')\n```"

    page.goto(serve(gr.ChatInterface(reply)))
    box = message_box(page)
    box.fill("Hello")
    box.press("Enter")
    expect(user(page)).to_have_text("Hello")
    expect(box).to_have_value("")
    # The first token is painted while the reply is still being generated.
    expect(assistant(page).locator("strong")).to_have_text("Bold")
    expect(assistant(page)).to_have_text("Bold start")
    expect(page.get_by_role("button", name="Stop")).to_be_visible()
    more.set()
    code = assistant(page).locator("pre code")
    expect(code).to_have_text("print('hi')")
    expect(code).to_have_class("hljs language-python")  # highlighted once the chunk loaded
    expect(assistant(page).get_by_role("button", name="Copy code")).to_be_visible()
    expect(page.get_by_role("button", name="Submit")).to_be_visible()
    screenshot(page, "chat_streaming")


def test_stop_mid_stream_ends_the_generator_and_keeps_the_partial_reply(serve, page: Page):
    produced: list[int] = []
    streaming = threading.Event()
    finished = threading.Event()
    pace = threading.Event()

    def reply(message, history):
        try:
            text = ""
            while True:
                produced.append(1)
                text += f"w{len(produced)} "
                if len(produced) == 3:
                    streaming.set()
                yield text
                pace.wait(0.02)
        finally:
            finished.set()

    page.goto(serve(gr.ChatInterface(reply)))
    message_box(page).fill("go")
    message_box(page).press("Enter")
    assert streaming.wait(10)
    expect(assistant(page)).to_contain_text("w3")
    page.get_by_role("button", name="Stop").click()
    assert finished.wait(10), "the generator's finally block did not run"
    count = len(produced)
    expect(page.get_by_role("button", name="Submit")).to_be_visible()
    partial = assistant(page).inner_text()
    assert partial.startswith("w1 w2 w3")
    # Nothing more is produced or shown after Stop.
    message_box(page).fill("")
    assert len(produced) == count
    expect(assistant(page)).to_have_text(partial)


def test_retry_undo_edit_and_like(serve, page: Page):
    calls: list[str] = []
    likes: list[tuple[int, object, object]] = []

    def echo(message, history):
        calls.append(message)
        return f"echo {message} #{len(calls)}"

    def record(data: gr.LikeData):
        likes.append((data.index, data.value, data.liked))

    with gr.Blocks() as demo:
        chat = gr.ChatInterface(echo, editable=True)
        chat.chatbot.like(record)

    page.goto(serve(demo))
    message_box(page).fill("one")
    message_box(page).press("Enter")
    expect(assistant(page)).to_have_text("echo one #1")

    page.get_by_role("button", name="Retry").click()
    expect(assistant(page)).to_have_text("echo one #2")
    assert calls == ["one", "one"]

    page.get_by_role("button", name="Like", exact=True).click()
    expect(page.get_by_role("button", name="Like", exact=True)).to_have_attribute("aria-pressed", "true")
    assert _eventually(lambda: likes == [(1, "echo one #2", True)]), likes

    page.get_by_role("button", name="Undo").click()
    expect(assistant(page)).to_have_count(0)
    expect(message_box(page)).to_have_value("one")

    message_box(page).press("Enter")
    expect(assistant(page)).to_have_text("echo one #3")
    page.get_by_role("button", name="Edit").click()
    editor = page.get_by_label("Edit message")
    editor.fill("two")
    page.get_by_role("button", name="Submit", exact=True).first.click()
    expect(user(page)).to_have_text("two")
    expect(assistant(page)).to_have_text("echo two #4")
    expect(user(page)).to_have_count(1)


def _eventually(check, timeout: float = 5.0) -> bool:
    done = threading.Event()
    deadline = threading.Timer(timeout, done.set)
    deadline.start()
    try:
        while not done.is_set():
            if check():
                return True
            done.wait(0.02)
        return check()
    finally:
        deadline.cancel()


def test_multimodal_upload_reaches_fn_and_shows_in_the_chat(serve, page: Page, tmp_path):
    received: list[dict] = []

    def describe(message, history):
        received.append(message)
        return f"got {len(message['files'])} file(s) and '{message['text']}'"

    image = tmp_path / "dot.png"
    # A 1x1 PNG.
    image.write_bytes(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db40000000049454e44ae426082"
    ))
    page.goto(serve(gr.ChatInterface(describe, multimodal=True)))
    page.get_by_label("Upload files").set_input_files(str(image))
    expect(page.get_by_role("list", name="Attached files").get_by_role("img")).to_be_visible()
    box = message_box(page)
    box.fill("what is it")
    box.press("Shift+Enter")
    box.type("?")
    expect(box).to_have_value("what is it\n?")
    box.press("Enter")
    expect(assistant(page)).to_contain_text("got 1 file(s)")
    assert received[0]["text"] == "what is it\n?"
    assert received[0]["files"][0].endswith("dot.png")
    expect(user(page).locator("img")).to_have_count(1)
    expect(page.get_by_role("list", name="Attached files")).to_have_count(0)
    screenshot(page, "chat_multimodal")


XSS_PAYLOADS = [
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned = 'img onerror'\">",
    "<svg onload=\"window.__pwned = 'svg onload'\"><circle r=4 /></svg>",
    "<svg><script>window.__pwned = 'svg script'</script></svg>",
    "<a href=\"javascript:window.__pwned = 'js link'\">html link</a>",
    "[md link](javascript:window.__pwned='md%20link')",
    "[angle link](<javascript:window.__pwned='angle'>)",
    "![img](x\" onerror=\"window.__pwned='md img')",
    "<iframe src=\"javascript:window.__pwned = 'iframe'\"></iframe>",
    "<details open ontoggle=\"window.__pwned = 'ontoggle'\">x</details>",
    "<div style=\"background:url(javascript:window.__pwned='css')\">styled</div>",
    "<style>*{background:url(\"javascript:window.__pwned='style tag'\")}</style>",
    "<form><button formaction=\"javascript:window.__pwned='formaction'\">btn</button></form>",
    "<object data=\"javascript:window.__pwned='object'\"></object>",
    "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__pwned='mxss'\">",
    "$$\\href{javascript:window.__pwned='katex'}{click}$$",
    "<img src=x onerror=alert(1)>",
]


def test_hostile_messages_execute_nothing(serve, page: Page):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script("window.__pwned = false")
    history = [msg for payload in XSS_PAYLOADS for msg in ({"role": "user", "content": payload}, {"role": "assistant", "content": payload})]

    with gr.Blocks() as demo:
        gr.Chatbot(history, height=600)

    page.goto(serve(demo))
    expect(assistant(page)).to_have_count(len(XSS_PAYLOADS))
    chat = page.get_by_role("log")
    expect(chat.locator(".katex").first).to_be_visible()  # the math payload went through KaTeX
    # Click every link and button the payloads produced: none may run code.
    for link in chat.locator("a").all():
        link.click(modifiers=["Control"])
    for button in chat.locator("form button").all():
        button.click()
    page.wait_for_load_state()
    assert page.evaluate("window.__pwned") is False
    assert dialogs == []
    found = page.evaluate(
        """() => {
            const root = document.querySelector('[role=log]');
            const bad = [];
            for (const el of root.querySelectorAll('*')) {
                for (const attr of el.attributes) {
                    if (attr.name.startsWith('on')) bad.push(el.tagName + ' ' + attr.name);
                    if (/^\\s*javascript:/i.test(attr.value)) bad.push(el.tagName + ' ' + attr.name + '=' + attr.value);
                }
                if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE'].includes(el.tagName)) bad.push(el.tagName);
            }
            return bad;
        }"""
    )
    assert found == []
    screenshot(page, "chat_xss")


@pytest.mark.parametrize("layout", ["bubble", "panel"])
def test_thoughts_avatars_and_options(serve, page: Page, layout, tmp_path):
    avatar = tmp_path / "bot.svg"
    avatar.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="teal"/></svg>')
    history = [
        {"role": "user", "content": "Plan a trip"},
        gr.ChatMessage("Checking trains", metadata={"title": "Using a tool", "id": 1, "status": "done", "duration": 2.5}),
        gr.ChatMessage("Found 3", metadata={"title": "Search results", "parent_id": 1, "log": "3 hits"}),
        gr.ChatMessage("Let me think", metadata={"title": "Thinking", "status": "pending"}),
        gr.ChatMessage("Take the 9:10 train. $$x^2$$", options=[{"value": "Book it"}, {"value": "Other times"}]),
    ]
    picked: list[object] = []
    with gr.Blocks() as demo:
        bot = gr.Chatbot(history, layout=layout, avatar_images=(None, str(avatar)), height=560)

        def choose(data: gr.SelectData) -> None:
            picked.append(data.value)

        bot.option_select(choose, None, None)

    page.goto(serve(demo))
    tool = page.get_by_role("button", name="Using a tool")
    expect(tool).to_have_attribute("aria-expanded", "false")  # done: starts closed
    expect(page.get_by_role("button", name="Thinking")).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("status", name="In progress")).to_be_visible()
    tool.click()
    expect(page.get_by_role("button", name="Search results")).to_be_visible()  # nested inside
    expect(page.get_by_text("(2.5s)")).to_be_visible()
    expect(page.get_by_alt_text("assistant avatar")).to_be_visible()
    expect(page.locator(".katex").first).to_be_visible()
    page.get_by_role("button", name="Book it").click()
    assert _eventually(lambda: picked == ["Book it"]), picked
    screenshot(page, f"chat_thoughts_{layout}")


def test_autoscroll_follows_new_tokens_until_the_user_scrolls_up(serve, page: Page):
    lines = "\n\n".join(f"line {i}" for i in range(60))
    history = [{"role": "user", "content": "long"}, {"role": "assistant", "content": lines}]
    with gr.Blocks() as demo:
        bot = gr.Chatbot(history, height=300)
        more = gr.Button("More")
        more.click(lambda h: [*h, {"role": "assistant", "content": "newest"}], bot, bot)

    page.goto(serve(demo))
    log = page.get_by_role("log")
    at_bottom = "el => el.scrollHeight - el.scrollTop - el.clientHeight < 50"
    page.wait_for_function(f"() => ({at_bottom})(document.querySelector('[role=log]'))")
    log.hover()
    page.mouse.wheel(0, -800)
    page.wait_for_function("() => document.querySelector('[role=log]').scrollTop < 2000")
    expect(page.get_by_role("button", name="Scroll to the latest message")).to_be_visible()
    top = log.evaluate("el => el.scrollTop")
    page.get_by_role("button", name="More").click()
    expect(page.get_by_text("newest")).to_be_attached()
    assert log.evaluate("el => el.scrollTop") == top  # the user's position is kept
    page.get_by_role("button", name="Scroll to the latest message").click()
    page.wait_for_function(f"() => ({at_bottom})(document.querySelector('[role=log]'))")


def _load_example(name: str) -> gr.Blocks:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / name / "app.py"
    spec = importlib.util.spec_from_file_location(f"example_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.demo


def test_chat_example_streams_code_math_and_thoughts(serve, page: Page):
    page.goto(serve(_load_example("chat")))
    page.get_by_role("button", name="Additional Inputs").click()
    slider = page.get_by_role("spinbutton", name="Delay between words (s)")
    slider.fill("0")
    slider.press("Enter")
    box = message_box(page)
    box.fill("think about code")
    box.press("Enter")
    expect(page.get_by_role("button", name="Thinking")).to_be_visible()
    expect(assistant(page).locator("pre code.language-python")).to_contain_text("def fib")
    expect(page.get_by_role("button", name="Thinking")).to_have_attribute("aria-expanded", "false")
    box.fill("some math")
    box.press("Enter")
    expect(assistant(page).nth(1).locator(".katex-display")).to_have_count(2)
    # The box was cleared by the reply's first chunk, even though the following
    # chunks arrived within the same animation frame.
    expect(box).to_have_value("")
    screenshot(page, "chat_example")


def test_gallery_chatbot_and_multimodal_textbox(serve, page: Page):
    page.goto(serve(_load_example("components")))
    expect(page.get_by_role("log").locator("code")).to_have_text("x = 1")
    box = page.get_by_placeholder("Type a message and press Enter")
    box.fill("hello gallery")
    box.press("Enter")
    expect(assistant(page).last).to_have_text("You said: hello gallery (0 file(s))")
    expect(box).to_have_value("")


def test_save_history_keeps_conversations_across_reloads(serve, page: Page):
    def echo(message, history):
        return f"echo {message}"

    url = serve(gr.ChatInterface(echo, save_history=True))
    page.goto(url)
    message_box(page).fill("first question")
    message_box(page).press("Enter")
    expect(assistant(page)).to_have_text("echo first question")
    conversations = page.get_by_role("button", name="first question")
    expect(conversations).to_be_visible()

    page.get_by_role("button", name="New chat").click()
    expect(assistant(page)).to_have_count(0)
    message_box(page).fill("second question")
    message_box(page).press("Enter")
    expect(assistant(page)).to_have_text("echo second question")
    expect(page.get_by_role("button", name="second question")).to_be_visible()  # saved

    page.reload()
    expect(page.get_by_role("button", name="second question")).to_be_visible()
    page.get_by_role("button", name="first question").click()
    expect(user(page)).to_have_text("first question")
    expect(assistant(page)).to_have_text("echo first question")
    # Continuing an old conversation updates it in place rather than adding one.
    stored = page.evaluate("JSON.stringify(localStorage)")
    message_box(page).fill("follow up")
    message_box(page).press("Enter")
    expect(assistant(page)).to_have_count(2)
    page.wait_for_function("before => JSON.stringify(localStorage) !== before", arg=stored)  # saved
    page.reload()
    page.get_by_role("button", name="first question").click()
    expect(assistant(page)).to_have_count(2)
    screenshot(page, "chat_saved_history")


def test_markdown_component_shares_math_and_code_rendering(serve, page: Page):
    with gr.Blocks() as demo:
        gr.Markdown("Euler: $$e^{i\\pi} + 1 = 0$$\n\n```python\nx = 1\n```")
    page.goto(serve(demo))
    expect(page.locator(".katex-display")).to_have_count(1)
    expect(page.locator("pre code.hljs.language-python")).to_have_text("x = 1")


def test_typing_dots_show_until_the_first_token(serve, page: Page):
    go = threading.Event()

    def slow(message, history):
        assert go.wait(10)
        yield "here"

    page.goto(serve(gr.ChatInterface(slow)))
    message_box(page).fill("hi")
    message_box(page).press("Enter")
    waiting = page.get_by_role("status", name="Waiting for a reply")
    expect(waiting).to_be_visible()
    go.set()
    expect(assistant(page)).to_have_text("here")
    expect(waiting).to_have_count(0)


def test_examples_in_the_empty_chat_send_themselves(serve, page: Page):
    page.goto(serve(gr.ChatInterface(lambda message, history: f"re: {message}", examples=["Tell me a joke", "Summarise"])))
    page.get_by_role("button", name="Tell me a joke").click()
    expect(user(page)).to_have_text("Tell me a joke")
    expect(assistant(page)).to_have_text("re: Tell me a joke")
    expect(page.get_by_role("button", name="Summarise")).to_have_count(0)  # examples only show when empty


def test_select_and_copy_events_report_the_message(serve, page: Page):
    seen: list[tuple[str, object, object]] = []

    def on_select(data: gr.SelectData) -> None:
        seen.append(("select", data.index, data.value))

    def on_copy(data: gr.CopyData) -> None:
        seen.append(("copy", data.index, data.value))

    with gr.Blocks() as demo:
        bot = gr.Chatbot([{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello there"}], buttons=["copy"])
        bot.select(on_select, None, None)
        bot.copy(on_copy, None, None)
    page.goto(serve(demo))
    assistant(page).click()
    assert _eventually(lambda: ("select", 1, "hello there") in seen), seen
    page.get_by_role("button", name="Copy message").last.click()
    assert _eventually(lambda: ("copy", 1, "hello there") in seen), seen
