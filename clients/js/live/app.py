"""The Podium app the JS client's live tests call (started by live/server.mjs).

    python clients/js/live/app.py --port 7861
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Iterator

import podium as gr

SLOW_STEP_S = 0.1


def greet(name: str) -> str:
    return f"Hello {name}!"


def count(n: float, progress: gr.Progress = gr.Progress()) -> Iterator[str]:
    text = ""
    for i in progress.tqdm(range(int(n)), desc="counting"):
        text += f"{i} "
        yield text.strip()


def explode(name: str) -> str:
    raise gr.Error(f"Cannot greet {name}")


def reverse_file(path: str) -> str:
    with open(path, "rb") as source:
        data = source.read()
    out = os.path.join(tempfile.mkdtemp(), "reversed-" + os.path.basename(path))
    with open(out, "wb") as target:
        target.write(data[::-1])
    return out


def slow(n: float) -> Iterator[int]:
    for i in range(int(n)):
        time.sleep(SLOW_STEP_S)
        yield i


def build() -> gr.Blocks:
    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        greeting = gr.Textbox(label="Greeting")
        n = gr.Number(label="Count")
        file_in = gr.File(label="Input file")
        file_out = gr.File(label="Output file")
        gr.Button("greet").click(greet, name, greeting)
        gr.Button("count").click(count, n, greeting)
        gr.Button("explode").click(explode, name, greeting)
        gr.Button("reverse").click(reverse_file, file_in, file_out)
        gr.Button("slow").click(slow, n, n)
    return demo


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    port = parser.parse_args().port
    build().launch(server_name="127.0.0.1", server_port=port, quiet=True)
