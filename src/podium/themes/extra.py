"""Gradio 6's playful themes: Ember, Cyberpunk, Neon and Mario, built the same way as the others."""

from __future__ import annotations

from podium.themes import colors, sizes
from podium.themes.base import Base
from podium.themes.colors import Color
from podium.themes.fonts import FontSpec, LocalFont
from podium.themes.sizes import Size


def _stack(name: str, *fallbacks: str) -> FontSpec:
    return (LocalFont(name), *fallbacks)


_SANS = ("ui-sans-serif", "system-ui", "sans-serif")
_MONO = ("ui-monospace", "Consolas", "monospace")
_SOURCE_SANS_3 = _stack("Source Sans 3", *_SANS)
_SOURCE_CODE_PRO = _stack("Source Code Pro", *_MONO)
_CHAKRA_PETCH = _stack("Chakra Petch", *_SANS)
_SHARE_TECH_MONO = _stack("Share Tech Mono", *_MONO)
_LEXEND = _stack("Lexend", *_SANS)
_SPACE_MONO = _stack("Space Mono", *_MONO)
_PRESS_START = _stack("Press Start 2P", "ui-monospace", "monospace")
_PRESS_START_MONO = _stack("Press Start 2P", *_MONO)

# Tinted pill labels, shared by Ember, Cyberpunk and Neon.
_PILL_LABELS = {
    "block_title_background_fill": "*primary_100",
    "block_title_background_fill_dark": "*primary_800",
    "block_title_text_color": "*primary_600",
    "block_title_text_color_dark": "*primary_100",
    "block_title_padding": "*spacing_xs *spacing_lg",
    "block_title_radius": "*radius_md",
    "block_title_text_weight": "600",
    "block_label_background_fill": "*primary_100",
    "block_label_background_fill_dark": "*primary_800",
    "block_label_border_color": "*primary_100",
    "block_label_border_color_dark": "*primary_800",
    "block_label_text_color": "*primary_600",
    "block_label_text_color_dark": "*primary_100",
    "checkbox_label_background_fill_selected": "*primary_500",
    "checkbox_label_background_fill_selected_dark": "*primary_600",
    "checkbox_label_border_color_selected": "*primary_500",
    "checkbox_label_text_color_selected": "white",
    "checkbox_label_text_color_selected_dark": "white",
}

# Secondary buttons as white outlines.
_OUTLINED_SECONDARY = {
    "button_secondary_background_fill": "white",
    "button_secondary_background_fill_hover": "*neutral_50",
    "button_secondary_background_fill_dark": "*neutral_800",
    "button_secondary_background_fill_hover_dark": "*neutral_700",
    "button_secondary_border_color": "*neutral_300",
    "button_secondary_border_color_dark": "*neutral_600",
    "button_secondary_text_color": "*neutral_800",
    "button_secondary_text_color_dark": "white",
}


class Ember(Base):
    """Warm stone page, orange accents and tinted labels."""

    theme_name = "ember"

    def __init__(
        self, *, primary_hue: Color | str = colors.orange, secondary_hue: Color | str = colors.orange,
        neutral_hue: Color | str = colors.stone, spacing_size: Size | str = sizes.spacing_md,
        radius_size: Size | str = sizes.radius_lg, text_size: Size | str = sizes.text_md,
        font: FontSpec = _SOURCE_SANS_3, font_mono: FontSpec = _SOURCE_CODE_PRO,
    ) -> None:
        super().__init__(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                         spacing_size=spacing_size, radius_size=radius_size, text_size=text_size,
                         font=font, font_mono=font_mono)
        self.set(**_PILL_LABELS, **_OUTLINED_SECONDARY)
        self.set(
            body_background_fill="*neutral_100",
            block_border_width="0px",
            block_shadow="*shadow_drop",
            block_shadow_dark="none",
        )


class Cyberpunk(Base):
    """Fuchsia and cyan on slate, with hard outlines."""

    theme_name = "cyberpunk"

    def __init__(
        self, *, primary_hue: Color | str = colors.fuchsia, secondary_hue: Color | str = colors.cyan,
        neutral_hue: Color | str = colors.slate, spacing_size: Size | str = sizes.spacing_md,
        radius_size: Size | str = sizes.radius_sm, text_size: Size | str = sizes.text_md,
        font: FontSpec = _CHAKRA_PETCH, font_mono: FontSpec = _SHARE_TECH_MONO,
    ) -> None:
        super().__init__(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                         spacing_size=spacing_size, radius_size=radius_size, text_size=text_size,
                         font=font, font_mono=font_mono)
        self.set(**_PILL_LABELS, **_OUTLINED_SECONDARY)
        self.set(
            body_background_fill="*neutral_100",
            block_border_color="*neutral_400",
            block_border_color_dark="*secondary_700",
            input_border_color="*neutral_400",
            slider_color="*secondary_400",
            button_secondary_border_color="*secondary_300",
            button_cancel_background_fill="white",
            button_cancel_background_fill_hover="#fef2f2",
            button_cancel_background_fill_dark="*neutral_800",
            button_cancel_background_fill_hover_dark="*neutral_700",
            button_cancel_border_color="#fca5a5",
            button_cancel_border_color_dark="#ef4444",
            button_cancel_text_color="#dc2626",
            button_cancel_text_color_dark="#fca5a5",
        )


class Neon(Base):
    """Lime on light grey; rounded cards and buttons that sit on a shadow."""

    theme_name = "neon"

    def __init__(
        self, *, primary_hue: Color | str = colors.lime, secondary_hue: Color | str = colors.cyan,
        neutral_hue: Color | str = colors.neutral, spacing_size: Size | str = sizes.spacing_lg,
        radius_size: Size | str = sizes.radius_xxl, text_size: Size | str = sizes.text_md,
        font: FontSpec = _LEXEND, font_mono: FontSpec = _SPACE_MONO,
    ) -> None:
        super().__init__(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                         spacing_size=spacing_size, radius_size=radius_size, text_size=text_size,
                         font=font, font_mono=font_mono)
        self.set(**_PILL_LABELS, **_OUTLINED_SECONDARY)
        self.set(
            body_background_fill="*neutral_100",
            block_radius="*radius_md",
            input_radius="*radius_md",
            block_border_width="2px",
            block_shadow="0 3px 0 *neutral_300",
            block_shadow_dark="0 3px 0 *neutral_700",
            checkbox_label_background_fill_selected="*primary_300",
            checkbox_label_text_color_selected="*neutral_900",
            button_primary_background_fill="*primary_400",
            button_primary_background_fill_hover="*primary_300",
            button_primary_text_color="*neutral_900",
            button_primary_shadow="0 3px 0 *primary_600",
            button_cancel_background_fill="#f87171",
            button_cancel_background_fill_hover="#fca5a5",
        )


class Mario(Base):
    """Sky-blue page, yellow blocks with black outlines and a pixel font."""

    theme_name = "mario"

    def __init__(
        self, *, primary_hue: Color | str = colors.orange, secondary_hue: Color | str = colors.green,
        neutral_hue: Color | str = colors.stone, spacing_size: Size | str = sizes.spacing_md,
        radius_size: Size | str = sizes.radius_sm, text_size: Size | str = sizes.text_md,
        font: FontSpec = _PRESS_START,
        font_mono: FontSpec = _PRESS_START_MONO,
    ) -> None:
        super().__init__(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                         spacing_size=spacing_size, radius_size=radius_size, text_size=text_size,
                         font=font, font_mono=font_mono)
        self.set(
            body_background_fill="#6b8cff",
            body_background_fill_dark="#1b2a66",
            body_text_color="black",
            block_background_fill="#fbbf24",
            block_background_fill_dark="#92400e",
            block_border_color="black",
            block_border_color_dark="black",
            block_border_width="3px",
            block_title_background_fill="*primary_700",
            block_title_text_color="white",
            block_title_padding="*spacing_xs *spacing_md",
            block_title_radius="0",
            block_title_text_weight="600",
            input_background_fill="#fde68a",
            input_border_color="black",
            input_border_width="2px",
            checkbox_label_background_fill="#fde68a",
            checkbox_label_border_color="black",
            checkbox_label_background_fill_selected="#f59e0b",
            button_border_width="3px",
            button_primary_background_fill="*secondary_600",
            button_primary_background_fill_hover="*secondary_500",
            button_primary_border_color="black",
            button_secondary_background_fill="*primary_700",
            button_secondary_background_fill_hover="*primary_600",
            button_secondary_border_color="black",
            button_secondary_text_color="white",
            button_cancel_border_color="black",
        )
