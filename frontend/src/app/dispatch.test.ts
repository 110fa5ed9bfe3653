import { describe, expect, it } from "vitest";
import type { DependencyConfig } from "@podium/client";
import { compileJs, depsFor, followUps, resolveInteractive, spreadResult, triggerDecision } from "./dispatch";
import { outputPatch, sameValue } from "./values";

function dep(id: number, over: Partial<DependencyConfig> = {}): DependencyConfig {
  return {
    id, targets: [], inputs: [], outputs: [], backend_fn: true, js: null, queue: true, api_name: null,
    types: { generator: false, cancel: false }, trigger_after: null, trigger_only_on_success: false,
    trigger_only_on_failure: false, trigger_mode: "once", show_progress: "full", cancels: [], ...over,
  };
}

describe("depsFor", () => {
  const deps = [
    dep(0, { targets: [[9, "click"], [1, "submit"]] }),
    dep(1, { targets: [[0, "load"]] }),
    dep(2, { targets: [[null, "then"]], trigger_after: 0 }),
  ];
  it("matches [id, event] pairs", () => {
    expect(depsFor(deps, 9, "click").map((d) => d.id)).toEqual([0]);
    expect(depsFor(deps, 1, "submit").map((d) => d.id)).toEqual([0]);
    expect(depsFor(deps, 1, "click")).toEqual([]);
    expect(depsFor(deps, 0, "load").map((d) => d.id)).toEqual([1]);
  });
});

describe("followUps", () => {
  const deps = [
    dep(1, { trigger_after: 0 }),
    dep(2, { trigger_after: 0, trigger_only_on_success: true }),
    dep(3, { trigger_after: 0, trigger_only_on_failure: true }),
    dep(4, { trigger_after: 1 }),
  ];
  it("runs .then always, .success on success, .failure on failure", () => {
    expect(followUps(deps, 0, true).map((d) => d.id)).toEqual([1, 2]);
    expect(followUps(deps, 0, false).map((d) => d.id)).toEqual([1, 3]);
    expect(followUps(deps, 1, true).map((d) => d.id)).toEqual([4]);
  });
});

describe("triggerDecision", () => {
  it("follows trigger_mode", () => {
    expect(triggerDecision("once", false)).toBe("run");
    expect(triggerDecision("once", true)).toBe("skip");
    expect(triggerDecision("multiple", true)).toBe("run");
    expect(triggerDecision("always_last", true)).toBe("defer");
  });
});

describe("resolveInteractive", () => {
  const deps = [dep(0, { inputs: [1], outputs: [2] }), dep(1, { inputs: [], outputs: [3] })];
  it("honours explicit values", () => {
    expect(resolveInteractive(2, "textbox", true, deps)).toBe(true);
    expect(resolveInteractive(1, "textbox", false, deps)).toBe(false);
  });
  it("derives from usage when null", () => {
    expect(resolveInteractive(1, "textbox", null, deps)).toBe(true); // input
    expect(resolveInteractive(2, "textbox", null, deps)).toBe(false); // output only
    expect(resolveInteractive(5, "slider", undefined, deps)).toBe(true); // unused
    expect(resolveInteractive(5, "markdown", null, deps)).toBe(false);
    expect(resolveInteractive(3, "button", null, deps)).toBe(true);
  });
});

describe("js functions", () => {
  it("compiles and spreads results over outputs", () => {
    const clear = compileJs("() => [null, null]");
    expect(spreadResult(clear(), 2)).toEqual([null, null]);
    expect(spreadResult(compileJs("(x) => x.toUpperCase()")("a"), 1)).toEqual(["A"]);
    expect(spreadResult(compileJs("() => [null]")(), 1)).toEqual([null]);
    expect(spreadResult([1, 2, 3], 1)).toEqual([[1, 2, 3]]);
    expect(spreadResult(undefined, 0)).toEqual([]);
  });
  it("rejects non-functions", () => {
    expect(() => compileJs("42")).toThrow();
  });
});

describe("values", () => {
  it("turns outputs into prop patches", () => {
    expect(outputPatch("hi")).toEqual({ value: "hi" });
    expect(outputPatch({ __type__: "update", visible: false, value: 3 })).toEqual({ visible: false, value: 3 });
    expect(outputPatch({ __type__: "update" })).toEqual({});
    expect(outputPatch({ a: 1 })).toEqual({ value: { a: 1 } });
  });
  it("compares values structurally", () => {
    expect(sameValue([1, { a: 2 }], [1, { a: 2 }])).toBe(true);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue("", null)).toBe(false);
    expect(sameValue(1, "1")).toBe(false);
    expect(sameValue({ a: 1, b: [1, null] }, { b: [1, undefined], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, c: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: null }, {})).toBe(false);
    expect(sameValue({ data: [[1, 2], [3, 4]] }, { data: [[1, 2], [3, 5]] })).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue([Number.NaN], [null])).toBe(true);
    expect(sameValue([{ a: 1 }], [[1]])).toBe(false);
  });
});
