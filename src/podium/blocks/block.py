"""The base of everything placed in an app: ids, parenting, shared layout props."""

from __future__ import annotations

import functools
import inspect
import itertools
from collections.abc import Callable
from contextvars import Token
from typing import Any, ClassVar

from podium.blocks import context

_ids = itertools.count(1)


def _recording_explicit_args(init: Callable[..., None]) -> Callable[..., None]:
    signature = inspect.signature(init)

    @functools.wraps(init)
    def wrapper(self: Block, *args: Any, **kwargs: Any) -> None:
        if not hasattr(self, "_explicit_args"):  # the outermost (most derived) __init__ wins
            bound = signature.bind_partial(self, *args, **kwargs)
            explicit = dict(bound.arguments)
            explicit.pop(next(iter(signature.parameters)), None)
            explicit.update(explicit.pop("kwargs", {}) if isinstance(explicit.get("kwargs"), dict) else {})
            self._explicit_args = explicit  # type: ignore[attr-defined]
        init(self, *args, **kwargs)

    return wrapper


class Block:
    """A node of the Blocks graph. Subclasses list their wire props in `PROPS`."""

    # Props sent to the frontend in the config, read from attributes of the same name.
    PROPS: ClassVar[tuple[str, ...]] = ()
    # Type name on the wire; defaults to the lower-cased class name.
    TYPE: ClassVar[str | None] = None

    def __init__(
        self,
        *,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | tuple[int | str, ...] | None = None,
    ) -> None:
        self._id = next(_ids)
        self.visible = visible
        self.elem_id = elem_id
        self.elem_classes = [elem_classes] if isinstance(elem_classes, str) else list(elem_classes or [])
        self.key = key
        self.parent: BlockContext | None = None
        self.is_rendered = False
        if render:
            self.render()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__init__" in cls.__dict__:
            cls.__init__ = _recording_explicit_args(cls.__dict__["__init__"])  # type: ignore[method-assign]

    @property
    def explicit_args(self) -> dict[str, Any]:
        """Constructor arguments the author actually passed: a component or layout returned
        by a listener is an update of exactly those props."""
        return dict(getattr(self, "_explicit_args", {}))

    @property
    def id(self) -> int:
        return self._id

    @classmethod
    def get_type(cls) -> str:
        return cls.TYPE or cls.__name__.lower()

    def render(self) -> Block:
        """Places this block in the layout currently being built (if any)."""
        container = context.current_container()
        if container is not None and not self.is_rendered:
            container.add_child(self)
            self.is_rendered = True
        return self

    def unrender(self) -> Block:
        if self.parent is not None:
            self.parent.children.remove(self)
            self.parent = None
        self.is_rendered = False
        return self

    def all_props(self) -> tuple[str, ...]:
        names: list[str] = []
        for klass in reversed(type(self).__mro__):
            for name in getattr(klass, "PROPS", ()):
                if name not in names:
                    names.append(name)
        return tuple(names)

    def get_props(self) -> dict[str, Any]:
        props = {name: getattr(self, name) for name in self.all_props()}
        props["visible"] = self.visible
        props["elem_classes"] = self.elem_classes
        if self.elem_id is not None:
            props["elem_id"] = self.elem_id
        props["name"] = self.get_type()
        return props

    def get_config(self) -> dict[str, Any]:
        return {
            "id": self._id,
            "type": self.get_type(),
            "props": self.get_props(),
            "skip_api": True,
            "key": self.key,
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self._id})"


class BlockContext(Block):
    """A block with children, used as a `with` context (layouts and Blocks itself)."""

    def __init__(self, **kwargs: Any) -> None:
        self.children: list[Block] = []
        self._tokens: list[Token[Any]] = []
        super().__init__(**kwargs)

    def add_child(self, child: Block) -> None:
        child.parent = self
        self.children.append(child)

    def __enter__(self) -> Any:
        self._tokens.append(context.push_container(self))
        return self

    def __exit__(self, *exc: object) -> None:
        context.pop_container(self._tokens.pop())

    def walk(self) -> list[Block]:
        """Every descendant, depth first, in layout order."""
        found: list[Block] = []
        for child in self.children:
            found.append(child)
            if isinstance(child, BlockContext):
                found.extend(child.walk())
        return found

    def layout(self) -> dict[str, Any]:
        node: dict[str, Any] = {"id": self._id, "children": []}
        for child in self.children:
            if isinstance(child, BlockContext):
                node["children"].append(child.layout())
            else:
                node["children"].append({"id": child.id})
        return node

