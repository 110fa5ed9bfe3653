import { describe, expect, it } from "vitest";
import { columnCount, isVideo, step, toItems, toWire } from "./items";

const ctx = { root: "http://h", apiPrefix: "/gradio_api" };
const fd = (path: string, mime: string | null = null) => ({ path, url: null, size: 1, orig_name: null, mime_type: mime, is_stream: false, meta: { _type: "gradio.FileData" } });

describe("gallery items", () => {
  it("reads Gradio's wire items with captions and resolves URLs", () => {
    const items = toItems([{ image: fd("/c/a.png"), caption: "A" }, { video: fd("/c/b.mp4", "video/mp4"), caption: null }], ctx);
    expect(items.map((i) => [i.kind, i.caption])).toEqual([["image", "A"], ["video", null]]);
    expect(items[0]!.file.url).toBe("http://h/gradio_api/file=/c/a.png");
    expect(toWire(items[0]!)).toEqual({ image: items[0]!.file, caption: "A" });
  });
  it("accepts bare URLs and tuples, skips junk", () => {
    const items = toItems(["https://x/y.webm", ["https://x/z.png", 3], 5, null], ctx);
    expect(items.map((i) => [i.kind, i.caption])).toEqual([["video", null], ["image", "3"]]);
    expect(toItems(null, ctx)).toEqual([]);
  });
  it("detects videos", () => {
    expect(isVideo({ name: "a.MOV", type: "" })).toBe(true);
    expect(isVideo({ name: "a.png", type: "image/png" })).toBe(false);
  });
  it("counts columns", () => {
    expect(columnCount(4, 10, true, 1000)).toBe(4);
    expect(columnCount(4, 2, true, 1000)).toBe(2);
    expect(columnCount(4, 2, false, 1000)).toBe(4);
    expect(columnCount(6, 10, true, 250)).toBe(2);
    expect(columnCount(null, 10, true, 0)).toBe(2);
  });
  it("wraps navigation", () => {
    expect(step(0, -1, 3)).toBe(2);
    expect(step(2, 1, 3)).toBe(0);
  });
});
