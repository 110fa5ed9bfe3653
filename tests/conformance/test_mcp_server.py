"""The MCP server of a live app (`launch(mcp_server=True)`), driven by the official `mcp`
client over Streamable HTTP (both protocol eras) and SSE."""

from __future__ import annotations

import asyncio
import base64
import io
import threading
import urllib.request
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any

import httpx
import numpy as np
import pytest
from mcp import Client
from mcp.client.sse import sse_client
from mcp.shared.exceptions import MCPError
from PIL import Image

import podium as gr

TRANSPORTS = ["streamable-http", "streamable-http-legacy", "sse"]
GATE_SECONDS = 20  # an upper bound only: the tests open the gate themselves


def letter_counter(word: str, letter: str = "a") -> int:
    """Count how many times a letter appears in a word.

    Args:
        word: The word to search in.
        letter: The letter to count.

    Returns:
        The number of occurrences.
    """
    return word.count(letter)


def invert(image: np.ndarray) -> np.ndarray:
    """Inverts the colours of a picture.

    Args:
        image: the picture to invert
    """
    return 255 - image


def file_size(path: str) -> int:
    """Size of a file in bytes."""
    with open(path, "rb") as handle:
        return len(handle.read())


def fail(text: str) -> str:
    """Always refuses."""
    raise gr.Error("the dragon refused")


def count(n: float, progress: gr.Progress = gr.Progress()) -> str:
    """Counts to n, reporting each step."""
    total = 0
    for _ in progress.tqdm(range(int(n)), desc="counting"):
        total += 1
    return f"counted {total}"


def secret(text: str) -> str:
    return text


def with_state(text: str, times: int) -> str:
    return text * times


@gr.mcp.tool(name="shout_it", description="Shouts the text back.", structured_output=True, _meta={"source": "podium"})
def shout(text: str) -> str:
    return text.upper()


@gr.mcp.resource("greeting://{name}")
def greeting(name: str) -> str:
    """A personal greeting.

    Args:
        name: who to greet
    """
    return f"Hello {name}!"


@gr.mcp.resource("info://version")
def version() -> str:
    """The app's version."""
    return "1.2.3"


@gr.mcp.resource("pixel://{size}", mime_type="image/png")
def pixel(size: int) -> str:
    """A black square PNG, base64-encoded.

    Args:
        size: its width and height in pixels
    """
    buffer = io.BytesIO()
    Image.new("RGB", (int(size), int(size))).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def spell(word: str) -> Iterator[str]:
    """Spells a word out, one letter more per step."""
    for end in range(1, len(word) + 1):
        yield word[:end]


@gr.mcp.prompt()
def review(code: str, style: str = "short") -> str:
    """Asks for a code review.

    Args:
        code: the code to review
        style: how long the review should be
    """
    return f"Give a {style} review of: {code}"


class Gate:
    """Holds a function inside its run until the test opens it."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.started: list[str] = []
        self.running = 0
        self.most_at_once = 0
        self.lock = threading.Lock()

    def hold(self, name: str) -> str:
        """Runs one at a time (concurrency_limit=1)."""
        with self.lock:
            self.started.append(name)
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        self.opened.wait(GATE_SECONDS)
        with self.lock:
            self.running -= 1
        return f"released {name}"


def build_app(gate: Gate) -> gr.Blocks:
    with gr.Blocks(title="MCP test app") as demo:
        word, letter, text = gr.Textbox(), gr.Textbox(), gr.Textbox()
        number = gr.Number()
        picture = gr.Image(format="png")  # lossless, so pixel values can be checked
        upload = gr.File()
        times = gr.State(2)
        button = gr.Button()
        button.click(letter_counter, [word, letter], number)
        button.click(invert, picture, picture)
        button.click(file_size, upload, number)
        button.click(fail, text, text)
        button.click(count, number, text)
        button.click(secret, text, text, api_visibility="private")
        button.click(secret, text, text, api_name="undocumented_secret", api_visibility="undocumented")
        button.click(with_state, [text, times], text)
        button.click(shout, text, text)
        button.click(greeting, text, text)
        button.click(version, None, text)
        button.click(review, [word, text], text)
        button.click(pixel, number, text)
        button.click(spell, word, text)
        button.click(gate.hold, text, text, api_name="hold", concurrency_limit=1)
    return demo


@pytest.fixture(scope="module")
def gate() -> Gate:
    return Gate()


@pytest.fixture(scope="module")
def app_url(gate: Gate) -> Any:
    from tests.conftest import free_port

    demo = build_app(gate)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, mcp_server=True)
    yield f"http://127.0.0.1:{port}/"
    gate.opened.set()
    demo.close()


@pytest.fixture(params=TRANSPORTS)
def connect(request: pytest.FixtureRequest, app_url: str) -> Callable[..., Any]:
    transport = request.param

    @asynccontextmanager
    async def open_client() -> AsyncIterator[Client]:
        if transport == "sse":
            client = Client(sse_client(f"{app_url}gradio_api/mcp/sse"))
        else:
            mode = "legacy" if transport.endswith("legacy") else "auto"
            client = Client(f"{app_url}gradio_api/mcp/", mode=mode)
        async with client:
            yield client

    return open_client


def run(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Runs a client scenario on a loop of its own thread: Playwright's sync API (browser
    tests earlier in the session) leaves an event loop running on the main thread."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


def png_data_uri(color: tuple[int, int, int]) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (3, 2), color).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def test_public_endpoints_are_listed_as_tools_with_descriptions_and_schemas(connect):
    async def scenario() -> dict[str, Any]:
        async with connect() as client:
            return {tool.name: tool for tool in (await client.list_tools()).tools}

    tools = run(scenario())
    assert set(tools) == {
        "letter_counter", "invert", "file_size", "fail", "count", "with_state", "shout_it", "hold", "spell",
    }
    counter = tools["letter_counter"]
    assert counter.description == "Count how many times a letter appears in a word. Returns: The number of occurrences."
    assert counter.input_schema == {
        "type": "object",
        "properties": {
            "word": {"type": "string", "description": "The word to search in."},
            "letter": {"type": "string", "description": "The letter to count.", "default": "a"},
        },
        "required": ["word"],
    }
    image = tools["invert"].input_schema["properties"]["image"]
    assert image["type"] == "string" and "URL" in image["format"] and image["description"] == "the picture to invert"
    assert "base64 data: URI" in tools["invert"].description
    # State inputs are filled in by the server, not asked of the client.
    assert set(tools["with_state"].input_schema["properties"]) == {"text"}
    assert tools["shout_it"].description == "Shouts the text back."
    assert tools["shout_it"].meta == {"source": "podium"}


def test_calling_a_tool_runs_the_function(connect):
    async def scenario() -> Any:
        async with connect() as client:
            return await client.call_tool("letter_counter", {"word": "banana"})

    result = run(scenario())
    assert not result.is_error
    assert [block.text for block in result.content] == ["3"]


def test_a_generator_tool_returns_its_last_value(connect):
    async def scenario() -> Any:
        async with connect() as client:
            return await client.call_tool("spell", {"word": "mcp"})

    assert run(scenario()).content[0].text == "mcp"


def test_a_state_input_starts_from_its_initial_value(connect):
    async def scenario() -> Any:
        async with connect() as client:
            return await client.call_tool("with_state", {"text": "ab"})

    assert run(scenario()).content[0].text == "abab"


def test_structured_output_and_meta_from_the_tool_decorator(connect):
    async def scenario() -> Any:
        async with connect() as client:
            return await client.call_tool("shout_it", {"text": "hey"})

    result = run(scenario())
    assert result.content[0].text == "HEY"
    assert result.structured_content == {"result": "HEY"}
    assert result.meta is not None and result.meta["source"] == "podium"


def test_an_image_sent_as_base64_comes_back_as_an_image_and_a_url(connect):
    async def scenario() -> Any:
        async with connect() as client:
            return await client.call_tool("invert", {"image": png_data_uri((10, 200, 30))})

    result = run(scenario())
    assert not result.is_error, result.content
    image_block, url_block = result.content
    assert image_block.type == "image" and image_block.mime_type.startswith("image/")
    inverted = Image.open(io.BytesIO(base64.b64decode(image_block.data))).convert("RGB")
    assert inverted.size == (3, 2)
    assert inverted.getpixel((0, 0)) == (245, 55, 225)
    url = url_block.text.removeprefix("Image URL: ")
    with urllib.request.urlopen(url) as response:
        assert response.read() == base64.b64decode(image_block.data)


def test_a_file_url_the_app_gave_out_can_be_passed_back_in(connect, app_url: str):
    async def scenario() -> tuple[Any, Any]:
        async with connect() as client:
            first = await client.call_tool("invert", {"image": png_data_uri((0, 0, 0))})
            url = first.content[1].text.removeprefix("Image URL: ")
            # Inverting the inverted picture by its URL gives the original back.
            second = await client.call_tool("invert", {"image": url})
            return first, second

    _, second = run(scenario())
    assert not second.is_error, second.content
    restored = Image.open(io.BytesIO(base64.b64decode(second.content[0].data))).convert("RGB")
    assert restored.getpixel((1, 1)) == (0, 0, 0)


def test_an_uploaded_file_is_passed_by_url(connect, app_url: str):
    [path] = httpx.post(f"{app_url}gradio_api/upload", files={"files": ("data.bin", b"x" * 1234)}).json()

    async def scenario() -> Any:
        async with connect() as client:
            return await client.call_tool("file_size", {"path": f"{app_url}gradio_api/file={path}"})

    assert run(scenario()).content[0].text == "1234"


def test_file_urls_of_other_hosts_go_through_the_ssrf_guard(connect):
    async def scenario() -> tuple[Any, Any]:
        async with connect() as client:
            private = await client.call_tool("file_size", {"path": "http://127.0.0.1:9/secret.txt"})
            not_a_file = await client.call_tool("file_size", {"path": "/etc/passwd"})
            return private, not_a_file

    private, not_a_file = run(scenario())
    assert private.is_error and "not a public address" in private.content[0].text
    assert not_a_file.is_error and "http(s) URL or a base64 data: URI" in not_a_file.content[0].text


def test_a_failing_function_is_a_tool_error_with_its_message(connect):
    async def scenario() -> tuple[Any, Any, Any]:
        async with connect() as client:
            failed = await client.call_tool("fail", {"text": "please"})
            missing = await client.call_tool("letter_counter", {})
            unknown = await client.call_tool("secret", {"text": "x"})
            return failed, missing, unknown

    failed, missing, unknown = run(scenario())
    assert failed.is_error and failed.content[0].text == "the dragon refused"
    assert missing.is_error and "Missing required argument 'word'" in missing.content[0].text
    assert unknown.is_error and "Unknown tool 'secret'" in unknown.content[0].text


def test_progress_is_sent_as_mcp_progress_notifications(connect):
    updates: list[tuple[float, float | None, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        updates.append((progress, total, message))

    async def scenario() -> Any:
        async with connect() as client:
            return await client.call_tool("count", {"n": 3}, progress_callback=on_progress)

    result = run(scenario())
    assert result.content[0].text == "counted 3"
    messages = [message for _, _, message in updates]
    assert "Processing." in messages
    assert messages[-1] == "Progress counting: step 3 of 3"
    values = [progress for progress, _, _ in updates]
    assert values == sorted(set(values))  # MCP asks for strictly increasing values


def test_calls_wait_in_the_real_queue_under_its_concurrency_limit(connect, gate: Gate):
    gate.opened.clear()
    gate.started.clear()
    gate.most_at_once = 0

    async def scenario() -> list[Any]:
        second_is_queued = asyncio.Event()

        async def on_progress(progress: float, total: float | None, message: str | None) -> None:
            if message and message.startswith("In queue"):
                second_is_queued.set()

        async with connect() as client:
            first = asyncio.ensure_future(client.call_tool("hold", {"name": "first"}))

            async def first_is_running() -> None:
                while gate.started != ["first"]:
                    await asyncio.sleep(0.01)

            await asyncio.wait_for(first_is_running(), 10)
            second = asyncio.ensure_future(client.call_tool("hold", {"name": "second"}, progress_callback=on_progress))
            await asyncio.wait_for(second_is_queued.wait(), 10)
            assert gate.started == ["first"], "the second call must wait while the first runs"
            gate.opened.set()
            return list(await asyncio.gather(first, second))

    first, second = run(scenario())
    assert first.content[0].text == "released first" and second.content[0].text == "released second"
    assert gate.started == ["first", "second"] and gate.most_at_once == 1


def test_resources_and_resource_templates_from_the_decorator(connect):
    async def scenario() -> tuple[Any, Any, Any, Any]:
        async with connect() as client:
            resources = await client.list_resources()
            templates = await client.list_resource_templates()
            greeting_text = await client.read_resource("greeting://Ada")
            version_text = await client.read_resource("info://version")
            return resources, templates, greeting_text, version_text

    resources, templates, greeting_text, version_text = run(scenario())
    assert [(r.name, str(r.uri), r.description) for r in resources.resources] == [
        ("version", "info://version", "The app's version.")
    ]
    assert [(t.name, t.uri_template) for t in templates.resource_templates] == [
        ("greeting", "greeting://{name}"), ("pixel", "pixel://{size}"),
    ]
    assert greeting_text.contents[0].text == "Hello Ada!"
    assert version_text.contents[0].text == "1.2.3"


def test_a_binary_resource_is_a_blob_and_template_values_are_typed(connect):
    async def scenario() -> Any:
        async with connect() as client:
            return await client.read_resource("pixel://4")

    [contents] = run(scenario()).contents
    assert contents.mime_type == "image/png"
    assert Image.open(io.BytesIO(base64.b64decode(contents.blob))).size == (4, 4)


def test_prompts_from_the_decorator(connect):
    async def scenario() -> tuple[Any, Any]:
        async with connect() as client:
            prompts = await client.list_prompts()
            prompt = await client.get_prompt("review", {"code": "x = 1"})
            return prompts, prompt

    prompts, prompt = run(scenario())
    [listed] = prompts.prompts
    assert listed.name == "review" and listed.description == "Asks for a code review."
    assert [(a.name, a.description, a.required) for a in listed.arguments] == [
        ("code", "the code to review", True), ("style", "how long the review should be", False),
    ]
    assert prompt.messages[0].role == "user"
    assert prompt.messages[0].content.text == "Give a short review of: x = 1"


def test_unknown_resources_and_prompts_are_protocol_errors(connect):
    async def scenario() -> list[str]:
        failures = []
        async with connect() as client:
            for call in (lambda: client.read_resource("nothing://here"), lambda: client.get_prompt("nope", {})):
                try:
                    await call()
                except MCPError as error:
                    failures.append(error.message)
        return failures

    assert run(scenario()) == ["Resource not found: nothing://here", "Unknown prompt 'nope' for this app"]


@pytest.mark.parametrize("mode", ["auto", "legacy"])
def test_the_tools_query_parameter_selects_tools(app_url: str, mode: str):
    # Streamable HTTP only: an SSE client posts its messages to another URL.
    async def scenario() -> tuple[list[str], Any]:
        async with Client(f"{app_url}gradio_api/mcp/?tools=letter_counter,fail", mode=mode) as client:
            names = [tool.name for tool in (await client.list_tools()).tools]
            refused = await client.call_tool("shout_it", {"text": "x"})
            return names, refused

    names, refused = run(scenario())
    assert names == ["letter_counter", "fail"]
    assert refused.is_error
