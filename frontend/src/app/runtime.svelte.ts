/**
 * The app runtime: one model per component, event dispatch to dependencies, job
 * status per output, toasts. Talks to the server only through the JS client.
 */
import type { AppConfig, ComponentConfig, DependencyConfig, JobEventOf, JobEventType, JobResult, LayoutNode, ProgressUnit, SubmitOptions } from "@podium/client";
import { compileJs, depsFor, followUps, resolveInteractive, spreadResult, triggerDecision } from "./dispatch";
import { ComponentModel } from "./model.svelte";
import { datasetHeaders, outputPatch } from "./values";

/** What the runtime needs from a job (the client's Job satisfies it). */
export interface JobLike {
  eventId: string | null;
  on<T extends JobEventType>(type: T, cb: (e: JobEventOf<T>) => void): unknown;
  result(): Promise<JobResult>;
  cancel(): Promise<void>;
}

export interface ClientLike {
  submit(fnIndex: number, data: unknown[], opts?: SubmitOptions): JobLike;
  /** A component's server function (POST component_server); see Model.server. */
  componentServer?(componentId: number, fnName: string, data: unknown): Promise<unknown>;
}

export type ShowProgress = "full" | "minimal" | "hidden";

export interface StatusInfo {
  stage: "pending" | "running" | "generating";
  mode: ShowProgress;
  rank: number | null;
  queueSize: number | null;
  eta: number | null;
  /** performance.now() when the job was submitted. */
  start: number;
  progress: ProgressUnit[] | null;
  owner: number;
}

/** A failed run, shown as a badge on its output components until dismissed or re-run. */
export interface ErrorInfo {
  message: string | null;
  owner: number;
}

export interface Toast {
  id: number;
  level: "info" | "warning" | "error" | "success";
  title: string;
  message: string;
  /** seconds; null = until dismissed */
  duration: number | null;
}

const LAYOUT_TYPES = new Set(["row", "column", "group", "form", "tabs", "tabitem", "tab", "accordion", "sidebar"]);

/** What a `@render` listener sends back (see server/rendering.py). */
export interface RenderConfig {
  render_id: number;
  layout: LayoutNode;
  components: ComponentConfig[];
  dependencies: DependencyConfig[];
}

let tokens = 0;

export class Runtime {
  readonly config: AppConfig;
  deps: DependencyConfig[];
  readonly models = new Map<number, ComponentModel>();
  /** Children of each `@render` container, replaced each time that render runs. */
  rendered: Record<number, LayoutNode[]> = $state({});
  private renderedModels = new Map<number, Set<number>>();
  toasts: Toast[] = $state([]);

  private client: ClientLike | null;
  private running = new Map<number, Set<JobLike>>();
  private deferred = new Map<number, { triggerId: number | null; eventData: unknown }>();
  private toastTimers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(config: AppConfig, client: ClientLike | null) {
    this.config = config;
    this.client = client;
    this.deps = config.dependencies ?? [];
    const components = config.components ?? [];
    for (const c of components) this.addModel(c, components);
  }

  private addModel(c: ComponentConfig, components: ComponentConfig[]): void {
    const props = { ...(c.props ?? {}) };
    if (c.type === "dataset") props.headers = datasetHeaders(props, components);
    if (!LAYOUT_TYPES.has(c.type)) props.interactive = resolveInteractive(c.id, c.type, props.interactive, this.deps);
    const model = new ComponentModel(c.id, c.type, props, (event, data) => this.trigger(c.id, event, data), (fn, data) => this.callServer(c.id, fn, data));
    model.on("change:value", () => this.trigger(c.id, "change"));
    this.models.set(c.id, model);
  }

  /**
   * Swap in what a `@render` listener built: its components, layout and listeners replace
   * the previous run's. A component that kept its id (same `key`) keeps the props named
   * in its `preserved_by_key` (by default its value), so what the user typed survives.
   */
  applyRender(rc: RenderConfig): void {
    const id = rc.render_id;
    this.deps = [...this.deps.filter((d) => d.rendered_in !== id), ...rc.dependencies];
    const previous = this.renderedModels.get(id) ?? new Set<number>();
    const current = new Set<number>();
    for (const c of rc.components) {
      current.add(c.id);
      const existing = previous.has(c.id) ? this.models.get(c.id) : undefined;
      if (!existing) {
        this.addModel(c, rc.components);
        continue;
      }
      const kept = (existing.get<string[] | undefined>("preserved_by_key") ?? ["value"]);
      const patch = { ...(c.props ?? {}) };
      for (const prop of kept) delete patch[prop];
      existing.update(patch);
    }
    for (const old of previous) if (!current.has(old)) this.models.delete(old);
    this.renderedModels.set(id, current);
    this.rendered[id] = rc.layout.children ?? [];
  }

  /**
   * The key a layout's `{#each}` gives a child Node: its model, so that a component
   * `@render` rebuilt under the same id (a new model) is mounted afresh, while one kept
   * by `key` (the same model) stays as it is.
   */
  nodeKey(node: LayoutNode): unknown {
    return this.models.get(node.id) ?? node.id;
  }

  /** A component's server function, through the client (rejects when there is none). */
  callServer(componentId: number, fn: string, data: unknown): Promise<unknown> {
    if (!this.client?.componentServer) return Promise.reject(new Error("This page is not connected to a server."));
    return this.client.componentServer(componentId, fn, data);
  }

  setClient(client: ClientLike): void {
    this.client = client;
  }

  /** Fire `demo.load` dependencies. */
  start(): void {
    this.trigger(this.config.layout?.id ?? 0, "load");
  }

  /** A component (or the root) emitted `event`: run every dependency listening to it. */
  trigger(id: number | null, event: string, eventData?: unknown): void {
    for (const dep of depsFor(this.deps, id, event)) this.fire(dep, id, eventData ?? null);
  }

  isRunning(depId: number): boolean {
    return (this.running.get(depId)?.size ?? 0) > 0;
  }

  fire(dep: DependencyConfig, triggerId: number | null, eventData: unknown): void {
    const decision = triggerDecision(dep.trigger_mode, this.isRunning(dep.id));
    if (decision === "skip") return;
    if (decision === "defer") {
      this.deferred.set(dep.id, { triggerId, eventData });
      return;
    }
    void this.run(dep, triggerId, eventData);
  }

  /** Cancel every running job of a dependency (what `cancels=[...]` asks for). */
  cancelDep(depId: number): void {
    this.deferred.delete(depId);
    for (const job of [...(this.running.get(depId) ?? [])]) void job.cancel();
  }

  private inputValues(dep: DependencyConfig): unknown[] {
    return dep.inputs.map((id) => {
      const m = this.models.get(id);
      return m ? (m.snapshot("value") ?? null) : null;
    });
  }

  async run(dep: DependencyConfig, triggerId: number | null, eventData: unknown): Promise<boolean> {
    for (const fn of dep.cancels ?? []) this.cancelDep(fn);
    this.clearErrors(dep);
    let inputs = this.inputValues(dep);
    if (dep.js) {
      let result: unknown;
      try {
        result = await compileJs(dep.js)(...inputs);
      } catch (err) {
        console.error(err);
        const message = `The event's JavaScript failed: ${(err as Error).message}`;
        this.toast("error", "Error", message, null);
        this.markErrors(dep, message, ++tokens);
        this.finished(dep, false);
        return false;
      }
      if (!dep.backend_fn) {
        this.applyOutputs(dep, spreadResult(result, dep.outputs.length));
        this.finished(dep, true);
        return true;
      }
      inputs = spreadResult(result, dep.inputs.length);
    }
    if (!dep.backend_fn || !this.client) {
      this.finished(dep, true);
      return true;
    }
    return this.submit(dep, inputs, triggerId, eventData);
  }

  private async submit(dep: DependencyConfig, inputs: unknown[], triggerId: number | null, eventData: unknown): Promise<boolean> {
    const job = this.client!.submit(dep.id, inputs, { triggerId, eventData });
    let set = this.running.get(dep.id);
    if (!set) this.running.set(dep.id, (set = new Set()));
    set.add(job);

    const owner = ++tokens;
    const mode = (dep.show_progress ?? "full") as ShowProgress;
    const targets = dep.show_progress_on?.length ? dep.show_progress_on : dep.outputs;
    const start = performance.now();
    if (mode !== "hidden") {
      for (const id of targets) {
        const model = this.models.get(id);
        if (model) model.status = { stage: "pending", mode, rank: null, queueSize: null, eta: null, start, progress: null, owner };
      }
    }
    const patchStatus = (patch: Partial<StatusInfo>) => {
      for (const id of targets) {
        const model = this.models.get(id);
        const s = model?.status;
        if (model && s && s.owner === owner) model.status = { ...s, ...patch };
      }
    };

    job.on("status", (e) => {
      if (e.stage === "pending") patchStatus({ stage: "pending", rank: e.rank ?? null, queueSize: e.queueSize ?? null, eta: e.eta ?? null });
      else if (e.stage === "running") patchStatus({ stage: "running", eta: e.eta ?? null, rank: null });
      else if (e.stage === "generating") patchStatus({ stage: "generating" });
    });
    job.on("progress", (e) => patchStatus({ progress: e.progress }));
    job.on("log", (e) => {
      if (e.visible) this.toast(e.level, e.title ?? (e.level === "warning" ? "Warning" : "Info"), e.message, e.duration ?? 10);
    });
    job.on("complete", (e) => {
      if (e.renderConfig) this.applyRender(e.renderConfig as RenderConfig);
    });
    // A generator may yield far faster than the screen refreshes (a token per message):
    // its intermediate outputs are written at most once per animation frame, so the
    // page's work follows the display rate, not the token rate. Within a frame the
    // outputs are merged prop by prop (a later value wins; an update that leaves the
    // value alone keeps the earlier one), so no change is lost.
    let framePatches: Record<string, unknown>[] | null = null;
    let frame = 0;
    const flush = () => {
      frame = 0;
      if (framePatches) this.applyOutputs(dep, framePatches.map((patch) => ({ __type__: "update", ...patch })));
      framePatches = null;
    };
    job.on("data", (e) => {
      const throttle = e.generating && !e.changedStateIds.length && typeof requestAnimationFrame === "function" && document.visibilityState === "visible";
      if (throttle) {
        const pending = framePatches ?? [];
        framePatches = e.data.map((value, i) => ({ ...pending[i], ...outputPatch(value) }));
        frame ||= requestAnimationFrame(flush);
        return;
      }
      if (frame) cancelAnimationFrame(frame);
      if (framePatches) flush();
      frame = 0;
      this.applyOutputs(dep, e.data);
      for (const sid of e.changedStateIds) this.trigger(sid, "change");
    });
    let errorMessage: string | null = null;
    job.on("error", (e) => {
      errorMessage = e.message;
      if (e.visible) this.toast("error", e.title || "Error", e.message ?? "Something went wrong on the server.", e.duration ?? 10);
    });

    const result = await job.result();
    set.delete(job);
    for (const id of targets) {
      const model = this.models.get(id);
      if (model && model.status?.owner === owner) model.status = undefined;
    }
    if (!result.success && !result.cancelled) this.markErrors(dep, errorMessage ?? result.error ?? null, owner);
    if (result.success && dep.scroll_to_output && dep.outputs.length) this.scrollTo(dep.outputs[0]!);
    if (!result.cancelled) this.finished(dep, result.success);
    const next = this.deferred.get(dep.id);
    if (next && !this.isRunning(dep.id)) {
      this.deferred.delete(dep.id);
      void this.run(dep, next.triggerId, next.eventData);
    }
    return result.success;
  }

  /** Write returned values into the output components. */
  applyOutputs(dep: DependencyConfig, values: unknown[]): void {
    dep.outputs.forEach((id, i) => {
      if (i >= values.length) return;
      const model = this.models.get(id);
      if (!model) return;
      const patch = outputPatch(values[i]);
      // State lives on the server; its wire value is not the real one.
      if (model.type === "state" && "value" in patch) delete patch.value;
      model.update(patch);
    });
  }

  private finished(dep: DependencyConfig, success: boolean): void {
    for (const next of followUps(this.deps, dep.id, success)) this.fire(next, null, null);
  }

  /** Components that show a dependency's progress (and so its errors). */
  private progressTargets(dep: DependencyConfig): number[] {
    if ((dep.show_progress ?? "full") === "hidden") return [];
    return dep.show_progress_on?.length ? dep.show_progress_on : dep.outputs;
  }

  private markErrors(dep: DependencyConfig, message: string | null, owner: number): void {
    for (const id of this.progressTargets(dep)) {
      const model = this.models.get(id);
      if (model) model.error = { message, owner };
    }
  }

  /** A new run starts: its outputs no longer show the last run's error. */
  private clearErrors(dep: DependencyConfig): void {
    for (const id of new Set([...dep.outputs, ...this.progressTargets(dep)])) this.dismissError(id);
  }

  dismissError(id: number): void {
    const model = this.models.get(id);
    if (model?.error) model.error = undefined;
  }

  /** A component's progress display, while one of its events runs. */
  statusOf(id: number): StatusInfo | undefined {
    return this.models.get(id)?.status;
  }

  /** The error badge a component shows after its event failed. */
  errorOf(id: number): ErrorInfo | undefined {
    return this.models.get(id)?.error;
  }

  /** Bring a component into view (scroll_to_output), after the DOM has taken the new values. */
  scrollTo(id: number): void {
    const el = typeof document === "undefined" ? null : document.querySelector<HTMLElement>(`.pd-host[data-pd-id="${id}"]`);
    if (!el || typeof requestAnimationFrame === "undefined") return;
    requestAnimationFrame(() => {
      const r = el.getBoundingClientRect();
      const vh = window.innerHeight || document.documentElement.clientHeight;
      if (r.top >= 0 && r.top < vh - Math.min(r.height, vh / 3)) return; // already in view
      const smooth = !window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      el.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "start" });
    });
  }

  toast(level: Toast["level"], title: string, message: string, duration: number | null): void {
    const id = ++tokens;
    this.toasts = [...this.toasts, { id, level, title, message, duration }];
    if (duration !== null && duration > 0) {
      this.toastTimers.set(id, setTimeout(() => this.dismiss(id), duration * 1000));
    }
  }

  dismiss(id: number): void {
    clearTimeout(this.toastTimers.get(id));
    this.toastTimers.delete(id);
    this.toasts = this.toasts.filter((t) => t.id !== id);
  }
}
