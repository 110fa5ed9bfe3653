import { describe, expect, it } from "vitest";
import { applyDiff, isEditList, type Edit } from "../src/diff.js";

describe("applyDiff", () => {
  it("replaces the whole value at the empty path", () => {
    expect(applyDiff("tok0", [["replace", [], "tok1"]])).toBe("tok1");
    expect(applyDiff([1, 2, 3], [["replace", [], [1]]])).toEqual([1]);
  });

  it("appends to strings (token streaming)", () => {
    expect(applyDiff("a ", [["append", [], "b "]])).toBe("a b ");
  });

  it("appends to a nested string inside a chat history", () => {
    const history = [{ role: "user", content: "hi" }, { role: "assistant", content: "Hel" }];
    const edits: Edit[] = [["append", [1, "content"], "lo"]];
    const out = applyDiff(history, edits) as typeof history;
    expect(out[1]!.content).toBe("Hello");
    // The old value is untouched and unchanged branches are shared.
    expect(history[1]!.content).toBe("Hel");
    expect(out[0]).toBe(history[0]);
  });

  it("adds list items and dict keys", () => {
    expect(applyDiff([1, 2], [["add", [2], 3]])).toEqual([1, 2, 3]);
    expect(applyDiff([1, 3], [["add", [1], 2]])).toEqual([1, 2, 3]);
    expect(applyDiff({ a: 1 }, [["add", ["b"], 2]])).toEqual({ a: 1, b: 2 });
  });

  it("deletes list items and dict keys", () => {
    expect(applyDiff([1, 2, 3], [["delete", [2], null], ["delete", [1], null]])).toEqual([1]);
    expect(applyDiff({ a: 1, b: 2 }, [["delete", ["a"], null]])).toEqual({ b: 2 });
  });

  it("replaces nested values and applies edits in order", () => {
    const v = { msgs: [{ t: "x" }], n: 1 };
    const out = applyDiff(v, [
      ["replace", ["n"], 2],
      ["add", ["msgs", 1], { t: "" }],
      ["append", ["msgs", 1, "t"], "yz"],
    ]);
    expect(out).toEqual({ msgs: [{ t: "x" }, { t: "yz" }], n: 2 });
  });

  it("appends lists to lists", () => {
    expect(applyDiff([1], [["append", [], [2, 3]]])).toEqual([1, 2, 3]);
  });

  it("returns the value unchanged for no edits", () => {
    const v = { a: 1 };
    expect(applyDiff(v, [])).toBe(v);
  });

  it("rejects impossible paths", () => {
    expect(() => applyDiff(5, [["replace", ["a"], 1]])).toThrow();
  });
});

describe("isEditList", () => {
  it("recognises edit lists", () => {
    expect(isEditList([["replace", [], 1]])).toBe(true);
    expect(isEditList([])).toBe(true);
    expect(isEditList(["replace", [], 1])).toBe(false);
    expect(isEditList("x")).toBe(false);
  });
});
