"""The Flag button of an Interface in a real browser writes the sample to the CSV."""

from __future__ import annotations

import csv
import time
from pathlib import Path

from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def test_flagging_writes_a_csv_row_and_clear_resets_the_button(serve, page: Page, tmp_path: Path):
    demo = gr.Interface(
        lambda name: f"Hello {name}!", gr.Textbox(label="name"), gr.Textbox(label="greeting"),
        flagging_options=["funny", "wrong"], flagging_dir=str(tmp_path),
    )
    page.goto(serve(demo))
    page.get_by_label("name").fill("Ada")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("greeting")).to_have_value("Hello Ada!")
    page.get_by_role("button", name="Flag as wrong").click()
    expect(page.get_by_role("button", name="Saved")).to_be_visible()
    screenshot(page, "flagging")
    dataset = tmp_path / "dataset1.csv"
    deadline = time.monotonic() + 10
    while not dataset.exists():
        assert time.monotonic() < deadline, "no dataset written"
        time.sleep(0.02)
    with dataset.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:3] == ["Ada", "Hello Ada!", "wrong"]
    page.get_by_role("button", name="Clear").click()
    expect(page.get_by_role("button", name="Flag as wrong")).to_be_visible()
    expect(page.get_by_label("name")).to_have_value("")
