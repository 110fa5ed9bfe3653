"""ImageSlider: a pair of images converted like Image, per type."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

import podium as gr


def test_pairs_round_trip_for_each_type(tmp_path: Path):
    dark = np.zeros((3, 5, 3), dtype=np.uint8)
    light = np.full((3, 5, 3), 250, dtype=np.uint8)
    wire = gr.ImageSlider(format="png").postprocess((dark, light))
    assert len(wire) == 2 and all(item["meta"]["_type"] == "gradio.FileData" for item in wire)
    before, after = gr.ImageSlider(type="numpy").preprocess(wire)
    assert np.array_equal(before, dark) and np.array_equal(after, light)
    as_pil = gr.ImageSlider(type="pil").preprocess(wire)
    assert all(isinstance(image, PILImage.Image) for image in as_pil)
    paths = gr.ImageSlider(type="filepath").preprocess(wire)
    assert all(Path(path).is_file() for path in paths)
    assert gr.ImageSlider().postprocess(None) is None and gr.ImageSlider().preprocess(None) is None


def test_checks_and_options():
    slider = gr.ImageSlider()
    with pytest.raises(ValueError, match="two image file data"):
        slider.check_payload([{"path": "x", "meta": {"_type": "gradio.FileData"}}])
    with pytest.raises(ValueError, match="pair of images"):
        slider.postprocess("just one.png")
    with pytest.raises(ValueError, match="percentage"):
        gr.ImageSlider(slider_position=150)
    with pytest.raises(ValueError, match="type must be"):
        gr.ImageSlider(type="bytes")
    assert slider.api_info()["maxItems"] == 2 and len(slider.example_payload()) == 2
