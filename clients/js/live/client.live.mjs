// @podium/client (the built dist/) against a live Podium server, with node's own test
// runner: `npm run test:live` (builds first). The server is live/app.py on a free port.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";

import { Client } from "../dist/index.js";
import { startApp } from "./server.mjs";

const SLOW_STEPS = 100; // /slow yields one number every 0.1 s: 10 s unless cancelled

let app;
let client;

before(async () => {
  app = await startApp();
  client = await Client.connect(app.url);
});

after(async () => {
  client?.close();
  await app?.stop();
});

/** Every event of a job, in order, until it ends. */
async function drain(job) {
  const events = [];
  for await (const event of job) events.push(event);
  return events;
}

describe("@podium/client against a live Podium app", () => {
  test("connect loads the app's config", () => {
    const names = client.config.dependencies.map((d) => d.api_name);
    assert.deepEqual(names.slice(0, 5), ["greet", "count", "explode", "reverse_file", "slow"]);
    assert.equal(client.apiPrefix, "/gradio_api");
    assert.equal(client.dependency("/count").types.generator, true);
  });

  test("predict calls an endpoint the REST way and resolves with its outputs", async () => {
    assert.deepEqual(await client.predict("/greet", ["World"]), ["Hello World!"]);
    const seen = [];
    const final = await client.predict("/count", [3], { onData: (d) => seen.push(d[0]) });
    assert.deepEqual(final, ["0 1 2"]);
    assert.deepEqual(seen, ["0", "0 1", "0 1 2"]);
  });

  test("submit is an async iterator of status, progress and data events", async () => {
    const job = client.submit("/count", [3]);
    const events = await drain(job);
    const stages = events.filter((e) => e.type === "status").map((e) => e.stage);
    assert.equal(stages[0], "pending");
    assert.ok(stages.includes("running"), `stages: ${stages}`);
    assert.equal(stages.at(-1), "complete");
    const progress = events.filter((e) => e.type === "progress");
    assert.ok(progress.length > 0, "no progress event");
    assert.equal(progress[0].progress[0].length, 3);
    assert.equal(progress[0].progress[0].desc, "counting");
    const data = events.filter((e) => e.type === "data").map((e) => e.data[0]);
    assert.deepEqual(data, ["0", "0 1", "0 1 2", "0 1 2"]); // three yields, then the final value
    assert.deepEqual(await job.result(), { success: true, data: ["0 1 2"] });
  });

  test("jobs submitted together on one session all complete", async () => {
    const jobs = Array.from({ length: 10 }, (_, i) => client.submit("/greet", [`n${i}`]));
    const results = await Promise.all(jobs.map((j) => j.result()));
    assert.deepEqual(
      results.map((r) => r.data[0]),
      jobs.map((_, i) => `Hello n${i}!`),
    );
  });

  test("an error raised by the function reaches the job with its message", async () => {
    const job = client.submit("/explode", ["Bob"]);
    const events = await drain(job);
    const error = events.find((e) => e.type === "error");
    assert.equal(error?.message, "Cannot greet Bob");
    assert.deepEqual(await job.result(), { success: false, error: "Cannot greet Bob" });
  });

  test("uploaded files reach the function and its file comes back byte for byte", async () => {
    const bytes = randomBytes(200_000);
    const [file] = await client.upload([new File([bytes], "noise.bin")]);
    assert.equal(file.orig_name, "noise.bin");
    assert.equal(file.size, bytes.length);
    const result = await client.submit("/reverse_file", [file]).result();
    assert.equal(result.success, true, result.error);
    const out = result.data[0];
    assert.equal(out.orig_name, "reversed-noise.bin");
    const download = await fetch(out.url);
    assert.equal(download.status, 200);
    const got = Buffer.from(await download.arrayBuffer());
    assert.ok(got.equals(Buffer.from(bytes).reverse()), "downloaded bytes differ");
  });

  test("cancel stops a running job on the server", async () => {
    const job = client.submit("/slow", [SLOW_STEPS]);
    for await (const event of job) if (event.type === "data") break;
    await job.cancel();
    assert.deepEqual(await job.result(), { success: false, cancelled: true });
    // /slow runs one at a time: this call only starts once the server dropped the first.
    const started = Date.now();
    const next = await client.submit("/slow", [2]).result();
    assert.deepEqual(next, { success: true, data: [1] });
    assert.ok(Date.now() - started < (SLOW_STEPS * 100) / 2, "the cancelled job kept the server busy");
  });

  test("an unknown endpoint fails the job with a clear message", async () => {
    const result = await client.submit("/nope", ["x"]).result();
    assert.equal(result.success, false);
    assert.match(result.error, /No endpoint named \/nope/);
  });
});
