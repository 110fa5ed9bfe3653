"""The smallest app: one Textbox in, one Textbox out (cold start, memory, first page)."""

from __future__ import annotations

from _framework import gr, launch


def greet(name: str) -> str:
    return f"Hello {name}!"


demo = gr.Interface(fn=greet, inputs="textbox", outputs="textbox")

if __name__ == "__main__":
    launch(demo)
