"""`Base`: a theme is a set of named CSS variables derived from hues, size scales and fonts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from podium.themes import colors, sizes
from podium.themes.colors import Color
from podium.themes.fonts import FontSpec, LocalFont, css_font_family, font_stack
from podium.themes.sizes import Size
from podium.themes.variables import DEFAULTS, SETTABLE

PLEX_SANS: FontSpec = (LocalFont("IBM Plex Sans"), "ui-sans-serif", "system-ui", "sans-serif")
PLEX_MONO: FontSpec = (LocalFont("IBM Plex Mono"), "ui-monospace", "Consolas", "monospace")

# Characters that could end a CSS declaration or the <style> element a value is written into.
_UNSAFE = ("{", "}", ";", "<", ">")


def _hue(value: Color | str) -> Color:
    return value if isinstance(value, Color) else colors.named(value)


def _size(value: Size | str, kind: str) -> Size:
    if isinstance(value, Size):
        return value
    # "lg" is short for "radius_lg" when given as radius_size, and so on.
    return sizes.named(value if value.startswith(f"{kind}_") else f"{kind}_{value}")


def _checked(name: str, value: Any) -> str:
    text = str(value)
    if any(mark in text for mark in _UNSAFE):
        raise ValueError(f"Theme value for {name!r} may not contain any of {' '.join(_UNSAFE)}: {text!r}")
    return text


class Base:
    """The base theme; `Default`, `Soft`, ... start from it and `.set(...)` adjusts any variable.

    Every variable is an attribute (`theme.button_primary_background_fill`, `theme.primary_500`);
    a value may refer to another with `*name` (e.g. `"*primary_600"`).
    """

    theme_name = "base"

    def __init__(
        self,
        *,
        primary_hue: Color | str = colors.blue,
        secondary_hue: Color | str = colors.blue,
        neutral_hue: Color | str = colors.zinc,
        text_size: Size | str = sizes.text_md,
        spacing_size: Size | str = sizes.spacing_md,
        radius_size: Size | str = sizes.radius_md,
        font: FontSpec = PLEX_SANS,
        font_mono: FontSpec = PLEX_MONO,
    ) -> None:
        self.name = self.theme_name
        self.primary_hue = _hue(primary_hue)
        self.secondary_hue = _hue(secondary_hue)
        self.neutral_hue = _hue(neutral_hue)
        self.text_size = _size(text_size, "text")
        self.spacing_size = _size(spacing_size, "spacing")
        self.radius_size = _size(radius_size, "radius")
        self.font = font_stack(font)
        self.font_mono = font_stack(font_mono)
        self._core: dict[str, str] = {}
        for prefix, hue in (("primary", self.primary_hue), ("secondary", self.secondary_hue), ("neutral", self.neutral_hue)):
            for shade, colour in hue.shades().items():
                self._core[f"{prefix}_{shade}"] = colour
        for prefix, scale in (("text", self.text_size), ("spacing", self.spacing_size), ("radius", self.radius_size)):
            for step, length in scale.steps().items():
                self._core[f"{prefix}_{step}"] = length
        self._light: dict[str, str] = {name: light for name, (light, _) in DEFAULTS.items()}
        self._dark: dict[str, str] = {name: dark for name, (_, dark) in DEFAULTS.items() if dark is not None}
        # Bumped by every change, so cached CSS knows when to be rebuilt.
        self.version = 0

    # ---- reading and changing variables -----------------------------------------
    def __getattr__(self, name: str) -> str:
        # Only reached for names that are not real attributes: the theme variables.
        if name.startswith("_"):
            raise AttributeError(name)
        if name.endswith("_dark") and name[:-5] in DEFAULTS:
            base = name[:-5]
            return self._dark.get(base, self._light[base])
        if name in DEFAULTS:
            return self._light[name]
        if name in self.__dict__.get("_core", {}):
            return self._core[name]
        raise AttributeError(f"{type(self).__name__!r} theme has no variable {name!r}")

    def set(self, **variables: Any) -> Base:
        """Overrides theme variables by their Gradio names; `name_dark` sets the dark value."""
        unknown = sorted(set(variables) - SETTABLE)
        if unknown:
            raise TypeError(f"set() got unknown theme variable(s): {', '.join(unknown)}")
        dark = {name[:-5]: value for name, value in variables.items() if name.endswith("_dark") and name not in DEFAULTS}
        for name, value in variables.items():
            if name.endswith("_dark") and name not in DEFAULTS:
                continue
            # A light-only change leaves dark mode as it was when the old value looked
            # different there (e.g. it referred to a colour with a dark variant).
            if name not in self._dark and self.resolve(name, dark=True) != self.resolve(name):
                self._dark[name] = self._light[name]
            self._light[name] = _checked(name, value)
        for name, value in dark.items():
            self._dark[name] = _checked(f"{name}_dark", value)
        self.version += 1
        return self

    def resolve(self, name: str, *, dark: bool = False) -> str:
        """The concrete CSS value of a variable, references followed (light or dark)."""
        from podium.themes.css import resolve_value

        return resolve_value(self, self.expression(name, dark=dark), dark=dark)

    def expression(self, name: str, *, dark: bool = False) -> str:
        """The value as written (may hold `*references`)."""
        if name == "font":
            return css_font_family(self.font)
        if name == "font_mono":
            return css_font_family(self.font_mono)
        if name in self._core:
            return self._core[name]
        if name not in self._light:
            raise KeyError(f"unknown theme variable {name!r}")
        if dark and name in self._dark:
            return self._dark[name]
        return self._light[name]

    def core_values(self) -> dict[str, str]:
        """Hue shades, size steps and the font stacks."""
        return {**self._core, "font": css_font_family(self.font), "font_mono": css_font_family(self.font_mono)}

    def light_values(self) -> dict[str, str]:
        return dict(self._light)

    def dark_values(self) -> dict[str, str]:
        return dict(self._dark)

    # ---- saving and loading ----------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "core": {**self._core},
            "font": [font.name for font in self.font],
            "font_mono": [font.name for font in self.font_mono],
            "light": dict(self._light),
            "dark": dict(self._dark),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Base:
        theme = Base(font=data.get("font") or "sans-serif", font_mono=data.get("font_mono") or "monospace")
        theme.name = str(data.get("name") or "custom")
        theme._core.update({str(k): _checked(str(k), v) for k, v in data.get("core", {}).items()})
        for target, values in ((theme._light, data.get("light", {})), (theme._dark, data.get("dark", {}))):
            unknown = sorted(set(values) - set(DEFAULTS))
            if unknown:
                raise ValueError(f"Saved theme has unknown variable(s): {', '.join(unknown)}")
            target.update({name: _checked(name, value) for name, value in values.items()})
        theme.version += 1
        return theme

    def dump(self, filename: str | Path) -> None:
        Path(filename).write_text(json.dumps(self.to_dict(), indent=2), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> Base:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def from_hub(cls, repo_name: str, *args: Any, **kwargs: Any) -> Base:
        raise NotImplementedError(
            f"Themes from the Hugging Face Hub ({repo_name!r}) are not supported: Podium does not "
            "download themes. Build one with gr.themes.Base(...).set(...), or load a saved one "
            "with gr.themes.Base.load('theme.json')."
        )

    def push_to_hub(self, *args: Any, **kwargs: Any) -> None:
        raise NotImplementedError("Podium does not upload themes to the Hugging Face Hub.")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(primary_hue={self.primary_hue.name!r}, neutral_hue={self.neutral_hue.name!r})"


# Gradio's historical name for the theme base class.
ThemeClass = Base
