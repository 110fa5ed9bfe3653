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

describe("ComponentModel.props", () => {
  it("reads like get(), lists only the props that have a value, and takes writes", () => {
    const model = new ComponentModel(2, "textbox", { label: "Name", value: "Ada", info: null }, () => {});
    expect(model.props.label).toBe("Name");
    expect(model.props.never_sent).toBeUndefined();
    expect(Object.keys(model.props).sort()).toEqual(["info", "label", "value"]);
    expect("value" in model.props && !("never_sent" in model.props)).toBe(true);
    model.props.placeholder = "Type";
    expect(model.get("placeholder")).toBe("Type");
    model.update({ value: undefined });
    expect(Object.keys(model.props).sort()).toEqual(["info", "label", "placeholder"]);
  });

  it("fires change listeners once per real change", () => {
    const seen: unknown[] = [];
    const model = new ComponentModel(3, "number", { value: 1 }, () => {});
    model.on("change:value", (v) => seen.push(v));
    model.set("value", 1);
    model.update({ value: 2, label: "n" });
    model.update({ value: 2 });
    expect(seen).toEqual([2]);
  });
});
