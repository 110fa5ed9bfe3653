"""A gallery of Podium's core components, wired so each one does something visible."""

from pathlib import Path

import podium as gr


def summarize(text, count, level, agree, toppings, size, fruit, colours):
    return {
        "text": text,
        "count": count,
        "level": level,
        "agree": agree,
        "toppings": toppings,
        "size": size,
        "fruit": fruit,
        "colours": colours,
    }


def chat(message, history):
    """Echoes the message word by word, as a chat model streams."""
    reply = ""
    for word in f"You said: **{message['text']}** ({len(message['files'])} file(s))".split(" "):
        reply = f"{reply} {word}".strip()
        yield [*history, {"role": "user", "content": message["text"]}, {"role": "assistant", "content": reply}]


def classify(text):
    words = text.split() or ["nothing"]
    total = sum(len(word) for word in words)
    return {word: len(word) / total for word in words}


with gr.Blocks(title="Component gallery") as demo:
    gr.Markdown(
        """
        # Component gallery
        Every core component, wired to a function. Change the inputs and press **Summarize**.
        """
    )
    with gr.Row():
        with gr.Column():
            text = gr.Textbox(label="Text", placeholder="Write something", value="podium makes apps")
            count = gr.Number(label="Count", value=3, precision=0)
            level = gr.Slider(0, 10, value=4, step=1, label="Level")
            agree = gr.Checkbox(label="I agree", value=True)
            with gr.Row():
                gr.ColorPicker("#4f46e5", label="Accent colour")
                gr.DateTime("now - 24h", label="Since", include_time=False)
        with gr.Column():
            toppings = gr.CheckboxGroup(["cheese", "olives", "basil"], value=["cheese"], label="Toppings")
            size = gr.Radio(["small", "medium", "large"], value="medium", label="Size")
            fruit = gr.Dropdown(["apple", "banana", "cherry"], label="Fruit")
            colours = gr.Dropdown(["red", "green", "blue"], multiselect=True, value=["red"], label="Colours")
    with gr.Row():
        gr.ClearButton([text, count], value="Clear text and count")
        summarize_btn = gr.Button("Summarize", variant="primary")
    with gr.Row():
        summary = gr.JSON(label="Summary")
        label = gr.Label(label="Word weights", num_top_classes=3)
    html = gr.HTML("<p><b>HTML</b> output appears here.</p>")
    code = gr.Code(
        'words = "podium makes apps".split()\nprint(len(words))  # Summarize rewrites this',
        language="python",
        label="Code",
        lines=3,
    )
    gr.FileExplorer("*/app.py", root_dir=Path(__file__).resolve().parents[1], label="Example apps", file_count="single")
    gr.ParamViewer(
        {
            "text": {"type": "str", "description": "What to summarize.", "default": '"podium makes apps"'},
            "count": {"type": "int", "description": "How many times to repeat it.", "default": "3"},
        },
        header="summarize() parameters",
    )
    gr.HighlightedText(
        [("Ada Lovelace", "PER"), (" wrote the first program in ", None), ("London", "LOC"), (".", None)],
        label="Entities", show_legend=True,
    )
    chatbot = gr.Chatbot(
        [{"role": "assistant", "content": "Hi! Ask me anything. Code and math render: `x = 1`, $$e^{i\\pi}+1=0$$"}],
        label="Chatbot",
        height=260,
    )
    chat_box = gr.MultimodalTextbox(label="Message", placeholder="Type a message and press Enter", show_label=False)
    chat_box.submit(chat, [chat_box, chatbot], chatbot).then(lambda: {"text": "", "files": []}, None, chat_box)
    summarize_btn.click(
        summarize, [text, count, level, agree, toppings, size, fruit, colours], summary
    ).then(classify, text, label).then(lambda t: f"<p>You wrote <em>{len(t)}</em> characters.</p>", text, html).then(
        lambda t: f"words = {t!r}.split()\nprint(len(words))  # {len(t.split())}", text, code
    )

if __name__ == "__main__":
    demo.launch()
