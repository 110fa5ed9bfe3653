import { describe, expect, it } from "vitest";
import { normalizeHex } from "./hex";

describe("normalizeHex", () => {
  it("expands, lowercases and drops alpha", () => {
    expect(normalizeHex("#ABC")).toBe("#aabbcc");
    expect(normalizeHex("#FF8800")).toBe("#ff8800");
    expect(normalizeHex("#ff880080")).toBe("#ff8800");
  });
  it("refuses anything else", () => {
    for (const bad of ["", null, "red", "#12", "#gggggg", "ff8800"]) expect(normalizeHex(bad)).toBeNull();
  });
});
