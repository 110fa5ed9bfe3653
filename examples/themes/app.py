"""Theme gallery: the same app under each built-in theme, one picker away.

    python examples/themes/app.py            # every theme, on http://127.0.0.1:7860/
    python examples/themes/app.py soft       # one theme, as a plain launch()

Each theme is served at /<name>/; the "Theme" dropdown moves between them (keeping
?__theme=dark if you set it from the footer's Settings).
"""

from __future__ import annotations

import sys

import podium as gr

THEMES = [
    "default", "soft", "monochrome", "glass", "ocean", "citrus", "origin", "base",
    "ember", "cyberpunk", "neon", "mario",
]

# Client-side only: go to the sibling app serving the picked theme.
GO_TO_THEME = "(name) => { location.href = '../' + name + '/' + location.search; }"


def greet(name: str, count: float, shout: bool) -> str:
    text = " ".join([f"Hello {name or 'there'}!"] * int(count or 1))
    return text.upper() if shout else text


def build(theme: str) -> gr.Blocks:
    with gr.Blocks(title=f"Podium themes: {theme}") as demo:
        gr.Markdown(f"# Theme gallery\nThe same app under each theme. This is **{theme}**.")
        picker = gr.Dropdown(THEMES, value=theme, label="Theme", elem_id="theme-picker")
        with gr.Row():
            with gr.Column():
                name = gr.Textbox(label="Name", placeholder="Type a name", elem_id="name")
                count = gr.Slider(1, 5, value=2, step=1, label="Count")
                shout = gr.Checkbox(label="Shout", value=False)
                gr.Radio(["one", "two", "three"], value="two", label="Pick one")
            with gr.Column():
                greeting = gr.Textbox(label="Greeting", lines=3, elem_id="greeting")
                gr.Number(value=3.5, label="Score")
                gr.CheckboxGroup(["a", "b", "c"], value=["a"], label="Tags")
                with gr.Row():
                    clear = gr.Button("Clear")
                    gr.Button("Stop", variant="stop")
                    submit = gr.Button("Submit", variant="primary", elem_id="submit")
        with gr.Accordion("More", open=True):
            gr.Label({"cat": 0.7, "dog": 0.3}, label="Label")
        submit.click(greet, [name, count, shout], greeting)
        clear.click(lambda: ("", ""), None, [name, greeting])
        picker.change(None, picker, None, js=GO_TO_THEME)
    return demo


def serve_all(port: int = 7860) -> None:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import RedirectResponse
    from starlette.routing import Route

    app = Starlette(routes=[Route("/", lambda request: RedirectResponse("./default/"))])
    for theme in THEMES:
        gr.mount_gradio_app(app, build(theme), f"/{theme}", theme=theme)
    print(f"* Theme gallery on http://127.0.0.1:{port}/")
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        build(sys.argv[1]).launch(theme=sys.argv[1])
    else:
        serve_all()
