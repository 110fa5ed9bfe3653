"""UploadButton and DownloadButton in a browser: pick a file, get a processed result, download bytes."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def test_upload_button_uploads_and_fires_upload(serve, page: Page, tmp_path: Path):
    source = tmp_path / "notes.txt"
    source.write_text("hello upload button\n")

    def describe(path: str) -> str:
        return f"{Path(path).name}: {Path(path).read_text().strip().upper()}"

    with gr.Blocks() as demo:
        button = gr.UploadButton("Upload notes", file_types=[".txt"], variant="primary")
        out = gr.Textbox(label="Result")
        clicked = gr.Textbox(label="Clicked")
        button.upload(describe, button, out)
        button.click(lambda: "yes", None, clicked)

    page.goto(serve(demo))
    visible = page.get_by_role("button", name="Upload notes")
    expect(visible).to_be_visible()
    expect(visible).to_have_class(re.compile(r"\bpd-btn-primary\b"))
    page.get_by_label("Upload notes").set_input_files(str(source))
    expect(page.get_by_label("Result")).to_have_value("notes.txt: HELLO UPLOAD BUTTON")

    # Keyboard: the visible button is focusable and Enter fires its click (the picker opens).
    with page.expect_file_chooser() as chooser:
        visible.focus()
        page.keyboard.press("Enter")
    assert chooser.value.is_multiple() is False
    expect(page.get_by_label("Clicked")).to_have_value("yes")
    screenshot(page, "upload_button")


def test_upload_button_multiple_binary(serve, page: Page, tmp_path: Path):
    paths = []
    for name, body in [("a.bin", b"\x01\x02"), ("b.bin", b"\x03")]:
        (tmp_path / name).write_bytes(body)
        paths.append(str(tmp_path / name))

    with gr.Blocks() as demo:
        button = gr.UploadButton("Add files", file_count="multiple", type="binary")
        out = gr.Textbox(label="Sizes")
        button.upload(lambda blobs: ",".join(str(len(b)) for b in blobs), button, out)

    page.goto(serve(demo))
    page.get_by_label("Add files").set_input_files(paths)
    expect(page.get_by_label("Sizes")).to_have_value("2,1")


def test_download_button_set_by_a_function_downloads_the_right_bytes(serve, page: Page, tmp_path: Path):
    def make_report(text: str) -> str:
        out = tmp_path / "report.csv"
        out.write_text(f"name\n{text}\n")
        return str(out)

    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        make = gr.Button("Make report")
        download = gr.DownloadButton("Download report")
        make.click(make_report, name, download)
        clicks = gr.Number(label="Clicks", value=0)
        download.click(lambda n: n + 1, clicks, clicks)

    page.goto(serve(demo))
    # No file yet: a plain button, no download link.
    expect(page.get_by_role("button", name="Download report")).to_be_visible()
    expect(page.get_by_role("link", name="Download report")).to_have_count(0)
    page.get_by_label("Name").fill("Ada")
    page.get_by_role("button", name="Make report").click()
    link = page.get_by_role("link", name="Download report")
    expect(link).to_have_attribute("download", "report.csv")
    with page.expect_download() as info:
        link.click()
    download_file = info.value
    assert download_file.suggested_filename == "report.csv"
    assert Path(download_file.path()).read_bytes() == b"name\nAda\n"
    expect(page.get_by_label("Clicks")).to_have_value("1")
    screenshot(page, "download_button")

    # Keyboard: Space on the focused link downloads too.
    with page.expect_download() as again:
        link.focus()
        page.keyboard.press(" ")
    assert Path(again.value.path()).read_bytes() == b"name\nAda\n"
