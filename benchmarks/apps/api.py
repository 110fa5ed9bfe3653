"""Endpoints for the API figures (throughput, soak, queue, streaming).

Queue settings are the frameworks' defaults except where named here, identically for
both frameworks:

* ``echo`` - trivial fn, ``concurrency_limit=None`` so the figure measures framework
  overhead rather than the default one-at-a-time queue.
* ``sleep`` - ``time.sleep(0.1)`` with ``concurrency_limit=8``: ideal rate is 80 req/s.
* ``stream`` - a generator yielding ``TOKENS`` tokens with no sleep, each yield the
  text so far (as a chat model streams), ``concurrency_limit=None``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from _framework import gr, launch

TOKENS = 100


def echo(text: str) -> str:
    return text


def sleep(text: str) -> str:
    time.sleep(0.1)
    return text


def stream(text: str) -> Iterator[str]:
    out = ""
    for i in range(TOKENS):
        out += f"tok{i} "
        yield out


with gr.Blocks() as demo:
    box_in = gr.Textbox(label="in")
    box_out = gr.Textbox(label="out")
    echo_btn = gr.Button("echo")
    sleep_btn = gr.Button("sleep")
    stream_btn = gr.Button("stream")
    echo_btn.click(echo, box_in, box_out, api_name="echo", concurrency_limit=None)
    sleep_btn.click(sleep, box_in, box_out, api_name="sleep", concurrency_limit=8)
    stream_btn.click(stream, box_in, box_out, api_name="stream", concurrency_limit=None)

if __name__ == "__main__":
    launch(demo)
