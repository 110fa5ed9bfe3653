import { describe, expect, it } from "vitest";
import { cameraConstraints, cssSize, firstImage, isImageFile, mirrored, pixelAt, sourcesOf } from "./geometry";

describe("pixelAt", () => {
  const box = { left: 10, top: 20, width: 200, height: 100 };
  it("maps a click to image pixels through object-fit: contain", () => {
    // 400×100 image shown at scale 0.5 → 200×50, centred vertically (offset 25).
    expect(pixelAt(10, 45, box, 400, 100)).toEqual([0, 0]);
    expect(pixelAt(110, 70, box, 400, 100)).toEqual([200, 50]);
    expect(pixelAt(209.9, 94.9, box, 400, 100)).toEqual([399, 99]);
  });
  it("ignores the letterbox and unsized images", () => {
    expect(pixelAt(100, 30, box, 400, 100)).toBeNull();
    expect(pixelAt(100, 50, box, 0, 0)).toBeNull();
  });
  it("scales small images up", () => {
    expect(pixelAt(10 + 50 + 25, 20 + 75, box, 4, 4)).toEqual([1, 3]);
  });
});

describe("props", () => {
  it("reads sizes, sources and webcam options", () => {
    expect(cssSize(300)).toBe("300px");
    expect(cssSize("50vh")).toBe("50vh");
    expect(cssSize(null)).toBeUndefined();
    expect(sourcesOf(undefined)).toEqual(["upload", "webcam", "clipboard"]);
    expect(sourcesOf("webcam")).toEqual(["webcam"]);
    expect(sourcesOf(["upload", "microphone"])).toEqual(["upload"]);
    expect(mirrored({ mirror: false })).toBe(false);
    expect(mirrored(null)).toBe(true);
    expect(cameraConstraints(null)).toEqual({ video: true, audio: false });
    expect(cameraConstraints({ constraints: { width: 640 } })).toEqual({ video: { width: 640 }, audio: false });
    expect(cameraConstraints({ constraints: { video: { facingMode: "user" } } })).toEqual({ video: { facingMode: "user" }, audio: false });
  });
  it("recognises image files", () => {
    expect(isImageFile({ name: "a.PNG", type: "" })).toBe(true);
    expect(isImageFile({ name: "x", type: "image/webp" })).toBe(true);
    expect(isImageFile({ name: "a.pdf", type: "application/pdf" })).toBe(false);
    expect(firstImage([{ name: "a.txt", type: "text/plain" }, { name: "b.jpg", type: "image/jpeg" }])?.name).toBe("b.jpg");
  });
});
