"""Flagging through the real queue: the Flag button's endpoint and automatic flagging."""

from __future__ import annotations

import csv
from pathlib import Path

import podium as gr
from tests.server.conftest import completed, run_in_session


def table(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_the_flag_button_saves_inputs_outputs_and_option(client_for, tmp_path: Path):
    demo = gr.Interface(lambda text: text.upper(), "text", "text", flagging_options=["wrong"], flagging_dir=str(tmp_path))
    client = client_for(demo)
    assert completed(run_in_session(client, 0, ["hi"]))["output"]["data"] == ["HI"]
    flag = next(d for d in demo.dependencies if d.api_name == "Flag")
    saved = completed(run_in_session(client, flag.id, ["hi", "HI"]))
    assert saved["success"] is True
    assert saved["output"]["data"] == [{"__type__": "update", "value": "Saved"}]
    rows = table(tmp_path / "dataset1.csv")
    assert rows[0] == ["text", "output", "flag", "timestamp"]
    assert rows[1][:3] == ["hi", "HI", "wrong"]


def test_auto_mode_flags_every_successful_run(client_for, tmp_path: Path):
    def shout(text: str) -> str:
        if not text:
            raise gr.Error("empty")
        return text.upper()

    demo = gr.Interface(shout, "text", "text", flagging_mode="auto", flagging_dir=str(tmp_path))
    client = client_for(demo)
    auto = next(d for d in demo.dependencies if d.trigger_only_on_success)
    for word in ("a", "b"):
        assert completed(run_in_session(client, 0, [word]))["success"]
        # The browser fires the follow-up with the inputs and the shown outputs.
        completed(run_in_session(client, auto.id, [word, word.upper()]))
    assert [row[:2] for row in table(tmp_path / "dataset1.csv")[1:]] == [["a", "A"], ["b", "B"]]
    assert not (tmp_path / "dataset2.csv").exists()
