/**
 * A tiny Server-Sent Events parser (the text/event-stream format), independent of
 * EventSource so that it works over any fetch() response body, in browsers and Node.
 */

export interface SSEMessage {
  /** The `event:` field; "message" when absent. */
  event: string;
  /** The `data:` lines joined with "\n". */
  data: string;
  /** The last `id:` field seen, if any. */
  id?: string;
}

/** Incremental parser: feed it decoded text chunks, get back complete messages. */
export class SSEParser {
  private buffer = "";
  private event = "";
  private data: string[] = [];
  private hasData = false;
  private lastId: string | undefined;

  /** Parse a chunk of text; returns the messages completed by it. */
  feed(chunk: string): SSEMessage[] {
    this.buffer += chunk;
    const out: SSEMessage[] = [];
    let start = 0;
    for (;;) {
      let end = -1;
      let next = -1;
      for (let i = start; i < this.buffer.length; i++) {
        const ch = this.buffer.charCodeAt(i);
        if (ch === 10) {
          end = i;
          next = i + 1;
          break;
        }
        if (ch === 13) {
          // A lone CR at the end of the buffer may be the first half of CRLF.
          if (i + 1 >= this.buffer.length) break;
          end = i;
          next = this.buffer.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
          break;
        }
      }
      if (end < 0) break;
      this.line(this.buffer.slice(start, end), out);
      start = next;
    }
    this.buffer = this.buffer.slice(start);
    return out;
  }

  /** Flush at end of stream: a trailing line without newline still counts. */
  end(): SSEMessage[] {
    const out: SSEMessage[] = [];
    if (this.buffer.length > 0) {
      const rest = this.buffer.replace(/\r$/, "");
      this.buffer = "";
      this.line(rest, out);
    }
    this.dispatch(out);
    return out;
  }

  private line(line: string, out: SSEMessage[]): void {
    if (line === "") {
      this.dispatch(out);
      return;
    }
    if (line.charCodeAt(0) === 58) return; // ":" comment
    const colon = line.indexOf(":");
    let field = line;
    let value = "";
    if (colon >= 0) {
      field = line.slice(0, colon);
      value = line.slice(colon + 1);
      if (value.charCodeAt(0) === 32) value = value.slice(1);
    }
    switch (field) {
      case "data":
        this.data.push(value);
        this.hasData = true;
        break;
      case "event":
        this.event = value;
        break;
      case "id":
        if (!value.includes("\0")) this.lastId = value;
        break;
      default:
        break; // "retry" and unknown fields are ignored
    }
  }

  private dispatch(out: SSEMessage[]): void {
    if (this.hasData || this.event) {
      const msg: SSEMessage = { event: this.event || "message", data: this.data.join("\n") };
      if (this.lastId !== undefined) msg.id = this.lastId;
      out.push(msg);
    }
    this.event = "";
    this.data = [];
    this.hasData = false;
  }
}

/** Iterate over the SSE messages of a byte stream (e.g. a fetch Response body). */
export async function* readSSE(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<SSEMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SSEParser();
  const onAbort = () => {
    reader.cancel().catch(() => {});
  };
  signal?.addEventListener("abort", onAbort);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const msg of parser.feed(decoder.decode(value, { stream: true }))) yield msg;
    }
    for (const msg of parser.feed(decoder.decode())) yield msg;
    for (const msg of parser.end()) yield msg;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    reader.releaseLock?.();
  }
}
