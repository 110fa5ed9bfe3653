import { describe, expect, it } from "vitest";
import type { AppConfig, DependencyConfig, JobEvent, JobResult, SubmitOptions } from "@podium/client";
import { Runtime, type ClientLike, type JobLike } from "./runtime.svelte";

type Handler = (e: JobEvent) => void;

class FakeJob implements JobLike {
  eventId = "e";
  handlers = new Map<string, Handler[]>();
  private resolve!: (r: JobResult) => void;
  private done = new Promise<JobResult>((r) => (this.resolve = r));
  cancelled = false;
  constructor(readonly fnIndex: number, readonly data: unknown[], readonly opts?: SubmitOptions) {}
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(type: string, cb: (e: any) => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), cb as Handler]);
    return this;
  }
  emit(e: JobEvent) {
    for (const h of this.handlers.get(e.type) ?? []) h(e);
  }
  succeed(data: unknown[]) {
    this.emit({ type: "data", data, generating: false, changedStateIds: [] });
    this.emit({ type: "complete", data, changedStateIds: [] });
    this.resolve({ success: true, data });
  }
  fail(message: string) {
    this.emit({ type: "error", message, title: "Error", duration: null, visible: true });
    this.resolve({ success: false, error: message });
  }
  result() {
    return this.done;
  }
  async cancel() {
    this.cancelled = true;
    this.resolve({ success: false, cancelled: true });
  }
}

class FakeClient implements ClientLike {
  jobs: FakeJob[] = [];
  submit(fnIndex: number, data: unknown[], opts?: SubmitOptions) {
    const job = new FakeJob(fnIndex, data, opts);
    this.jobs.push(job);
    return job;
  }
}

function dep(id: number, over: Partial<DependencyConfig> = {}): DependencyConfig {
  return {
    id, targets: [], inputs: [], outputs: [], backend_fn: true, js: null, queue: true, api_name: null,
    types: { generator: false, cancel: false }, trigger_after: null, trigger_only_on_success: false,
    trigger_only_on_failure: false, trigger_mode: "once", show_progress: "full", cancels: [], ...over,
  };
}

function app(deps: DependencyConfig[]): { rt: Runtime; client: FakeClient } {
  const config: AppConfig = {
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }] },
    components: [
      { id: 1, type: "textbox", props: { value: "", label: "name" } },
      { id: 2, type: "textbox", props: { label: "out" } },
      { id: 3, type: "button", props: { value: "Go" } },
      { id: 4, type: "json", props: {} },
    ],
    dependencies: deps,
  };
  const client = new FakeClient();
  return { rt: new Runtime(config, client), client };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("Runtime", () => {
  it("submits input values on a trigger and writes outputs", async () => {
    const { rt, client } = app([dep(0, { targets: [[3, "click"], [1, "submit"]], inputs: [1], outputs: [2] })]);
    rt.models.get(1)!.set("value", "World");
    rt.models.get(3)!.send("click");
    await tick();
    expect(client.jobs).toHaveLength(1);
    expect(client.jobs[0]!.data).toEqual(["World"]);
    expect(client.jobs[0]!.opts).toEqual({ triggerId: 3, eventData: null });
    expect(rt.statusOf(2)?.stage).toBe("pending");
    client.jobs[0]!.succeed(["Hello World!"]);
    await tick();
    expect(rt.models.get(2)!.get("value")).toBe("Hello World!");
    expect(rt.statusOf(2)).toBeUndefined();
  });

  it("resolves interactivity from dependencies", () => {
    const { rt } = app([dep(0, { inputs: [1], outputs: [2] })]);
    expect(rt.models.get(1)!.get("interactive")).toBe(true);
    expect(rt.models.get(2)!.get("interactive")).toBe(false);
  });

  it("ignores re-triggers while running in 'once' mode and keeps the last in 'always_last'", async () => {
    const { rt, client } = app([
      dep(0, { targets: [[3, "click"]], inputs: [1], outputs: [2] }),
      dep(1, { targets: [[1, "input"]], inputs: [1], outputs: [4], trigger_mode: "always_last" }),
    ]);
    rt.trigger(3, "click");
    rt.trigger(3, "click");
    await tick();
    expect(client.jobs.filter((j) => j.fnIndex === 0)).toHaveLength(1);

    const m = rt.models.get(1)!;
    m.set("value", "a");
    m.send("input");
    m.set("value", "ab");
    m.send("input");
    m.set("value", "abc");
    m.send("input");
    await tick();
    let fn1 = client.jobs.filter((j) => j.fnIndex === 1);
    expect(fn1).toHaveLength(1);
    fn1[0]!.succeed([1]);
    await tick();
    await tick();
    fn1 = client.jobs.filter((j) => j.fnIndex === 1);
    expect(fn1).toHaveLength(2);
    expect(fn1[1]!.data).toEqual(["abc"]);
  });

  it("chains .then / .success / .failure", async () => {
    const { rt, client } = app([
      dep(0, { targets: [[3, "click"]], inputs: [1], outputs: [2] }),
      dep(1, { targets: [[null, "then"]], trigger_after: 0, inputs: [2], outputs: [4] }),
      dep(2, { targets: [[null, "success"]], trigger_after: 0, trigger_only_on_success: true, outputs: [4] }),
      dep(3, { targets: [[null, "failure"]], trigger_after: 0, trigger_only_on_failure: true, outputs: [4] }),
    ]);
    rt.trigger(3, "click");
    await tick();
    client.jobs[0]!.succeed(["x"]);
    await tick();
    expect(client.jobs.map((j) => j.fnIndex)).toEqual([0, 1, 2]);
    expect(client.jobs[1]!.data).toEqual(["x"]);
    client.jobs[1]!.succeed([1]);
    client.jobs[2]!.succeed([2]);
    await tick();

    rt.trigger(3, "click");
    await tick();
    client.jobs[3]!.fail("boom");
    await tick();
    expect(client.jobs.map((j) => j.fnIndex)).toEqual([0, 1, 2, 0, 1, 3]);
    expect(rt.toasts.map((t) => [t.level, t.message])).toEqual([["error", "boom"]]);
  });

  it("runs browser-only js deps and applies update objects", async () => {
    const { rt, client } = app([
      dep(0, { targets: [[3, "click"]], outputs: [1, 2], backend_fn: false, js: "() => [null, {__type__: 'update', visible: false}]" }),
    ]);
    rt.models.get(1)!.set("value", "typed");
    rt.trigger(3, "click");
    await tick();
    expect(client.jobs).toHaveLength(0);
    expect(rt.models.get(1)!.get("value")).toBeNull();
    expect(rt.models.get(2)!.get("visible")).toBe(false);
  });

  it("fires change (not input) when the backend sets a value", async () => {
    const { rt, client } = app([
      dep(0, { targets: [[3, "click"]], outputs: [2] }),
      dep(1, { targets: [[2, "change"]], inputs: [2], outputs: [4] }),
      dep(2, { targets: [[2, "input"]], outputs: [4] }),
    ]);
    rt.trigger(3, "click");
    await tick();
    client.jobs[0]!.succeed(["new"]);
    await tick();
    expect(client.jobs.map((j) => j.fnIndex)).toEqual([0, 1]);
    // Same value again: no change event.
    rt.trigger(3, "click");
    await tick();
    client.jobs[2]!.succeed(["new"]);
    await tick();
    expect(client.jobs.map((j) => j.fnIndex)).toEqual([0, 1, 0]);
  });

  it("cancels running jobs listed in cancels", async () => {
    const { rt, client } = app([
      dep(0, { targets: [[3, "click"]], outputs: [2] }),
      dep(1, { targets: [[1, "submit"]], backend_fn: false, cancels: [0] }),
    ]);
    rt.trigger(3, "click");
    await tick();
    rt.trigger(1, "submit");
    await tick();
    expect(client.jobs[0]!.cancelled).toBe(true);
  });

  it("shows log messages as toasts and fires load deps at start", async () => {
    const { rt, client } = app([dep(0, { targets: [[0, "load"]], outputs: [2] })]);
    rt.start();
    await tick();
    expect(client.jobs).toHaveLength(1);
    client.jobs[0]!.emit({ type: "log", message: "hi", level: "warning", title: null, duration: 5, visible: true });
    expect(rt.toasts).toMatchObject([{ level: "warning", title: "Warning", message: "hi", duration: 5 }]);
    rt.dismiss(rt.toasts[0]!.id);
    expect(rt.toasts).toEqual([]);
  });

  it("uses show_progress modes", async () => {
    const { rt, client } = app([
      dep(0, { targets: [[3, "click"]], outputs: [2], show_progress: "hidden" }),
      dep(1, { targets: [[1, "submit"]], outputs: [4], show_progress: "minimal" }),
    ]);
    rt.trigger(3, "click");
    rt.trigger(1, "submit");
    await tick();
    expect(rt.statusOf(2)).toBeUndefined();
    expect(rt.statusOf(4)?.mode).toBe("minimal");
    client.jobs[1]!.emit({ type: "progress", progress: [{ index: 1, length: 2, unit: "steps", progress: null, desc: null }] });
    expect(rt.statusOf(4)?.progress?.[0]?.index).toBe(1);
  });

  it("marks a failed run's outputs with its error until the next run starts", async () => {
    const { rt, client } = app([
      dep(0, { targets: [[3, "click"]], inputs: [1], outputs: [2] }),
      dep(1, { targets: [[1, "submit"]], outputs: [4], show_progress: "hidden" }),
    ]);
    rt.trigger(3, "click");
    await tick();
    client.jobs[0]!.fail("Bad input");
    await tick();
    expect(rt.errorOf(2)).toMatchObject({ message: "Bad input" });
    expect(rt.errorOf(1)).toBeUndefined();
    rt.dismissError(2);
    expect(rt.errorOf(2)).toBeUndefined();

    rt.trigger(3, "click");
    await tick();
    client.jobs[1]!.fail("again");
    await tick();
    expect(rt.errorOf(2)?.message).toBe("again");
    rt.trigger(3, "click"); // a new run clears the badge as it starts
    expect(rt.errorOf(2)).toBeUndefined();
    await tick();
    client.jobs[2]!.succeed(["ok"]);
    await tick();
    expect(rt.errorOf(2)).toBeUndefined();

    // show_progress="hidden": toast only, no badge; a cancelled run is no error.
    rt.trigger(1, "submit");
    await tick();
    client.jobs[3]!.fail("quiet");
    await tick();
    expect(rt.errorOf(4)).toBeUndefined();
    rt.trigger(3, "click");
    await tick();
    await client.jobs[4]!.cancel();
    await tick();
    expect(rt.errorOf(2)).toBeUndefined();
  });

  it("gives a dataset its components' labels as headers when it has none", () => {
    const config: AppConfig = {
      layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
      components: [
        { id: 1, type: "textbox", props: { label: "name" } },
        { id: 2, type: "number", props: { label: null } },
        { id: 3, type: "dataset", props: { headers: [], component_ids: [1, 2], samples: [["a", 1]] } },
        { id: 4, type: "dataset", props: { headers: ["X", "Y"], component_ids: [1, 2], samples: [] } },
      ],
      dependencies: [],
    };
    const rt = new Runtime(config, null);
    expect(rt.models.get(3)!.get("headers")).toEqual(["name", ""]);
    expect(rt.models.get(4)!.get("headers")).toEqual(["X", "Y"]);
    expect(rt.models.get(3)!.get("interactive")).toBe(true);
  });
});

describe("Runtime streaming", () => {
  it("writes a generator's values once per animation frame, merged prop by prop", async () => {
    const frames: FrameRequestCallback[] = [];
    const globals = globalThis as Record<string, unknown>;
    const saved = { raf: globals.requestAnimationFrame, caf: globals.cancelAnimationFrame, doc: globals.document };
    globals.requestAnimationFrame = (cb: FrameRequestCallback) => frames.push(cb);
    globals.cancelAnimationFrame = () => undefined;
    globals.document = { visibilityState: "visible" };
    try {
      const { rt, client } = app([dep(0, { targets: [[3, "click"]], inputs: [1], outputs: [1, 2] })]);
      rt.models.get(1)!.set("value", "question");
      rt.models.get(3)!.send("click");
      await tick();
      const job = client.jobs[0]!;
      const stream = (data: unknown[]) => job.emit({ type: "data", data, generating: true, changedStateIds: [] });
      stream(["", "a"]);
      stream([{ __type__: "update" }, "ab"]);
      stream([{ __type__: "update" }, "abc"]);
      expect(rt.models.get(2)!.get("value")).toBeUndefined(); // nothing written before the frame
      expect(frames).toHaveLength(1);
      frames.shift()!(0);
      // The box was cleared by the first chunk even though later chunks left it alone.
      expect(rt.models.get(1)!.get("value")).toBe("");
      expect(rt.models.get(2)!.get("value")).toBe("abc");
      stream([{ __type__: "update" }, "abcd"]);
      job.succeed([{ __type__: "update" }, "abcde"]); // the final value is written at once
      expect(rt.models.get(2)!.get("value")).toBe("abcde");
    } finally {
      globals.requestAnimationFrame = saved.raf;
      globals.cancelAnimationFrame = saved.caf;
      globals.document = saved.doc;
    }
  });
});
