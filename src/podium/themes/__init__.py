"""Themes: `gr.themes.Soft()`, `gr.themes.Base(primary_hue="rose").set(...)`, colours, sizes, fonts.

A theme turns into CSS custom properties (see `docs/styling.md`); `launch(theme=...)` serves them.
"""

from podium.themes import colors, sizes
from podium.themes.base import Base, ThemeClass
from podium.themes.builtin import Citrus, Default, Glass, Monochrome, Ocean, Origin, Soft
from podium.themes.colors import Color
from podium.themes.extra import Cyberpunk, Ember, Mario, Neon
from podium.themes.fonts import Font, GoogleFont, LocalFont
from podium.themes.sizes import Size

__all__ = [
    "Base",
    "Citrus",
    "Color",
    "Cyberpunk",
    "Default",
    "Ember",
    "Font",
    "Glass",
    "GoogleFont",
    "LocalFont",
    "Mario",
    "Monochrome",
    "Neon",
    "Ocean",
    "Origin",
    "Size",
    "Soft",
    "ThemeClass",
    "colors",
    "sizes",
]
