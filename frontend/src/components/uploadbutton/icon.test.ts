import { describe, expect, it } from "vitest";
import { iconSrc } from "./icon";

describe("iconSrc", () => {
  it("accepts URLs and FileData, refuses other strings", () => {
    expect(iconSrc("https://x/y.png")).toBe("https://x/y.png");
    expect(iconSrc("/gradio_api/file=a.png")).toBe("/gradio_api/file=a.png");
    expect(iconSrc({ path: "a.png", url: "http://h/a.png" })).toBe("http://h/a.png");
    expect(iconSrc("javascript:alert(1)")).toBeNull();
    expect(iconSrc(null)).toBeNull();
    expect(iconSrc({ path: "a.png" })).toBeNull();
  });
});
