import { describe, expect, it } from "vitest";
import { gridFromRgba, hitAt } from "./hits";

function grid(width: number, height: number, on: [number, number][]) {
  const rgba = new Uint8Array(width * height * 4);
  for (const [x, y] of on) rgba[(y * width + x) * 4 + 3] = 200;
  return gridFromRgba(rgba, width, height);
}

describe("annotation hit testing", () => {
  it("finds the top-most annotation under the pointer", () => {
    const below = grid(4, 4, [[0, 0], [1, 1]]);
    const above = grid(4, 4, [[1, 1]]);
    expect(hitAt([below, above], 0.3, 0.3)).toBe(1);
    expect(hitAt([below, above], 0.1, 0.1)).toBe(0);
    expect(hitAt([below, above], 0.9, 0.9)).toBe(-1);
    expect(hitAt([below, null], 1.2, 0.1)).toBe(-1);
  });
});
