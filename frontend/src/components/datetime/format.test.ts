import { describe, expect, it } from "vitest";
import { formatDate, fromPicker, isValidDate, pickerValue } from "./format";

describe("DateTime text forms", () => {
  it("accepts absolute dates and relative expressions", () => {
    for (const ok of ["2024-01-31", "2024-01-31 12:30", "2024-01-31 12:30:05", "2024-01-31T12:30", "now", "now - 24h", "NOW + 1.5d", ""]) {
      expect(isValidDate(ok)).toBe(true);
    }
    for (const bad of ["yesterday", "2024-13-45", "31/01/2024", "now - 24 hours"]) expect(isValidDate(bad)).toBe(false);
  });
  it("converts to and from the native picker", () => {
    expect(pickerValue("2024-01-31 12:30:05", true)).toBe("2024-01-31T12:30:05");
    expect(pickerValue("2024-01-31", true)).toBe("2024-01-31T00:00:00");
    expect(pickerValue("now - 1h", true)).toBe("");
    expect(fromPicker("2024-01-31T12:30", true)).toBe("2024-01-31 12:30:00");
    expect(fromPicker("2024-01-31", false)).toBe("2024-01-31");
    expect(formatDate(new Date(2024, 0, 31, 9, 5, 7), true)).toBe("2024-01-31 09:05:07");
    expect(formatDate(new Date(2024, 0, 31, 9, 5, 7), false)).toBe("2024-01-31");
  });
});
