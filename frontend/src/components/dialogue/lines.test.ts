import { describe, expect, it } from "vitest";
import { formatDialogue, insertTag, matchingTags, parseDialogue, readLines, tagQuery } from "./lines";

describe("dialogue lines", () => {
  it("formats and parses Gradio's default text form", () => {
    const lines = [{ speaker: "Ann", text: "Hi" }, { speaker: "Bob", text: "Hello there" }];
    const text = formatDialogue(lines, "\n");
    expect(text).toBe("[Ann] Hi\n[Bob] Hello there");
    expect(parseDialogue(text + "\n\nno prefix", "\n", "Ann")).toEqual([...lines, { speaker: "Ann", text: "no prefix" }]);
  });
  it("reads a list or a string value", () => {
    expect(readLines([{ speaker: "A", text: "x" }], ["A"], "\n")).toEqual([{ speaker: "A", text: "x" }]);
    expect(readLines("[B] y", ["A"], "\n")).toEqual([{ speaker: "B", text: "y" }]);
    expect(readLines(null, [], "\n")).toEqual([]);
  });
  it("completes tags typed after a colon", () => {
    expect(tagQuery("hello :lau", 10)).toEqual({ start: 6, query: "lau" });
    expect(tagQuery("hello: there", 12)).toBeNull();
    expect(matchingTags(["(laughs)", "(sighs)"], "LAU")).toEqual(["(laughs)"]);
    expect(insertTag("hello :lau", 6, 10, "(laughs)")).toEqual({ text: "hello (laughs) ", caret: 15 });
  });
});
