"""A large app for the first-load and tab-switch figures: 300 components over 10 tabs
and 20 accordions (two per tab: the first open, the second closed), identical for both
frameworks. Each tab ends with a button whose listener writes "done <tab>"."""

from __future__ import annotations

from _framework import gr, launch

TABS = 10
FIELDS_PER_ACCORDION = 14  # 10 tabs x (2 x 14 fields + button + result) = 300 components


def field(tab: int, index: int) -> None:
    label = f"T{tab} field {index}"
    kind = index % 5
    if kind == 0:
        gr.Textbox(label=label, value=f"text {index}")
    elif kind == 1:
        gr.Number(label=label, value=index)
    elif kind == 2:
        gr.Slider(0, 100, value=index, label=label)
    elif kind == 3:
        gr.Checkbox(label=label, value=index % 2 == 0)
    else:
        gr.Dropdown(["a", "b", "c"], value="a", label=label)


with gr.Blocks() as demo:
    for tab in range(TABS):
        with gr.Tab(f"Tab {tab}"):
            index = 0
            for section in range(2):
                with gr.Accordion(f"Section {tab}.{section}", open=section == 0):
                    for _ in range(FIELDS_PER_ACCORDION):
                        field(tab, index)
                        index += 1
            button = gr.Button(f"Run {tab}")
            result = gr.Textbox(label=f"Result {tab}")
            button.click(lambda t=tab: f"done {t}", None, result, api_name=f"run_{tab}")

if __name__ == "__main__":
    launch(demo)
