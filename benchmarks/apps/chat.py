"""ChatInterface streaming a long reply as fast as the framework can carry it.

``reply`` yields ``TOKENS`` tokens with no sleep, each yield the reply so far (as chat
models stream). Everything else is the frameworks' default, identically for both.
"""

from __future__ import annotations

from collections.abc import Iterator

from _framework import gr, launch

TOKENS = 2000


def reply(message: str, history: list) -> Iterator[str]:
    out = ""
    for i in range(TOKENS):
        out += f"tok{i} "
        yield out


demo = gr.ChatInterface(reply)

if __name__ == "__main__":
    launch(demo)
