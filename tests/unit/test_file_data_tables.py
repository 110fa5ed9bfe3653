"""map_file_data on table-shaped values (lists of rows): plain rows are copied, not
shared with what the function returned, and a file inside a row is still found."""

from __future__ import annotations

from typing import Any

from podium.files.file_data import FILE_DATA_TYPE, map_file_data


def _mark(item: dict[str, Any]) -> dict[str, Any]:
    return {**item, "url": "served"}


def test_rows_of_scalars_come_back_equal_but_not_shared() -> None:
    rows: list[list[Any]] = [["a", 1, 2.5, True, None], ["b", 2, 3.5, False, None]]
    mapped = map_file_data(rows, _mark)
    assert mapped == rows
    rows[0][1] = 99  # the function mutating its value later must not change what was sent
    assert mapped[0][1] == 1


def test_a_file_in_one_cell_of_a_table_is_still_mapped() -> None:
    image = {"path": "/tmp/x.png", "meta": {"_type": FILE_DATA_TYPE}}
    rows: list[list[Any]] = [["a", 1], ["b", image]]
    mapped = map_file_data(rows, _mark)
    assert mapped[0] == ["a", 1]
    assert mapped[1][1]["url"] == "served"


def test_rows_mixed_with_non_list_items_still_walk_every_item() -> None:
    image = {"path": "/tmp/x.png", "meta": {"_type": FILE_DATA_TYPE}}
    mapped = map_file_data([["a"], image, 3], _mark)
    assert mapped[1]["url"] == "served" and mapped[0] == ["a"] and mapped[2] == 3
