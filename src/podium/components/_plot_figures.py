"""Turns a figure object from matplotlib, plotly, altair or bokeh into Plot's wire string.

Each plotting library is imported only here, and only when a figure of its kind arrives,
so `import podium` never pays for any of them.
"""

from __future__ import annotations

import base64
import io
import json
import sys
from types import ModuleType
from typing import Any

PLOT_KINDS = ("matplotlib", "plotly", "altair", "bokeh")

# savefig formats a browser can show as an <img>, with their MIME types.
_IMAGE_MIME = {
    "png": "image/png",
    "webp": "image/webp",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "svg": "image/svg+xml",
    "gif": "image/gif",
}


def plot_kind(figure: Any) -> str | None:
    """Which library made `figure`, judged by the module its class lives in."""
    module = figure.__name__ if isinstance(figure, ModuleType) else type(figure).__module__
    root = module.split(".", 1)[0]
    if root in PLOT_KINDS:
        return root
    if root == "_plotly_utils":
        return "plotly"
    return None


def encode_figure(figure: Any, kind: str, image_format: str) -> str:
    if kind == "matplotlib":
        return _matplotlib_data_url(figure, image_format)
    if kind == "bokeh":
        from bokeh.embed import json_item

        return json.dumps(json_item(figure))
    # plotly figures and altair charts both serialise themselves to a JSON spec.
    return str(figure.to_json())


def _matplotlib_data_url(figure: Any, image_format: str) -> str:
    fmt = image_format.lower()
    if fmt not in _IMAGE_MIME:
        raise ValueError(f"Plot format must be one of {sorted(_IMAGE_MIME)}, got {image_format!r}")
    if isinstance(figure, ModuleType):  # `return plt`: draw pyplot's current figure
        figure = figure.gcf()
    # The Agg canvas renders off-screen whatever backend pyplot was set up with, so a
    # figure made in a worker thread never touches a GUI toolkit.
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if not isinstance(figure.canvas, FigureCanvasAgg):
        FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt)
    _release(figure)
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f"data:{_IMAGE_MIME[fmt]};base64,{encoded}"


def _release(figure: Any) -> None:
    """pyplot keeps every figure it made alive until closed; a server would leak them."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close(figure)
