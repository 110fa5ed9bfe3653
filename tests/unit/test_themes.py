"""Themes: hues, sizes and fonts become CSS variables; `.set()` (light and dark) changes them."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import podium as gr
from podium.themes.css import cached_theme_css, theme_css
from podium.themes.lookup import theme_from_argument


def declarations(css: str, selector: str) -> dict[str, str]:
    """The custom properties declared by the rule whose selector is `selector`."""
    for rule in css.strip().splitlines():
        head, _, body = rule.partition("{")
        if head == selector:
            pairs = (item.split(":", 1) for item in body.rstrip("}").split(";") if item)
            return {name: value for name, value in pairs}
    raise AssertionError(f"no rule {selector!r} in {css[:200]!r}")


LIGHT = ":root"
DARK = ":root[data-theme=dark]"


def test_default_theme_has_an_orange_primary_button_and_soft_an_indigo_one() -> None:
    assert gr.themes.Default().resolve("button_primary_background_fill") == "#f97316"
    assert gr.themes.Soft().resolve("button_primary_background_fill") == "#6366f1"
    assert gr.themes.Default().resolve("button_primary_background_fill") != gr.themes.Soft().resolve(
        "button_primary_background_fill"
    )


def test_theme_css_declares_gradio_named_variables_and_points_podium_tokens_at_them() -> None:
    css = theme_css(gr.themes.Default())
    light = declarations(css, LIGHT)
    assert light["--primary-500"] == "#f97316"
    assert light["--button-primary-background-fill"] == "var(--primary-500)"
    assert light["--pd-button-primary-fill"] == "var(--button-primary-background-fill)"
    assert light["--pd-bg"] == "var(--body-background-fill)"
    assert light["--block-radius"] == "var(--radius-lg)"
    assert light["--radius-lg"] == "8px"
    assert light["--font"].startswith('"Source Sans Pro", ui-sans-serif')
    dark = declarations(css, DARK)
    assert dark["--background-fill-primary"] == "var(--neutral-950)"
    assert gr.themes.Default().resolve("body_background_fill", dark=True) == "#0f0f11"


def test_hues_sizes_and_fonts_are_taken_by_object_or_by_name() -> None:
    theme = gr.themes.Base(primary_hue="rose", neutral_hue=gr.themes.colors.slate, radius_size="lg",
                           text_size=gr.themes.sizes.text_lg, font=gr.themes.Font("Inter"))
    assert theme.primary_500 == gr.themes.colors.rose.c500 == "#f43f5e"
    assert theme.resolve("block_border_color") == gr.themes.colors.slate.c200
    assert theme.resolve("block_radius") == gr.themes.sizes.radius_lg.lg == "12px"
    assert theme.resolve("body_text_size") == "16px"
    assert theme.resolve("font") == '"Inter"'
    with pytest.raises(ValueError, match="Unknown colour 'mauve'"):
        gr.themes.Base(primary_hue="mauve")


def test_set_changes_light_and_dark_values_separately() -> None:
    theme = gr.themes.Soft().set(button_primary_background_fill="#123456", block_radius="3px",
                                 body_background_fill_dark="#010203")
    assert theme.resolve("button_primary_background_fill") == "#123456"
    # Only the dark value was asked for: light mode keeps Soft's pale page.
    assert theme.resolve("body_background_fill") == gr.themes.colors.gray.c50
    assert theme.resolve("body_background_fill", dark=True) == "#010203"
    assert theme.resolve("block_radius", dark=True) == "3px"
    css = theme_css(theme)
    assert declarations(css, LIGHT)["--button-primary-background-fill"] == "#123456"
    assert declarations(css, DARK)["--body-background-fill"] == "#010203"


def test_a_light_only_change_leaves_dark_mode_as_it_was() -> None:
    before = gr.themes.Default().resolve("block_background_fill", dark=True)
    theme = gr.themes.Default().set(block_background_fill="*primary_50", block_label_text_color="red")
    assert theme.resolve("block_background_fill") == gr.themes.colors.orange.c50
    assert theme.resolve("block_background_fill", dark=True) == before


def test_set_refuses_unknown_names_and_values_that_could_escape_css() -> None:
    with pytest.raises(TypeError, match="button_primry_background_fill"):
        gr.themes.Default().set(button_primry_background_fill="red")
    with pytest.raises(ValueError, match="may not contain"):
        gr.themes.Default().set(block_radius="1px}</style><script>")


def test_cached_css_is_rebuilt_after_set() -> None:
    theme = gr.themes.Default()
    first = cached_theme_css(theme)
    assert cached_theme_css(theme) is first
    theme.set(block_radius="5px")
    assert "--block-radius:5px" in cached_theme_css(theme)


def test_theme_names_classes_and_hub_names() -> None:
    assert type(theme_from_argument("soft")) is gr.themes.Soft
    assert type(theme_from_argument("Monochrome")) is gr.themes.Monochrome
    assert type(theme_from_argument("mario")) is gr.themes.Mario
    assert type(theme_from_argument(gr.themes.Glass)) is gr.themes.Glass
    assert theme_from_argument(None) is None
    with pytest.raises(ValueError, match="Hugging Face Hub"):
        theme_from_argument("someone/my-theme")
    with pytest.raises(ValueError, match="built-in themes are"):
        theme_from_argument("sparkly")
    with pytest.raises(TypeError, match="theme must be"):
        theme_from_argument(42)
    with pytest.raises(NotImplementedError, match="does not download themes"):
        gr.themes.Base.from_hub("someone/my-theme")


def test_every_builtin_theme_renders_distinct_css() -> None:
    themes = [gr.themes.Base, gr.themes.Default, gr.themes.Soft, gr.themes.Monochrome, gr.themes.Glass,
              gr.themes.Ocean, gr.themes.Citrus, gr.themes.Origin, gr.themes.Ember, gr.themes.Cyberpunk,
              gr.themes.Neon, gr.themes.Mario]
    sheets = {theme().name: theme_css(theme()) for theme in themes}
    assert len(set(sheets.values())) == len(themes) == len(sheets)
    assert gr.themes.Monochrome().resolve("block_radius") == "0px"
    assert "linear-gradient" in gr.themes.Ocean().resolve("button_primary_background_fill")


def test_google_fonts_are_never_downloaded_and_say_so_once(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="podium.themes"):
        gr.themes.GoogleFont("Podium Test Sans")
        gr.themes.GoogleFont("Podium Test Sans")
    notes = [record for record in caplog.records if "Podium Test Sans" in record.getMessage()]
    assert len(notes) == 1 and "never fetches fonts" in notes[0].getMessage()
    theme = gr.themes.Base(font=[gr.themes.GoogleFont("Podium Test Sans"), "sans-serif"])
    assert theme.resolve("font") == '"Podium Test Sans", sans-serif'


def test_dump_and_load_round_trip(tmp_path: Path) -> None:
    theme = gr.themes.Citrus().set(block_radius="7px", block_radius_dark="9px")
    theme.dump(tmp_path / "theme.json")
    assert json.loads((tmp_path / "theme.json").read_text())["name"] == "citrus"
    loaded = gr.themes.Base.load(tmp_path / "theme.json")
    assert theme_css(loaded) == theme_css(theme)


def test_styling_arguments_on_blocks_are_accepted_with_one_warning() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        demo = gr.Blocks(css=".x { color: red }", theme="soft", js="() => 1")
    assert len(caught) == 1 and caught[0].category is UserWarning
    message = str(caught[0].message)
    assert "css=" in message and "theme=" in message and "js=" in message and "launch()" in message
    assert caught[0].filename == __file__
    config = demo.config()
    assert (config["css"], config["js"], config["theme"]) == (".x { color: red }", "() => 1", "soft")


def test_blocks_without_styling_arguments_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert gr.Blocks().config()["theme"] == "default"


def test_import_podium_does_not_load_the_themes_package() -> None:
    code = "import sys, podium; print('podium.themes' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
