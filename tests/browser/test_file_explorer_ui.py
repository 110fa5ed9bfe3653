"""FileExplorer in a real browser: browse folders, pick files, Python gets their paths."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def test_pick_files_from_the_tree(serve, page: Page, tmp_path: Path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "train.csv").write_text("x")
    (tmp_path / "data" / "test.csv").write_text("y")
    (tmp_path / "README.md").write_text("z")
    (tmp_path / ".secret").write_text("no")

    with gr.Blocks() as demo:
        explorer = gr.FileExplorer(root_dir=tmp_path, label="Project")
        picked = gr.Textbox(label="Picked")
        explorer.change(lambda paths: ", ".join(str(Path(p).relative_to(tmp_path)) for p in paths), explorer, picked)

    page.goto(serve(demo))
    expect(page.get_by_role("treeitem").filter(has_text="README.md")).to_be_visible()
    expect(page.get_by_text(".secret")).to_have_count(0)
    page.get_by_role("button", name="Expand data").click()
    page.get_by_role("checkbox", name="data/train.csv").check()
    expect(page.get_by_label("Picked")).to_have_value("data/train.csv")
    page.get_by_role("checkbox", name="README.md").check()
    expect(page.get_by_label("Picked")).to_have_value("data/train.csv, README.md")
    page.get_by_role("checkbox", name="Select all in data").check()
    expect(page.get_by_label("Picked")).to_have_value("README.md, data/test.csv, data/train.csv")
    screenshot(page, "file_explorer")
