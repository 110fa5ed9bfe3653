"""The ready-made themes: each is `Base` with its own hues, scales, fonts and a few variables set."""

from __future__ import annotations

from podium.themes import colors, sizes
from podium.themes.base import PLEX_MONO, Base
from podium.themes.colors import Color
from podium.themes.fonts import FontSpec, LocalFont
from podium.themes.sizes import Size


def _sans(name: str) -> FontSpec:
    return (LocalFont(name), "ui-sans-serif", "system-ui", "sans-serif")


_MONO_DEFAULT = PLEX_MONO
_SOURCE_SANS = _sans("Source Sans Pro")
_MONTSERRAT = _sans("Montserrat")
_LORA = _sans("Lora")
_PLEX_SANS = _sans("IBM Plex Sans")
_UBUNTU = _sans("Ubuntu")
_ROBOTO_MONO: FontSpec = (LocalFont("Roboto Mono"), "ui-monospace", "Consolas", "monospace")
_GLASS_FONTS: FontSpec = ("Optima", "Candara", "Noto Sans", "source-sans-pro", "sans-serif")
# Themes whose cancel buttons look exactly like their secondary buttons.
_CANCEL_LIKE_SECONDARY = {
    "button_cancel_background_fill": "*button_secondary_background_fill",
    "button_cancel_background_fill_hover": "*button_secondary_background_fill_hover",
    "button_cancel_background_fill_dark": "*button_secondary_background_fill",
    "button_cancel_background_fill_hover_dark": "*button_secondary_background_fill_hover",
    "button_cancel_border_color": "*button_secondary_border_color",
    "button_cancel_text_color": "*button_secondary_text_color",
    "button_cancel_text_color_dark": "*button_secondary_text_color",
}


class Default(Base):
    """White cards on white, an orange primary action."""

    theme_name = "default"

    def __init__(
        self, *, primary_hue: Color | str = colors.orange, secondary_hue: Color | str = colors.blue,
        neutral_hue: Color | str = colors.zinc, spacing_size: Size | str = sizes.spacing_md,
        radius_size: Size | str = sizes.radius_md, text_size: Size | str = sizes.text_md,
        font: FontSpec = _SOURCE_SANS, font_mono: FontSpec = _MONO_DEFAULT,
    ) -> None:
        super().__init__(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                         spacing_size=spacing_size, radius_size=radius_size, text_size=text_size,
                         font=font, font_mono=font_mono)


class Soft(Base):
    """A pale page, borderless cards, labels as tinted pills and filled selections."""

    theme_name = "soft"

    def __init__(
        self, *, primary_hue: Color | str = colors.indigo, secondary_hue: Color | str = colors.indigo,
        neutral_hue: Color | str = colors.gray, spacing_size: Size | str = sizes.spacing_md,
        radius_size: Size | str = sizes.radius_md, text_size: Size | str = sizes.text_md,
        font: FontSpec = _MONTSERRAT, font_mono: FontSpec = _MONO_DEFAULT,
    ) -> None:
        super().__init__(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                         spacing_size=spacing_size, radius_size=radius_size, text_size=text_size,
                         font=font, font_mono=font_mono)
        self.set(
            body_background_fill="*neutral_50",
            body_background_fill_dark="*neutral_950",
            block_border_width="0px",
            block_shadow="*shadow_drop",
            block_shadow_dark="none",
            block_title_background_fill="*primary_100",
            block_title_background_fill_dark="*primary_800",
            block_title_text_color="*primary_600",
            block_title_text_color_dark="*primary_100",
            block_title_padding="*spacing_xs *spacing_lg",
            block_title_radius="*radius_md",
            block_title_text_weight="600",
            block_label_background_fill="*primary_100",
            block_label_background_fill_dark="*primary_800",
            block_label_border_color="*primary_100",
            block_label_border_color_dark="*primary_800",
            block_label_text_color="*primary_600",
            block_label_text_color_dark="*primary_100",
            color_accent_soft="*primary_50",
            color_accent_soft_dark="*primary_900",
            checkbox_label_background_fill_selected="*primary_500",
            checkbox_label_background_fill_selected_dark="*primary_600",
            checkbox_label_text_color_selected="white",
            checkbox_label_border_color_selected="*primary_500",
            input_border_color_focus="*primary_300",
            button_primary_background_fill="*primary_500",
            button_primary_background_fill_hover="*primary_400",
            button_primary_background_fill_dark="*primary_600",
            button_primary_background_fill_hover_dark="*primary_500",
            button_secondary_background_fill="white",
            button_secondary_background_fill_hover="*neutral_100",
            button_secondary_background_fill_dark="*neutral_700",
            button_secondary_background_fill_hover_dark="*neutral_600",
            button_secondary_border_color="*neutral_200",
            button_secondary_border_color_dark="*neutral_600",
            button_secondary_text_color="*neutral_800",
            button_secondary_text_color_dark="white",
            **_CANCEL_LIKE_SECONDARY,
        )


class Monochrome(Base):
    """Black, white and greys; square corners, roomy spacing and bold labels."""

    theme_name = "monochrome"

    def __init__(
        self, *, primary_hue: Color | str = colors.neutral, secondary_hue: Color | str = colors.neutral,
        neutral_hue: Color | str = colors.neutral, spacing_size: Size | str = sizes.spacing_lg,
        radius_size: Size | str = sizes.radius_none, text_size: Size | str = sizes.text_md,
        font: FontSpec = _LORA, font_mono: FontSpec = _MONO_DEFAULT,
    ) -> None:
        super().__init__(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                         spacing_size=spacing_size, radius_size=radius_size, text_size=text_size,
                         font=font, font_mono=font_mono)
        self.set(
            color_accent="*neutral_900",
            color_accent_dark="*neutral_100",
            color_accent_soft="*neutral_100",
            block_title_text_weight="700",
            block_title_text_color="*neutral_900",
            block_title_text_color_dark="*neutral_100",
            block_label_text_color="*neutral_900",
            block_label_text_color_dark="*neutral_100",
            input_background_fill="*neutral_100",
            input_background_fill_dark="*neutral_700",
            input_border_color="*neutral_100",
            input_border_color_dark="*neutral_700",
            checkbox_label_background_fill_selected="*neutral_900",
            checkbox_label_background_fill_selected_dark="*neutral_100",
            checkbox_label_text_color_selected="white",
            checkbox_label_text_color_selected_dark="*neutral_900",
            loader_color="*neutral_700",
            slider_color="*neutral_700",
            button_border_width="2px",
            button_primary_background_fill="*neutral_900",
            button_primary_background_fill_hover="*neutral_700",
            button_primary_background_fill_dark="*neutral_100",
            button_primary_background_fill_hover_dark="*neutral_300",
            button_primary_text_color="white",
            button_primary_text_color_dark="*neutral_900",
            button_secondary_background_fill="white",
            button_secondary_background_fill_hover="*neutral_100",
            button_secondary_background_fill_dark="*neutral_900",
            button_secondary_background_fill_hover_dark="*neutral_800",
            button_secondary_border_color="*neutral_900",
            button_secondary_border_color_dark="*neutral_100",
            button_secondary_text_color="*neutral_900",
            button_secondary_text_color_dark="*neutral_100",
            **_CANCEL_LIKE_SECONDARY,
        )


class Glass(Base):
    """Small type, tight spacing, tinted cards and glossy gradient buttons."""

    theme_name = "glass"

    def __init__(
        self, *, primary_hue: Color | str = colors.blue, secondary_hue: Color | str = colors.slate,
        neutral_hue: Color | str = colors.slate, spacing_size: Size | str = sizes.spacing_sm,
        radius_size: Size | str = sizes.radius_sm, text_size: Size | str = sizes.text_sm,
        font: FontSpec = _GLASS_FONTS, font_mono: FontSpec = _MONO_DEFAULT,
    ) -> None:
        super().__init__(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                         spacing_size=spacing_size, radius_size=radius_size, text_size=text_size,
                         font=font, font_mono=font_mono)
        self.set(
            block_background_fill="*neutral_50",
            block_background_fill_dark="*neutral_900",
            block_border_color="*neutral_200",
            block_border_color_dark="*neutral_700",
            block_shadow="inset 0 1px 0 rgb(255 255 255 / 0.8), 0 1px 2px rgb(0 0 0 / 0.06)",
            block_shadow_dark="none",
            checkbox_label_background_fill="linear-gradient(180deg, white, *neutral_100)",
            checkbox_label_background_fill_dark="linear-gradient(180deg, *neutral_700, *neutral_800)",
            button_primary_background_fill="linear-gradient(180deg, *primary_100, *primary_300)",
            button_primary_background_fill_hover="linear-gradient(180deg, *primary_200, *primary_300)",
            button_primary_background_fill_dark="linear-gradient(180deg, *primary_500, *primary_700)",
            button_primary_background_fill_hover_dark="linear-gradient(180deg, *primary_400, *primary_600)",
            button_primary_border_color="*primary_300",
            button_primary_text_color="*primary_950",
            button_primary_text_color_dark="white",
            button_secondary_background_fill="linear-gradient(180deg, *neutral_50, *neutral_200)",
            button_secondary_background_fill_hover="linear-gradient(180deg, *neutral_100, *neutral_200)",
            button_secondary_background_fill_dark="linear-gradient(180deg, *neutral_600, *neutral_700)",
            button_secondary_background_fill_hover_dark="linear-gradient(180deg, *neutral_500, *neutral_700)",
            button_secondary_border_color="*neutral_300",
            button_secondary_border_color_dark="*neutral_600",
            button_secondary_text_color="*neutral_800",
            button_secondary_text_color_dark="white",
            **_CANCEL_LIKE_SECONDARY,
        )


class Ocean(Base):
    """Rounded pills and sea-green to sky gradients."""

    theme_name = "ocean"

    def __init__(
        self, *, primary_hue: Color | str = colors.emerald, secondary_hue: Color | str = colors.sky,
        neutral_hue: Color | str = colors.zinc, spacing_size: Size | str = sizes.spacing_md,
        radius_size: Size | str = sizes.radius_xxl, text_size: Size | str = sizes.text_md,
        font: FontSpec = _PLEX_SANS, font_mono: FontSpec = _MONO_DEFAULT,
    ) -> None:
        super().__init__(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                         spacing_size=spacing_size, radius_size=radius_size, text_size=text_size,
                         font=font, font_mono=font_mono)
        self.set(
            block_radius="*radius_md",
            container_radius="*radius_md",
            input_radius="*radius_md",
            input_background_fill="*neutral_100",
            input_background_fill_dark="*neutral_700",
            input_border_color="*neutral_100",
            input_border_color_dark="*neutral_700",
            checkbox_label_background_fill="linear-gradient(120deg, *neutral_200, *neutral_100 60%, *neutral_200)",
            checkbox_label_background_fill_dark="linear-gradient(120deg, *neutral_700, *neutral_800 60%, *neutral_700)",
            checkbox_label_background_fill_selected="linear-gradient(120deg, *primary_500, *primary_300 60%, *primary_400)",
            checkbox_label_background_fill_selected_dark="linear-gradient(120deg, *primary_600, *primary_500 60%, *primary_600)",
            checkbox_label_text_color_selected="white",
            checkbox_label_text_color_selected_dark="white",
            checkbox_label_border_color_selected="*primary_400",
            button_large_radius="*radius_xl",
            button_primary_background_fill="linear-gradient(120deg, *secondary_500, *primary_300 60%, *primary_400)",
            button_primary_background_fill_hover="linear-gradient(120deg, *secondary_400, *primary_300 60%, *primary_300)",
            button_primary_background_fill_dark="linear-gradient(120deg, *secondary_600, *primary_500 60%, *primary_600)",
            button_primary_background_fill_hover_dark="linear-gradient(120deg, *secondary_500, *primary_500 60%, *primary_500)",
            button_primary_border_color="transparent",
            button_primary_text_color="white",
            button_secondary_background_fill="linear-gradient(120deg, *neutral_300, *neutral_100 60%, *neutral_200)",
            button_secondary_background_fill_hover="linear-gradient(120deg, *neutral_200, *neutral_100 60%, *neutral_100)",
            button_secondary_background_fill_dark="linear-gradient(120deg, *neutral_600, *neutral_700 60%, *neutral_600)",
            button_secondary_background_fill_hover_dark="linear-gradient(120deg, *neutral_500, *neutral_600 60%, *neutral_500)",
            button_secondary_border_color="transparent",
            button_secondary_text_color="*neutral_800",
            button_secondary_text_color_dark="white",
            button_cancel_background_fill="*button_secondary_background_fill",
            button_cancel_background_fill_hover="*button_secondary_background_fill_hover",
            button_cancel_background_fill_dark="*button_secondary_background_fill",
            button_cancel_background_fill_hover_dark="*button_secondary_background_fill_hover",
            button_cancel_border_color="transparent",
            button_cancel_text_color="*button_secondary_text_color",
            button_cancel_text_color_dark="*button_secondary_text_color",
        )


class Citrus(Base):
    """Warm stone cards with a lifted shadow, inset fields and amber actions."""

    theme_name = "citrus"

    def __init__(
        self, *, primary_hue: Color | str = colors.amber, secondary_hue: Color | str = colors.amber,
        neutral_hue: Color | str = colors.stone, spacing_size: Size | str = sizes.spacing_lg,
        radius_size: Size | str = sizes.radius_md, text_size: Size | str = sizes.text_md,
        font: FontSpec = _UBUNTU, font_mono: FontSpec = _ROBOTO_MONO,
    ) -> None:
        super().__init__(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                         spacing_size=spacing_size, radius_size=radius_size, text_size=text_size,
                         font=font, font_mono=font_mono)
        self.set(
            body_background_fill="*neutral_50",
            block_background_fill="*neutral_100",
            block_border_color="*neutral_300",
            block_border_color_dark="*neutral_700",
            block_shadow="*shadow_drop_lg",
            block_shadow_dark="none",
            input_shadow="*shadow_inset",
            input_border_color="*neutral_300",
            input_border_color_dark="*neutral_700",
            checkbox_label_background_fill="*neutral_200",
            checkbox_label_background_fill_dark="*neutral_700",
            checkbox_label_background_fill_selected="*primary_400",
            checkbox_label_background_fill_selected_dark="*primary_600",
            checkbox_label_text_color_selected="*neutral_900",
            checkbox_label_text_color_selected_dark="white",
            button_primary_background_fill="*primary_500",
            button_primary_background_fill_hover="*primary_400",
            button_primary_background_fill_dark="*primary_600",
            button_primary_text_color="white",
            button_primary_shadow="*shadow_drop_lg",
            button_secondary_background_fill="*primary_400",
            button_secondary_background_fill_hover="*primary_300",
            button_secondary_background_fill_dark="*primary_700",
            button_secondary_background_fill_hover_dark="*primary_600",
            button_secondary_text_color="white",
            button_secondary_shadow="*shadow_drop_lg",
            button_cancel_shadow="*shadow_drop_lg",
        )


class Origin(Base):
    """Gradio 4's look: soft gradient buttons with coloured text on grey neutrals."""

    theme_name = "origin"

    def __init__(
        self, *, primary_hue: Color | str = colors.orange, secondary_hue: Color | str = colors.blue,
        neutral_hue: Color | str = colors.gray, spacing_size: Size | str = sizes.spacing_md,
        radius_size: Size | str = sizes.radius_md, text_size: Size | str = sizes.text_md,
        font: FontSpec = _SOURCE_SANS, font_mono: FontSpec = _MONO_DEFAULT,
    ) -> None:
        super().__init__(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                         spacing_size=spacing_size, radius_size=radius_size, text_size=text_size,
                         font=font, font_mono=font_mono)
        self.set(
            checkbox_label_background_fill="linear-gradient(to top, *neutral_50, white)",
            checkbox_label_background_fill_dark="linear-gradient(to top, *neutral_900, *neutral_800)",
            button_primary_background_fill="linear-gradient(to bottom right, *primary_100, *primary_300)",
            button_primary_background_fill_hover="linear-gradient(to bottom right, *primary_100, *primary_200)",
            button_primary_background_fill_dark="linear-gradient(to bottom right, *primary_500, *primary_600)",
            button_primary_background_fill_hover_dark="linear-gradient(to bottom right, *primary_500, *primary_500)",
            button_primary_border_color="*primary_200",
            button_primary_border_color_dark="*primary_500",
            button_primary_text_color="*primary_600",
            button_primary_text_color_dark="white",
            button_secondary_background_fill="linear-gradient(to bottom right, *neutral_100, *neutral_200)",
            button_secondary_background_fill_hover="linear-gradient(to bottom right, *neutral_100, *neutral_100)",
            button_secondary_background_fill_dark="linear-gradient(to bottom right, *neutral_600, *neutral_700)",
            button_secondary_background_fill_hover_dark="linear-gradient(to bottom right, *neutral_600, *neutral_600)",
            button_secondary_border_color="*neutral_200",
            button_secondary_border_color_dark="*neutral_600",
            button_secondary_text_color="*neutral_700",
            button_secondary_text_color_dark="white",
            button_cancel_background_fill="linear-gradient(to bottom right, #fee2e2, #fecaca)",
            button_cancel_background_fill_hover="linear-gradient(to bottom right, #fee2e2, #fee2e2)",
            button_cancel_background_fill_dark="linear-gradient(to bottom right, #dc2626, #b91c1c)",
            button_cancel_background_fill_hover_dark="linear-gradient(to bottom right, #dc2626, #dc2626)",
            button_cancel_border_color="#fecaca",
            button_cancel_border_color_dark="#dc2626",
            button_cancel_text_color="#dc2626",
            button_cancel_text_color_dark="white",
        )


def builtin_themes() -> dict[str, type[Base]]:
    """Every ready-made theme by name (what `theme="soft"` looks up)."""
    from podium.themes.extra import Cyberpunk, Ember, Mario, Neon

    themes = (Base, Default, Soft, Monochrome, Glass, Ocean, Citrus, Origin, Ember, Cyberpunk, Neon, Mario)
    return {theme.theme_name: theme for theme in themes}
