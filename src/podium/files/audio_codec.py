"""Audio decoding and encoding for the Audio component: WAV with the standard library's
`wave` (+numpy), anything else through ffmpeg when it is installed."""

from __future__ import annotations

import io
import struct
import wave
from pathlib import Path
from typing import TYPE_CHECKING, Any

from podium.files.media import MediaError, output_file, output_path, run_ffmpeg

if TYPE_CHECKING:
    import numpy as np


def _numpy() -> Any:
    import numpy  # lazily: `import podium` must stay light

    return numpy


# ---- decoding -------------------------------------------------------------------------
def _pcm_to_int16(raw: bytes, width: int) -> np.ndarray:
    np = _numpy()
    usable = len(raw) - len(raw) % width
    raw = raw[:usable]
    if width == 1:  # 8-bit WAV is unsigned
        return ((np.frombuffer(raw, dtype=np.uint8).astype(np.int16) - 128) << 8).astype(np.int16)
    if width == 2:
        return np.frombuffer(raw, dtype="<i2").astype(np.int16)
    if width == 3:
        triples = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
        high = triples[:, 2].view(np.int8).astype(np.int16) << 8
        return (high | triples[:, 1].astype(np.int16)).astype(np.int16)
    if width == 4:
        return (np.frombuffer(raw, dtype="<i4") >> 16).astype(np.int16)
    raise MediaError(f"WAV files with {width * 8}-bit samples are not supported")


def _float_to_int16(data: np.ndarray) -> np.ndarray:
    np = _numpy()
    return np.round(np.clip(np.nan_to_num(data), -1.0, 1.0) * 32767).astype(np.int16)


def _read_wav_chunks(path: Path) -> tuple[int, int, np.ndarray]:
    """WAV variants `wave` refuses: IEEE float and WAVE_FORMAT_EXTENSIBLE."""
    np = _numpy()
    blob = path.read_bytes()
    if blob[:4] != b"RIFF" or blob[8:12] != b"WAVE":
        raise MediaError("not a WAV file")
    offset, fmt, data = 12, None, None
    while offset + 8 <= len(blob):
        chunk_id, size = blob[offset:offset + 4], struct.unpack("<I", blob[offset + 4:offset + 8])[0]
        body = blob[offset + 8:offset + 8 + size]
        if chunk_id == b"fmt ":
            fmt = body
        elif chunk_id == b"data":
            data = body
        offset += 8 + size + (size & 1)
    if fmt is None or data is None or len(fmt) < 16:
        raise MediaError("WAV file without a format or data chunk")
    code, channels, rate = struct.unpack("<HHI", fmt[:8])
    bits = struct.unpack("<H", fmt[14:16])[0]
    if code == 0xFFFE and len(fmt) >= 26:
        code = struct.unpack("<H", fmt[24:26])[0]  # the sub-format GUID starts with the code
    if code == 1:
        samples = _pcm_to_int16(data, bits // 8)
    elif code == 3 and bits in (32, 64):
        floats = np.frombuffer(data[: len(data) - len(data) % (bits // 8)], dtype="<f4" if bits == 32 else "<f8")
        samples = _float_to_int16(floats)
    else:
        raise MediaError(f"WAV sample format {code} ({bits}-bit) is not supported")
    return rate, max(channels, 1), samples


def _read_wav(path: Path) -> tuple[int, np.ndarray]:
    try:
        with wave.open(str(path), "rb") as reader:
            rate, channels, width = reader.getframerate(), reader.getnchannels(), reader.getsampwidth()
            samples = _pcm_to_int16(reader.readframes(reader.getnframes()), width)
    except wave.Error:
        rate, channels, samples = _read_wav_chunks(path)
    if channels > 1:
        samples = samples[: len(samples) - len(samples) % channels].reshape(-1, channels)
    return rate, samples


def _is_wav(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(12)
    return head[:4] == b"RIFF" and head[8:12] == b"WAVE"


def _as_wav(path: Path) -> Path:
    """`path` itself if it is a WAV file, else a WAV conversion made with ffmpeg."""
    if _is_wav(path):
        return path
    return run_ffmpeg(
        f"Reading the audio file {path.name!r} (not WAV)",
        ["-i", str(path), "-vn", "-acodec", "pcm_s16le"],
        output_path(path, ".wav"),
    )


def audio_from_file(path: str | Path) -> tuple[int, np.ndarray]:
    """(sample rate, int16 samples) of an audio file: mono 1-D, else samples x channels."""
    source = Path(path)
    try:
        return _read_wav(_as_wav(source))
    except (MediaError, wave.Error, EOFError, struct.error):
        if not _is_wav(source):
            raise
        # A WAV file this reader cannot parse: ffmpeg may still read it.
        converted = run_ffmpeg(
            f"Reading the WAV file {source.name!r}",
            ["-i", str(source), "-acodec", "pcm_s16le"],
            output_path(source, ".s16.wav"),
        )
        return _read_wav(converted)


# ---- encoding -------------------------------------------------------------------------
def to_int16(data: Any) -> np.ndarray:
    """Samples as int16: floats are taken as [-1, 1], wider integers are scaled down."""
    np = _numpy()
    array = np.asarray(data)
    kind = array.dtype.kind
    if kind == "f":
        return _float_to_int16(array)
    if kind == "b" or kind not in "iu":
        raise ValueError(f"Audio samples must be integers or floats, not {array.dtype}")
    if array.dtype == np.int16:
        return array
    if kind == "u":
        bits = array.dtype.itemsize * 8
        return ((array.astype(np.int64) - (1 << (bits - 1))) >> (bits - 16)).astype(np.int16) if bits >= 16 else ((array.astype(np.int16) - 128) << 8).astype(np.int16)
    if array.dtype.itemsize == 1:
        return (array.astype(np.int16) << 8).astype(np.int16)
    if array.dtype.itemsize == 8 and array.size and int(np.abs(array).max()) <= 32767:
        return array.astype(np.int16)  # plain Python ints in the int16 range
    if array.dtype.itemsize == 8 and array.size and int(np.abs(array).max()) <= 2**31:
        return (array >> 16).astype(np.int16)
    return (array >> (array.dtype.itemsize * 8 - 16)).astype(np.int16)


def _frames(data: Any) -> tuple[np.ndarray, int]:
    """int16 samples x channels (channels-first arrays from audio libraries are turned)."""
    samples = to_int16(data)
    if samples.ndim == 1:
        return samples, 1
    if samples.ndim != 2:
        raise ValueError(f"Audio data must be 1-D (mono) or 2-D (samples x channels), not {samples.ndim}-D")
    rows, cols = samples.shape
    if rows < cols and rows <= 8 and cols > 64:
        samples = samples.T  # (channels, samples), as librosa and torchaudio give it
    return samples, samples.shape[1]


def wav_bytes(sample_rate: int, data: Any) -> bytes:
    samples, channels = _frames(data)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(2)
        writer.setframerate(int(sample_rate))
        writer.writeframes(samples.astype("<i2").tobytes())
    return buffer.getvalue()


def audio_to_file(sample_rate: int, data: Any, fmt: str = "wav") -> Path:
    """Writes samples to a WAV file (or MP3, with ffmpeg) under the temp directory."""
    wav = output_file(wav_bytes(sample_rate, data), "audio.wav")
    if fmt == "wav":
        return wav
    return convert_audio(wav, fmt)


def convert_audio(path: Path, fmt: str) -> Path:
    if fmt == "wav":
        return output_file(wav_bytes(*audio_from_file(path)), f"{path.stem or 'audio'}.wav")
    return run_ffmpeg(
        f"Converting audio to {fmt}", ["-i", str(path), "-vn"], output_path(path, f".{fmt}")
    )


_MAGIC = ((b"RIFF", ".wav"), (b"ID3", ".mp3"), (b"\xff\xfb", ".mp3"), (b"\xff\xf3", ".mp3"),
          (b"OggS", ".ogg"), (b"fLaC", ".flac"), (b"\x1a\x45\xdf\xa3", ".webm"))


def sniff_suffix(content: bytes) -> str:
    return next((suffix for magic, suffix in _MAGIC if content.startswith(magic)), ".bin")
