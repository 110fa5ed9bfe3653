import { describe, expect, it } from "vitest";
import { currentChoice, urlForChoice } from "./colorScheme";

describe("colour scheme choice", () => {
  it("reads ?__theme, anything else is the system setting", () => {
    expect(currentChoice("?__theme=dark")).toBe("dark");
    expect(currentChoice("?a=1&__theme=light")).toBe("light");
    expect(currentChoice("?__theme=purple")).toBe("system");
    expect(currentChoice("")).toBe("system");
  });

  it("writes the choice into the URL and keeps other parameters", () => {
    expect(urlForChoice("http://h/app/?view=x", "dark")).toBe("http://h/app/?view=x&__theme=dark");
    expect(urlForChoice("http://h/?__theme=dark&a=1", "light")).toBe("http://h/?__theme=light&a=1");
    expect(urlForChoice("http://h/?__theme=dark&a=1", "system")).toBe("http://h/?a=1");
  });
});
