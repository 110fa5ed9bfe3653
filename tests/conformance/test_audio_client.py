"""The real gradio_client with handle_file against a Podium audio app: samples come back right."""

from __future__ import annotations

import tempfile
import wave
from pathlib import Path

import numpy as np
import pytest
from gradio_client import Client, handle_file

import podium as gr


def reverse(audio: tuple[int, np.ndarray]) -> tuple[int, np.ndarray]:
    rate, samples = audio
    return rate, samples[::-1]


def gain(audio: tuple[int, np.ndarray], factor: float) -> tuple[int, np.ndarray]:
    rate, samples = audio
    return rate, samples.astype(np.float64) / 32768 * factor  # floats in [-1, 1]


def describe(path: str) -> str:
    with wave.open(path) as reader:
        return f"{reader.getframerate()} Hz, {reader.getnchannels()} ch, {reader.getnframes()} frames"


def write_wav(path: Path, samples: np.ndarray, rate: int) -> Path:
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1 if samples.ndim == 1 else samples.shape[1])
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(samples.astype("<i2").tobytes())
    return path


def read_wav(path: str) -> tuple[int, np.ndarray]:
    with wave.open(path) as reader:
        data = np.frombuffer(reader.readframes(reader.getnframes()), dtype="<i2")
        channels = reader.getnchannels()
        return reader.getframerate(), data.reshape(-1, channels) if channels > 1 else data


@pytest.fixture
def client(serve) -> Client:
    with gr.Blocks() as demo:
        source = gr.Audio(label="Clip")
        path_in = gr.Audio(type="filepath", label="As path")
        factor = gr.Number(value=0.5, label="Factor")
        out = gr.Audio(label="Out")
        info = gr.Textbox()
        gr.Button().click(reverse, source, out, api_name="reverse")
        gr.Button().click(gain, [source, factor], out, api_name="gain")
        gr.Button().click(describe, path_in, info, api_name="describe")
    return Client(serve(demo), verbose=False, download_files=tempfile.mkdtemp())


def test_reverse_returns_the_samples_reversed(client: Client, tmp_path: Path):
    rng = np.random.default_rng(1)
    samples = rng.integers(-20000, 20000, size=4000).astype(np.int16)
    result = client.predict(handle_file(str(write_wav(tmp_path / "in.wav", samples, 16000))), api_name="/reverse")
    assert Path(result).suffix == ".wav"
    rate, back = read_wav(result)
    assert rate == 16000
    assert np.array_equal(back, samples[::-1])


def test_stereo_survives_the_round_trip(client: Client, tmp_path: Path):
    stereo = np.stack([np.arange(-500, 500), np.arange(500, -500, -1)], axis=1).astype(np.int16)
    result = client.predict(handle_file(str(write_wav(tmp_path / "st.wav", stereo, 8000))), api_name="/reverse")
    rate, back = read_wav(result)
    assert rate == 8000 and back.shape == (1000, 2)
    assert np.array_equal(back, stereo[::-1])


def test_float_output_is_converted_to_int16(client: Client, tmp_path: Path):
    samples = np.array([0, 16384, -16384, 32767, -32768] * 100, dtype=np.int16)
    result = client.predict(handle_file(str(write_wav(tmp_path / "g.wav", samples, 22050))), 0.5, api_name="/gain")
    rate, back = read_wav(result)
    assert rate == 22050
    expected = np.round(samples.astype(np.float64) / 32768 * 0.5 * 32767).astype(np.int16)
    assert np.array_equal(back, expected)


def test_filepath_input_and_api_description(client: Client, tmp_path: Path):
    path = write_wav(tmp_path / "d.wav", np.zeros(300, dtype=np.int16), 11025)
    assert client.predict(handle_file(str(path)), api_name="/describe") == "11025 Hz, 1 ch, 300 frames"
    info = client.view_api(return_format="dict", print_info=False)
    parameter = info["named_endpoints"]["/reverse"]["parameters"][0]
    assert parameter["component"] == "Audio"
    assert parameter["type"]["title"] == "FileData"
