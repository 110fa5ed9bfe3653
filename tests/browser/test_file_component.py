"""The file component in a browser: upload, a processed output with a download link, limits."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot


def _shout(path: str) -> str:
    """Returns a new file: the upload's text upper-cased."""
    out = Path(path).with_name("shouted.txt")
    out.write_text(Path(path).read_text().upper())
    return str(out)


def test_upload_a_file_and_download_the_processed_output(serve, page: Page, tmp_path: Path):
    source = tmp_path / "notes.txt"
    source.write_text("hello file component\n")
    page.goto(serve(gr.Interface(_shout, gr.File(label="Notes"), gr.File(label="Shouted"))))

    drop = page.get_by_role("button", name="Drop file here")
    expect(drop).to_be_visible()
    expect(page.get_by_role("note", name="Shouted: empty")).to_be_visible()

    page.get_by_label("Notes").set_input_files(str(source))
    uploaded = page.get_by_role("list", name="Notes")
    expect(uploaded.get_by_role("link", name="notes.txt")).to_be_visible()
    expect(uploaded).to_contain_text("21 B")
    expect(drop).to_have_count(0)

    page.get_by_role("button", name="Submit").click()
    link = page.get_by_role("list", name="Shouted").get_by_role("link", name="shouted.txt")
    expect(link).to_be_visible()
    expect(link).to_have_attribute("download", "shouted.txt")
    href = link.get_attribute("href")
    assert href and "/gradio_api/file=" in href
    response = page.request.get(href)
    assert response.ok
    assert response.body() == b"HELLO FILE COMPONENT\n"
    screenshot(page, "file_output")

    # Removing the input file brings the drop zone back.
    page.get_by_role("button", name="Remove notes.txt").click()
    expect(page.get_by_role("button", name="Drop file here")).to_be_visible()


def test_a_file_over_max_file_size_is_refused_before_upload(serve, page: Page, tmp_path: Path):
    big = tmp_path / "big.bin"
    big.write_bytes(b"\0" * 2048)
    uploads: list[str] = []
    page.on("request", lambda r: "/gradio_api/upload" in r.url and uploads.append(r.url))
    page.goto(
        serve(gr.Interface(lambda f: f, gr.File(label="Data"), gr.File()), max_file_size=1024)
    )

    expect(page.get_by_text("up to 1.0 KB")).to_be_visible()
    page.get_by_label("Data").set_input_files(str(big))
    expect(page.get_by_role("alert")).to_have_text(
        "“big.bin” is 2.0 KB; the largest file this app accepts is 1.0 KB."
    )
    assert uploads == []


def test_multiple_files_filtered_by_type_reordered_and_removed(serve, page: Page, tmp_path: Path):
    for name, body in [("a.csv", "1,2\n"), ("b.pdf", "%PDF-1.4"), ("c.exe", "MZ")]:
        (tmp_path / name).write_text(body)

    def names(files):
        return ", ".join(Path(f).name for f in files or [])

    with gr.Blocks() as demo:
        files = gr.File(
            label="Inputs",
            file_count="multiple",
            file_types=[".csv", ".pdf"],
            allow_reordering=True,
        )
        order = gr.Textbox(label="Names")
        files.change(names, files, order)

    page.goto(serve(demo))
    expect(page.get_by_role("button", name="Drop files here")).to_be_visible()
    page.get_by_label("Inputs").set_input_files(
        [str(tmp_path / n) for n in ("a.csv", "b.pdf", "c.exe")]
    )
    expect(page.get_by_role("alert")).to_contain_text("1 file was skipped")
    expect(page.get_by_label("Names")).to_have_value("a.csv, b.pdf")

    grip = page.get_by_role("button", name="Reorder a.csv")
    grip.focus()
    grip.press("ArrowDown")
    expect(page.get_by_label("Names")).to_have_value("b.pdf, a.csv")

    page.get_by_role("button", name="Remove b.pdf").click()
    expect(page.get_by_label("Names")).to_have_value("a.csv")
