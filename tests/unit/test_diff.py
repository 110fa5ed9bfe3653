"""Edit lists between successive generator outputs (`diff`) and applying them (`apply_diff`)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from podium.server.diff import apply_diff, diff


def test_equal_values_need_no_edits() -> None:
    assert diff({"a": [1, "x"]}, {"a": [1, "x"]}) == []


def test_growing_string_becomes_an_append() -> None:
    assert diff("Hel", "Hello") == [["append", [], "lo"]]
    assert apply_diff("Hel", [["append", [], "lo"]]) == "Hello"


def test_string_that_does_not_extend_is_replaced() -> None:
    assert diff("abc", "xyz") == [["replace", [], "xyz"]]
    assert diff("", "abc") == [["replace", [], "abc"]]


def test_list_items_added_and_deleted() -> None:
    assert diff([1, 2], [1, 2, 3]) == [["add", [2], 3]]
    assert diff([1, 2, 3], [1]) == [["delete", [2], None], ["delete", [1], None]]
    assert apply_diff([1, 2, 3], diff([1, 2, 3], [1])) == [1]


def test_nested_chat_history_streams_appends() -> None:
    old = [["hi", "Hel"]]
    new = [["hi", "Hello"], ["more", None]]
    edits = diff(old, new)
    assert edits == [["append", [0, 1], "lo"], ["add", [1], ["more", None]]]
    assert apply_diff(old, edits) == new


def test_dict_keys_added_removed_and_changed() -> None:
    old = {"keep": 1, "gone": 2, "text": "a"}
    new = {"keep": 1, "text": "ab", "new": [1]}
    edits = diff(old, new)
    assert ["delete", ["gone"], None] in edits
    assert ["append", ["text"], "b"] in edits
    assert ["add", ["new"], [1]] in edits
    assert apply_diff(old, edits) == new


def test_type_change_is_a_replace() -> None:
    assert diff(1, True) == [["replace", [], True]]
    assert diff(1, 1.0) == [["replace", [], 1.0]]
    assert diff([1], {"a": 1}) == [["replace", [], {"a": 1}]]
    assert diff(None, "x") == [["replace", [], "x"]]


def test_apply_diff_does_not_mutate_its_input() -> None:
    old = {"items": [1, 2]}
    apply_diff(old, [["add", ["items", 2], 3]])
    assert old == {"items": [1, 2]}


def test_unknown_operation_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown edit"):
        apply_diff({"a": 1}, [["explode", ["a"], None]])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=4), children, max_size=4),
    max_leaves=20,
)


@given(json_values, json_values)
def test_apply_diff_reproduces_the_new_value(old: Any, new: Any) -> None:
    assert apply_diff(old, diff(old, new)) == new


@given(st.text(min_size=1), st.text(min_size=1))
def test_streamed_text_is_sent_as_its_suffix_only(prefix: str, suffix: str) -> None:
    assert diff(prefix, prefix + suffix) == [["append", [], suffix]]


@given(st.lists(st.text(max_size=5), max_size=6), st.lists(st.text(max_size=5), max_size=6))
def test_list_round_trip(old: list[str], new: list[str]) -> None:
    assert apply_diff(old, diff(old, new)) == new
