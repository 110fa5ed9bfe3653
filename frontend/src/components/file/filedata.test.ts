import { describe, expect, it } from "vitest";
import { acceptAttr, acceptsFile, describeTypes, typesHint, extensionBadge, fileKind, fileName, moveItem, toFileList } from "./filedata";
import { appContext } from "../shared/appContext";

const ctx = { root: "http://h/app", apiPrefix: "/gradio_api" };
const fd = (over: Record<string, unknown> = {}) => ({ path: "/c/ab/a.txt", url: null, size: 3, orig_name: "a.txt", mime_type: "text/plain", is_stream: false, meta: { _type: "gradio.FileData" }, ...over });

describe("toFileList", () => {
  it("reads null, one FileData or a list", () => {
    expect(toFileList(null, ctx)).toEqual([]);
    expect(toFileList(undefined, ctx)).toEqual([]);
    expect(toFileList(fd(), ctx)).toHaveLength(1);
    expect(toFileList([fd(), fd({ path: "/c/b" })], ctx).map((f) => f.path)).toEqual(["/c/ab/a.txt", "/c/b"]);
  });

  it("keeps a server url and builds one from the path when missing", () => {
    expect(toFileList(fd({ url: "http://h/app/gradio_api/file=/x" }), ctx)[0]!.url).toBe("http://h/app/gradio_api/file=/x");
    expect(toFileList(fd(), ctx)[0]!.url).toBe("http://h/app/gradio_api/file=/c/ab/a.txt");
    expect(toFileList(fd({ url: "/gradio_api/file=/y" }), ctx)[0]!.url).toBe("http://h/gradio_api/file=/y");
  });

  it("tolerates bare paths and drops junk", () => {
    const [f] = toFileList(["/tmp/x/report.pdf", 3, null, { nope: 1 }], ctx);
    expect(f).toMatchObject({ path: "/tmp/x/report.pdf", orig_name: null, url: "http://h/app/gradio_api/file=/tmp/x/report.pdf" });
    expect(toFileList(["/tmp/x/report.pdf", 3, null, { nope: 1 }], ctx)).toHaveLength(1);
  });
});

describe("names and kinds", () => {
  it("names a file by orig_name, else its path's last part", () => {
    expect(fileName({ orig_name: "r.pdf", path: "/a/b" })).toBe("r.pdf");
    expect(fileName({ orig_name: null, path: "/tmp/gradio/abc/my%20file.csv" })).toBe("my file.csv");
    expect(fileName({ orig_name: null, path: "C:\\x\\y.txt" })).toBe("y.txt");
  });

  it("classifies by extension, then mime", () => {
    expect(fileKind("a.PNG")).toBe("image");
    expect(fileKind("a.tar.gz")).toBe("archive");
    expect(fileKind("noext", "audio/wav")).toBe("audio");
    expect(fileKind("a.weird")).toBe("file");
    expect(extensionBadge("report.pdf")).toBe("PDF");
    expect(extensionBadge("model.safetensors")).toBe("");
    expect(extensionBadge(".bashrc")).toBe("");
  });
});

describe("file_types", () => {
  it("maps to the accept attribute", () => {
    expect(acceptAttr(null)).toBeUndefined();
    expect(acceptAttr([".pdf", "image", "text", "audio", "video"])).toBe(".pdf,image/*,text/*,audio/*,video/*");
    expect(acceptAttr(["csv", "application/json"])).toBe(".csv,application/json");
    expect(acceptAttr(["file"])).toBeUndefined();
  });

  it("filters dropped files the same way", () => {
    const types = [".pdf", "image"];
    expect(acceptsFile({ name: "A.PDF", type: "" }, types)).toBe(true);
    expect(acceptsFile({ name: "p.png", type: "" }, types)).toBe(true);
    expect(acceptsFile({ name: "x", type: "image/webp" }, types)).toBe(true);
    expect(acceptsFile({ name: "n.txt", type: "text/plain" }, types)).toBe(false);
    expect(acceptsFile({ name: "n.txt", type: "text/plain" }, null)).toBe(true);
    expect(acceptsFile({ name: "d.json", type: "application/json" }, ["application/*"])).toBe(true);
    expect(describeTypes(types)).toBe("Only .pdf or image files are accepted.");
    expect(typesHint(types)).toBe(".pdf · images");
    expect(typesHint(null)).toBe("");
  });
});

describe("moveItem", () => {
  it("moves within bounds and ignores the rest", () => {
    expect(moveItem([1, 2, 3], 0, 2)).toEqual([2, 3, 1]);
    expect(moveItem([1, 2, 3], 2, 0)).toEqual([3, 1, 2]);
    expect(moveItem([1, 2, 3], 0, 5)).toEqual([1, 2, 3]);
  });
});

describe("appContext", () => {
  it("uses the config's root, prefix and limit", () => {
    expect(appContext({ root: "http://h/sub/", api_prefix: "/gradio_api/", max_file_size: 10, components: [], layout: { id: 0 }, dependencies: [] })).toEqual({
      root: "http://h/sub",
      apiPrefix: "/gradio_api",
      maxFileSize: 10,
    });
    expect(appContext({ root: "http://h", components: [], layout: { id: 0 }, dependencies: [] }).maxFileSize).toBeNull();
  });
});
