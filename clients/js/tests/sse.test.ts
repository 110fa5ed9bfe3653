import { describe, expect, it } from "vitest";
import { SSEParser, readSSE } from "../src/sse.js";

describe("SSEParser", () => {
  it("parses data frames split across chunks", () => {
    const p = new SSEParser();
    expect(p.feed('data: {"msg":')).toEqual([]);
    expect(p.feed('"a"}\n')).toEqual([]);
    expect(p.feed("\n")).toEqual([{ event: "message", data: '{"msg":"a"}' }]);
  });

  it("handles event names, multi-line data, comments and CRLF", () => {
    const p = new SSEParser();
    const out = p.feed(": comment\r\nevent: complete\r\ndata: [1,\r\ndata: 2]\r\n\r\nevent: heartbeat\r\ndata: null\r\n\r\n");
    expect(out).toEqual([
      { event: "complete", data: "[1,\n2]" },
      { event: "heartbeat", data: "null" },
    ]);
  });

  it("keeps a CR at a chunk boundary from splitting a CRLF into two lines", () => {
    const p = new SSEParser();
    expect(p.feed("data: x\r")).toEqual([]);
    expect(p.feed("\n\r\n")).toEqual([{ event: "message", data: "x" }]);
  });

  it("strips only one leading space and keeps ids", () => {
    const p = new SSEParser();
    expect(p.feed("id: 7\ndata:  two\n\n")).toEqual([{ event: "message", data: " two", id: "7" }]);
  });

  it("ignores empty frames and flushes a final frame at end", () => {
    const p = new SSEParser();
    expect(p.feed("\n\n")).toEqual([]);
    expect(p.feed("data: last")).toEqual([]);
    expect(p.end()).toEqual([{ event: "message", data: "last" }]);
  });
});

describe("readSSE", () => {
  it("decodes a byte stream with multi-byte characters split across chunks", async () => {
    const bytes = new TextEncoder().encode('data: "héllo ✓"\n\ndata: 2\n\n');
    const chunks = [bytes.slice(0, 9), bytes.slice(9, 10), bytes.slice(10)];
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (const ch of chunks) c.enqueue(ch);
        c.close();
      },
    });
    const got = [];
    for await (const m of readSSE(body)) got.push(m.data);
    expect(got).toEqual(['"héllo ✓"', "2"]);
  });
});

describe("SSEParser on very long lines", () => {
  it("parses a multi-megabyte data line fed in small chunks", () => {
    const payload = JSON.stringify({ data: Array.from({ length: 200_000 }, (_, i) => [i, `row-${i}`]) });
    const text = `data: ${payload}\r\n\r\n`;
    const parser = new SSEParser();
    const messages = [];
    for (let i = 0; i < text.length; i += 1024) messages.push(...parser.feed(text.slice(i, i + 1024)));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.data).toBe(payload);
  });

  it("keeps a CRLF split across chunks as one line break", () => {
    const parser = new SSEParser();
    expect(parser.feed("data: a\r")).toEqual([]);
    expect(parser.feed("\n\r")).toEqual([{ event: "message", data: "a" }]);
    expect(parser.feed("\ndata: b\n\n")).toEqual([{ event: "message", data: "b" }]);
  });
});
