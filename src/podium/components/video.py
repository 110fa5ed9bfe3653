"""Video: upload or record a clip from the webcam, or play a function's video output.

The function receives a file path. It may return a path, or `(video path, subtitles
path)`; subtitles in SRT are turned into WebVTT, which browsers show. Files in formats
browsers play (mp4, webm, ogg) are passed through untouched; `format=` asks for another
container, made with ffmpeg (used only if it is installed).
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from pathlib import Path
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._media_options import choose_sources
from podium.components._payload import describe
from podium.files.file_data import FILE_DATA_SCHEMA, FILE_DATA_TYPE, file_data, is_file_data
from podium.files.media import MediaError, output_file, output_path, run_ffmpeg

VIDEO_SOURCES = ("upload", "webcam")
PLAYABLE = (".mp4", ".webm", ".ogg", ".ogv", ".m4v")

# Codecs per target container that browsers can play.
_CODECS: dict[str, list[str]] = {
    "mp4": ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-movflags", "+faststart"],
    "webm": ["-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "32", "-c:a", "libopus"],
    "ogg": ["-c:v", "libtheora", "-q:v", "7", "-c:a", "libvorbis"],
}


@dataclasses.dataclass
class WebcamOptions:
    """`mirror` flips the webcam preview; `constraints` go to getUserMedia's `video`."""

    mirror: bool = True
    constraints: dict[str, Any] | None = None


def convert_video(path: Path, fmt: str) -> Path:
    """`path` converted to the container `fmt` with ffmpeg (MediaError without it)."""
    fmt = fmt.lower().lstrip(".")
    return run_ffmpeg(
        f"Converting the video {path.name!r} to {fmt}",
        ["-i", str(path), *_CODECS.get(fmt, [])],
        output_path(path, f".{fmt}"),
    )


_SRT_TIME = re.compile(r"(\d{1,2}:\d{2}:\d{2}),(\d{3})")


def srt_to_vtt(text: str) -> str:
    """SRT subtitles as WebVTT (what a `<track>` element understands)."""
    body = _SRT_TIME.sub(r"\1.\2", text.replace("\r\n", "\n").lstrip("\ufeff"))
    return "WEBVTT\n\n" + body.lstrip()


def _subtitles(value: str | Path) -> dict[str, Any]:
    path = Path(value)
    if path.suffix.lower() == ".srt":
        vtt = srt_to_vtt(path.read_text(encoding="utf-8", errors="replace"))
        path = output_file(vtt.encode(), f"{path.stem or 'subtitles'}.vtt")
    elif path.suffix.lower() != ".vtt":
        raise ValueError(f"Subtitles must be a .srt or .vtt file, not {path.name!r}")
    return file_data(path)


class Video(Component):
    PROPS: ClassVar[tuple[str, ...]] = (
        "format", "sources", "height", "width", "webcam_options", "include_audio", "autoplay",
        "buttons", "loop", "streaming", "watermark", "subtitles", "playback_position",
    )
    change = EventListener()
    clear = EventListener()
    start_recording = EventListener()
    stop_recording = EventListener()
    stop = EventListener()
    play = EventListener()
    pause = EventListener()
    end = EventListener()
    upload = EventListener()
    input = EventListener()

    def __init__(
        self,
        value: str | Path | tuple[str | Path, str | Path | None] | Any | None = None,
        *,
        format: str | None = None,
        sources: list[Literal["upload", "webcam"]] | Literal["upload", "webcam"] | None = None,
        height: int | str | None = None,
        width: int | str | None = None,
        label: str | None = None,
        every: float | None = None,
        inputs: Any = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        webcam_options: WebcamOptions | dict[str, Any] | None = None,
        include_audio: bool | None = None,
        autoplay: bool = False,
        buttons: list[Any] | None = None,
        loop: bool = False,
        streaming: bool = False,
        watermark: Any = None,
        subtitles: str | Path | list[dict[str, Any]] | None = None,
        playback_position: float = 0,
        **kwargs: Any,
    ) -> None:
        chosen = choose_sources(sources, VIDEO_SOURCES, VIDEO_SOURCES, "Video")
        self.format = format.lower().lstrip(".") if format else None
        self.sources = chosen
        self.height = height
        self.width = width
        if isinstance(webcam_options, dict):
            webcam_options = WebcamOptions(**webcam_options)
        self.webcam_options = dataclasses.asdict(webcam_options or WebcamOptions())
        self.include_audio = include_audio if include_audio is not None else "upload" in chosen
        self.autoplay = autoplay
        self.buttons = ["download"] if buttons is None else list(buttons)
        self.loop = loop
        self.streaming = streaming
        self.watermark = watermark if isinstance(watermark, dict) else {"watermark": None, "position": "bottom-right"}
        self.subtitles = subtitles if isinstance(subtitles, list) or subtitles is None else str(subtitles)
        self.playback_position = playback_position
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label,
            container=container, scale=scale, min_width=min_width, interactive=interactive,
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key,
            preserved_by_key=preserved_by_key, **kwargs,
        )

    @property
    def value(self) -> Any:
        initial = self.initial_value
        if callable(initial):
            initial = initial()
        if isinstance(initial, (str, Path)) and isinstance(self.subtitles, str):
            initial = (initial, self.subtitles)
        return self.postprocess(initial)

    @value.setter
    def value(self, new_value: Any) -> None:
        self.initial_value = new_value

    def get_props(self) -> dict[str, Any]:
        props = super().get_props()
        if isinstance(props.get("subtitles"), str):
            props["subtitles"] = None  # travels with the value instead (see postprocess)
        return props

    def check_payload(self, payload: Any) -> None:
        video = payload.get("video") if isinstance(payload, dict) and "video" in payload else payload
        if video is not None and not is_file_data(video):
            raise ValueError(f"expected video file data {{'path': ..., 'meta': {{'_type': '{FILE_DATA_TYPE}'}}}}, got {describe(payload)}")

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        if isinstance(payload, dict) and "video" in payload:  # Gradio 4/5 spelling
            payload = payload["video"]
            if payload is None:
                return None
        path = Path(payload["path"])
        if self.format is not None and path.suffix.lower() != f".{self.format}":
            return str(convert_video(path, self.format))
        return str(path)

    def _video(self, value: Any) -> dict[str, Any]:
        if is_file_data(value):
            return value
        if not isinstance(value, (str, Path)):
            raise ValueError(f"Cannot show {describe(value)} as video: return a file path or (video path, subtitles path)")
        path = Path(value)
        if path.is_file():
            if self.format is not None and path.suffix.lower() != f".{self.format}":
                path = convert_video(path, self.format)
            elif self.format is None and path.suffix.lower() not in PLAYABLE:
                with contextlib.suppress(MediaError):  # without ffmpeg it is still downloadable
                    path = convert_video(path, "mp4")
        return file_data(path)

    def postprocess(self, value: Any) -> Any:
        if value is None or (isinstance(value, (list, tuple)) and all(item is None for item in value)):
            return None
        if isinstance(value, (list, tuple)):
            if len(value) != 2:
                raise ValueError("A video output tuple must be (video path, subtitles path)")
            video, subtitles = value
            if subtitles is None:
                return self._video(video)
            captions = subtitles if is_file_data(subtitles) else _subtitles(subtitles)
            return {"video": self._video(video), "subtitles": captions}
        if isinstance(value, dict) and "video" in value:
            return value
        return self._video(value)

    def api_info(self) -> dict[str, Any]:
        return FILE_DATA_SCHEMA

    def example_payload(self) -> Any:
        url = "https://github.com/gradio-app/gradio/raw/main/gradio/media_assets/videos/world.mp4"
        return {"path": url, "meta": {"_type": FILE_DATA_TYPE}, "orig_name": "world.mp4", "url": url}

    def example_value(self) -> Any:
        return self.example_payload()["path"]
