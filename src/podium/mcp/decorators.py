"""Decorators that mark how a function is offered over MCP: a tool, a resource or a prompt.

They record a `McpSpec` on the function and return it unchanged, so the function is
still registered with a listener (e.g. `button.click(fn, ...)`) as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
McpKind = Literal["tool", "resource", "prompt"]
_ATTRIBUTE = "__podium_mcp__"


@dataclass(frozen=True)
class McpSpec:
    kind: McpKind = "tool"
    name: str | None = None
    description: str | None = None
    # Tools only.
    structured_output: bool = False
    meta: dict[str, Any] | None = None
    # Resources only.
    uri_template: str | None = None
    mime_type: str = "text/plain"


def spec_of(fn: Any) -> McpSpec:
    """The MCP spec a function was decorated with (a plain tool if none)."""
    spec = getattr(fn, _ATTRIBUTE, None)
    return spec if isinstance(spec, McpSpec) else McpSpec()


def _mark(spec: McpSpec) -> Callable[[F], F]:
    def decorator(fn: F) -> F:
        setattr(fn, _ATTRIBUTE, spec)
        return fn

    return decorator


def tool(
    name: str | None = None,
    description: str | None = None,
    structured_output: bool = False,
    _meta: dict[str, Any] | None = None,
) -> Callable[[F], F]:
    """Configures the MCP tool made from a function (every public endpoint is one anyway).

    Args:
        name: the tool's name, instead of the endpoint's api_name.
        description: the tool's description, instead of the docstring's.
        structured_output: also return the output values as `structuredContent`
            (`{"result": value}`), for clients that read structured results.
        _meta: extra metadata sent with the tool's listing and its results.
    """
    return _mark(McpSpec("tool", name=name, description=description,
                         structured_output=structured_output, meta=_meta))


def resource(uri_template: str, description: str | None = None, mime_type: str | None = None) -> Callable[[F], F]:
    """Offers a function as an MCP resource instead of a tool.

    `uri_template` names the resource; `{placeholders}` in it (e.g.
    `"greeting://{name}"`) make it a resource template whose values are passed to the
    function by parameter name. A text mime type (the default, `text/plain`) returns the
    function's output as text; any other returns it as a blob (base64 text or bytes).
    """
    return _mark(McpSpec("resource", description=description, uri_template=uri_template,
                         mime_type=mime_type or "text/plain"))


def prompt(name: str | None = None, description: str | None = None) -> Callable[[F], F]:
    """Offers a function as an MCP prompt: its parameters are the prompt's arguments and
    its (text) output the prompt's user message."""
    return _mark(McpSpec("prompt", name=name, description=description))
