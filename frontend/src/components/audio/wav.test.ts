import { describe, expect, it } from "vitest";
import { encodeWav, extensionFor, formatTime, peaks, pickMimeType, type PcmLike } from "./wav";

function pcm(channels: number[][], sampleRate = 8000): PcmLike {
  return {
    sampleRate,
    numberOfChannels: channels.length,
    length: channels[0]!.length,
    getChannelData: (c) => Float32Array.from(channels[c]!),
  };
}

describe("encodeWav", () => {
  it("writes a 16-bit PCM header and interleaved samples", async () => {
    const blob = encodeWav(pcm([[0, 1, -1], [0.5, -0.5, 0]]));
    const view = new DataView(await blob.arrayBuffer());
    const tag = (at: number) => String.fromCharCode(...new Uint8Array(view.buffer, at, 4));
    expect(tag(0)).toBe("RIFF");
    expect(tag(8)).toBe("WAVE");
    expect(view.getUint16(22, true)).toBe(2);
    expect(view.getUint32(24, true)).toBe(8000);
    expect(view.getUint32(40, true)).toBe(12);
    const samples = [0, 1, 2, 3, 4, 5].map((i) => view.getInt16(44 + i * 2, true));
    expect(samples).toEqual([0, 16384, 32767, -16384, -32768, 0]);
  });

  it("keeps only the trimmed range", async () => {
    const blob = encodeWav(pcm([[0.1, 0.2, 0.3, 0.4]]), 1, 3);
    expect(blob.size).toBe(44 + 4);
  });
});

describe("peaks", () => {
  it("takes the loudest sample of each slice over all channels", () => {
    expect(peaks(pcm([[0, 0.5, -0.25, 0], [0.125, 0, 0, -0.75]]), 2)).toEqual([0.5, 0.75]);
  });
  it("is all zeros for empty audio", () => {
    expect(peaks(pcm([[]]), 3)).toEqual([0, 0, 0]);
  });
});

describe("formatTime / pickMimeType / extensionFor", () => {
  it("formats minutes and hours", () => {
    expect(formatTime(75.4)).toBe("1:15");
    expect(formatTime(3725)).toBe("1:02:05");
    expect(formatTime(Number.NaN)).toBe("0:00");
  });
  it("picks the first supported type", () => {
    expect(pickMimeType(["a", "b"], (t) => t === "b")).toBe("b");
    expect(pickMimeType(["a"], () => false)).toBe("");
  });
  it("maps a recorder type to an extension", () => {
    expect(extensionFor("video/webm;codecs=vp8,opus", "bin")).toBe("webm");
    expect(extensionFor("audio/mp4", "bin")).toBe("mp4");
    expect(extensionFor("", "webm")).toBe("webm");
  });
});
