import { describe, expect, it } from "vitest";
import { ComponentModel } from "./model.svelte";

describe("ComponentModel.peek", () => {
  it("returns the value exactly as given by the config, set() and update()", () => {
    const initial = { headers: ["a"], data: [[1]] };
    const model = new ComponentModel(1, "dataframe", { value: initial }, () => {});
    expect(model.peek("value")).toBe(initial);
    const big = { headers: ["a"], data: [[2], [3]] };
    model.update({ value: big });
    expect(model.peek("value")).toBe(big);
    expect(model.get("value")).toEqual(big);
    const edited = { headers: ["a"], data: [[4]] };
    model.set("value", edited);
    expect(model.peek("value")).toBe(edited);
  });
});
