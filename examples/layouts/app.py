"""Every layout in one app: Sidebar, Row/Column/Group, Tabs, Accordion, Walkthrough and a
part of the page rebuilt by @render. Run: podium examples/layouts/app.py"""

import podium as gr

with gr.Blocks(title="Layouts") as demo:
    with gr.Sidebar(label="Settings", open=False):
        gr.Markdown("Anything can live in the sidebar.")
        temperature = gr.Slider(0, 1, value=0.7, label="Temperature")

    gr.Markdown("# Layouts\nRows, columns, groups, tabs, accordions, a walkthrough and a dynamic section.")
    with gr.Row(equal_height=True):
        with gr.Column(scale=2, variant="panel"):
            prompt = gr.Textbox(label="Prompt", placeholder="Ask something")
            with gr.Group():
                gr.Checkbox(label="Stream the answer")
                gr.Dropdown(["small", "large"], value="small", label="Model")
        with gr.Column(scale=1):
            answer = gr.Textbox(label="Answer", lines=4)
            gr.Button("Run", variant="primary").click(
                lambda text, temp: f"{text[::-1]} (temperature {temp})", [prompt, temperature], answer
            )

    with gr.Tabs():
        with gr.Tab("Counter"):
            count = gr.Slider(1, 6, value=3, step=1, label="How many boxes")

            @gr.render(inputs=count)
            def boxes(n: float) -> None:
                with gr.Row():
                    for i in range(int(n)):
                        gr.Textbox(label=f"Box {i + 1}", key=f"box-{i}")

        with gr.Tab("Details"):
            with gr.Accordion("Advanced options", open=False):
                gr.Number(label="Seed", value=42)
                gr.Radio(["fast", "careful"], value="fast", label="Mode")
            gr.Markdown("Closed accordions and unseen tabs are mounted only when first shown.")

        with gr.Tab("Walkthrough"):
            with gr.Walkthrough(selected=1) as walk:
                with gr.Step("Describe", id=1):
                    idea = gr.Textbox(label="Your idea")
                    gr.Button("Next").click(lambda: gr.Walkthrough(selected=2), None, walk)
                with gr.Step("Review", id=2):
                    review = gr.Textbox(label="Summary")
                    gr.Button("Back").click(lambda: gr.Walkthrough(selected=1), None, walk)
            idea.change(lambda text: f"You plan to: {text}", idea, review)

if __name__ == "__main__":
    demo.launch()
