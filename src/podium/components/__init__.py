"""Every built-in component; one module each."""

import importlib
from typing import TYPE_CHECKING, Any

from podium.components._base import Component
from podium.components._server_functions import server_function
from podium.components._shortcuts import component_from
from podium.components.browser_state import BrowserState
from podium.components.button import Button
from podium.components.chat_message import ChatMessage, MetadataDict, OptionDict
from podium.components.chatbot import Chatbot
from podium.components.checkbox import Checkbox
from podium.components.checkbox_group import CheckboxGroup
from podium.components.clear_button import ClearButton
from podium.components.code import Code
from podium.components.color_picker import ColorPicker
from podium.components.dataframe import Dataframe
from podium.components.dataset import Dataset
from podium.components.date_time import DateTime
from podium.components.dialogue import Dialogue
from podium.components.download_button import DownloadButton
from podium.components.dropdown import Dropdown
from podium.components.file import File
from podium.components.file_explorer import FileExplorer
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
from podium.components.param_viewer import ParamViewer
from podium.components.plot import Plot
from podium.components.radio import Radio
from podium.components.slider import Slider
from podium.components.state import State
from podium.components.textbox import TextArea, Textbox
from podium.components.timer import Timer
from podium.components.upload_button import UploadButton

if TYPE_CHECKING:
    from podium.components.annotated_image import AnnotatedImage
    from podium.components.audio import Audio, WaveformOptions
    from podium.components.gallery import Gallery
    from podium.components.image import Image
    from podium.components.image_editor import (
        Brush,
        Eraser,
        ImageEditor,
        ImageMask,
        LayerOptions,
        Paint,
        Sketchpad,
    )
    from podium.components.video import Video, WebcamOptions

# Media components bring codecs, XML parsing and subprocess handling with them: they
# are imported on first use (PEP 562), so `import podium` stays fast.
LAZY_COMPONENTS = {
    "AnnotatedImage": "annotated_image",
    "Audio": "audio",
    "WaveformOptions": "audio",
    "Gallery": "gallery",
    "Image": "image",
    "ImageSlider": "image_slider",
    "Brush": "image_editor",
    "Eraser": "image_editor",
    "ImageEditor": "image_editor",
    "ImageMask": "image_editor",
    "LayerOptions": "image_editor",
    "Paint": "image_editor",
    "Sketchpad": "image_editor",
    "Video": "video",
    "WebcamOptions": "video",
}


def __getattr__(name: str) -> Any:
    module = LAZY_COMPONENTS.get(name)
    if module is None:
        raise AttributeError(f"module 'podium.components' has no attribute {name!r}")
    return getattr(importlib.import_module(f"podium.components.{module}"), name)


__all__ = [
    "HTML",
    "JSON",
    "AnnotatedImage",
    "Audio",
    "BarPlot",
    "BrowserState",
    "Brush",
    "Button",
    "ChatMessage",
    "Chatbot",
    "Checkbox",
    "CheckboxGroup",
    "ClearButton",
    "Code",
    "ColorPicker",
    "Component",
    "Dataframe",
    "Dataset",
    "DateTime",
    "Dialogue",
    "DownloadButton",
    "Dropdown",
    "Eraser",
    "File",
    "FileExplorer",
    "Files",
    "Gallery",
    "HighlightedText",
    "Image",
    "ImageEditor",
    "ImageMask",
    "Label",
    "LayerOptions",
    "LinePlot",
    "Markdown",
    "MetadataDict",
    "Model3D",
    "MultimodalTextbox",
    "Number",
    "OptionDict",
    "Paint",
    "ParamViewer",
    "Plot",
    "Radio",
    "ScatterPlot",
    "Sketchpad",
    "Slider",
    "State",
    "TextArea",
    "Textbox",
    "Timer",
    "UploadButton",
    "Video",
    "WaveformOptions",
    "WebcamOptions",
    "component_from",
    "server_function",
]
