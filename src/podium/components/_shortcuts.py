"""String shortcuts for components, as in `Interface(fn, "text", "label")`."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from podium.components._base import Component
from podium.components.chatbot import Chatbot
from podium.components.checkbox import Checkbox
from podium.components.checkbox_group import CheckboxGroup
from podium.components.code import Code
from podium.components.color_picker import ColorPicker
from podium.components.dataframe import Dataframe
from podium.components.date_time import DateTime
from podium.components.dialogue import Dialogue
from podium.components.dropdown import Dropdown
from podium.components.file import File
from podium.components.files import Files
from podium.components.highlighted_text import HighlightedText
from podium.components.html import HTML
from podium.components.json_component import JSON
from podium.components.label import Label
from podium.components.markdown import Markdown
from podium.components.model3d import Model3D
from podium.components.multimodal_textbox import MultimodalTextbox
from podium.components.native_plot import BarPlot, LinePlot, ScatterPlot
from podium.components.number import Number
from podium.components.plot import Plot
from podium.components.radio import Radio
from podium.components.slider import Slider
from podium.components.state import State
from podium.components.textbox import TextArea, Textbox


def _media(module: str, name: str) -> Any:
    # Media components are imported on first use; see podium.components.LAZY_COMPONENTS.
    return getattr(importlib.import_module(f"podium.components.{module}"), name)


SHORTCUTS: dict[str, Callable[..., Component]] = {
    "text": Textbox,
    "textbox": Textbox,
    "textarea": TextArea,
    "password": lambda **kw: Textbox(type="password", **kw),
    "number": Number,
    "highlightedtext": HighlightedText,
    "dataframe": Dataframe,
    "numpy": lambda **kw: Dataframe(type="numpy", **kw),
    "matrix": lambda **kw: Dataframe(type="array", **kw),
    "list": lambda **kw: Dataframe(type="array", column_count=1, **kw),
    "colorpicker": ColorPicker,
    "datetime": DateTime,
    "slider": Slider,
    "checkbox": Checkbox,
    "checkboxgroup": CheckboxGroup,
    "radio": Radio,
    "dropdown": Dropdown,
    "json": JSON,
    "code": Code,
    "file": File,
    "files": Files,
    "audio": lambda **kw: _media("audio", "Audio")(**kw),
    "video": lambda **kw: _media("video", "Video")(**kw),
    "image": lambda **kw: _media("image", "Image")(**kw),
    "imageslider": lambda **kw: _media("image_slider", "ImageSlider")(**kw),
    "imageeditor": lambda **kw: _media("image_editor", "ImageEditor")(**kw),
    "sketchpad": lambda **kw: _media("image_editor", "Sketchpad")(**kw),
    "imagemask": lambda **kw: _media("image_editor", "ImageMask")(**kw),
    "paint": lambda **kw: _media("image_editor", "Paint")(**kw),
    "gallery": lambda **kw: _media("gallery", "Gallery")(**kw),
    "label": Label,
    "markdown": Markdown,
    "html": HTML,
    "state": State,
    "chatbot": Chatbot,
    "multimodaltextbox": MultimodalTextbox,
    "model3d": Model3D,
    "dialogue": Dialogue,
    "plot": Plot,
    "lineplot": LinePlot,
    "scatterplot": ScatterPlot,
    "barplot": BarPlot,
    "annotatedimage": lambda **kw: _media("annotated_image", "AnnotatedImage")(**kw),
}


def component_from(spec: Any, render: bool = True) -> Component:
    """A component from a component instance or a shortcut string like "text"."""
    if isinstance(spec, Component):
        return spec
    if isinstance(spec, str):
        factory = SHORTCUTS.get(spec.lower())
        if factory is None:
            known = ", ".join(sorted(SHORTCUTS))
            raise ValueError(f"Unknown component shortcut {spec!r}; known shortcuts: {known}")
        return factory(render=render)
    if isinstance(spec, type) and issubclass(spec, Component):
        return spec(render=render)
    raise TypeError(f"Expected a component or a shortcut string, got {spec!r}")
