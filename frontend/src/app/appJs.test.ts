import { afterEach, describe, expect, it, vi } from "vitest";
import { runAppJs } from "./appJs";

const scope = globalThis as unknown as { ran?: string[] };

describe("launch(js=...)", () => {
  afterEach(() => {
    delete scope.ran;
    vi.restoreAllMocks();
  });

  it("calls a function expression, sync or async", async () => {
    await runAppJs("() => { (globalThis.ran ??= []).push('arrow') }");
    await runAppJs("async function () { (globalThis.ran ??= []).push('async') }");
    expect(scope.ran).toEqual(["arrow", "async"]);
  });

  it("runs plain statements", async () => {
    await runAppJs("const a = 'plain'; (globalThis.ran ??= []).push(a);\n// trailing comment");
    expect(scope.ran).toEqual(["plain"]);
  });

  it("reports a failing script without throwing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    await runAppJs("() => { throw new Error('boom') }");
    await runAppJs("this is not javascript");
    expect(error).toHaveBeenCalledTimes(2);
  });

  it("ignores empty values", async () => {
    await runAppJs("  ");
    await runAppJs(null);
    expect(scope.ran).toBeUndefined();
  });
});
