import { describe, expect, it } from "vitest";
import { fileKind, formatDuration, layoutMessages, lastIndexOf, partsOf, textOf, type Message } from "./messages";

const text = (role: Message["role"], t: string, metadata: Message["metadata"] = null): Message => ({
  role,
  content: [{ type: "text", text: t }],
  metadata,
});

describe("layoutMessages", () => {
  it("groups consecutive messages of one role", () => {
    const groups = layoutMessages([text("user", "a"), text("user", "b"), text("assistant", "c"), text("user", "d")]);
    expect(groups.map((g) => [g.role, g.nodes.map((n) => n.index)])).toEqual([
      ["user", [0, 1]],
      ["assistant", [2]],
      ["user", [3]],
    ]);
  });

  it("keeps every message apart when grouping is off", () => {
    expect(layoutMessages([text("user", "a"), text("user", "b")], false)).toHaveLength(2);
  });

  it("nests thoughts under their parent_id", () => {
    const groups = layoutMessages([
      text("assistant", "tool", { title: "Tool", id: 7 }),
      text("assistant", "inner", { title: "Inner", parent_id: 7, id: 8 }),
      text("assistant", "deeper", { title: "Deeper", parent_id: 8 }),
      text("assistant", "answer"),
    ]);
    const [tool, answer] = groups[0]!.nodes;
    expect(tool!.children.map((c) => c.index)).toEqual([1]);
    expect(tool!.children[0]!.children.map((c) => c.index)).toEqual([2]);
    expect(answer!.index).toBe(3);
  });
});

describe("message helpers", () => {
  it("reads bare strings, single parts and files as parts", () => {
    expect(partsOf({ role: "user", content: "hi" })).toEqual([{ type: "text", text: "hi" }]);
    const file = { path: "/a.png", meta: { _type: "gradio.FileData" } };
    expect(partsOf({ role: "user", content: file as never })[0]!.type).toBe("file");
    expect(textOf({ role: "user", content: [{ type: "text", text: "a" }, { type: "text", text: "b" }] })).toBe("a\nb");
    expect(lastIndexOf([text("user", "a"), text("assistant", "b"), text("user", "c")], "assistant")).toBe(1);
  });

  it("picks a renderer for files and formats durations", () => {
    expect(fileKind({ path: "/x/cat.JPG" } as never)).toBe("image");
    expect(fileKind({ path: "/x/a.bin", mime_type: "audio/wav" } as never)).toBe("audio");
    expect(fileKind({ path: "/x/notes.pdf" } as never)).toBe("file");
    expect(formatDuration(0.25)).toBe("250 ms");
    expect(formatDuration(2.5)).toBe("2.5s");
    expect(formatDuration(75)).toBe("1m 15s");
    expect(formatDuration(undefined)).toBeNull();
  });
});
