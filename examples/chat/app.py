"""A streaming chat: replies arrive word by word, with Markdown, code, math and thoughts.

Run `python examples/chat/app.py`, or call it from Python:

    from gradio_client import Client
    Client("http://127.0.0.1:7860/").predict("Hello", 0.2, api_name="/reply")
"""

import time

import podium as gr

CANNED = {
    "code": "Here is a function:\n\n```python\ndef fib(n: int) -> int:\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n```\n\nIt runs in O(n).",
    "math": "The Gaussian integral is $$\\int_{-\\infty}^{\\infty} e^{-x^2}\\,dx = \\sqrt{\\pi}$$ and Euler wrote $$e^{i\\pi} + 1 = 0$$",
    "table": "| model | params | score |\n|---|---:|---:|\n| small | 125M | 61.2 |\n| large | 7B | 78.9 |",
}


def reply(message: str, history: list[dict], delay: float):
    """Streams a reply; asks containing 'think' first show a collapsible thought."""
    words = message.lower().split()
    text = next((CANNED[key] for key in CANNED if key in words), None)
    if text is None:
        text = f"You said **{message}**. This conversation has {len(history) // 2} earlier turns."
    if "think" in words:
        yield gr.ChatMessage(content="Reading the question…", metadata={"title": "Thinking", "status": "pending"})
        time.sleep(delay * 4)
        thought = gr.ChatMessage(content="Reading the question… done.", metadata={"title": "Thinking", "status": "done", "duration": delay * 4})
    else:
        thought = None
    shown = ""
    for token in text.split(" "):
        shown = f"{shown} {token}" if shown else token
        time.sleep(delay)
        yield [thought, shown] if thought else shown


demo = gr.ChatInterface(
    reply,
    title="Podium chat",
    description="Try *code*, *math*, *table* or *think*.",
    additional_inputs=[gr.Slider(0, 0.5, 0.05, label="Delay between words (s)")],
    examples=[["Show me some code", 0.05], ["Some math please", 0.05], ["A table", 0.02], ["think about it", 0.05]],
    editable=True,
)

if __name__ == "__main__":
    demo.launch()
