"""Image filters: upload, paste or capture a picture and see it processed.

Run with `python examples/image_filters/app.py` (or `podium examples/image_filters/app.py`).
Click the result to read the colour of a pixel.
"""

import numpy as np

import podium as pd

FILTERS = ["Flip vertically", "Mirror", "Grayscale", "Sepia", "Invert", "Pixelate"]


def apply(image: np.ndarray | None, name: str) -> np.ndarray | None:
    if image is None:
        return None
    if name == "Flip vertically":
        return image[::-1]
    if name == "Mirror":
        return image[:, ::-1]
    if name == "Grayscale":
        gray = image @ np.array([0.299, 0.587, 0.114])
        return gray.astype(np.uint8)
    if name == "Sepia":
        matrix = np.array([[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]])
        return np.clip(image @ matrix.T, 0, 255).astype(np.uint8)
    if name == "Invert":
        return 255 - image
    if name == "Pixelate":
        block = max(1, min(image.shape[:2]) // 24)
        small = image[::block, ::block]
        big = small.repeat(block, axis=0).repeat(block, axis=1)
        return big[: image.shape[0], : image.shape[1]]
    return image


def describe(image: np.ndarray | None, evt: pd.SelectData) -> str:
    if image is None:
        return ""
    x, y = evt.index
    pixel = image[y, x]
    return f"Pixel ({x}, {y}): {np.atleast_1d(pixel).tolist()}"


with pd.Blocks(title="Image filters") as demo:
    pd.Markdown("# Image filters\nUpload, paste or capture a picture; click the result to inspect a pixel.")
    with pd.Row():
        with pd.Column():
            source = pd.Image(label="Your picture", height=320)
            choice = pd.Radio(FILTERS, value="Sepia", label="Filter")
            run = pd.Button("Apply", variant="primary")
        with pd.Column():
            result = pd.Image(label="Result", format="png", height=320, interactive=False)
            info = pd.Textbox(label="Selected pixel", interactive=False)
    compare = pd.ImageSlider(label="Before / after", interactive=False)
    run.click(apply, [source, choice], result, api_name="apply").then(
        lambda before, after: (before, after) if before is not None and after is not None else None,
        [source, result], compare,
    )
    source.upload(apply, [source, choice], result)
    choice.change(apply, [source, choice], result)
    result.select(describe, result, info)

if __name__ == "__main__":
    demo.launch()
