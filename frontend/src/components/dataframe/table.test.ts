import { describe, expect, it } from "vitest";
import { cellText, columnTypes, columnWidths, filterRows, limits, parseCell, searchIndex, searchRows, sortOrder, toTsv, type Row } from "./table";

const rows: Row[] = [
  ["b", 10, null],
  ["a", 9, "x"],
  ["c", "100", "y"],
  ["a", null, "z"],
  ["B", 9, "w"],
];

describe("sortOrder", () => {
  it("sorts numbers numerically (numeric text too), empty cells last, stable", () => {
    expect(sortOrder(rows, 1, "ascending")).toEqual([1, 4, 0, 2, 3]);
    expect(sortOrder(rows, 1, "descending")).toEqual([2, 0, 1, 4, 3]);
  });
  it("sorts text case-insensitively and keeps equal rows in their order", () => {
    expect(sortOrder(rows, 0, "ascending")).toEqual([1, 3, 0, 4, 2]);
  });
  it("sorts only the given rows", () => {
    expect(sortOrder(rows, 1, "ascending", [0, 2, 4])).toEqual([4, 0, 2]);
  });
});

describe("search and filters", () => {
  it("finds rows containing the text in any cell", () => {
    const index = searchIndex(rows);
    expect(searchRows(index, "A")).toEqual([1, 3]);
    expect(searchRows(index, "10")).toEqual([0, 2]);
    expect(searchRows(index, "")).toEqual([0, 1, 2, 3, 4]);
  });
  it("filters per column, with numeric comparisons", () => {
    expect(filterRows(rows, ["", ">9"])).toEqual([0, 2]);
    expect(filterRows(rows, ["a", ""])).toEqual([1, 3]);
    expect(filterRows(rows, ["", "=9", "w"])).toEqual([4]);
  });
});

describe("cells", () => {
  it("shows missing values as empty and copies TSV of the rows shown", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(Number.NaN)).toBe("");
    expect(toTsv(["h1", "h2"], [["a\tb", 1], ["c", null]], [1, 0])).toBe("h1\th2\nc\t\na b\t1");
  });
  it("parses edits by column type", () => {
    expect(parseCell("2.5", "number")).toBe(2.5);
    expect(parseCell("", "number")).toBeNull();
    expect(parseCell("abc", "number")).toBeUndefined();
    expect(parseCell("TRUE", "bool")).toBe(true);
    expect(parseCell(" x ", "str")).toBe(" x ");
  });
  it("sizes columns from given widths or content", () => {
    const widths = columnWidths(["name", "n"], [["a very long name indeed", 1]], [undefined as unknown as string, 80]);
    expect(widths[1]).toBe("80px");
    expect(parseInt(widths[0]!, 10)).toBeGreaterThan(150);
    expect(columnTypes(["number"], 2)).toEqual(["number", "str"]);
    expect(columnTypes("bool", 2)).toEqual(["bool", "bool"]);
  });
  it("reads limits from *_limits or a fixed count", () => {
    expect(limits([1, 5], [3, "dynamic"])).toEqual({ min: 1, max: 5 });
    expect(limits(null, [4, "fixed"])).toEqual({ min: 4, max: 4 });
    expect(limits(null, [3, "dynamic"])).toEqual({ min: null, max: null });
  });
});
