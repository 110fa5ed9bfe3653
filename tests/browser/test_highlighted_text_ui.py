"""HighlightedText in a real browser: categories and legend, scores, select, relabelling."""

from __future__ import annotations

from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def test_entities_legend_select_and_relabel(serve, page: Page):
    def tag(text: str):
        return {"text": text, "entities": [{"entity": "PER", "start": 0, "end": 3}, {"entity": "LOC", "start": 13, "end": 18}]}

    with gr.Blocks() as demo:
        source = gr.Textbox(value="Ada lives in Paris", label="Text")
        tagged = gr.HighlightedText(label="Entities", show_legend=True, interactive=True, color_map={"PER": "#22c55e"})
        picked = gr.Textbox(label="Picked")
        labels = gr.Textbox(label="Labels now")
        gr.Button("Tag").click(tag, source, tagged)

        def chosen(evt: gr.SelectData) -> str:
            return f"{evt.index}: {evt.value[0]} / {evt.value[1]}"

        tagged.select(chosen, None, picked)
        tagged.change(lambda spans: ", ".join(f"{s['token']}={s['class_or_confidence']}" for s in spans if s["class_or_confidence"]), tagged, labels)

    page.goto(serve(demo))
    page.get_by_role("button", name="Tag").click()
    legend = page.get_by_role("list", name="Categories")
    expect(legend.get_by_role("listitem")).to_have_text(["PER", "LOC"])
    expect(page.get_by_role("button", name="AdaPER")).to_be_visible()
    screenshot(page, "highlighted_text")
    page.get_by_role("button", name="ParisLOC").click()
    expect(page.get_by_label("Picked")).to_have_value("2: Paris / LOC")
    # Relabel the span the user clicked.
    editor = page.get_by_label("Label for “Paris”")
    editor.fill("CITY")
    editor.press("Enter")
    expect(page.get_by_label("Labels now")).to_have_value("Ada=PER, Paris=CITY")


def test_scores_are_coloured_by_sign(serve, page: Page):
    with gr.Blocks() as demo:
        saliency = gr.HighlightedText(label="Saliency", show_legend=True)
        demo.load(lambda: [("good", 0.9), (" and ", None), ("bad", -0.8)], None, saliency)
    page.goto(serve(demo))
    good = page.get_by_role("button", name="good")
    expect(good).to_be_visible()
    assert "220, 38, 38" in good.evaluate("e => getComputedStyle(e).backgroundColor")
    assert "37, 99, 235" in page.get_by_role("button", name="bad").evaluate("e => getComputedStyle(e).backgroundColor")
    expect(page.get_by_label("Score scale")).to_be_visible()
