import { describe, expect, it } from "vitest";
import { autoSize, brushOptions, canvasSize, eraserSize, layerOptions, nextLayerName, paletteColor, toolsOf } from "./options";

describe("brushOptions", () => {
  it("reads the palette, the starting colour and the colour mode", () => {
    const brush = brushOptions({ default_size: 12, colors: ["#ff0000", ["#00ff00", 0.5]], default_color: "#0000ff", color_mode: "fixed" });
    expect(brush).toEqual({
      size: 12,
      palette: [{ color: "#ff0000", opacity: 1 }, { color: "#00ff00", opacity: 0.5 }],
      initial: { color: "#0000ff", opacity: 1 },
      mode: "fixed",
    });
  });
  it("starts with the first palette colour, and knows when the brush is off", () => {
    expect(brushOptions({ default_size: "auto", colors: "red" })?.initial).toEqual({ color: "red", opacity: 1 });
    expect(brushOptions({})?.palette).toEqual([{ color: "#000000", opacity: 1 }]);
    expect(brushOptions({})?.size).toBe("auto");
    expect(brushOptions(false)).toBeNull();
  });
  it("clamps opacities and ignores malformed colours", () => {
    expect(paletteColor(["#fff", 3])).toEqual({ color: "#fff", opacity: 1 });
    expect(paletteColor(42)).toBeNull();
  });
});

describe("tools, sizes and layers", () => {
  it("offers only the tools the config allows, in order", () => {
    expect(toolsOf(brushOptions({}), "auto", ["resize", "crop"])).toEqual(["brush", "eraser", "crop", "resize"]);
    expect(toolsOf(null, null, [])).toEqual([]);
    expect(eraserSize(false)).toBeNull();
    expect(eraserSize({ default_size: 9 })).toBe(9);
  });
  it("scales the automatic size with the canvas", () => {
    expect(autoSize(800, 800)).toBe(27);
    expect(autoSize(60, 40)).toBe(3);
  });
  it("reads layer options; a disabled panel allows no new layers", () => {
    expect(layerOptions({ layers: ["sky"], allow_additional_layers: true, disabled: false })).toEqual({ names: ["sky"], allowAdd: true, disabled: false });
    expect(layerOptions({ disabled: true })).toEqual({ names: ["Layer 1"], allowAdd: false, disabled: true });
    expect(nextLayerName(["Layer 1", "Layer 3"])).toBe("Layer 4");
    expect(nextLayerName(["sky"])).toBe("Layer 2");
  });
  it("falls back to 800×800 for a bad canvas size", () => {
    expect(canvasSize([640, 480])).toEqual([640, 480]);
    expect(canvasSize("big")).toEqual([800, 800]);
  });
});
