"""Podium: turn any Python function into a web app with an automatic API.

    import podium as pd
    pd.Interface(lambda name: f"Hello {name}!", "text", "text").launch()

The names here follow Gradio's, so `import podium as gr` runs an existing Gradio app.
"""

from typing import TYPE_CHECKING, Any

from podium import components, mcp
from podium._version import __version__
from podium.blocks.blocks import Blocks
from podium.blocks.event_data import (
    CopyData,
    DeletedFileData,
    DownloadData,
    EditData,
    EventData,
    KeyUpData,
    LikeData,
    RetryData,
    SelectData,
    UndoData,
)
from podium.blocks.events import on
from podium.blocks.examples import Examples
from podium.blocks.renderable import render
from podium.blocks.updates import skip, update
from podium.chat_interface import ChatInterface
from podium.components import (
    HTML,
    JSON,
    BarPlot,
    BrowserState,
    Button,
    Chatbot,
    ChatMessage,
    Checkbox,
    CheckboxGroup,
    ClearButton,
    Code,
    ColorPicker,
    Dataframe,
    Dataset,
    DateTime,
    Dialogue,
    DownloadButton,
    Dropdown,
    File,
    FileExplorer,
    Files,
    HighlightedText,
    Label,
    LinePlot,
    Markdown,
    MetadataDict,
    Model3D,
    MultimodalTextbox,
    Number,
    OptionDict,
    ParamViewer,
    Plot,
    Radio,
    ScatterPlot,
    Slider,
    State,
    TextArea,
    Textbox,
    Timer,
    UploadButton,
)
from podium.exceptions import Error, Info, Warning
from podium.files.sizes import FileSize
from podium.interface import Interface
from podium.layouts import (
    Accordion,
    Column,
    Group,
    Row,
    Sidebar,
    Step,
    Tab,
    TabItem,
    Tabs,
    Walkthrough,
)
from podium.progress import Progress
from podium.request import Request
from podium.tabbed_interface import TabbedInterface

if TYPE_CHECKING:
    from podium import themes
    from podium.components import Audio, Image, Video, WaveformOptions, WebcamOptions
    from podium.components.annotated_image import AnnotatedImage
    from podium.components.gallery import Gallery
    from podium.components.image_editor import (
        Brush,
        Eraser,
        ImageEditor,
        ImageMask,
        LayerOptions,
        Paint,
        Sketchpad,
    )
    from podium.components.image_slider import ImageSlider
    from podium.flagging import CSVLogger, FlaggingCallback, SimpleCSVLogger


# Flagging loads on first use too (csv and friends): name -> module.
_LAZY_ATTRIBUTES = {
    "CSVLogger": "podium.flagging",
    "FlaggingCallback": "podium.flagging",
    "SimpleCSVLogger": "podium.flagging",
}


def __getattr__(name: str) -> Any:
    """Media components load on first use (see podium.components.LAZY_COMPONENTS)."""
    if name in components.LAZY_COMPONENTS:
        return getattr(components, name)
    if name in _LAZY_ATTRIBUTES:
        import importlib

        return getattr(importlib.import_module(_LAZY_ATTRIBUTES[name]), name)
    if name == "themes":
        # Themes load on first use: most apps never touch gr.themes.
        import importlib

        return importlib.import_module("podium.themes")
    raise AttributeError(f"module 'podium' has no attribute {name!r}")


def mount_gradio_app(app: Any, blocks: Blocks, path: str, **app_kwargs: Any) -> Any:
    """Mounts `blocks` at `path` of a FastAPI or Starlette app (loads the server stack)."""
    # Imported on use so that `import podium` does not load Starlette.
    from podium.server.mount import mount_gradio_app as mount

    return mount(app, blocks, path, **app_kwargs)


# Gradio spells Textbox two ways.
Text = Textbox

__all__ = [
    "HTML",
    "JSON",
    "Accordion",
    "AnnotatedImage",
    "Audio",
    "BarPlot",
    "Blocks",
    "BrowserState",
    "Brush",
    "Button",
    "CSVLogger",
    "ChatInterface",
    "ChatMessage",
    "Chatbot",
    "Checkbox",
    "CheckboxGroup",
    "ClearButton",
    "Code",
    "ColorPicker",
    "Column",
    "CopyData",
    "Dataframe",
    "Dataset",
    "DateTime",
    "DeletedFileData",
    "Dialogue",
    "DownloadButton",
    "DownloadData",
    "Dropdown",
    "EditData",
    "Eraser",
    "Error",
    "EventData",
    "Examples",
    "File",
    "FileExplorer",
    "FileSize",
    "Files",
    "FlaggingCallback",
    "Gallery",
    "Group",
    "HighlightedText",
    "Image",
    "ImageEditor",
    "ImageMask",
    "ImageSlider",
    "Info",
    "Interface",
    "KeyUpData",
    "Label",
    "LayerOptions",
    "LikeData",
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
    "Progress",
    "Radio",
    "Request",
    "RetryData",
    "Row",
    "ScatterPlot",
    "SelectData",
    "Sidebar",
    "SimpleCSVLogger",
    "Sketchpad",
    "Slider",
    "State",
    "Step",
    "Tab",
    "TabItem",
    "TabbedInterface",
    "Tabs",
    "Text",
    "TextArea",
    "Textbox",
    "Timer",
    "UndoData",
    "UploadButton",
    "Video",
    "Walkthrough",
    "Warning",
    "WaveformOptions",
    "WebcamOptions",
    "__version__",
    "mcp",
    "mount_gradio_app",
    "on",
    "render",
    "skip",
    "themes",
    "update",
]
