"""Audio: upload or record sound, or play a function's audio output.

`type="numpy"` hands the function `(sample_rate, int16 array)` — 1-D for mono, samples x
channels otherwise; `type="filepath"` hands it a path. A function may return such a
tuple (int16, other integer widths, or floats in [-1, 1]), a path, or WAV/MP3 bytes.
WAV is read and written with the standard library's `wave`; other formats go through
ffmpeg, used only if it is installed. numpy is imported only when a value needs it.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._media_options import choose_sources
from podium.components._payload import describe
from podium.files.audio_codec import audio_from_file, audio_to_file, convert_audio, sniff_suffix
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, file_data, is_file_data
from podium.files.media import output_file

if TYPE_CHECKING:
    pass

AUDIO_SOURCES = ("upload", "microphone")
AUDIO_FORMATS = ("wav", "mp3")


@dataclasses.dataclass
class WaveformOptions:
    """How the waveform is drawn (colours are CSS colours; None = the theme's)."""

    waveform_color: str | None = None
    waveform_progress_color: str | None = None
    trim_region_color: str | None = None
    show_recording_waveform: bool = True
    skip_length: int | float = 5
    sample_rate: int = 44100


class Audio(Component):
    PROPS: ClassVar[tuple[str, ...]] = (
        "streamable", "sources", "type", "streaming", "format", "autoplay", "editable", "buttons",
        "waveform_options", "loop", "recording", "subtitles", "playback_position",
    )
    stream = EventListener()
    change = EventListener()
    clear = EventListener()
    play = EventListener()
    pause = EventListener()
    stop = EventListener()
    start_recording = EventListener()
    pause_recording = EventListener()
    stop_recording = EventListener()
    upload = EventListener()
    input = EventListener()

    def __init__(
        self,
        value: str | Path | tuple[int, Any] | Any | None = None,
        *,
        sources: list[Literal["upload", "microphone"]] | Literal["upload", "microphone"] | None = None,
        type: Literal["numpy", "filepath"] = "numpy",
        label: str | None = None,
        every: float | None = None,
        inputs: Any = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        streaming: bool = False,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        format: Literal["wav", "mp3"] | None = None,
        autoplay: bool = False,
        editable: bool = True,
        buttons: list[Any] | None = None,
        waveform_options: WaveformOptions | dict[str, Any] | None = None,
        loop: bool = False,
        recording: bool = False,
        subtitles: str | Path | list[dict[str, Any]] | None = None,
        playback_position: float = 0,
        **kwargs: Any,
    ) -> None:
        chosen = choose_sources(sources, AUDIO_SOURCES, AUDIO_SOURCES, "Audio")
        if type not in ("numpy", "filepath"):
            raise ValueError(f"Audio type must be 'numpy' or 'filepath', not {type!r}")
        if format is not None and format not in AUDIO_FORMATS:
            raise ValueError(f"Audio format must be 'wav', 'mp3' or None, not {format!r}")
        if streaming and "microphone" not in chosen:
            raise ValueError("Audio streaming is only available with the 'microphone' source")
        self.sources = chosen
        self.type = type
        self.streaming = streaming
        self.streamable = streaming
        self.format = format
        self.autoplay = autoplay
        self.editable = editable
        self.buttons = ["download", "share"] if buttons is None else list(buttons)
        if isinstance(waveform_options, dict):
            waveform_options = WaveformOptions(**waveform_options)
        self.waveform_options = dataclasses.asdict(waveform_options or WaveformOptions())
        self.loop = loop
        self.recording = recording
        self.subtitles = subtitles if isinstance(subtitles, list) or subtitles is None else str(subtitles)
        self.playback_position = playback_position
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label,
            container=container, scale=scale, min_width=min_width, interactive=interactive,
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key,
            preserved_by_key=preserved_by_key, **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        if payload is not None and not is_file_data(payload):
            raise ValueError(f"expected audio file data {{'path': ..., 'meta': {{'_type': '{FILE_DATA_TYPE}'}}}}, got {describe(payload)}")

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        path = Path(payload["path"])
        if self.type == "numpy":
            return audio_from_file(path)
        if self.format is not None and path.suffix.lower() != f".{self.format}":
            return str(convert_audio(path, self.format))
        return str(path)

    def postprocess(self, value: Any) -> Any:
        if value is None:
            return None
        if is_file_data(value):
            return value
        if isinstance(value, (bytes, bytearray)):
            content = bytes(value)
            return file_data(output_file(content, f"audio{sniff_suffix(content)}"))
        if isinstance(value, tuple) and len(value) == 2:
            sample_rate, data = value
            return file_data(audio_to_file(int(sample_rate), data, self.format or "wav"))
        if isinstance(value, (str, Path)):
            path = Path(value)
            if self.format is not None and path.is_file() and path.suffix.lower() != f".{self.format}":
                path = convert_audio(path, self.format)
            return file_data(path)
        raise ValueError(
            f"Cannot show {describe(value)} as audio: return a (sample_rate, numpy array) "
            "tuple, a file path, or the bytes of an audio file"
        )

    def api_info(self) -> dict[str, Any]:
        return FILE_DATA_SCHEMA

    def example_payload(self) -> Any:
        return {
            "path": "https://github.com/gradio-app/gradio/raw/main/test/test_files/audio_sample.wav",
            "meta": {"_type": FILE_DATA_TYPE},
            "orig_name": "audio_sample.wav",
            "url": "https://github.com/gradio-app/gradio/raw/main/test/test_files/audio_sample.wav",
        }

    def example_value(self) -> Any:
        return self.example_payload()["path"]
