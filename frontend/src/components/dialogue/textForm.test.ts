import { describe, expect, it } from "vitest";
import type { Model } from "../../app/contract";
import { formatLines, unformatText } from "./textForm";

function fakeModel(props: Record<string, unknown>, answers: Record<string, unknown> = {}): Model & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    props,
    get: <T,>(prop: string) => props[prop] as T,
    set: () => {},
    on: () => {},
    off: () => {},
    send: () => {},
    server: async (fn: string, data: unknown) => {
      calls.push([fn, data]);
      return answers[fn];
    },
  };
}

const lines = [{ speaker: "A", text: "hi" }];

describe("the dialogue's text form", () => {
  it("is made in the browser without a custom formatter: no request", async () => {
    const model = fakeModel({ server_format: false, server_unformat: false });
    expect(await formatLines(model, lines, "\n")).toBe("[A] hi");
    expect(await unformatText(model, "[B] yo\nloose", "\n", "A")).toEqual([{ speaker: "B", text: "yo" }, { speaker: "A", text: "loose" }]);
    expect(model.calls).toEqual([]);
  });

  it("asks the server's format/unformat when the app has its own", async () => {
    const model = fakeModel({ server_format: true, server_unformat: true }, { format: "A >> hi", unformat: [{ speaker: "B", text: "yo" }] });
    expect(await formatLines(model, lines, "\n")).toBe("A >> hi");
    expect(await unformatText(model, "B >> yo", "\n", "A")).toEqual([{ speaker: "B", text: "yo" }]);
    expect(model.calls).toEqual([["format", lines], ["unformat", { text: "B >> yo" }]]);
  });
});
