"""Reads a function's docstring the way MCP tool descriptions need it: the summary,
one description per parameter (Google style `Args:` section) and the `Returns:` text.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from typing import Any

_ARGS_HEADERS = {"args", "arguments", "parameters", "params"}
_RETURNS_HEADERS = {"returns", "return", "yields"}
# Any "Word:" (or "Word Word:") line alone starts a new section.
_SECTION = re.compile(r"^([A-Za-z][A-Za-z ]*):\s*$")
# "name: text" or "name (type): text"
_ARG_LINE = re.compile(r"^\*{0,2}([A-Za-z_][A-Za-z0-9_]*)\s*(?:\([^)]*\))?\s*:\s*(.*)$")


@dataclass
class Docstring:
    summary: str = ""
    args: dict[str, str] = field(default_factory=dict)
    returns: list[str] = field(default_factory=list)


def _join(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


def parse_docstring(fn: Any) -> Docstring:
    text = inspect.getdoc(fn) if fn is not None else None
    if not text:
        return Docstring()
    parsed = Docstring()
    summary: list[str] = []
    section = "summary"
    current_arg: str | None = None
    arg_indent: int | None = None
    returns: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        header = _SECTION.match(line)
        if header and indent == 0:
            name = header.group(1).strip().lower()
            section = "args" if name in _ARGS_HEADERS else "returns" if name in _RETURNS_HEADERS else "other"
            current_arg, arg_indent = None, None
            continue
        if section == "summary":
            summary.append(line)
        elif section == "args" and line:
            match = _ARG_LINE.match(line)
            # A parameter line sits at the section's first indent; deeper lines continue it.
            if match and (arg_indent is None or indent <= arg_indent):
                arg_indent = indent
                current_arg = match.group(1)
                parsed.args[current_arg] = match.group(2).strip()
            elif current_arg is not None:
                parsed.args[current_arg] = f"{parsed.args[current_arg]} {line}".strip()
        elif section == "returns" and line:
            returns.append(line)
    parsed.summary = _join(summary)
    if returns:
        parsed.returns = [_join(returns)]
    return parsed
