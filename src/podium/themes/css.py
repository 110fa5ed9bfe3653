"""A theme as CSS: its variables as custom properties, and Podium's `--pd-*` tokens mapped
onto them, so every component follows the theme."""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from podium.themes.base import Base

_REFERENCE = re.compile(r"\*([a-z][a-z0-9_]*)")

# Podium token -> (light, dark or None), written with theme variable references.
# These are the custom properties the frontend's stylesheets read (frontend/src/theme.css).
PODIUM_TOKENS: dict[str, tuple[str, str | None]] = {
    "font": ("*font", None),
    "font-mono": ("*font_mono", None),
    "text-xs": ("*block_info_text_size", None),
    "text-sm": ("*block_label_text_size", None),
    "text-md": ("*body_text_size", None),
    "text-lg": ("*text_lg", None),
    "text-xl": ("*text_xl", None),
    "space-1": ("calc(*spacing_lg / 2)", None),
    "space-2": ("*spacing_lg", None),
    "space-3": ("calc(*spacing_lg * 1.5)", None),
    "space-4": ("calc(*spacing_lg * 2)", None),
    "space-5": ("calc(*spacing_lg * 3)", None),
    "space-6": ("calc(*spacing_lg * 4)", None),
    "radius-sm": ("*radius_md", None),
    "radius-md": ("*radius_lg", None),
    "radius-lg": ("*radius_xl", None),
    "gap": ("*layout_gap", None),
    "block-padding": ("*block_padding", None),
    "block-radius": ("*block_radius", None),
    "block-border-width": ("*block_border_width", None),
    "input-radius": ("*input_radius", None),
    "bg": ("*body_background_fill", None),
    "surface": ("*block_background_fill", None),
    "surface-2": ("*background_fill_secondary", None),
    "surface-3": ("*border_color_primary", None),
    "input-bg": ("*input_background_fill", None),
    "border": ("*block_border_color", None),
    "border-strong": ("*input_border_color", None),
    "text": ("*body_text_color", None),
    "text-muted": ("*block_label_text_color", None),
    "text-faint": ("*body_text_color_subdued", None),
    "primary": ("*color_accent", None),
    "primary-hover": ("*primary_600", "*primary_400"),
    "primary-text": ("*button_primary_text_color", None),
    "primary-soft": ("*color_accent_soft", None),
    "primary-soft-text": ("*primary_700", "*primary_200"),
    "secondary": ("*button_secondary_background_fill", None),
    "secondary-hover": ("*button_secondary_background_fill_hover", None),
    "secondary-text": ("*button_secondary_text_color", None),
    "danger": ("*error_icon_color", None),
    "danger-soft": ("*error_background_fill", None),
    "danger-text": ("*error_text_color", None),
    "shadow-sm": ("*block_shadow", None),
    "bar-fill": ("*loader_color", None),
    "bar-bg": ("*neutral_200", "*neutral_700"),
    "button-radius": ("*button_large_radius", None),
    "button-primary-fill": ("*button_primary_background_fill", None),
    "button-primary-fill-hover": ("*button_primary_background_fill_hover", None),
    "button-primary-border": ("*button_primary_border_color", None),
    "button-primary-text": ("*button_primary_text_color", None),
    "button-primary-shadow": ("*button_primary_shadow", None),
    "button-secondary-fill": ("*button_secondary_background_fill", None),
    "button-secondary-fill-hover": ("*button_secondary_background_fill_hover", None),
    "button-secondary-border": ("*button_secondary_border_color", None),
    "button-secondary-text": ("*button_secondary_text_color", None),
    "button-cancel-fill": ("*button_cancel_background_fill", None),
    "button-cancel-fill-hover": ("*button_cancel_background_fill_hover", None),
    "button-cancel-text": ("*button_cancel_text_color", None),
    "button-cancel-border": ("*button_cancel_border_color", None),
    "button-border-width": ("*button_border_width", None),
    "label-bg": ("*block_title_background_fill", None),
    "label-color": ("*block_title_text_color", None),
    "label-padding": ("*block_title_padding", None),
    "label-radius": ("*block_title_radius", None),
    "label-weight": ("*block_title_text_weight", None),
    "label-size": ("*block_title_text_size", None),
    "chip-bg": ("*block_label_background_fill", None),
    "chip-border": ("*block_label_border_color", None),
    "chip-color": ("*block_label_text_color", None),
    "option-bg": ("*checkbox_label_background_fill", None),
    "option-border": ("*checkbox_label_border_color", None),
    "option-selected-bg": ("*checkbox_label_background_fill_selected", None),
    "option-selected-border": ("*checkbox_label_border_color_selected", None),
    "option-selected-text": ("*checkbox_label_text_color_selected", None),
}

# The same selectors as theme.css: the theme's <style> comes after that stylesheet, so it
# wins at equal specificity, and custom CSS (after the theme) can still override it with a
# plain `:root { ... }`.
LIGHT_SELECTOR = ":root"
DARK_SELECTOR = ":root[data-theme=dark]"


def css_name(name: str) -> str:
    return "--" + name.replace("_", "-")


def as_css(expression: str) -> str:
    """`*primary_500` → `var(--primary-500)`."""
    return _REFERENCE.sub(lambda match: f"var({css_name(match.group(1))})", expression)


def resolve_value(theme: Base, expression: str, *, dark: bool, depth: int = 0) -> str:
    if depth > 20:
        raise ValueError(f"Theme variables refer to each other in a loop: {expression!r}")

    def follow(match: re.Match[str]) -> str:
        return resolve_value(theme, theme.expression(match.group(1), dark=dark), dark=dark, depth=depth + 1)

    return _REFERENCE.sub(follow, expression)


def _rule(selector: str, declarations: dict[str, str]) -> str:
    body = ";".join(f"{name}:{value}" for name, value in declarations.items())
    return f"{selector}{{{body}}}"


def theme_css(theme: Base) -> str:
    """The stylesheet for `theme`: one light rule and one dark rule."""
    light: dict[str, str] = {}
    for name, value in theme.core_values().items():
        light[css_name(name)] = value
    for name, value in theme.light_values().items():
        light[css_name(name)] = as_css(value)
    dark: dict[str, str] = {css_name(name): as_css(value) for name, value in theme.dark_values().items()}
    for token, (light_value, dark_value) in PODIUM_TOKENS.items():
        light[f"--pd-{token}"] = as_css(light_value)
        # Repeated in the dark rule, or theme.css's own dark palette would win there.
        dark[f"--pd-{token}"] = as_css(dark_value or light_value)
    return _rule(LIGHT_SELECTOR, light) + "\n" + _rule(DARK_SELECTOR, dark) + "\n"


def css_hash(css: str) -> str:
    return hashlib.sha256(css.encode()).hexdigest()


def cached_theme_css(theme: Base) -> str:
    """`theme_css`, computed again only after the theme changed (`.set()` bumps its version)."""
    cached = theme.__dict__.get("_css_cache")
    if cached is not None and cached[0] == theme.version:
        return str(cached[1])
    css = theme_css(theme)
    theme.__dict__["_css_cache"] = (theme.version, css)
    return css
