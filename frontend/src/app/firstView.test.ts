import { describe, expect, it } from "vitest";
import type { LayoutNode } from "@podium/client";
import { typesShownFirst } from "./firstView";

const models: Record<number, { type: string; props: Record<string, unknown> }> = {
  1: { type: "tabs", props: { selected: "b" } },
  2: { type: "tabitem", props: { id: "a" } },
  3: { type: "plot", props: {} },
  4: { type: "tabitem", props: { id: "b" } },
  5: { type: "accordion", props: { open: true } },
  6: { type: "dropdown", props: {} },
  7: { type: "accordion", props: { open: false } },
  8: { type: "code", props: {} },
  9: { type: "gallery", props: { visible: false } },
  10: { type: "sidebar", props: { open: false } },
  11: { type: "chatbot", props: {} },
};
const tree: LayoutNode = {
  id: 0,
  children: [
    { id: 1, children: [{ id: 2, children: [{ id: 3 }] }, { id: 4, children: [{ id: 5, children: [{ id: 6 }] }, { id: 7, children: [{ id: 8 }] }] }] },
    { id: 9 },
    { id: 10, children: [{ id: 11 }] },
  ],
};

describe("typesShownFirst", () => {
  it("keeps what the first paint shows and skips unselected tabs, closed accordions and sidebars, hidden items", () => {
    const types = typesShownFirst(tree, (id) => models[id]);
    expect([...types].sort()).toEqual(["accordion", "dropdown", "sidebar", "tabitem", "tabs"]);
  });

  it("falls back to the first tab when nothing is selected", () => {
    const types = typesShownFirst(tree, (id) => (id === 1 ? { type: "tabs", props: {} } : models[id]));
    expect(types.has("plot")).toBe(true);
    expect(types.has("dropdown")).toBe(false);
  });
});
