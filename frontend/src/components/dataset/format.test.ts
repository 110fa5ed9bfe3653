import { describe, expect, it } from "vitest";
import { cellText, formatCell, pageList, truncate } from "./format";

describe("formatCell", () => {
  it("shows text truncated, numbers, booleans and lists", () => {
    expect(formatCell("Ada", "textbox")).toEqual({ kind: "text", text: "Ada", full: "Ada" });
    const long = formatCell("x".repeat(200), "textbox");
    expect(long.kind === "text" && long.text.length).toBe(80);
    expect(long.kind === "text" && long.text.endsWith("…")).toBe(true);
    expect(formatCell(2, "number")).toEqual({ kind: "number", text: "2" });
    expect(formatCell(0.1 + 0.2, "slider")).toEqual({ kind: "number", text: "0.3" });
    expect(formatCell(true, "checkbox")).toEqual({ kind: "bool", on: true });
    expect(formatCell(["a", "b"], "checkboxgroup")).toMatchObject({ kind: "text", text: "a, b" });
    expect(formatCell(null, "textbox")).toEqual({ kind: "empty" });
    expect(formatCell("", "textbox")).toEqual({ kind: "empty" });
  });

  it("shows files by name, images as thumbnails, markup without tags", () => {
    const file = { path: "/tmp/x/report.pdf", url: "http://h/f", orig_name: null, meta: { _type: "gradio.FileData" } };
    expect(formatCell(file, "file")).toEqual({ kind: "file", text: "report.pdf" });
    expect(formatCell({ ...file, orig_name: "cat.png" }, "image")).toEqual({ kind: "image", url: "http://h/f", alt: "cat.png" });
    expect(formatCell("<b>bold</b> text", "html")).toMatchObject({ kind: "text", text: "bold text" });
    expect(formatCell({ headers: ["a", "b"], data: [[1, 2], [3, 4], [5, 6]] }, "dataframe")).toMatchObject({ text: "3 × 2 table" });
    expect(cellText(formatCell(false, "checkbox"))).toBe("false");
  });

  it("truncate collapses whitespace", () => {
    expect(truncate("a\n\n  b", 10)).toBe("a b");
  });
});

describe("pageList", () => {
  it("lists every page when few, else a window with gaps", () => {
    expect(pageList(3, 0)).toEqual([0, 1, 2]);
    expect(pageList(20, 0)).toEqual([0, 1, null, 19]);
    expect(pageList(20, 10)).toEqual([0, null, 9, 10, 11, null, 19]);
    expect(pageList(20, 19)).toEqual([0, null, 18, 19]);
  });
});
