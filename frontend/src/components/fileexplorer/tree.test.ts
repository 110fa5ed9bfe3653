import { describe, expect, it } from "vitest";
import { buildTree, filesUnder } from "./tree";

describe("FileExplorer tree", () => {
  it("nests files under implied folders, folders first", () => {
    const tree = buildTree([["b.txt"], ["src", "x.py"], ["src", "lib", "y.py"], ["a.txt"]]);
    expect(tree.map((n) => n.name)).toEqual(["src", "a.txt", "b.txt"]);
    expect(tree[0]!.children!.map((n) => n.name)).toEqual(["lib", "x.py"]);
    expect(filesUnder(tree[0]!)).toEqual([["src", "lib", "y.py"], ["src", "x.py"]]);
  });
});
