import { describe, expect, it } from "vitest";
import { categoryColors, isScoreMode, scoreColor, tint } from "./colors";

describe("HighlightedText colours", () => {
  it("gives categories stable colours, honouring color_map", () => {
    const colors = categoryColors([null, "animal", "verb", "animal"], { verb: "#000000" });
    expect([...colors.keys()]).toEqual(["animal", "verb"]);
    expect(colors.get("verb")).toBe("#000000");
    expect(colors.get("animal")).toMatch(/^#/);
    // A palette colour that color_map already gave away is not reused.
    const mapped = categoryColors(["PER", "LOC"], { PER: "#22c55e" });
    expect(mapped.get("LOC")).not.toBe("#22c55e");
    expect(categoryColors(["a", "b"], null).get("a")).not.toBe(categoryColors(["a", "b"], null).get("b"));
  });
  it("colours scores by sign and strength", () => {
    expect(isScoreMode([null, 0.4])).toBe(true);
    expect(isScoreMode(["a", null])).toBe(false);
    expect(scoreColor(0.5)).toBe("rgba(220, 38, 38, 0.500)");
    expect(scoreColor(-2)).toBe("rgba(37, 99, 235, 1.000)");
    expect(tint("#ff0000", 0.5)).toBe("rgba(255, 0, 0, 0.5)");
    expect(tint("red")).toContain("color-mix");
  });
});
