"""Rebuild a generator's outputs from the edit lists the server streams after its first chunk.

An edit is ``[op, path, value]`` with op in replace|append|add|delete; ``path`` walks
into lists (by index) and dicts (by key). Containers along an edited path are copied,
so earlier outputs a caller kept are never changed under them.
"""

from __future__ import annotations

from typing import Any

OPS = frozenset({"replace", "append", "add", "delete"})


def is_edit_list(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(edit, list) and len(edit) == 3 and edit[0] in OPS and isinstance(edit[1], list)
        for edit in value
    )


def apply_edits(value: Any, edits: list[list[Any]]) -> Any:
    for op, path, new in edits:
        value = _apply(value, op, path, new)
    return value


def _apply(target: Any, op: str, path: list[Any], new: Any) -> Any:
    if not path:
        if op in ("replace", "add"):
            return new
        if op == "append":
            if target is None:
                return new
            return target + new if not isinstance(target, list) or isinstance(new, list) else [*target, new]
        if op == "delete":
            return None
        raise ValueError(f"unknown edit operation {op!r}")
    key, rest = path[0], path[1:]
    if isinstance(target, list):
        copy: Any = list(target)
        if not rest and op == "delete":
            del copy[key]
        elif not rest and op == "add":
            copy.insert(key, new)
        else:
            copy[key] = _apply(copy[key], op, rest, new)
        return copy
    if isinstance(target, dict):
        copy = dict(target)
        if not rest and op == "delete":
            copy.pop(key, None)
        else:
            copy[key] = _apply(copy.get(key), op, rest, new)
        return copy
    raise ValueError(f"cannot follow the edit path {path!r} into {type(target).__name__}")
