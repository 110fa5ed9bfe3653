"""Checks on incoming payloads, so bad API input gets a message naming the problem."""

from __future__ import annotations

from typing import Any


def describe(payload: Any) -> str:
    text = repr(payload)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(payload).__name__} {text}"


def expect(payload: Any, kinds: type | tuple[type, ...], wanted: str) -> None:
    """Accepts None (an empty input) or an instance of `kinds`; bools are not numbers."""
    if payload is None:
        return
    if isinstance(payload, bool) and bool not in (kinds if isinstance(kinds, tuple) else (kinds,)):
        raise ValueError(f"expected {wanted}, got {describe(payload)}")
    if not isinstance(payload, kinds):
        raise ValueError(f"expected {wanted}, got {describe(payload)}")


def expect_list(payload: Any, item_kinds: type | tuple[type, ...], wanted: str) -> None:
    if payload is None:
        return
    if not isinstance(payload, list):
        raise ValueError(f"expected a list of {wanted}, got {describe(payload)}")
    for item in payload:
        if item is None or (isinstance(item, bool) and bool is not item_kinds) or not isinstance(item, item_kinds):
            raise ValueError(f"expected a list of {wanted}, but it contains {describe(item)}")
