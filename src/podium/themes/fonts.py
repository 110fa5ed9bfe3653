"""Font families for themes. Podium never fetches fonts from the internet: a named font is
used when the visitor's system has it, else the next family in the stack."""

from __future__ import annotations

import logging
from collections.abc import Iterable

logger = logging.getLogger("podium.themes")

# CSS generic families (and system aliases) are written unquoted.
GENERIC_FAMILIES = frozenset({
    "serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-serif",
    "ui-sans-serif", "ui-monospace", "ui-rounded", "math", "emoji", "fangsong",
    "-apple-system", "BlinkMacSystemFont",
})

_noted_google_fonts: set[str] = set()


class Font:
    """A font family by name, as it appears in a CSS `font-family` stack."""

    def __init__(self, name: str) -> None:
        self.name = name

    def css_family(self) -> str:
        if self.name in GENERIC_FAMILIES:
            return self.name
        escaped = self.name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Font) and type(other) is type(self) and other.name == self.name

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.name))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"


class LocalFont(Font):
    """A font expected on the visitor's machine (Podium bundles no font files)."""

    def __init__(self, name: str, weights: Iterable[int] = (400, 600)) -> None:
        super().__init__(name)
        self.weights = tuple(weights)


class GoogleFont(Font):
    """A Google Fonts family. Podium does not download it: the page uses the family if the
    visitor has it installed, else the fallbacks that follow it in the stack."""

    def __init__(self, name: str, weights: Iterable[int] = (400, 600)) -> None:
        super().__init__(name)
        self.weights = tuple(weights)
        if name not in _noted_google_fonts:
            _noted_google_fonts.add(name)
            # Said once per family: apps usually build their theme once.
            logger.warning(
                "podium: GoogleFont(%r) is not downloaded (Podium never fetches fonts from the "
                "internet); it is used only where installed, else the next font in the stack.",
                name,
            )


FontSpec = Font | str | Iterable[Font | str]


def font_stack(spec: FontSpec) -> list[Font]:
    """Normalises a theme's `font=` argument (one font, a name, or a list) to a list."""
    if isinstance(spec, (Font, str)):
        spec = [spec]
    return [item if isinstance(item, Font) else Font(item) for item in spec]


def css_font_family(stack: list[Font]) -> str:
    return ", ".join(font.css_family() for font in stack)
