"""FileExplorer: the tree it shows, and no path escaping root_dir."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import podium as gr


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("a")
    (root / "sub" / "b.py").write_text("b")
    (root / ".env").write_text("SECRET=1")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("x")
    sibling = tmp_path / "root2"  # shares the root's name as a prefix
    sibling.mkdir()
    (sibling / "secret.txt").write_text("s")
    os.symlink(sibling / "secret.txt", root / "link.txt")
    os.symlink(sibling, root / "linkdir")
    return root


def test_tree_lists_matching_files_without_dotfiles_or_escaping_links(tree: Path):
    explorer = gr.FileExplorer(root_dir=tree)
    props = explorer.get_config()["props"]
    assert props["tree"] == [["a.txt"], ["sub", "b.py"]]
    assert props["truncated"] is False
    assert str(tree) not in str(props)  # the server's absolute path is not shown
    assert gr.FileExplorer("**/*.py", root_dir=tree).get_config()["props"]["tree"] == [["sub", "b.py"]]
    assert gr.FileExplorer(root_dir=tree, ignore_glob="*.py").get_config()["props"]["tree"] == [["a.txt"]]


def test_preprocess_gives_absolute_paths_by_file_count(tree: Path):
    many = gr.FileExplorer(root_dir=tree)
    assert many.preprocess([["a.txt"], ["sub", "b.py"]]) == [str(tree / "a.txt"), str(tree / "sub" / "b.py")]
    assert many.preprocess(None) == []
    one = gr.FileExplorer(root_dir=tree, file_count="single")
    assert one.preprocess([["sub", "b.py"]]) == str(tree / "sub" / "b.py") and one.preprocess([]) is None


@pytest.mark.parametrize(
    "segments",
    [["..", "root2", "secret.txt"], ["sub", "..", "..", "root2", "secret.txt"], ["/etc/passwd"], ["..\\root2"],
     [".env"], [".git", "config"], ["link.txt"], ["linkdir", "secret.txt"], ["missing.txt"], ["sub"], ["a.txt\x00"]],
)
def test_paths_that_escape_or_hide_are_refused(tree: Path, segments: list[str]):
    explorer = gr.FileExplorer(root_dir=tree)
    with pytest.raises(ValueError, match="is not a file of this file explorer"):
        explorer.check_payload([segments])
    with pytest.raises(ValueError):
        explorer.preprocess([segments])


def test_positive_control_and_postprocess(tree: Path):
    explorer = gr.FileExplorer(root_dir=tree)
    explorer.check_payload([["a.txt"], ["sub", "b.py"]])
    assert explorer.postprocess([str(tree / "sub" / "b.py"), "a.txt"]) == [["sub", "b.py"], ["a.txt"]]
    with pytest.raises(ValueError, match="outside the file explorer's root_dir"):
        explorer.postprocess([str(tree.parent / "root2" / "secret.txt")])
    with pytest.raises(ValueError, match="not a directory"):
        gr.FileExplorer(root_dir=tree / "a.txt")
    with pytest.raises(ValueError, match="list of paths"):
        explorer.check_payload(["a.txt"])


def test_a_hostile_path_sent_to_the_queue_is_a_422(tree: Path):
    from starlette.testclient import TestClient

    from podium.server.app import create_app

    with gr.Blocks() as demo:
        explorer = gr.FileExplorer(root_dir=tree)
        explorer.change(lambda paths: len(paths), explorer, gr.Number())
    with TestClient(create_app(demo)) as client:
        bad = client.post("/gradio_api/queue/join", json={"data": [[["..", "root2", "secret.txt"]]], "fn_index": 0, "session_hash": "s"})
        assert bad.status_code == 422 and "is not a file of this file explorer" in bad.json()["error"]
        good = client.post("/gradio_api/queue/join", json={"data": [[["a.txt"]]], "fn_index": 0, "session_hash": "s"})
        assert good.status_code == 200
