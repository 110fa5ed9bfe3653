import { describe, expect, it } from "vitest";
import { extractMath, restoreMath } from "./math";

const dollars = [
  { left: "$$", right: "$$", display: true },
  { left: "$", right: "$", display: false },
];

describe("extractMath", () => {
  it("cuts complete math spans out before Markdown sees them", () => {
    const { text, math } = extractMath("a $$x_1 + y_2$$ b $z$", dollars);
    expect(math).toEqual([
      { tex: "x_1 + y_2", display: true },
      { tex: "z", display: false },
    ]);
    expect(text).not.toContain("x_1");
    expect(text).not.toContain("$");
  });

  it("leaves code, money and unclosed (still streaming) math alone", () => {
    expect(extractMath("`$$a$$` and ```\n$$b$$\n```", dollars).math).toEqual([]);
    expect(extractMath("costs $5 and $ 6", dollars).math).toEqual([]);
    expect(extractMath("so $$\\int_0^1 x", dollars)).toEqual({ text: "so $$\\int_0^1 x", math: [] });
  });

  it("restores placeholders as escaped TeX until KaTeX is loaded", () => {
    const { text, math } = extractMath("see $$<b>$$", dollars);
    expect(restoreMath(text, math)).toBe("see &#60;b&#62;");
  });
});
