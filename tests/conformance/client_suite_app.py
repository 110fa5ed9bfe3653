"""The app the client conformance suites call, written once for Podium and for Gradio.

Podium tests import ``build`` and launch it in-process; for Gradio the conformance
fixtures run this file with the Gradio venv's interpreter:

    .venv-gradio/bin/python tests/conformance/client_suite_app.py --port 7861 [--auth]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from types import ModuleType
from typing import Any

AUTH = ("ada", "lovelace")
SLOW_STEP_S = 0.1


def build(gr: ModuleType) -> Any:
    def greet(name: str) -> str:
        return f"Hello {name}!"

    def count(n: float, progress: Any = gr.Progress()) -> Any:  # noqa: B008 - the framework marker
        text = ""
        for i in progress.tqdm(range(int(n)), desc="counting"):
            # A step takes a moment, like real work: Gradio reports progress from a
            # periodic check, so an instant loop could finish before any report.
            time.sleep(0.15)
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

    def slow(n: float) -> Any:
        for i in range(int(n)):
            time.sleep(SLOW_STEP_S)
            yield i

    def tally(seen: int, name: str) -> tuple[int, str]:
        return seen + 1, f"{name}:{seen + 1}"

    def pair(a: str, b: float) -> tuple[str, float]:
        return a.upper(), b * 2

    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        greeting = gr.Textbox(label="Greeting")
        n = gr.Number(label="Count")
        counted = gr.Number(label="Counted")
        file_in = gr.File(label="Input file")
        file_out = gr.File(label="Output file")
        seen = gr.State(0)
        gr.Button("greet").click(greet, name, greeting)
        gr.Button("count").click(count, n, greeting)
        gr.Button("explode").click(explode, name, greeting)
        gr.Button("reverse").click(reverse_file, file_in, file_out)
        gr.Button("slow").click(slow, n, counted)
        gr.Button("tally").click(tally, [seen, name], [seen, greeting])
        gr.Button("pair").click(pair, [name, n], [greeting, counted])
    return demo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--auth", action="store_true")
    args = parser.parse_args()
    import gradio

    build(gradio).launch(
        server_name="127.0.0.1",
        server_port=args.port,
        auth=AUTH if args.auth else None,
        quiet=True,
    )


if __name__ == "__main__":
    main()
