"""Size scales (xxs … xxl) for radii, spacing and text, as themes take them."""

from __future__ import annotations

STEPS = ("xxs", "xs", "sm", "md", "lg", "xl", "xxl")


class Size:
    """Seven CSS lengths from `xxs` to `xxl`."""

    def __init__(self, xxs: str, xs: str, sm: str, md: str, lg: str, xl: str, xxl: str, name: str | None = None) -> None:
        self.xxs, self.xs, self.sm, self.md = xxs, xs, sm, md
        self.lg, self.xl, self.xxl = lg, xl, xxl
        self.name = name
        if name is not None:
            _ALL[name] = self

    def steps(self) -> dict[str, str]:
        return {step: getattr(self, step) for step in STEPS}

    def expand(self) -> list[str]:
        return list(self.steps().values())

    def __repr__(self) -> str:
        return f"Size(name={self.name!r}, md={self.md!r})"


_ALL: dict[str, Size] = {}


def _scale(name: str, pixels: str) -> Size:
    v = [f"{value}px" for value in pixels.split()]
    return Size(v[0], v[1], v[2], v[3], v[4], v[5], v[6], name=name)


radius_none = _scale("radius_none", "0 0 0 0 0 0 0")
radius_sm = _scale("radius_sm", "1 1 2 4 6 8 12")
radius_md = _scale("radius_md", "1 2 4 6 8 12 22")
radius_lg = _scale("radius_lg", "2 4 6 8 12 16 24")
radius_xxl = _scale("radius_xxl", "6 8 10 20 24 28 32")

spacing_sm = _scale("spacing_sm", "1 1 2 4 6 9 12")
spacing_md = _scale("spacing_md", "1 2 4 6 8 10 16")
spacing_lg = _scale("spacing_lg", "2 4 6 8 10 14 28")

text_sm = _scale("text_sm", "8 9 11 13 16 20 24")
text_md = _scale("text_md", "9 10 12 14 16 22 26")
text_lg = _scale("text_lg", "10 12 14 16 20 24 28")


def named(name: str) -> Size:
    """The scale called `name` (e.g. "radius_lg"); a clear error lists the known ones."""
    try:
        return _ALL[name]
    except KeyError:
        raise ValueError(f"Unknown size {name!r}; use one of: {', '.join(sorted(_ALL))}") from None
