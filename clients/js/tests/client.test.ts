import { describe, expect, it } from "vitest";
import { Client } from "../src/client.js";
import type { AppConfig, JobEvent } from "../src/types.js";

const config: AppConfig = {
  api_prefix: "/gradio_api",
  components: [],
  layout: { id: 0 },
  dependencies: [
    { id: 0, api_name: "greet", targets: [[1, "click"]], inputs: [], outputs: [], backend_fn: true, js: null, queue: true, types: { generator: false, cancel: false }, trigger_after: null, trigger_only_on_success: false, trigger_only_on_failure: false, trigger_mode: "once", show_progress: "full", cancels: [] },
    { id: 1, api_name: "gen", targets: [[1, "submit"]], inputs: [], outputs: [], backend_fn: true, js: null, queue: true, types: { generator: true, cancel: false }, trigger_after: null, trigger_only_on_success: false, trigger_only_on_failure: false, trigger_mode: "once", show_progress: "full", cancels: [] },
  ],
};

/** A scripted fake server: each queue/data request streams the next script. */
function fakeServer(scripts: Array<(ids: string[]) => unknown[]>) {
  const calls: Array<{ url: string; body?: unknown }> = [];
  const ids: string[] = [];
  let stream = 0;
  const impl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ url, body });
    if (url.endsWith("/queue/join")) {
      const id = `ev${ids.length}`;
      ids.push(id);
      return new Response(JSON.stringify({ event_id: id }), { status: 200 });
    }
    if (url.includes("/queue/data")) {
      const script = scripts[stream++];
      if (!script) return new Response("no", { status: 404 });
      const msgs = script(ids);
      const text = msgs.map((m) => `data: ${JSON.stringify(m)}\n\n`).join("");
      const bytes = new TextEncoder().encode(text);
      return new Response(
        new ReadableStream({
          start(c) {
            // split into small chunks to exercise the parser
            for (let i = 0; i < bytes.length; i += 7) c.enqueue(bytes.slice(i, i + 7));
            c.close();
          },
        }),
        { status: 200, headers: { "content-type": "text/event-stream" } },
      );
    }
    if (url.endsWith("/cancel")) return new Response("{}", { status: 200 });
    return new Response("not found", { status: 404 });
  };
  return { impl: impl as typeof fetch, calls, ids };
}

async function collect(job: AsyncIterable<JobEvent>): Promise<JobEvent[]> {
  const out: JobEvent[] = [];
  for await (const e of job) out.push(e);
  return out;
}

describe("Client.submit", () => {
  it("joins, streams status, applies diffs and completes", async () => {
    const server = fakeServer([
      ([id]) => [
        { msg: "estimation", event_id: id, rank: 1, queue_size: 2, rank_eta: 1.5 },
        { msg: "process_starts", event_id: id, eta: 1 },
        { msg: "progress", event_id: id, progress_data: [{ index: 1, length: 4, unit: "steps", progress: null, desc: "w" }] },
        { msg: "log", event_id: id, log: "hi", level: "warning", duration: 3, visible: true, title: "T" },
        { msg: "process_generating", event_id: id, success: true, output: { data: ["a "], is_generating: true } },
        { msg: "process_generating", event_id: id, success: true, output: { data: [[["append", [], "b"]]], is_generating: true } },
        { msg: "process_completed", event_id: id, success: true, output: { data: ["a b"] } },
        { msg: "close_stream", event_id: null },
      ],
    ]);
    const client = await Client.connect("http://x/", { config, fetch: server.impl, sessionHash: "s1" });
    const job = client.submit("/gen", [3], { triggerId: 1 });
    const events = await collect(job);
    expect(server.calls[0]).toEqual({
      url: "http://x/gradio_api/queue/join",
      body: { data: [3], fn_index: 1, session_hash: "s1", trigger_id: 1, event_data: null },
    });
    expect(server.calls[1]!.url).toBe("http://x/gradio_api/queue/data?session_hash=s1");
    const datas = events.filter((e) => e.type === "data").map((e) => (e as { data: unknown[] }).data);
    expect(datas).toEqual([["a "], ["a b"], ["a b"]]);
    expect(events).toContainEqual({ type: "status", stage: "pending", rank: 1, queueSize: 2, eta: 1.5 });
    expect(events).toContainEqual({ type: "log", message: "hi", level: "warning", title: "T", duration: 3, visible: true });
    expect(events.at(-1)).toEqual({ type: "complete", data: ["a b"], changedStateIds: [] });
    expect(await job.result()).toEqual({ success: true, data: ["a b"] });
  });

  it("reports errors from process_completed", async () => {
    const server = fakeServer([
      ([id]) => [
        { msg: "process_completed", event_id: id, success: false, output: { error: "boom", duration: 10, visible: true, title: "Error" } },
        { msg: "close_stream" },
      ],
    ]);
    const client = await Client.connect("http://x", { config, fetch: server.impl });
    const errors: unknown[] = [];
    const job = client.submit(0, ["a"]).on("error", (e) => errors.push(e));
    expect(await job.result()).toEqual({ success: false, error: "boom" });
    expect(errors).toEqual([{ type: "error", message: "boom", title: "Error", duration: 10, visible: true }]);
  });

  it("shares one stream between jobs and reopens it after close_stream", async () => {
    const server = fakeServer([
      ([a]) => [{ msg: "process_completed", event_id: a, success: true, output: { data: [1] } }, { msg: "close_stream" }],
      (ids) => [{ msg: "process_completed", event_id: ids[1], success: true, output: { data: [2] } }, { msg: "close_stream" }],
    ]);
    const client = await Client.connect("http://x", { config, fetch: server.impl });
    expect((await client.submit(0, []).result()).data).toEqual([1]);
    expect((await client.submit(0, []).result()).data).toEqual([2]);
    expect(server.calls.filter((c) => c.url.includes("/queue/data"))).toHaveLength(2);
  });

  it("fails cleanly when the join is refused", async () => {
    const impl = (async () => new Response(JSON.stringify({ detail: "Queue is full" }), { status: 503 })) as typeof fetch;
    const client = await Client.connect("http://x", { config, fetch: impl });
    expect(await client.submit(0, []).result()).toEqual({ success: false, error: "Queue is full" });
  });

  it("against a Podium server, opens the stream with the join, not after its answer", async () => {
    const order: string[] = [];
    let answerJoin: (r: Response) => void = () => {};
    const impl = (async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith("/queue/join")) {
        order.push("join");
        // The answer comes only after the result went out on the stream.
        return new Promise<Response>((resolve) => (answerJoin = resolve));
      }
      order.push("data");
      const frames = [
        { msg: "process_starts", event_id: "e1", eta: null },
        { msg: "process_completed", event_id: "e1", success: true, output: { data: ["done"] } },
      ];
      const body = new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode(frames.map((m) => `data: ${JSON.stringify(m)}\n\n`).join("")));
          setTimeout(() => answerJoin(new Response(JSON.stringify({ event_id: "e1" }), { status: 200 })), 5);
        },
      });
      return new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
    }) as typeof fetch;
    const client = await Client.connect("http://x", { config: { ...config, podium_version: "0.1.0" }, fetch: impl });
    const result = await client.submit(0, []).result();
    expect(order).toEqual(["join", "data"]);
    expect(result).toEqual({ success: true, data: ["done"] });
    client.close();
  });

  it("against another server, opens the stream only once the join is answered", async () => {
    const server = fakeServer([([id]) => [{ msg: "process_completed", event_id: id, success: true, output: { data: [1] } }, { msg: "close_stream", event_id: null }]]);
    let joinAnswered = false;
    let dataBeforeAnswer = false;
    const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes("/queue/data") && !joinAnswered) dataBeforeAnswer = true;
      const res = await server.impl(input, init);
      if (String(input).endsWith("/queue/join")) joinAnswered = true;
      return res;
    }) as typeof fetch;
    const client = await Client.connect("http://x", { config, fetch: impl });
    expect(await client.submit(0, []).result()).toEqual({ success: true, data: [1] });
    expect(dataBeforeAnswer).toBe(false);
  });

  it("cancels a job", async () => {
    const server = fakeServer([() => [{ msg: "heartbeat" }, { msg: "close_stream" }]]);
    const client = await Client.connect("http://x", { config, fetch: server.impl, sessionHash: "s" });
    const job = client.submit(0, []);
    await new Promise((r) => setTimeout(r, 0));
    await job.cancel();
    expect(await job.result()).toEqual({ success: false, cancelled: true });
    expect(server.calls.find((c) => c.url.endsWith("/cancel"))?.body).toEqual({ session_hash: "s", fn_index: 0, event_id: "ev0" });
    client.close();
  });
});

describe("Client.predict", () => {
  it("calls a named endpoint over REST and reads the SSE result", async () => {
    const seen: string[] = [];
    const impl = (async (input: RequestInfo | URL) => {
      const url = String(input);
      seen.push(url);
      if (url.endsWith("/call/greet")) return new Response(JSON.stringify({ event_id: "e1" }));
      return new Response("event: generating\ndata: [\"He\"]\n\nevent: complete\ndata: [\"Hello\"]\n\n");
    }) as typeof fetch;
    const client = await Client.connect("http://x", { config, fetch: impl });
    const partial: unknown[] = [];
    expect(await client.predict("/greet", ["x"], { onData: (d) => partial.push(d) })).toEqual(["Hello"]);
    expect(partial).toEqual([["He"]]);
    expect(seen).toEqual(["http://x/gradio_api/call/greet", "http://x/gradio_api/call/greet/e1"]);
  });

  it("rejects on event: error", async () => {
    const impl = (async (input: RequestInfo | URL) =>
      String(input).endsWith("/call/greet")
        ? new Response(JSON.stringify({ event_id: "e1" }))
        : new Response('event: error\ndata: "bad input"\n\n')) as typeof fetch;
    const client = await Client.connect("http://x", { config, fetch: impl });
    await expect(client.predict("greet", [])).rejects.toThrow("bad input");
  });
});

describe("Client.componentServer", () => {
  it("posts Gradio's body with the session hash and resolves with the result", async () => {
    const seen: Array<{ url: string; body: unknown }> = [];
    const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ url: String(input), body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify("A >> hi"), { headers: { "content-type": "application/json" } });
    }) as typeof fetch;
    const client = await Client.connect("http://x", { config, fetch: impl, sessionHash: "s" });
    expect(await client.componentServer(4, "format", [{ speaker: "A", text: "hi" }])).toBe("A >> hi");
    expect(seen).toEqual([
      { url: "http://x/gradio_api/component_server", body: { data: [{ speaker: "A", text: "hi" }], component_id: 4, fn_name: "format", session_hash: "s" } },
    ]);
  });

  it("rejects with the server's message and status", async () => {
    const impl = (async () => new Response(JSON.stringify({ error: "Dialogue has no server function 'x'", detail: "Dialogue has no server function 'x'" }), { status: 404 })) as typeof fetch;
    const client = await Client.connect("http://x", { config, fetch: impl });
    await expect(client.componentServer(4, "x", null)).rejects.toMatchObject({ status: 404, message: expect.stringContaining("no server function") });
  });
});
