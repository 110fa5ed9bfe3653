"""The theme variables every theme defines, under the names Gradio themes use (so
`.set(block_radius=...)` and custom CSS reading `var(--block-radius)` keep working).

Each row is `name | light value | dark value`. `*other` refers to another variable or to a
core value (`primary_500`, `neutral_200`, `radius_lg`, `spacing_md`, `text_sm`, `font`...);
an empty dark value means "the light expression", whose references then resolve to their
own dark values.
"""

from __future__ import annotations

_TABLE = """
body_background_fill | *background_fill_primary |
body_text_color | *neutral_800 | *neutral_100
body_text_size | *text_md |
body_text_color_subdued | *neutral_400 | *neutral_400
body_text_weight | 400 |
embed_radius | *radius_sm |
background_fill_primary | white | *neutral_950
background_fill_secondary | *neutral_50 | *neutral_900
border_color_accent | *primary_300 | *neutral_600
border_color_accent_subdued | *border_color_accent |
border_color_primary | *neutral_200 | *neutral_700
color_accent | *primary_500 |
color_accent_soft | *primary_50 | *neutral_700
link_text_color | *secondary_600 | *secondary_400
link_text_color_active | *secondary_600 | *secondary_400
link_text_color_hover | *secondary_700 | *secondary_300
link_text_color_visited | *secondary_500 | *secondary_500
prose_text_size | *text_md |
prose_text_weight | 400 |
prose_header_text_weight | 600 |
code_background_fill | *neutral_100 | *neutral_800
shadow_drop | 0 1px 2px rgb(0 0 0 / 0.05) |
shadow_drop_lg | 0 1px 3px rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1) |
shadow_inset | inset 0 2px 4px rgb(0 0 0 / 0.05) |
shadow_spread | 3px |
block_background_fill | *background_fill_primary | *neutral_800
block_border_color | *border_color_primary |
block_border_width | 1px |
block_info_text_color | *body_text_color_subdued |
block_info_text_size | *text_sm |
block_info_text_weight | 400 |
block_label_background_fill | *background_fill_primary | *background_fill_secondary
block_label_border_color | *border_color_primary |
block_label_border_width | 1px |
block_label_shadow | *block_shadow |
block_label_text_color | *neutral_500 | *neutral_200
block_label_margin | 0 |
block_label_padding | *spacing_sm *spacing_lg |
block_label_radius | calc(*radius_lg - 1px) 0 calc(*radius_lg - 1px) 0 |
block_label_right_radius | 0 calc(*radius_lg - 1px) 0 calc(*radius_lg - 1px) |
block_label_text_size | *text_sm |
block_label_text_weight | 400 |
block_padding | *spacing_xl calc(*spacing_xl + 2px) |
block_radius | *radius_lg |
block_shadow | none |
block_title_background_fill | none |
block_title_border_color | none |
block_title_border_width | 0px |
block_title_text_color | *neutral_500 | *neutral_200
block_title_padding | 0 |
block_title_radius | none |
block_title_text_size | *text_md |
block_title_text_weight | 400 |
container_radius | *radius_lg |
form_gap_width | 0px |
layout_gap | *spacing_xxl |
panel_background_fill | *background_fill_secondary |
panel_border_color | *border_color_primary |
panel_border_width | 0 |
section_header_text_size | *text_md |
section_header_text_weight | 400 |
accordion_text_color | *body_text_color |
table_text_color | *body_text_color |
checkbox_background_color | *background_fill_primary | *neutral_800
chatbot_text_size | *text_lg |
checkbox_background_color_focus | *checkbox_background_color |
checkbox_background_color_hover | *checkbox_background_color |
checkbox_background_color_selected | *color_accent |
checkbox_border_color | *neutral_300 | *neutral_700
checkbox_border_color_focus | *color_accent |
checkbox_border_color_hover | *neutral_300 | *neutral_600
checkbox_border_color_selected | *color_accent |
checkbox_border_radius | *radius_sm |
checkbox_border_width | *input_border_width |
checkbox_check | none |
radio_circle | none |
checkbox_shadow | *input_shadow |
checkbox_label_background_fill | *background_fill_primary | *neutral_800
checkbox_label_background_fill_hover | *neutral_50 | *neutral_700
checkbox_label_background_fill_selected | *checkbox_label_background_fill |
checkbox_label_border_color | *border_color_primary |
checkbox_label_border_color_hover | *checkbox_label_border_color |
checkbox_label_border_color_selected | *checkbox_label_border_color |
checkbox_label_border_width | *input_border_width |
checkbox_label_gap | *spacing_lg |
checkbox_label_padding | *spacing_md calc(2 * *spacing_md) |
checkbox_label_shadow | none |
checkbox_label_shadow_hover | *checkbox_label_shadow |
checkbox_label_shadow_active | *checkbox_label_shadow |
checkbox_label_text_size | *text_md |
checkbox_label_text_weight | 400 |
checkbox_label_text_color | *body_text_color |
checkbox_label_text_color_selected | *checkbox_label_text_color |
error_background_fill | #fef2f2 | *neutral_900
error_border_color | #b91c1c | #ef4444
error_border_width | 1px |
error_text_color | #b91c1c | #fca5a5
error_icon_color | #dc2626 | #ef4444
input_background_fill | *background_fill_primary | *neutral_700
input_background_fill_focus | *input_background_fill |
input_background_fill_hover | *input_background_fill |
input_border_color | *border_color_primary |
input_border_color_focus | *secondary_300 | *neutral_500
input_border_color_hover | *input_border_color |
input_border_width | 1px |
input_padding | *spacing_xl |
input_placeholder_color | *neutral_400 | *neutral_500
input_radius | *radius_lg |
input_shadow | none |
input_shadow_focus | *input_shadow |
input_text_size | *text_md |
input_text_weight | 400 |
loader_color | *color_accent |
slider_color | *color_accent |
stat_background_fill | *primary_300 | *primary_500
table_border_color | *neutral_300 | *neutral_700
table_even_background_fill | white | *neutral_950
table_odd_background_fill | *neutral_50 | *neutral_900
table_radius | *radius_lg |
table_row_focus | *color_accent_soft |
button_border_width | *input_border_width |
button_transform_hover | none |
button_transform_active | none |
button_transition | all 0.2s ease |
button_large_padding | *spacing_lg calc(2 * *spacing_lg) |
button_large_radius | *radius_lg |
button_large_text_size | *text_lg |
button_large_text_weight | 600 |
button_small_padding | *spacing_sm calc(2 * *spacing_sm) |
button_small_radius | *radius_lg |
button_small_text_size | *text_md |
button_small_text_weight | 400 |
button_medium_padding | *spacing_md calc(2 * *spacing_md) |
button_medium_radius | *radius_lg |
button_medium_text_size | *text_md |
button_medium_text_weight | 600 |
button_primary_background_fill | *primary_500 | *primary_600
button_primary_background_fill_hover | *primary_600 | *primary_500
button_primary_border_color | *button_primary_background_fill |
button_primary_border_color_hover | *button_primary_background_fill_hover |
button_primary_text_color | white |
button_primary_text_color_hover | *button_primary_text_color |
button_primary_shadow | none |
button_primary_shadow_hover | *button_primary_shadow |
button_primary_shadow_active | *button_primary_shadow |
button_secondary_background_fill | *neutral_200 | *neutral_600
button_secondary_background_fill_hover | *neutral_300 | *neutral_500
button_secondary_border_color | *button_secondary_background_fill |
button_secondary_border_color_hover | *button_secondary_background_fill_hover |
button_secondary_text_color | black | white
button_secondary_text_color_hover | *button_secondary_text_color |
button_secondary_shadow | none |
button_secondary_shadow_hover | *button_secondary_shadow |
button_secondary_shadow_active | *button_secondary_shadow |
button_cancel_background_fill | #ef4444 | #b91c1c
button_cancel_background_fill_hover | #dc2626 | #991b1b
button_cancel_border_color | *button_cancel_background_fill |
button_cancel_border_color_hover | *button_cancel_background_fill_hover |
button_cancel_text_color | white |
button_cancel_text_color_hover | *button_cancel_text_color |
button_cancel_shadow | none |
button_cancel_shadow_hover | *button_cancel_shadow |
button_cancel_shadow_active | *button_cancel_shadow |
"""


def _parse(table: str) -> dict[str, tuple[str, str | None]]:
    rows: dict[str, tuple[str, str | None]] = {}
    for line in table.strip().splitlines():
        name, light, dark = (cell.strip() for cell in line.split("|"))
        rows[name] = (light, dark or None)
    return rows


# name -> (light, dark or None), in a stable order (the order CSS is written in).
DEFAULTS: dict[str, tuple[str, str | None]] = _parse(_TABLE)

# Names `.set()` accepts: each variable and its `_dark` twin.
SETTABLE: frozenset[str] = frozenset(DEFAULTS) | frozenset(f"{name}_dark" for name in DEFAULTS)
