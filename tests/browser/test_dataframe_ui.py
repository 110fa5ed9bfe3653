"""Dataframe in a real browser: edit a cell and read it in Python, sort by a header,
select a cell, search, add a row within limits, Styler colours, and a 100,000-row table
that shows its first rows, scrolls to its last and keeps only a window of rows in the DOM."""

from __future__ import annotations

import pandas as pd
from playwright.sync_api import Page, expect

import podium as gr
from tests.browser.conftest import screenshot

PEOPLE = pd.DataFrame({"name": ["Carol", "Ada", "Bob", "Dan"], "age": [47, 36, 9, 120]})


def cell(page: Page, row: int, column: int):
    """The cell at a *data* row (its position in the value) and column."""
    return page.locator(f'[role="row"][data-row="{row}"] [role="gridcell"]').nth(column)


def shown_names(page: Page) -> list[str]:
    rows = page.locator('.pd-df-body [role="row"]')
    return [rows.nth(i).locator('[role="gridcell"]').first.inner_text() for i in range(rows.count())]


def test_edit_a_cell_and_read_it_in_python(serve, page: Page):
    with gr.Blocks() as demo:
        table = gr.Dataframe(PEOPLE, datatype=["str", "number"], interactive=True, label="People")
        total = gr.Textbox(label="Total age")
        edited = gr.Textbox(label="Edited")
        table.change(lambda frame: str(int(frame["age"].sum())), table, total)

        def on_edit(evt: gr.EditData) -> str:
            return f"{evt.index} {evt.previous_value} -> {evt.value}"

        table.edit(on_edit, None, edited)

    page.goto(serve(demo))
    target = cell(page, 1, 1)
    expect(target).to_have_text("36")
    target.dblclick()
    editor = page.get_by_label("Edit age")
    editor.fill("40")
    editor.press("Enter")
    expect(page.get_by_label("Total age")).to_have_value("216")
    expect(page.get_by_label("Edited")).to_have_value("[1, 1] 36 -> 40")
    expect(cell(page, 1, 1)).to_have_text("40")
    # Escape leaves the cell as it was; text in a number column is refused inline.
    cell(page, 0, 1).dblclick()
    page.get_by_label("Edit age").fill("999")
    page.get_by_label("Edit age").press("Escape")
    expect(cell(page, 0, 1)).to_have_text("47")
    cell(page, 0, 1).dblclick()
    page.get_by_label("Edit age").fill("old")
    page.get_by_label("Edit age").press("Enter")
    expect(page.get_by_label("Edit age")).to_have_attribute("aria-invalid", "true")
    page.get_by_label("Edit age").press("Escape")
    # Tab saves and moves to the next cell, where typing starts a new edit.
    cell(page, 2, 0).dblclick()
    page.get_by_label("Edit name").fill("Bea")
    page.get_by_label("Edit name").press("Tab")
    page.keyboard.type("10")
    page.keyboard.press("Enter")
    expect(page.get_by_label("Total age")).to_have_value("217")
    expect(cell(page, 2, 0)).to_have_text("Bea")


def test_sort_by_clicking_a_header_is_numeric_and_cycles(serve, page: Page):
    with gr.Blocks() as demo:
        gr.Dataframe(PEOPLE, label="People")
    page.goto(serve(demo))
    expect(cell(page, 0, 0)).to_have_text("Carol")
    assert shown_names(page) == ["Carol", "Ada", "Bob", "Dan"]
    page.get_by_role("button", name="Sort by age").click()
    # Numeric: 9 < 36 < 47 < 120 (as text, "120" would come first).
    expect(page.get_by_role("columnheader", name="age")).to_have_attribute("aria-sort", "ascending")
    assert shown_names(page) == ["Bob", "Ada", "Carol", "Dan"]
    page.get_by_role("button", name="Sort by age").click()
    assert shown_names(page) == ["Dan", "Carol", "Ada", "Bob"]
    page.get_by_role("button", name="Sort by age").click()
    assert shown_names(page) == ["Carol", "Ada", "Bob", "Dan"]


def test_select_a_cell_gives_select_data_in_python(serve, page: Page):
    with gr.Blocks() as demo:
        table = gr.Dataframe(PEOPLE, label="People")
        picked = gr.Textbox(label="Picked")

        def chosen(evt: gr.SelectData) -> str:
            return f"{evt.index} {evt.value} {evt.row_value} {evt.col_value}"

        table.select(chosen, None, picked)
    page.goto(serve(demo))
    # Sorted first: the index is the row's place in the value, not on screen.
    page.get_by_role("button", name="Sort by age").click()
    page.locator('.pd-df-body [role="row"]').first.locator('[role="gridcell"]').nth(1).click()
    expect(page.get_by_label("Picked")).to_have_value("[2, 1] 9 ['Bob', 9] [47, 36, 9, 120]")


def test_search_filters_rows_and_copy_gives_tsv(serve, page: Page):
    with gr.Blocks() as demo:
        gr.Dataframe(PEOPLE, label="People", show_search="search", buttons=["copy", "fullscreen"])
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(serve(demo))
    page.get_by_label("Search the table").fill("a")
    expect(page.locator('.pd-df-body [role="row"]')).to_have_count(3)
    assert shown_names(page) == ["Carol", "Ada", "Dan"]
    page.get_by_label("Search the table").fill("bob")
    expect(page.locator('.pd-df-body [role="row"]')).to_have_count(1)
    page.get_by_role("button", name="Copy table").click()
    assert page.evaluate("navigator.clipboard.readText()") == "name\tage\nBob\t9"
    page.get_by_label("Search the table").fill("nobody")
    expect(page.get_by_text("No matching rows")).to_be_visible()


def test_filter_mode_compares_numbers(serve, page: Page):
    with gr.Blocks() as demo:
        gr.Dataframe(PEOPLE, label="People", datatype=["str", "number"], show_search="filter")
    page.goto(serve(demo))
    page.get_by_label("Filter age").fill(">40")
    expect(page.locator('.pd-df-body [role="row"]')).to_have_count(2)
    assert shown_names(page) == ["Carol", "Dan"]


def test_add_and_delete_rows_within_the_limits(serve, page: Page):
    with gr.Blocks() as demo:
        table = gr.Dataframe(PEOPLE, interactive=True, row_limits=(3, 5), label="People", static_columns=[0])
        count = gr.Textbox(label="Rows")
        table.change(lambda frame: str(len(frame)), table, count)
    page.goto(serve(demo))
    cell(page, 3, 1).click(button="right")
    page.get_by_role("menuitem", name="Add row below").click()
    expect(page.get_by_label("Rows")).to_have_value("5")
    cell(page, 0, 1).click(button="right")
    expect(page.get_by_role("menuitem", name="Add row above")).to_be_disabled()  # at the maximum
    page.get_by_role("menuitem", name="Delete row").click()
    expect(page.get_by_label("Rows")).to_have_value("4")
    # A static column does not open an editor.
    cell(page, 0, 0).dblclick()
    expect(page.get_by_label("Edit name")).to_have_count(0)


def test_styler_colours_and_pinned_columns(serve, page: Page):
    styled = PEOPLE.style.highlight_max(subset=["age"], color="#fde68a")
    with gr.Blocks() as demo:
        gr.Dataframe(styled, label="Styled", pinned_columns=1)
    page.goto(serve(demo))
    oldest = cell(page, 3, 1)
    expect(oldest).to_have_text("120")
    assert oldest.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(253, 230, 138)"
    assert cell(page, 0, 0).evaluate("e => getComputedStyle(e).position") == "sticky"
    screenshot(page, "dataframe_styled")


def test_hundred_thousand_rows_render_a_window_and_scroll_to_the_end(serve, page: Page):
    frame = pd.DataFrame({f"c{c}": range(c, 100_000 * 20 + c, 20) for c in range(20)})
    frame.insert(0, "id", [f"row-{i}" for i in range(100_000)])
    frame = frame.iloc[:, :20]
    with gr.Blocks() as demo:
        button = gr.Button("Load")
        table = gr.Dataframe(label="Big", max_height=400)
        button.click(lambda: frame, None, table)
    page.goto(serve(demo))
    page.get_by_role("button", name="Load").click()
    expect(page.get_by_text("row-0", exact=True)).to_be_visible(timeout=60_000)
    rows_in_dom = page.locator('.pd-df-body [role="row"]').count()
    assert 5 < rows_in_dom < 60
    scroller = page.get_by_role("grid")
    expect(scroller).to_have_attribute("aria-rowcount", "100001")
    scroller.evaluate("e => { e.scrollTop = e.scrollHeight; }")
    expect(page.get_by_text("row-99999", exact=True)).to_be_visible()
    assert page.locator('.pd-df-body [role="row"]').count() < 60
    expect(page.get_by_text("row-0", exact=True)).to_have_count(0)


ROWS_IN_DOM = """grid => [...grid.querySelectorAll('.pd-df-body [role="row"]')].map(row => [
    Number(row.dataset.row),
    [...row.querySelectorAll('[role="gridcell"]')].map(cell => cell.innerText.trim()),
])"""


def test_rows_scrolled_into_view_show_their_own_cells(serve, page: Page):
    # Rows that scroll in reuse the DOM of rows that scrolled out: each must show its own
    # data, never what the reused row showed before.
    frame = pd.DataFrame({"id": [f"row-{i}" for i in range(2_000)], "seven": [7 * i for i in range(2_000)]})
    with gr.Blocks() as demo:
        gr.Dataframe(frame, label="Rows", max_height=400)
    page.goto(serve(demo))
    grid = page.get_by_role("grid")
    expect(page.get_by_text("row-0", exact=True)).to_be_visible()
    for top in (35 * 3, 35 * 7 + 12, 35 * 40, 35 * 1_000 + 5, 35 * 20):
        grid.evaluate(f"e => {{ e.scrollTop = {top}; }}")
        expect(page.get_by_text(f"row-{top // 35}", exact=True)).to_be_visible()
        rows = grid.evaluate(ROWS_IN_DOM)
        assert rows and all(cells == [f"row-{index}", str(7 * index)] for index, cells in rows), rows
        indices = [index for index, _ in rows]
        assert indices == list(range(indices[0], indices[0] + len(indices)))  # in order, no gaps


def test_arrow_keys_keep_the_selected_cell_in_view(serve, page: Page):
    frame = pd.DataFrame({"id": [f"row-{i}" for i in range(500)]})
    with gr.Blocks() as demo:
        gr.Dataframe(frame, label="Rows", max_height=300)
    page.goto(serve(demo))
    page.get_by_text("row-0", exact=True).click()
    for _ in range(25):
        page.keyboard.press("ArrowDown")
    selected = page.locator('[role="gridcell"][aria-selected="true"]')
    expect(selected).to_have_text("row-25")
    grid_box, cell_box = page.get_by_role("grid").bounding_box(), selected.bounding_box()
    header_box = page.get_by_role("columnheader", name="id").bounding_box()
    assert grid_box and cell_box and header_box
    assert cell_box["y"] >= header_box["y"] + header_box["height"] - 1  # not under the sticky header
    assert cell_box["y"] + cell_box["height"] <= grid_box["y"] + grid_box["height"] + 1
    for _ in range(10):
        page.keyboard.press("ArrowUp")
    expect(selected).to_have_text("row-15")
    cell_box = selected.bounding_box()
    assert cell_box and cell_box["y"] >= header_box["y"] + header_box["height"] - 1
