import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Client } from "../src/client.js";
import { checkFileSizes, fileUrl, formatBytes, uploadFiles, UploadError } from "../src/upload.js";
import type { AppConfig } from "../src/types.js";

/**
 * A fake upload route installed as the global fetch. The request is re-encoded through
 * a real Request, so Node's FormData/Blob multipart encoding is what gets parsed.
 */
const root = "http://127.0.0.1:7999";
const received: Array<{ url: string; names: string[]; types: string[]; bodies: string[] }> = [];
const LIMIT = 64;

async function fakeUploadRoute(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const req = new Request(input, init);
  const url = new URL(req.url);
  if (req.method !== "POST" || url.pathname !== "/gradio_api/upload") return new Response("not found", { status: 404 });
  expect(req.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
  const form = await req.formData();
  const files = form.getAll("files") as File[];
  if (files.some((f) => f.size > LIMIT)) {
    return new Response(JSON.stringify({ error: `File exceeds ${LIMIT} bytes.` }), { status: 413, headers: { "content-type": "application/json" } });
  }
  received.push({
    url: url.pathname + url.search,
    names: files.map((f) => f.name),
    types: files.map((f) => f.type),
    bodies: await Promise.all(files.map((f) => f.text())),
  });
  return new Response(JSON.stringify(files.map((f, i) => `cache/${i}abc/${f.name}`)), { status: 200, headers: { "content-type": "application/json" } });
}

beforeAll(() => vi.stubGlobal("fetch", vi.fn(fakeUploadRoute)));
afterAll(() => vi.unstubAllGlobals());

describe("uploadFiles (global fetch, Node FormData + Blob)", () => {
  it("posts every file under the `files` field and returns FileData in order", async () => {
    const a = new File(["hello"], "a.txt", { type: "text/plain" });
    const b = new Blob([new Uint8Array([1, 2, 3])]);
    const seen: number[] = [];
    const out = await uploadFiles(root + "/", [a, b], { onProgress: (p) => seen.push(p.loaded), uploadId: "u1" });
    const last = received.at(-1)!;
    expect(last.url).toBe("/gradio_api/upload?upload_id=u1");
    expect(last.names).toEqual(["a.txt", "file-1"]);
    expect(last.bodies[0]).toBe("hello");
    expect(last.types[0]).toBe("text/plain");
    expect(out).toEqual([
      { path: "cache/0abc/a.txt", url: `${root}/gradio_api/file=cache/0abc/a.txt`, size: 5, orig_name: "a.txt", mime_type: "text/plain", is_stream: false, meta: { _type: "gradio.FileData" } },
      { path: "cache/1abc/file-1", url: `${root}/gradio_api/file=cache/1abc/file-1`, size: 3, orig_name: "file-1", mime_type: null, is_stream: false, meta: { _type: "gradio.FileData" } },
    ]);
    expect(seen).toEqual([8]);
  });

  it("refuses a file over maxFileSize before sending anything", async () => {
    const before = received.length;
    const big = new File([new Uint8Array(2048)], "big.bin");
    const err = await uploadFiles(root, [big], { maxFileSize: 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadError);
    expect((err as UploadError).tooLarge).toBe(true);
    expect((err as UploadError).message).toBe("“big.bin” is 2.0 KB; the largest file this app accepts is 1.0 KB.");
    expect(received.length).toBe(before);
  });

  it("reports the server's 413 message when the server refuses the size", async () => {
    const err = await uploadFiles(root, [new File([new Uint8Array(LIMIT + 1)], "x.bin")]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadError);
    expect((err as UploadError).status).toBe(413);
    expect((err as UploadError).tooLarge).toBe(true);
    expect((err as UploadError).message).toBe(`File exceeds ${LIMIT} bytes.`);
  });

  it("returns [] without a request for no files", async () => {
    const before = received.length;
    expect(await uploadFiles(root, [])).toEqual([]);
    expect(received.length).toBe(before);
  });
});

describe("upload errors from a mocked fetch", () => {
  const respond = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;

  it("reads Gradio's plain-text 413", async () => {
    const err = (await uploadFiles("http://x", [new Blob(["a"])], { fetch: respond(413, "File size exceeded maximum allowed size of 5242880 bytes.") }).catch((e) => e)) as UploadError;
    expect(err.message).toBe("File size exceeded maximum allowed size of 5242880 bytes.");
    expect(err.tooLarge).toBe(true);
  });

  it("reads a JSON detail on other failures", async () => {
    const err = (await uploadFiles("http://x", [new Blob(["a"])], { fetch: respond(400, JSON.stringify({ detail: "bad form" })) }).catch((e) => e)) as UploadError;
    expect(err.message).toBe("Upload failed: bad form");
    expect(err.status).toBe(400);
  });

  it("rejects an answer that is not one path per file", async () => {
    const err = (await uploadFiles("http://x", [new Blob(["a"]), new Blob(["b"])], { fetch: respond(200, JSON.stringify(["only-one"])) }).catch((e) => e)) as UploadError;
    expect(err).toBeInstanceOf(UploadError);
    expect(err.message).toMatch(/one per file/);
  });

  it("turns a network failure into an UploadError", async () => {
    const fail = (async () => {
      throw new TypeError("fetch failed");
    }) as unknown as typeof fetch;
    const err = (await uploadFiles("http://x", [new Blob(["a"])], { fetch: fail }).catch((e) => e)) as UploadError;
    expect(err).toBeInstanceOf(UploadError);
    expect(err.message).toBe("Upload failed: fetch failed");
  });
});

describe("Client.upload", () => {
  it("uses the app's api_prefix, max_file_size and headers", async () => {
    const calls: Array<{ url: string; headers: unknown }> = [];
    const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), headers: init?.headers });
      return new Response(JSON.stringify(["p/1"]), { status: 200 });
    }) as typeof fetch;
    const config: AppConfig = { api_prefix: "/api", components: [], layout: { id: 0 }, dependencies: [], max_file_size: 10 };
    const client = await Client.connect("http://app.test/sub/", { config, fetch: impl, headers: { "x-token": "t" } });
    const [fd] = await client.upload([new File(["abc"], "n.txt")]);
    expect(calls).toEqual([{ url: "http://app.test/sub/api/upload", headers: { "x-token": "t" } }]);
    expect(fd!.url).toBe("http://app.test/sub/api/file=p/1");
    await expect(client.upload([new File([new Uint8Array(11)], "big")])).rejects.toThrow(/largest file this app accepts is 10 B/);
    client.close();
  });
});

describe("helpers", () => {
  it("formats sizes like a file manager", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(12)).toBe("12 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5.0 MB");
    expect(formatBytes(200 * 1024 * 1024)).toBe("200 MB");
    expect(formatBytes(null)).toBe("");
  });

  it("builds file URLs that keep slashes and escape the rest", () => {
    expect(fileUrl("http://h/", "/tmp/gradio/ab/a b#1?.txt")).toBe("http://h/gradio_api/file=/tmp/gradio/ab/a%20b%231%3F.txt");
  });

  it("checks sizes only when a limit is set", () => {
    expect(checkFileSizes([new Blob(["abc"])], null)).toBeNull();
    expect(checkFileSizes([new Blob(["abc"])], 3)).toBeNull();
    expect(checkFileSizes([new File(["abcd"], "f")], 3)).toMatch(/“f” is 4 B/);
  });
});
