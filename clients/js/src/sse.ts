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
  // The current line's text so far, in pieces: joined once, when the line ends. (Appending
  // to one string and rescanning it per chunk made a multi-megabyte `data:` line cost
  // quadratic time: minutes for a 100,000-row table.)
  private pieces: string[] = [];
  // The last chunk ended with CR: a LF starting the next chunk belongs to that break.
  private afterCR = false;
  private event = "";
  private data: string[] = [];
  private hasData = false;
  private lastId: string | undefined;

  /** Parse a chunk of text; returns the messages completed by it. */
  feed(chunk: string): SSEMessage[] {
    const out: SSEMessage[] = [];
    let start = this.afterCR && chunk.charCodeAt(0) === 10 ? 1 : 0;
    this.afterCR = false;
    const breaks = /\r\n?|\n/g;
    breaks.lastIndex = start;
    for (let found = breaks.exec(chunk); found; found = breaks.exec(chunk)) {
      this.pieces.push(chunk.slice(start, found.index));
      const line = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join("");
      this.pieces = [];
      this.line(line, out);
      start = found.index + found[0].length;
      if (found[0] === "\r" && start === chunk.length) this.afterCR = true;
    }
    if (start < chunk.length) this.pieces.push(chunk.slice(start));
    return out;
  }

  /** Flush at end of stream: a trailing line without newline still counts. */
  end(): SSEMessage[] {
    const out: SSEMessage[] = [];
    if (this.pieces.length > 0) {
      const rest = this.pieces.join("");
      this.pieces = [];
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
