"""Running `@render` listeners (see blocks/renderable.py).

The render fn builds components and listeners into a fresh container. They are kept
per session (a session can only ever reach its own), components keep their id — and so
their value in the browser — across re-renders when they have the same `key`, and the
result is described for the browser as a `render_config`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from podium.blocks import context
from podium.blocks.block import Block, BlockContext
from podium.blocks.dependency import Dependency
from podium.blocks.renderable import RenderCollector, RenderSpec
from podium.layouts.column import Column


@dataclass
class Rendered:
    """One render's output for one session."""

    dependencies: dict[int, Dependency] = field(default_factory=dict)
    blocks: dict[int, Block] = field(default_factory=dict)
    keyed: dict[tuple[str, Any], int] = field(default_factory=dict)


class RenderStore:
    """Per session, per render container: what the last run of that render built."""

    def __init__(self) -> None:
        self._sessions: dict[str, dict[int, Rendered]] = {}

    def dependency(self, session_hash: str | None, fn_index: int) -> Dependency | None:
        for rendered in self._sessions.get(session_hash or "", {}).values():
            found = rendered.dependencies.get(fn_index)
            if found is not None:
                return found
        return None

    def block(self, session_hash: str | None, block_id: int) -> Block | None:
        for rendered in self._sessions.get(session_hash or "", {}).values():
            found = rendered.blocks.get(block_id)
            if found is not None:
                return found
        return None

    def previous(self, session_hash: str, render_id: int) -> Rendered | None:
        return self._sessions.get(session_hash, {}).get(render_id)

    def replace(self, session_hash: str, render_id: int, rendered: Rendered) -> None:
        self._sessions.setdefault(session_hash, {})[render_id] = rendered

    def drop(self, session_hash: str) -> None:
        self._sessions.pop(session_hash, None)


class RenderRun:
    """Context for one call of a render fn: collects what it builds."""

    def __init__(self, spec: RenderSpec, root_id: int, injectable: tuple[type, ...]) -> None:
        self.spec = spec
        self.collector = RenderCollector(root_id, injectable)
        self.holder = Column(render=False)
        self._tokens: list[Any] = []

    def __enter__(self) -> RenderRun:
        self._tokens.append(context.push_container(self.collector))  # type: ignore[arg-type]
        self._tokens.append(context.push_container(self.holder))
        return self

    def __exit__(self, *exc: object) -> None:
        while self._tokens:
            context.pop_container(self._tokens.pop())

    def result(self, previous: Rendered | None, static_ids: set[int]) -> tuple[Rendered, dict[str, Any]]:
        """What was built, with keyed blocks given their previous ids, and its render_config."""
        container_id = self.spec.container.id
        built = self.holder.walk()
        extra = [
            component
            for dependency in self.collector.dependencies
            for component in (*dependency.input_components, *dependency.output_components)
            if component.id not in static_ids
        ]
        rendered = Rendered()
        for block in [*built, *extra]:
            if block.key is not None:
                identity = (block.get_type(), _hashable(block.key))
                if previous is not None and identity in previous.keyed:
                    block._id = previous.keyed[identity]
                rendered.keyed[identity] = block.id
            rendered.blocks[block.id] = block
        for dependency in self.collector.dependencies:
            dependency.rendered_in = container_id
            rendered.dependencies[dependency.id] = dependency
        config = {
            "render_id": container_id,
            "layout": {"id": container_id, "children": _children_layout(self.holder)},
            "components": [block.get_config() for block in rendered.blocks.values()],
            "dependencies": [dependency.to_config() for dependency in self.collector.dependencies],
        }
        return rendered, config


def _children_layout(holder: BlockContext) -> list[dict[str, Any]]:
    return list(holder.layout()["children"])


def _hashable(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key
