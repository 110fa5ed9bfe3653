import { describe, expect, it } from "vitest";
import { scrollTopFor, uniformWindow } from "./rowWindow";

describe("uniformWindow", () => {
  it("draws the rows in view plus the overscan, never past either end", () => {
    const top = uniformWindow(0, 350, 100_000, 35, 10);
    expect(top.items[0]!.index).toBe(0);
    expect(top.items.at(-1)!.index).toBe(30); // 10 rows in view, the 20 rows of overscan below
    expect(top.total).toBe(3_500_000);

    const middle = uniformWindow(35 * 500, 350, 100_000, 35, 10);
    expect(middle.items[0]!.index).toBe(490);
    expect(middle.items.at(-1)!.index).toBe(520);
    expect(middle.items.find((item) => item.index === 500)!.start).toBe(500 * 35);

    const bottom = uniformWindow(3_500_000 - 350, 350, 100_000, 35, 10);
    expect(bottom.items.at(-1)!.index).toBe(99_999);
    expect(bottom.items.length).toBeLessThan(30);
  });

  it("draws nothing for an empty table and everything for a short one", () => {
    expect(uniformWindow(0, 500, 0, 35).items).toEqual([]);
    expect(uniformWindow(0, 500, 3, 35).items.map((item) => item.index)).toEqual([0, 1, 2]);
  });
});

describe("uniformWindow keys", () => {
  it("are distinct within a window and reused by the rows that scroll in", () => {
    for (const scrollTop of [0, 17, 35 * 400 + 3, 3_500_000 - 350]) {
      const keys = uniformWindow(scrollTop, 350, 100_000, 35, 10).items.map((item) => item.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
    const before = uniformWindow(35 * 400, 350, 100_000, 35, 10);
    const after = uniformWindow(35 * 403, 350, 100_000, 35, 10);
    const entered = after.items.filter((item) => !before.items.some((old) => old.index === item.index));
    const left = before.items.filter((item) => !after.items.some((now) => now.index === item.index));
    expect(entered.map((item) => item.key).sort()).toEqual(left.map((item) => item.key).sort());
  });
});

describe("scrollTopFor", () => {
  it("scrolls the least needed to bring a row into view below the sticky header", () => {
    // 10 rows of 35 px visible under a 35 px header in a 385 px scroller at the top.
    expect(scrollTopFor(5, 0, 385, 35, 35)).toBeNull();
    expect(scrollTopFor(10, 0, 385, 35, 35)).toBe(35 + 11 * 35 - 385); // last line of the viewport
    expect(scrollTopFor(3, 35 * 20, 385, 35, 35)).toBe(3 * 35); // scrolling up: row just under the header
  });
});
