"""ParamViewer: a mapping of parameter docs in and out, with clear errors."""

from __future__ import annotations

import pytest

import podium as gr


def test_param_viewer_round_trip_and_validation():
    docs = {"x": {"type": "int", "description": "the x", "default": "3"}}
    viewer = gr.ParamViewer(docs, anchor_links=True)
    assert viewer.value == docs and viewer.postprocess(None) is None
    assert viewer.preprocess(docs) == docs
    props = viewer.get_config()["props"]
    assert (props["header"], props["language"], props["anchor_links"]) == ("Parameters", "python", True)
    with pytest.raises(ValueError, match="mapping of parameter name"):
        viewer.postprocess(["x"])
    with pytest.raises(ValueError, match="expected"):
        viewer.check_payload({"x": "int"})
    with pytest.raises(ValueError, match="'python' or 'typescript'"):
        gr.ParamViewer(language="rust")  # type: ignore[arg-type]
