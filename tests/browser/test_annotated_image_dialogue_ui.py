"""AnnotatedImage (overlays, legend/annotation hover, select) and Dialogue (edit lines,
tags, read back in Python) in a real browser."""

from __future__ import annotations

import re

import numpy as np
from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot

ACTIVE_MASK = re.compile(r"\bpd-ai-active\b")
ACTIVE_ENTRY = re.compile(r"\bpd-ai-entry-active\b")


def segment() -> tuple[np.ndarray, list]:
    height, width = 160, 240
    base = np.zeros((height, width, 3), dtype=np.uint8)
    base[..., 0] = np.linspace(40, 200, width, dtype=np.uint8)
    base[..., 2] = 120
    yy, xx = np.mgrid[:height, :width]
    sky = ((xx - 60) ** 2 + (yy - 60) ** 2 < 40**2).astype(np.float32)
    return base, [(sky, "sky"), ((140, 50, 220, 140), "car")]


def test_overlays_legend_hover_and_select(serve, page: Page):
    with gr.Blocks() as demo:
        picture = gr.AnnotatedImage(label="Scene", color_map={"sky": "#3b82f6"})
        picked = gr.Textbox(label="Picked")
        gr.Button("Segment").click(segment, None, picture)

        def chosen(evt: gr.SelectData) -> str:
            return f"{evt.index}: {evt.value}"

        picture.select(chosen, None, picked)

    page.goto(serve(demo))
    page.get_by_role("button", name="Segment").click()
    masks = page.locator("img.pd-ai-mask")
    expect(masks).to_have_count(2)
    for i in range(2):
        expect(masks.nth(i)).to_have_js_property("complete", True)
        assert masks.nth(i).evaluate("img => img.naturalWidth") == 240
    legend = page.get_by_role("group", name="Annotations")
    expect(legend.get_by_role("button")).to_have_text(["sky", "car"])
    screenshot(page, "annotated_image")

    # Hovering a legend entry brings its annotation forward and fades the others.
    legend.get_by_role("button", name="car").hover()
    expect(masks.nth(1)).to_have_class(ACTIVE_MASK)
    expect(masks.nth(0)).to_have_css("opacity", "0.15")
    screenshot(page, "annotated_image_hover")

    # Hovering the annotation on the image highlights its legend entry.
    stack = page.locator(".pd-ai-stack")
    box = stack.bounding_box()
    assert box is not None
    sky_x, sky_y = box["x"] + box["width"] * 60 / 240, box["y"] + box["height"] * 60 / 160
    page.mouse.move(sky_x, sky_y)
    expect(legend.get_by_role("button", name="sky")).to_have_class(ACTIVE_ENTRY)
    expect(legend.get_by_role("button", name="car")).not_to_have_class(ACTIVE_ENTRY)

    # Selecting, on the image or in the legend, gives Python the index and label.
    page.mouse.click(sky_x, sky_y)
    expect(page.get_by_label("Picked")).to_have_value("0: sky")
    legend.get_by_role("button", name="car").click()
    expect(page.get_by_label("Picked")).to_have_value("1: car")


def test_dialogue_edit_lines_and_read_back(serve, page: Page):
    with gr.Blocks() as demo:
        script = gr.Dialogue(speakers=["Ann", "Bob"], tags=["(laughs)", "(sighs)"], interactive=True, label="Script")
        as_text = gr.Textbox(label="As text")
        shown = gr.Dialogue(label="Shown", speakers=["Ann", "Bob"], interactive=False)
        gr.Button("Send").click(lambda text: text, script, as_text)
        gr.Button("Show").click(lambda: [{"speaker": "Bob", "text": "From Python"}], None, shown)

    page.goto(serve(demo))
    first = page.get_by_label("Text of line 1")
    first.fill("Hello there")
    first.press("Enter")  # Enter adds the next line, for the next speaker
    expect(page.get_by_label("Speaker of line 2")).to_have_value("Bob")
    second = page.get_by_label("Text of line 2")
    expect(second).to_be_focused()
    second.type("Hi :lau")
    page.get_by_role("option", name="(laughs)").click()
    expect(second).to_have_value("Hi (laughs) ")
    page.get_by_role("button", name="Add line").click()
    page.get_by_label("Speaker of line 3").select_option("Ann")
    page.get_by_label("Text of line 3").fill("Bye")
    screenshot(page, "dialogue")
    page.get_by_role("button", name="Remove line 3").click()
    expect(page.get_by_label("Text of line 3")).to_have_count(0)

    page.get_by_role("button", name="Send", exact=True).click()
    expect(page.get_by_label("As text")).to_have_value("[Ann] Hello there\n[Bob] Hi (laughs) ")

    # The text view shows the same dialogue and edits flow back into the lines.
    page.get_by_role("button", name="Edit as text").click()
    area = page.get_by_label("Script")
    expect(area).to_have_value("[Ann] Hello there\n[Bob] Hi (laughs) ")
    area.fill("[Bob] Only line")
    page.get_by_role("button", name="Edit lines").click()
    expect(page.get_by_label("Speaker of line 1")).to_have_value("Bob")
    expect(page.get_by_label("Text of line 1")).to_have_value("Only line")
    page.get_by_role("button", name="Send", exact=True).click()
    expect(page.get_by_label("As text")).to_have_value("[Bob] Only line")

    page.get_by_role("button", name="Show").click()
    expect(page.locator(".pd-dlg-chip")).to_have_text(["Bob"])
    expect(page.locator(".pd-dlg-said")).to_have_text(["From Python"])
