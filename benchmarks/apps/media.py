"""Endpoint for the media figures: an identity ``Image -> Image`` round trip.

Identical for both frameworks: ``type="filepath"`` on both sides (the fn returns the
path it was given), ``format="png"`` (the test image is a PNG, so no format change is
asked for), ``concurrency_limit=None`` so concurrent clients measure the framework's
file handling rather than the default one-at-a-time queue.
"""

from __future__ import annotations

from _framework import gr, launch


def identity(path: str) -> str:
    return path


with gr.Blocks() as demo:
    image_in = gr.Image(type="filepath", format="png", label="in")
    image_out = gr.Image(type="filepath", format="png", label="out")
    button = gr.Button("identity")
    button.click(identity, image_in, image_out, api_name="identity", concurrency_limit=None)

if __name__ == "__main__":
    launch(demo)
