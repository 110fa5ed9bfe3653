"""Audio and Video in a real browser: upload and play, record from the (fake) microphone and webcam."""

from __future__ import annotations

import shutil
import subprocess
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from playwright.sync_api import Browser, Page, expect

import podium as gr
from tests.browser.conftest import ARGS, CHROMIUM, screenshot, watched_page

# Chromium's fake devices: a beeping microphone and a test-pattern camera, no prompt.
MEDIA_ARGS = [*ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", "--autoplay-policy=no-user-gesture-required"]


@pytest.fixture(scope="module")
def media_browser(browser: Browser) -> Iterator[Browser]:
    """A second chromium with fake media devices, from the session's Playwright instance."""
    media = browser.browser_type.launch(executable_path=CHROMIUM, args=MEDIA_ARGS)
    yield media
    media.close()


@pytest.fixture
def media_page(media_browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    with watched_page(media_browser.new_context(viewport={"width": 1100, "height": 760}, permissions=["microphone", "camera"]), request, timeout_ms=15_000) as page:
        yield page


def tone_wav(path: Path, seconds: float = 1.0, rate: int = 16000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    samples = (np.sin(2 * np.pi * 330 * t) * 12000 * np.minimum(1, t * 4)).astype("<i2")
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(samples.tobytes())
    return path


def duration_of(page: Page, selector: str) -> float:
    """Waits until the media element has loaded its metadata, then returns its duration."""
    page.wait_for_function(
        f"() => {{ const m = document.querySelector({selector!r}); return m && m.readyState >= 1 && m.duration > 0; }}"
    )
    return float(page.evaluate(f"() => document.querySelector({selector!r}).duration"))


def reverse(audio: tuple[int, np.ndarray]) -> tuple[int, np.ndarray]:
    rate, samples = audio
    return rate, samples[::-1]


def test_upload_a_wav_and_play_the_processed_output(serve, media_page: Page, tmp_path: Path):
    page = media_page
    demo = gr.Interface(reverse, gr.Audio(label="Clip"), gr.Audio(label="Reversed"))
    page.goto(serve(demo))
    expect(page.get_by_role("button", name="Drop audio here")).to_be_visible()
    expect(page.get_by_role("note", name="Reversed: empty")).to_be_visible()

    page.locator(".pd-audio input[type=file]").set_input_files(str(tone_wav(tmp_path / "tone.wav", 1.5)))
    expect(page.get_by_role("slider", name="Clip: position")).to_be_visible()
    page.get_by_role("button", name="Submit").click()
    output = page.get_by_role("slider", name="Reversed: position")
    expect(output).to_be_visible()
    player = "[data-testid=audio-player]"
    assert abs(duration_of(page, f".pd-audio:has([aria-label='Reversed: position']) {player}") - 1.5) < 0.05
    expect(page.locator("canvas")).to_have_count(2)  # both waveforms drawn

    # Play through the custom controls; the position moves, then seek with the keyboard.
    page.get_by_test_id("audio-play").last.click()
    page.wait_for_function(
        "() => { const a = document.querySelectorAll('[data-testid=audio-player]')[1]; return a && a.currentTime > 0.1; }"
    )
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    page.get_by_role("button", name="Pause").click()
    output.focus()
    page.keyboard.press("Home")
    expect(output).to_have_attribute("aria-valuenow", "0")
    screenshot(page, "audio_upload_and_output")


def test_record_from_the_microphone_and_play_it_back(serve, media_page: Page):
    page = media_page
    received: list[str] = []

    def describe(audio: tuple[int, np.ndarray] | None) -> str:
        rate, samples = audio  # type: ignore[misc]
        text = f"{len(samples) / rate:.1f} s at {rate} Hz, peak {int(np.abs(samples).max())}"
        received.append(text)
        return text

    with gr.Blocks() as demo:
        mic = gr.Audio(sources=["microphone"], label="Voice")
        info = gr.Textbox(label="Received")
        mic.stop_recording(describe, mic, info)
    page.goto(serve(demo))

    page.get_by_role("button", name="Record").click()
    expect(page.get_by_test_id("recording-time")).to_be_visible()
    page.wait_for_timeout(1200)
    page.get_by_role("button", name="Stop").click()

    page.wait_for_function("() => document.querySelector('textarea, input[type=text]')?.value.includes('Hz')")
    assert received, "the recording never reached the server"
    seconds = float(received[0].split(" s")[0])
    assert 0.8 <= seconds <= 2.5, received[0]
    assert int(received[0].rsplit("peak ", 1)[1]) > 1000  # the fake microphone beeps
    assert duration_of(page, "[data-testid=audio-player]") > 0.5
    page.get_by_test_id("audio-play").click()
    page.wait_for_function("() => document.querySelector('[data-testid=audio-player]').currentTime > 0.05")
    screenshot(page, "audio_microphone_recording")


needs_ffmpeg = pytest.mark.skipif(
    shutil.which("ffmpeg") is None,
    reason="making a test video needs ffmpeg (apt-get install ffmpeg); audio tests still run",
)


@needs_ffmpeg
def test_upload_a_video_and_play_it_with_subtitles(serve, media_page: Page, tmp_path: Path):
    page = media_page
    clip = tmp_path / "clip.webm"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=15:duration=1",
         "-c:v", "libvpx", "-b:v", "200k", str(clip)],
        check=True,
    )
    captions = tmp_path / "captions.srt"
    captions.write_text("1\n00:00:00,000 --> 00:00:01,000\nA test pattern\n")

    def with_captions(path: str) -> tuple[str, str]:
        return path, str(captions)

    page.goto(serve(gr.Interface(with_captions, gr.Video(label="Clip"), gr.Video(label="Captioned"))))
    expect(page.get_by_role("button", name="Drop a video here")).to_be_visible()
    page.locator(".pd-video input[type=file]").set_input_files(str(clip))
    expect(page.get_by_role("group", name="Clip").or_(page.locator("video[aria-label=Clip]"))).to_be_visible()
    page.get_by_role("button", name="Submit").click()
    expect(page.locator("video[aria-label=Captioned]")).to_be_visible()
    assert abs(duration_of(page, "video[aria-label=Captioned]") - 1.0) < 0.1
    track = page.locator("video[aria-label=Captioned] track")
    expect(track).to_have_attribute("kind", "subtitles")
    response = page.request.get(str(track.get_attribute("src")))
    assert response.ok and response.text().startswith("WEBVTT")
    screenshot(page, "video_upload_and_output")


def test_record_from_the_webcam(serve, media_page: Page):
    page = media_page
    sizes: list[int] = []

    def size(path: str) -> str:
        sizes.append(Path(path).stat().st_size)
        return f"{Path(path).suffix} {sizes[-1]} bytes"

    with gr.Blocks() as demo:
        cam = gr.Video(sources=["webcam"], label="Camera")
        info = gr.Textbox(label="Received")
        cam.stop_recording(size, cam, info)
    page.goto(serve(demo))
    expect(page.get_by_test_id("webcam-preview")).to_be_visible()
    page.wait_for_function("() => document.querySelector('[data-testid=webcam-preview]').videoWidth > 0")
    page.get_by_role("button", name="Start recording").click()
    page.wait_for_timeout(1000)
    page.get_by_role("button", name="Stop recording").click()
    expect(page.locator("video[aria-label=Camera]")).to_be_visible()
    page.wait_for_function("() => document.querySelector('textarea, input[type=text]')?.value.includes('bytes')")
    assert sizes and sizes[0] > 1000
    screenshot(page, "video_webcam_recording")
