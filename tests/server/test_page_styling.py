"""The page carries the theme, custom CSS and custom head that launch() was given."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from starlette.testclient import TestClient

import podium as gr
from podium.server.page_styling import apply_launch_styling


def app() -> gr.Blocks:
    with gr.Blocks() as demo:
        gr.Textbox(label="Name", elem_id="name")
    return demo


def page_head(client: TestClient) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.text.split("</head>", 1)[0]


def test_theme_and_css_come_after_the_app_stylesheet_so_they_win(client_for: Callable[..., TestClient]) -> None:
    demo = app()
    apply_launch_styling(demo, theme=gr.themes.Soft(), css="#name { outline: 3px solid red }")
    head = page_head(client_for(demo))
    stylesheet = head.index('rel="stylesheet"')
    theme = head.index('<style id="pd-theme">')
    custom = head.index('<style id="pd-custom-css">#name { outline: 3px solid red }</style>')
    assert stylesheet < theme < custom
    assert "--button-primary-background-fill:var(--primary-500)" in head
    assert "--primary-500:#6366f1" in head


def test_config_names_the_theme_and_carries_css_and_js(client_for: Callable[..., TestClient]) -> None:
    demo = app()
    apply_launch_styling(demo, theme="citrus", css=".x{}", js="() => { document.title = 'x' }")
    config = client_for(demo).get("/config").json()
    assert (config["theme"], config["css"], config["js"]) == ("citrus", ".x{}", "() => { document.title = 'x' }")
    assert "settings" in config["footer_links"]


def test_no_theme_means_no_theme_style(client_for: Callable[..., TestClient]) -> None:
    head = page_head(client_for(app()))
    assert "pd-theme" not in head and "pd-custom-css" not in head


def test_css_cannot_close_its_style_element(client_for: Callable[..., TestClient]) -> None:
    demo = app()
    apply_launch_styling(demo, css="a{}</STYLE><script>alert(1)</script>")
    head = page_head(client_for(demo))
    assert "<script>alert(1)</script>" in head  # still inside the style element, as text
    style = head[head.index('<style id="pd-custom-css">'):]
    assert style.index("</style>") > style.index("alert(1)")


def test_css_paths_and_head_paths_are_read_at_launch(client_for: Callable[..., TestClient], tmp_path: Path) -> None:
    (tmp_path / "a.css").write_text(".from-file-a { color: blue }")
    (tmp_path / "b.css").write_text(".from-file-b { color: green }")
    (tmp_path / "head.html").write_text('<meta name="from-file" content="yes">')
    demo = app()
    apply_launch_styling(demo, css=".inline {}", css_paths=[tmp_path / "a.css", str(tmp_path / "b.css")],
                         head="<meta name='inline' content='1'>", head_paths=tmp_path / "head.html")
    # Read at launch: later edits to the files do not change the served page.
    (tmp_path / "a.css").write_text(".changed {}")
    head = page_head(client_for(demo))
    custom = head[head.index('<style id="pd-custom-css">'):]
    assert custom.index(".inline {}") < custom.index(".from-file-a") < custom.index(".from-file-b")
    assert ".changed" not in head
    assert "<meta name='inline' content='1'>" in head and '<meta name="from-file" content="yes">' in head


def test_a_missing_css_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="css_paths"):
        apply_launch_styling(app(), css_paths=tmp_path / "nope.css")


def test_blocks_styling_arguments_still_reach_the_page(client_for: Callable[..., TestClient]) -> None:
    with pytest.warns(UserWarning, match="launch"):
        demo = gr.Blocks(css=".legacy { color: red }", theme="glass", head="<meta name='legacy'>")
    with demo:
        gr.Textbox()
    apply_launch_styling(demo)
    head = page_head(client_for(demo))
    assert ".legacy { color: red }" in head and "<meta name='legacy'>" in head
    assert '<style id="pd-theme">' in head
    # launch() arguments win over the Blocks ones.
    apply_launch_styling(demo, css=".new {}")
    assert ".legacy" not in page_head(client_for(demo))


def test_mount_gradio_app_takes_the_styling_arguments() -> None:
    from starlette.applications import Starlette

    parent = Starlette()
    gr.mount_gradio_app(parent, app(), "/demo", theme="ocean", css="#name { color: teal }",
                        head="<meta name='mounted'>")
    with TestClient(parent) as client:
        head = page_head_at(client, "/demo/")
    assert '<style id="pd-theme">' in head and "--primary-500:#10b981" in head
    assert "#name { color: teal }" in head and "<meta name='mounted'>" in head


def page_head_at(client: TestClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.text.split("</head>", 1)[0]
