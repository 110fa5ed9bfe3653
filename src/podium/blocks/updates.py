"""Values a function can return instead of a plain value: prop updates and skips."""

from __future__ import annotations

from typing import Any

UPDATE_TYPE = "update"


def update(**props: Any) -> dict[str, Any]:
    """Changes props of an output, e.g. `update(visible=False)` or `update(value="x", label="y")`."""
    return {"__type__": UPDATE_TYPE, **props}


def skip() -> dict[str, Any]:
    """Leaves an output exactly as it is."""
    return {"__type__": UPDATE_TYPE}


def is_update(value: Any) -> bool:
    return isinstance(value, dict) and value.get("__type__") == UPDATE_TYPE
