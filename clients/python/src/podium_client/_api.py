"""The app's endpoints, read from ``/config`` and ``/gradio_api/info``: finding one by
name, binding call arguments to its parameters, and describing them for ``view_api``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from podium_client._exceptions import ArgumentError, EndpointNotFoundError
from podium_client._files import prepare_argument


@dataclass(frozen=True)
class Parameter:
    name: str
    label: str
    component: str
    python_type: str
    has_default: bool
    default: Any

    @classmethod
    def from_info(cls, raw: Mapping[str, Any], position: int) -> Parameter:
        return cls(
            name=str(raw.get("parameter_name") or raw.get("label") or f"param_{position}"),
            label=str(raw.get("label") or ""),
            component=str(raw.get("component") or ""),
            python_type=str((raw.get("python_type") or {}).get("type") or "Any"),
            has_default=bool(raw.get("parameter_has_default")),
            default=raw.get("parameter_default"),
        )


@dataclass(frozen=True)
class Endpoint:
    fn_index: int
    api_name: str | None  # with its leading "/", None for unnamed endpoints
    parameters: tuple[Parameter, ...]
    returns: tuple[Parameter, ...]
    # One flag per input/output of the dependency: state values are kept by the server
    # per session, so the client sends None for them and hides them from results.
    input_is_state: tuple[bool, ...]
    output_is_state: tuple[bool, ...]
    generator: bool = False

    @property
    def label(self) -> str:
        return self.api_name or f"fn_index={self.fn_index}"

    def bind(self, args: Sequence[Any], kwargs: Mapping[str, Any]) -> list[Any]:
        """One wire value per input of the dependency, from positional and keyword arguments."""
        params = self.parameters
        if len(args) > len(params):
            raise ArgumentError(
                f"{self.label} takes {len(params)} argument(s) ({self._names()}), got {len(args)}"
            )
        values: dict[str, Any] = {p.name: arg for p, arg in zip(params, args, strict=False)}
        for key, value in kwargs.items():
            if key not in {p.name for p in params}:
                raise ArgumentError(f"{self.label} has no parameter {key!r}; its parameters: {self._names()}")
            if key in values:
                raise ArgumentError(f"{self.label} got two values for {key!r}")
            values[key] = value
        missing = [p.name for p in params if p.name not in values and not p.has_default]
        if missing:
            raise ArgumentError(f"{self.label} is missing required argument(s): {', '.join(missing)}")
        visible = iter([prepare_argument(values[p.name]) if p.name in values else p.default for p in params])
        return [None if is_state else next(visible, None) for is_state in self.input_is_state]

    def visible_outputs(self, data: Sequence[Any]) -> list[Any]:
        flags = self.output_is_state
        return [value for index, value in enumerate(data) if not (index < len(flags) and flags[index])]

    def _names(self) -> str:
        return ", ".join(p.name for p in self.parameters) or "none"


@dataclass
class ApiCatalog:
    """Every endpoint a client can call, by api_name and by fn_index."""

    by_name: dict[str, Endpoint] = field(default_factory=dict)
    by_index: dict[int, Endpoint] = field(default_factory=dict)
    info: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def build(cls, config: Mapping[str, Any], info: Mapping[str, Any]) -> ApiCatalog:
        state_ids = {c["id"] for c in config.get("components", []) if c.get("type") == "state"}
        named = info.get("named_endpoints") or {}
        unnamed = info.get("unnamed_endpoints") or {}
        catalog = cls(info=dict(info))
        for position, dep in enumerate(config.get("dependencies", [])):
            fn_index = int(dep.get("id", position))
            api_name = dep.get("api_name")
            key = f"/{str(api_name).lstrip('/')}" if api_name else None
            described = (named.get(key) if key else None) or unnamed.get(str(fn_index))
            if described is None:
                continue  # private or not a backend function: not callable from clients
            endpoint = Endpoint(
                fn_index=fn_index,
                api_name=key,
                parameters=tuple(Parameter.from_info(p, i) for i, p in enumerate(described.get("parameters", []))),
                returns=tuple(Parameter.from_info(r, i) for i, r in enumerate(described.get("returns", []))),
                input_is_state=tuple(i in state_ids for i in dep.get("inputs", [])),
                output_is_state=tuple(o in state_ids for o in dep.get("outputs", [])),
                generator=bool((dep.get("types") or {}).get("generator")),
            )
            catalog.by_index[fn_index] = endpoint
            if key:
                catalog.by_name[key] = endpoint
        return catalog

    def find(self, api_name: str | None, fn_index: int | None) -> Endpoint:
        if api_name is not None:
            key = f"/{api_name.lstrip('/')}"
            if key in self.by_name:
                return self.by_name[key]
            raise EndpointNotFoundError(key, sorted(self.by_name))
        if fn_index is not None:
            if fn_index in self.by_index:
                return self.by_index[fn_index]
            raise EndpointNotFoundError(f"fn_index={fn_index}", sorted(self.by_name))
        if len(self.by_name) == 1:
            return next(iter(self.by_name.values()))
        raise EndpointNotFoundError("(no api_name given)", sorted(self.by_name))


def describe(catalog: ApiCatalog, url: str) -> str:
    """A readable listing of the named endpoints: how to call each and what it returns."""
    lines = [f"API of {url}", ""]
    if not catalog.by_name:
        lines.append("  (no public named endpoints)")
    for name, endpoint in sorted(catalog.by_name.items()):
        call_args = [p.name if not p.has_default else f"{p.name}={_literal(p.default)}" for p in endpoint.parameters]
        returns = ", ".join(r.label or r.component for r in endpoint.returns) or "None"
        lines.append(f"  client.predict({', '.join([*call_args, f'api_name={name!r}'])})  ->  {returns}")
        for p in endpoint.parameters:
            need = f"default {_literal(p.default)}" if p.has_default else "required"
            lines.append(f"      {p.name}: {p.python_type}  ({need}; {p.component} {p.label!r})")
        for r in endpoint.returns:
            lines.append(f"      returns {r.python_type}  ({r.component} {r.label!r})")
        if endpoint.generator:
            lines.append("      streams: submit() and iterate the job to see each output")
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def _literal(value: Any) -> str:
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)
