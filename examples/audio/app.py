"""Audio effects: upload or record a clip, then reverse it, change its gain or speed.

Run with `python examples/audio/app.py` (or `podium examples/audio/app.py`).
"""

import numpy as np

import podium as gr


def process(audio, gain_db, reverse, speed):
    """(sample_rate, int16 samples) in, the processed clip out — numpy all the way."""
    if audio is None:
        raise gr.Error("Upload or record a clip first.")
    rate, samples = audio
    out = samples.astype(np.float32) / 32768.0
    out = out * (10 ** (gain_db / 20))
    if reverse:
        out = out[::-1]
    seconds = len(out) / rate
    details = f"{seconds:.2f} s at {rate} Hz, {1 if out.ndim == 1 else out.shape[1]} channel(s)"
    return (int(rate * speed), np.clip(out, -1.0, 1.0)), details


def tone(frequency):
    """A one-second sine tone, to try the app without a microphone."""
    rate = 22050
    t = np.arange(rate) / rate
    envelope = np.minimum(1, np.minimum(t, 1 - t) * 8) * (0.55 + 0.45 * np.sin(2 * np.pi * 3 * t) ** 2)
    return rate, (0.8 * envelope * np.sin(2 * np.pi * frequency * t)).astype(np.float32)


with gr.Blocks(title="Audio effects") as demo:
    gr.Markdown("# Audio effects\nUpload a file or record from your microphone, then press **Apply**.")
    with gr.Row():
        with gr.Column():
            source = gr.Audio(label="Input clip", sources=["upload", "microphone"])
            with gr.Row():
                frequency = gr.Slider(110, 880, value=440, step=1, label="Tone frequency (Hz)", scale=2)
                make_tone = gr.Button("Make a test tone", scale=1)
            gain = gr.Slider(-24, 12, value=0, step=1, label="Gain (dB)")
            speed = gr.Slider(0.5, 2.0, value=1.0, step=0.05, label="Speed")
            backwards = gr.Checkbox(label="Reverse")
            apply = gr.Button("Apply", variant="primary")
        with gr.Column():
            result = gr.Audio(label="Result", interactive=False)
            info = gr.Textbox(label="Details", interactive=False)

    make_tone.click(tone, frequency, source)
    apply.click(process, [source, gain, backwards, speed], [result, info], api_name="process")
    source.stop_recording(process, [source, gain, backwards, speed], [result, info])

if __name__ == "__main__":
    demo.launch()
