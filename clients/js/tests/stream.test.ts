import { describe, expect, it } from "vitest";
import { Client } from "../src/client.js";
import type { AppConfig } from "../src/types.js";

const config = { api_prefix: "/gradio_api", components: [], layout: { id: 0 }, dependencies: [] } as unknown as AppConfig;

/** A fake server whose single SSE stream the test writes to by hand. */
function manualServer() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let joins = 0;
  const joinGates: Array<() => void> = [];
  const enc = new TextEncoder();
  const impl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.endsWith("/queue/join")) {
      const id = `ev${joins++}`;
      if (id === "ev1") await new Promise<void>((r) => joinGates.push(r)); // hold the 2nd join's response
      return new Response(JSON.stringify({ event_id: id }));
    }
    if (url.includes("/queue/data")) {
      return new Response(new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) }));
    }
    return new Response("{}");
  }) as typeof fetch;
  const send = (m: unknown) => controller.enqueue(enc.encode(`data: ${JSON.stringify(m)}\n\n`));
  return { impl, send, release: () => joinGates.forEach((g) => g()), close: () => controller.close() };
}

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

/** Two events submitted in order; the second join's answer is held back by the server. */
async function twoJoinsInFlight() {
  const server = manualServer();
  const client = await Client.connect("http://x", { config, fetch: server.impl });
  const first = client.submit(0, []);
  await tick();
  const second = client.submit(0, []);
  await tick();
  return { server, client, first, second };
}

describe("session stream", () => {
  it("buffers messages that arrive before the join response names the event", async () => {
    const { server, client, first, second } = await twoJoinsInFlight();
    // The server already streams the second event's result while its join is in flight.
    server.send({ msg: "process_completed", event_id: "ev1", success: true, output: { data: ["early"] } });
    await tick();
    server.release();
    expect(await second.result()).toEqual({ success: true, data: ["early"] });
    server.send({ msg: "process_completed", event_id: "ev0", success: true, output: { data: ["first"] } });
    server.send({ msg: "close_stream" });
    expect(await first.result()).toEqual({ success: true, data: ["first"] });
    client.close();
  });

  it("keeps early messages when the stream closes before the join response arrives", async () => {
    const { server, client, first, second } = await twoJoinsInFlight();
    // Both events finish and the server ends the stream (nothing pending on its side)
    // while the second join's answer is still on its way.
    server.send({ msg: "process_completed", event_id: "ev1", success: true, output: { data: ["second"] } });
    server.send({ msg: "process_completed", event_id: "ev0", success: true, output: { data: ["first"] } });
    server.send({ msg: "close_stream" });
    expect(await first.result()).toEqual({ success: true, data: ["first"] });
    await tick();
    server.release();
    expect(await second.result()).toEqual({ success: true, data: ["second"] });
    client.close();
  });

  it("fails every pending job on an unexpected_error without an event id", async () => {
    const server = manualServer();
    const client = await Client.connect("http://x", { config, fetch: server.impl });
    const job = client.submit(0, []);
    await tick();
    server.send({ msg: "unexpected_error", message: "server exploded" });
    expect(await job.result()).toEqual({ success: false, error: "server exploded" });
    client.close();
  });
});
