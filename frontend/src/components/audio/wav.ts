/** Pure audio helpers: WAV encoding, waveform peaks, time formatting. */

export interface PcmLike {
  sampleRate: number;
  numberOfChannels: number;
  length: number;
  getChannelData(channel: number): Float32Array;
}

/** 16-bit PCM WAV of (part of) decoded audio: samples [start, end) of every channel. */
export function encodeWav(audio: PcmLike, start = 0, end = audio.length): Blob {
  const from = Math.max(0, Math.min(audio.length, Math.floor(start)));
  const to = Math.max(from, Math.min(audio.length, Math.floor(end)));
  const frames = to - from;
  const channels = Math.max(1, Math.min(audio.numberOfChannels, 8));
  const data = Array.from({ length: channels }, (_, c) => audio.getChannelData(c));
  const bytes = frames * channels * 2;
  const buffer = new ArrayBuffer(44 + bytes);
  const view = new DataView(buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, "RIFF");
  view.setUint32(4, 36 + bytes, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, channels, true);
  view.setUint32(24, audio.sampleRate, true);
  view.setUint32(28, audio.sampleRate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, bytes, true);
  let at = 44;
  for (let i = from; i < to; i++) {
    for (let c = 0; c < channels; c++) {
      const s = Math.max(-1, Math.min(1, data[c]![i] ?? 0));
      view.setInt16(at, Math.round(s < 0 ? s * 32768 : s * 32767), true);
      at += 2;
    }
  }
  return new Blob([buffer], { type: "audio/wav" });
}

/** Peak absolute amplitude (0..1) of each of `buckets` equal slices, over all channels. */
export function peaks(audio: PcmLike, buckets: number): number[] {
  const n = Math.max(1, Math.floor(buckets));
  const out = new Array<number>(n).fill(0);
  if (!audio.length) return out;
  const per = audio.length / n;
  for (let c = 0; c < audio.numberOfChannels; c++) {
    const data = audio.getChannelData(c);
    for (let b = 0; b < n; b++) {
      const start = Math.floor(b * per);
      const end = Math.min(audio.length, Math.max(start + 1, Math.floor((b + 1) * per)));
      // Long slices are sampled (every k-th value) to keep drawing cheap.
      const step = Math.max(1, Math.floor((end - start) / 2000));
      let peak = out[b]!;
      for (let i = start; i < end; i += step) {
        const v = Math.abs(data[i]!);
        if (v > peak) peak = v;
      }
      out[b] = Math.min(1, peak);
    }
  }
  return out;
}

/** 75.4 → "1:15"; 3725 → "1:02:05". */
export function formatTime(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) seconds = 0;
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

/** The best MediaRecorder type this browser offers among `candidates` ("" = its default). */
export function pickMimeType(candidates: string[], isSupported: (t: string) => boolean): string {
  return candidates.find((t) => {
    try {
      return isSupported(t);
    } catch {
      return false;
    }
  }) ?? "";
}

/** File extension for a recorded blob's type ("video/webm;codecs=vp8" → "webm"). */
export function extensionFor(mime: string, fallback: string): string {
  const sub = mime.split(";")[0]!.split("/")[1] ?? "";
  if (sub === "x-matroska") return "mkv";
  if (sub === "mpeg") return "mp3";
  return /^[a-z0-9]{2,5}$/.test(sub) ? sub : fallback;
}
