"""The API description every app serves at `/gradio_api/info` (read by API clients)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from podium.api.python_types import python_type
from podium.components.state import State

if TYPE_CHECKING:
    from podium.blocks.blocks import Blocks
    from podium.blocks.dependency import Dependency
    from podium.components._base import Component


def _component_name(component: Component) -> str:
    # As Gradio reports it: the config type, capitalised ("Textbox", "Json", "Uploadbutton").
    return component.get_type().capitalize()


def _initial_value(component: Component) -> Any:
    if callable(component.initial_value):
        return None  # computed per page load: no fixed default
    try:
        return component.value
    except Exception:  # noqa: BLE001 - a value that cannot be shown (e.g. a missing file) is no default
        return None


def _parameters(dependency: Dependency) -> list[dict[str, Any]]:
    params = list(dependency.signature.params)
    described: list[dict[str, Any]] = []
    for index, component in enumerate(dependency.input_components):
        if isinstance(component, State) or component.SKIP_API:
            continue
        param = params[index] if index < len(params) and not dependency.inputs_as_dict else None
        schema = component.api_info()
        # As Gradio reports it: the component's starting value is the default a client may
        # leave out (the function's own default never reaches it through the browser).
        default = _initial_value(component)
        has_default = default is not None
        described.append(
            {
                "label": component.label or f"parameter_{component.id}",
                "parameter_name": param.name if param is not None else f"param_{index}",
                "parameter_has_default": has_default,
                "parameter_default": default,
                "type": schema,
                "python_type": {"type": python_type(schema), "description": schema.get("description", "")},
                "component": _component_name(component),
                "example_input": component.example_payload(),
            }
        )
    return described


def _returns(dependency: Dependency) -> list[dict[str, Any]]:
    described: list[dict[str, Any]] = []
    for component in dependency.output_components:
        if isinstance(component, State) or component.SKIP_API:
            continue
        schema = component.api_info()
        described.append(
            {
                "label": component.label or f"value_{component.id}",
                "type": schema,
                "python_type": {"type": python_type(schema), "description": schema.get("description", "")},
                "component": _component_name(component),
            }
        )
    return described


def endpoint_info(dependency: Dependency) -> dict[str, Any]:
    return {
        "parameters": _parameters(dependency),
        "returns": _returns(dependency),
        "api_visibility": dependency.api_visibility,
        "show_api": dependency.api_visibility == "public",
        "description": dependency.api_description if isinstance(dependency.api_description, str) else "",
    }


def api_info(blocks: Blocks, all_endpoints: bool = False) -> dict[str, Any]:
    """Named endpoints of every public listener (all non-private ones if `all_endpoints`)."""
    named: dict[str, Any] = {}
    for dependency in blocks.dependencies:
        if dependency.fn is None or dependency.api_name is None:
            continue
        visible = dependency.api_visibility == "public" or (all_endpoints and dependency.api_visibility != "private")
        if visible:
            named["/" + str(dependency.api_name)] = endpoint_info(dependency)
    return {"named_endpoints": named, "unnamed_endpoints": {}}
