"""Edit lists between successive outputs of a generator, so a stream sends only changes.

An edit is `[op, path, value]` with op in replace|append|add|delete, the format
gradio_client and Podium's JS client apply. Streaming tokens into a string becomes a
stream of small `append` edits instead of ever-growing full values.
"""

from __future__ import annotations

import copy
from typing import Any

Edit = list[Any]


def diff(old: Any, new: Any, path: list[Any] | None = None) -> list[Edit]:
    path = path or []
    if type(old) is type(new) and old == new:
        return []
    if isinstance(old, str) and isinstance(new, str) and new.startswith(old) and old:
        return [["append", path, new[len(old):]]]
    if isinstance(old, list) and isinstance(new, list) and old and new:
        edits: list[Edit] = []
        shared = min(len(old), len(new))
        for index in range(shared):
            edits.extend(diff(old[index], new[index], [*path, index]))
        edits.extend(["add", [*path, index], new[index]] for index in range(shared, len(new)))
        edits.extend(["delete", [*path, index], None] for index in reversed(range(shared, len(old))))
        return edits
    if isinstance(old, dict) and isinstance(new, dict) and old and new:
        edits = [["delete", [*path, key], None] for key in old if key not in new]
        for key, value in new.items():
            if key in old:
                edits.extend(diff(old[key], value, [*path, key]))
            else:
                edits.append(["add", [*path, key], value])
        return edits
    return [["replace", path, new]]



def apply_diff(value: Any, edits: list[Edit]) -> Any:
    """Applies edits produced by `diff` to a copy of `value`."""
    result = copy.deepcopy(value)
    for op, path, new in edits:
        if not path:
            result = new if op == "replace" else result + new
            continue
        target = result
        for key in path[:-1]:
            target = target[key]
        last = path[-1]
        if op == "replace":
            target[last] = new
        elif op == "append":
            target[last] += new
        elif op == "add":
            if isinstance(target, list):
                target.insert(last, new)
            else:
                target[last] = new
        elif op == "delete":
            del target[last]
        else:
            raise ValueError(f"unknown edit operation {op!r}")
    return result
