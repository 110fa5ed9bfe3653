"""Audio and Video: pre/postprocess for each type, sample conversion, WAV round trips, ffmpeg."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

import podium as gr
from podium.files.file_data import FILE_DATA_TYPE, file_data, is_file_data

needs_ffmpeg = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is not installed")


def write_wav(path: Path, samples: np.ndarray, rate: int = 8000, width: int = 2) -> Path:
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        writer.writeframes(samples.tobytes())
    return path


def read_wav(path: str | Path) -> tuple[int, int, np.ndarray]:
    with wave.open(str(path), "rb") as reader:
        assert reader.getsampwidth() == 2
        data = np.frombuffer(reader.readframes(reader.getnframes()), dtype="<i2")
        return reader.getframerate(), reader.getnchannels(), data


def payload(path: Path) -> dict:
    return file_data(path)


# ---- Audio: preprocess ------------------------------------------------------------------
def test_numpy_preprocess_gives_rate_and_int16_mono(tmp_path: Path):
    samples = np.array([0, 1000, -1000, 32767, -32768], dtype=np.int16)
    rate, data = gr.Audio().preprocess(payload(write_wav(tmp_path / "a.wav", samples, 16000)))
    assert rate == 16000
    assert data.dtype == np.int16 and data.ndim == 1
    assert data.tolist() == samples.tolist()


def test_numpy_preprocess_stereo_is_samples_by_channels(tmp_path: Path):
    stereo = np.array([[1, -1], [2, -2], [3, -3]], dtype=np.int16)
    _rate, data = gr.Audio().preprocess(payload(write_wav(tmp_path / "s.wav", stereo)))
    assert data.shape == (3, 2)
    assert data.tolist() == stereo.tolist()


def test_numpy_preprocess_converts_8_24_and_32_bit_wav(tmp_path: Path):
    eight = write_wav(tmp_path / "8.wav", np.array([128, 255, 0], dtype=np.uint8), width=1)
    assert gr.Audio().preprocess(payload(eight))[1].tolist() == [0, 127 << 8, -32768]
    raw24 = b"".join(struct.pack("<i", v)[:3] for v in (0, 0x123456, -0x123456))
    path24 = tmp_path / "24.wav"
    with wave.open(str(path24), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(3)
        writer.setframerate(8000)
        writer.writeframes(raw24)
    assert gr.Audio().preprocess(payload(path24))[1].tolist() == [0, 0x1234, -0x1235]
    thirty_two = write_wav(tmp_path / "32.wav", np.array([1 << 16, -(1 << 30)], dtype="<i4"), width=4)
    assert gr.Audio().preprocess(payload(thirty_two))[1].tolist() == [1, -(1 << 14)]


def test_numpy_preprocess_reads_float_wav(tmp_path: Path):
    floats = np.array([0.0, 0.5, -1.0], dtype="<f4").tobytes()
    fmt = struct.pack("<HHIIHH", 3, 1, 8000, 8000 * 4, 4, 32)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(floats)) + floats
    path = tmp_path / "float.wav"
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    rate, data = gr.Audio().preprocess(payload(path))
    assert rate == 8000
    assert data.tolist() == [0, 16384, -32767]


def test_filepath_preprocess_gives_the_path(tmp_path: Path):
    wav = write_wav(tmp_path / "a.wav", np.zeros(4, dtype=np.int16))
    assert gr.Audio(type="filepath").preprocess(payload(wav)) == str(wav)
    assert gr.Audio().preprocess(None) is None


def test_a_non_wav_file_without_ffmpeg_gets_a_clear_message(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    clip = tmp_path / "clip.webm"
    clip.write_bytes(b"\x1a\x45\xdf\xa3not really webm")
    with pytest.raises(ValueError, match=r"needs ffmpeg, which was not found\. Install ffmpeg"):
        gr.Audio().preprocess(payload(clip))
    with pytest.raises(ValueError, match="needs ffmpeg"):
        gr.Audio(format="mp3").postprocess((8000, np.zeros(8, dtype=np.int16)))


# ---- Audio: postprocess -----------------------------------------------------------------
def test_postprocess_int16_tuple_writes_a_wav_file():
    samples = np.array([0, 100, -100, 32767], dtype=np.int16)
    out = gr.Audio().postprocess((22050, samples))
    assert is_file_data(out)
    assert out["path"].endswith(".wav") and out["mime_type"] in ("audio/wav", "audio/x-wav")
    rate, channels, data = read_wav(out["path"])
    assert (rate, channels, data.tolist()) == (22050, 1, samples.tolist())


def test_postprocess_float_in_unit_range_is_scaled_and_clipped():
    out = gr.Audio().postprocess((8000, np.array([0.0, 0.5, -0.5, 1.0, -1.0, 2.0], dtype=np.float32)))
    assert read_wav(out["path"])[2].tolist() == [0, 16384, -16384, 32767, -32767, 32767]


def test_postprocess_other_integer_widths():
    as_int32 = gr.Audio().postprocess((8000, np.array([1 << 16, -(1 << 31)], dtype=np.int32)))
    assert read_wav(as_int32["path"])[2].tolist() == [1, -32768]
    python_ints = gr.Audio().postprocess((8000, np.array([5, -7])))  # int64 in int16 range
    assert read_wav(python_ints["path"])[2].tolist() == [5, -7]
    unsigned = gr.Audio().postprocess((8000, np.array([128, 0], dtype=np.uint8)))
    assert read_wav(unsigned["path"])[2].tolist() == [0, -32768]


def test_postprocess_stereo_and_channels_first_arrays():
    stereo = np.array([[1, -1], [2, -2], [3, -3]], dtype=np.int16)
    _rate, channels, data = read_wav(gr.Audio().postprocess((8000, stereo))["path"])
    assert channels == 2 and data.tolist() == [1, -1, 2, -2, 3, -3]
    first = np.stack([np.arange(100), -np.arange(100)]).astype(np.int16)  # (channels, samples)
    _, channels, data = read_wav(gr.Audio().postprocess((8000, first))["path"])
    assert channels == 2 and data[:4].tolist() == [0, 0, 1, -1]


def test_wav_round_trip_through_pre_and_postprocess():
    rng = np.random.default_rng(0)
    original = rng.integers(-32768, 32767, size=(500, 2), dtype=np.int16)
    audio = gr.Audio()
    rate, back = audio.preprocess(audio.postprocess((44100, original)))
    assert rate == 44100 and np.array_equal(back, original)


def test_postprocess_path_bytes_and_none(tmp_path: Path):
    wav = write_wav(tmp_path / "in.wav", np.zeros(4, dtype=np.int16))
    out = gr.Audio().postprocess(str(wav))
    assert out["path"] == str(wav) and out["orig_name"] == "in.wav"
    data = gr.Audio().postprocess(wav.read_bytes())
    assert data["path"].endswith(".wav") and Path(data["path"]).read_bytes() == wav.read_bytes()
    assert gr.Audio().postprocess(None) is None
    with pytest.raises(ValueError, match="Cannot show"):
        gr.Audio().postprocess(3.5)


@needs_ffmpeg
def test_mp3_format_and_webm_input_with_ffmpeg(tmp_path: Path):
    tone = (np.sin(np.arange(8000) / 8000 * 2 * np.pi * 440) * 0.5).astype(np.float32)
    out = gr.Audio(format="mp3").postprocess((8000, tone))
    assert out["path"].endswith(".mp3") and out["mime_type"] == "audio/mpeg"
    webm = tmp_path / "clip.webm"
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", out["path"], "-c:a", "libopus", str(webm)], check=True)
    rate, data = gr.Audio().preprocess(file_data(webm))
    assert rate == 48000 and data.dtype == np.int16 and np.abs(data).max() > 10000
    as_wav = gr.Audio(type="filepath", format="wav").preprocess(file_data(webm))
    assert as_wav.endswith(".wav") and read_wav(as_wav)[0] == 48000


def test_audio_config_props_and_validation():
    audio = gr.Audio(sources="microphone", waveform_options=gr.WaveformOptions(waveform_color="red"))
    props = audio.get_config()["props"] if "props" in audio.get_config() else audio.get_config()
    assert props["sources"] == ["microphone"]
    assert props["type"] == "numpy" and props["format"] is None and props["editable"] is True
    assert props["waveform_options"]["waveform_color"] == "red"
    assert props["waveform_options"]["skip_length"] == 5
    assert props["buttons"] == ["download", "share"]
    with pytest.raises(ValueError, match="sources"):
        gr.Audio(sources=["webcam"])
    with pytest.raises(ValueError, match="type"):
        gr.Audio(type="pil")
    with pytest.raises(ValueError, match="format"):
        gr.Audio(format="ogg")
    audio.check_payload(None)
    audio.check_payload({"path": "x.wav", "meta": {"_type": FILE_DATA_TYPE}})
    with pytest.raises(ValueError, match="expected audio file data"):
        audio.check_payload("x.wav")


def test_shortcuts_and_no_numpy_on_import():
    assert isinstance(gr.components.component_from("audio"), gr.Audio)
    assert isinstance(gr.components.component_from("video"), gr.Video)
    code = "import sys, podium; podium.Audio(); podium.Video(); print('numpy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# ---- Video --------------------------------------------------------------------------------
def test_video_preprocess_gives_a_path_and_postprocess_passes_playable_files(tmp_path: Path):
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\0\0\0\x18ftypmp42 not a real video")
    video = gr.Video()
    assert video.preprocess(file_data(clip)) == str(clip)
    assert video.preprocess(None) is None
    out = video.postprocess(str(clip))
    assert out["path"] == str(clip) and out["mime_type"] == "video/mp4"
    assert video.postprocess(None) is None and video.postprocess((None, None)) is None


def test_video_with_subtitles_turns_srt_into_webvtt(tmp_path: Path):
    clip = tmp_path / "clip.webm"
    clip.write_bytes(b"\x1a\x45\xdf\xa3")
    srt = tmp_path / "captions.srt"
    srt.write_text("1\n00:00:00,000 --> 00:00:01,500\nHello there\n")
    out = gr.Video().postprocess((str(clip), str(srt)))
    assert out["video"]["path"] == str(clip)
    vtt = Path(out["subtitles"]["path"])
    assert vtt.suffix == ".vtt"
    assert vtt.read_text() == "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\nHello there\n"
    assert gr.Video().preprocess(out) == str(clip)  # Gradio 4/5's {video, subtitles} input
    with pytest.raises(ValueError, match=r"\.srt or \.vtt"):
        gr.Video().postprocess((str(clip), str(clip)))


def test_video_format_conversion_without_ffmpeg_says_what_to_install(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\0")
    with pytest.raises(ValueError, match=r"to webm needs ffmpeg, which was not found\. Install ffmpeg"):
        gr.Video(format="webm").postprocess(str(clip))
    with pytest.raises(ValueError, match="needs ffmpeg"):
        gr.Video(format="webm").preprocess(file_data(clip))
    avi = tmp_path / "clip.avi"
    avi.write_bytes(b"RIFF")
    assert gr.Video().postprocess(str(avi))["path"] == str(avi)  # no ffmpeg: offered as is


@needs_ffmpeg
def test_video_format_conversion_with_ffmpeg(tmp_path: Path):
    clip = tmp_path / "clip.mp4"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=0.5",
         "-pix_fmt", "yuv420p", str(clip)],
        check=True,
    )
    out = gr.Video(format="webm").postprocess(str(clip))
    assert out["path"].endswith(".webm") and Path(out["path"]).read_bytes()[:4] == b"\x1a\x45\xdf\xa3"


def test_video_config_props():
    video = gr.Video(sources="webcam", webcam_options=gr.WebcamOptions(mirror=False), height=240)
    config = video.get_config()
    props = config.get("props", config)
    assert props["sources"] == ["webcam"]
    assert props["include_audio"] is False  # webcam only: Gradio's default
    assert gr.Video().get_config().get("props", gr.Video().get_config())["include_audio"] is True
    assert props["webcam_options"] == {"mirror": False, "constraints": None}
    assert props["height"] == 240 and props["buttons"] == ["download"]
    with pytest.raises(ValueError, match="sources"):
        gr.Video(sources=["microphone"])


def test_wav_bytes_helper_is_a_valid_wav():
    from podium.files.audio_codec import wav_bytes

    blob = wav_bytes(8000, np.array([1, 2, 3], dtype=np.int16))
    with wave.open(io.BytesIO(blob)) as reader:
        assert reader.getnframes() == 3
