/**
 * Client for a Podium (or Gradio 6 compatible) app.
 *
 *   const client = await Client.connect("http://127.0.0.1:7860");
 *   const job = client.submit("/predict", ["World"]);
 *   for await (const ev of job) if (ev.type === "data") console.log(ev.data);
 *
 * One SSE stream per session (GET queue/data) carries the messages of every event
 * the session joined; it is opened after a join and closed by the server with
 * `close_stream` once nothing is pending, then reopened by the next join. A Podium
 * server holds a stream opened while the join is in flight, so against one the stream
 * opens together with the join: a round trip less before the first result.
 */
import { Job } from "./job.js";
import { handleMessage, newStreamState, type StreamState } from "./messages.js";
import { readSSE } from "./sse.js";
import type { AppConfig, DependencyConfig, QueueMessage } from "./types.js";
import { uploadFiles, type FileData, type UploadOptions } from "./upload.js";

export interface ConnectOptions {
  /** Use this config instead of fetching `{root}/config`. */
  config?: AppConfig;
  /** Session id; random by default. */
  sessionHash?: string;
  /** Hold the heartbeat stream open (defaults to config.connect_heartbeat in browsers). */
  heartbeat?: boolean;
  /** Extra headers for every request (e.g. auth cookies are automatic in browsers). */
  headers?: Record<string, string>;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof fetch;
}

export interface SubmitOptions {
  triggerId?: number | null;
  eventData?: unknown;
}

export class ClientError extends Error {
  override name = "ClientError";
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

interface Tracked {
  job: Job;
  state: StreamState;
}

export function randomSessionHash(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("") + Date.now().toString(36).slice(-3);
}

export class Client {
  readonly root: string;
  readonly config: AppConfig;
  readonly sessionHash: string;
  readonly apiPrefix: string;

  private fetchImpl: typeof fetch;
  private customFetch: typeof fetch | undefined;
  private headers: Record<string, string>;
  private tracked = new Map<string, Tracked>();
  /** Messages that arrived before their join response named the event. */
  private early = new Map<string, QueueMessage[]>();
  private streaming = false;
  /** Joins sent whose answer has not come yet. */
  private joining = 0;
  private streamAbort: AbortController | null = null;
  private heartbeatAbort: AbortController | null = null;
  private closed = false;

  private constructor(root: string, config: AppConfig, opts: ConnectOptions) {
    this.root = root.replace(/\/+$/, "");
    this.config = config;
    this.sessionHash = opts.sessionHash ?? randomSessionHash();
    this.apiPrefix = (config.api_prefix ?? "/gradio_api").replace(/\/+$/, "");
    this.fetchImpl = opts.fetch ?? globalThis.fetch.bind(globalThis);
    this.customFetch = opts.fetch;
    this.headers = opts.headers ?? {};
  }

  /** Connect to an app: fetches its config unless given one. */
  static async connect(root: string, opts: ConnectOptions = {}): Promise<Client> {
    let config = opts.config;
    const fetchImpl = opts.fetch ?? globalThis.fetch.bind(globalThis);
    const base = root.replace(/\/+$/, "");
    if (!config) {
      const res = await fetchImpl(`${base}/config`, { headers: opts.headers });
      if (!res.ok) throw new ClientError(`Could not load config from ${base}/config (${res.status})`, res.status);
      config = (await res.json()) as AppConfig;
    }
    const client = new Client(base, config, opts);
    const isBrowser = typeof window !== "undefined";
    if (opts.heartbeat ?? (isBrowser && config.connect_heartbeat === true)) client.startHeartbeat();
    return client;
  }

  /** Absolute URL of an API route, e.g. url("/queue/join"). */
  url(path: string): string {
    return `${this.root}${this.apiPrefix}${path}`;
  }

  /**
   * Upload files (POST upload) and get them back as FileData, ready to pass as the
   * value of a file-taking input. Refuses files over config.max_file_size up front.
   */
  upload(files: Blob[], opts: Omit<UploadOptions, "apiPrefix"> = {}): Promise<FileData[]> {
    const max = this.config.max_file_size;
    return uploadFiles(this.root, files, {
      maxFileSize: typeof max === "number" ? max : null,
      fetch: this.customFetch,
      ...opts,
      headers: { ...this.headers, ...opts.headers },
      apiPrefix: this.apiPrefix,
    });
  }

  /** Find a dependency by fn_index or api name ("/greet" or "greet"). */
  dependency(endpoint: number | string): DependencyConfig {
    const deps = this.config.dependencies ?? [];
    if (typeof endpoint === "number") {
      const dep = deps.find((d) => d.id === endpoint) ?? deps[endpoint];
      if (!dep) throw new ClientError(`No endpoint with fn_index ${endpoint}`);
      return dep;
    }
    const name = endpoint.replace(/^\//, "");
    const dep = deps.find((d) => d.api_name === name);
    if (!dep) throw new ClientError(`No endpoint named /${name}`);
    return dep;
  }

  /** Submit an event to the session queue. Returns immediately; observe the Job. */
  submit(endpoint: number | string, data: unknown[], opts: SubmitOptions = {}): Job {
    let fnIndex: number;
    try {
      fnIndex = typeof endpoint === "number" ? endpoint : this.dependency(endpoint).id;
    } catch (err) {
      const job = new Job(-1, async () => {});
      queueMicrotask(() => this.failJob(job, (err as Error).message));
      return job;
    }
    const job = new Job(fnIndex, (j) => this.cancelJob(j));
    job.emit({ type: "status", stage: "pending", rank: null, queueSize: null, eta: null });
    void this.join(job, data, opts);
    return job;
  }

  private async join(job: Job, data: unknown[], opts: SubmitOptions): Promise<void> {
    let eventId: string;
    const early = typeof this.config.podium_version === "string";
    this.joining++;
    try {
      const sent = this.post("/queue/join", {
        data,
        fn_index: job.fnIndex,
        session_hash: this.sessionHash,
        trigger_id: opts.triggerId ?? null,
        event_data: opts.eventData ?? null,
      });
      if (early) this.ensureStream();
      const res = await sent;
      if (!res.ok) {
        this.failJob(job, await errorText(res), res.status);
        return;
      }
      const body = (await res.json()) as { event_id?: string };
      if (!body.event_id) {
        this.failJob(job, "The server did not return an event id");
        return;
      }
      eventId = body.event_id;
    } catch (err) {
      this.failJob(job, `Could not reach the server: ${(err as Error).message}`);
      return;
    } finally {
      this.joining--;
    }
    if (job.finished) {
      // Cancelled while the join was in flight: tell the server now that we know the id.
      this.cancel(job.fnIndex, eventId).catch(() => {});
      return;
    }
    job.eventId = eventId;
    const tracked: Tracked = { job, state: newStreamState() };
    this.tracked.set(eventId, tracked);
    const arrived = this.early.get(eventId);
    if (arrived) {
      this.early.delete(eventId);
      for (const m of arrived) this.route(m);
    }
    this.ensureStream();
  }

  private failJob(job: Job, message: string, status?: number): void {
    void status;
    job.emit({ type: "status", stage: "error" });
    job.emit({ type: "error", message, title: "Error", duration: null, visible: true });
    job.finish({ success: false, error: message });
  }

  private unfinished(): boolean {
    return [...this.tracked.values()].some((t) => !t.job.finished);
  }

  private ensureStream(): void {
    if (this.streaming || this.closed) return;
    // A join in flight opens the stream too; once the stream ends, only events with a known
    // id keep it going (a join answered later keeps what arrived early, then reopens it).
    if (this.joining === 0 && !this.unfinished()) return;
    this.streaming = true;
    void this.runStream();
  }

  private async runStream(): Promise<void> {
    let failures = 0;
    for (;;) {
      const abort = new AbortController();
      this.streamAbort = abort;
      let sawClose = false;
      try {
        const res = await this.fetchImpl(
          `${this.url("/queue/data")}?session_hash=${encodeURIComponent(this.sessionHash)}`,
          { headers: { Accept: "text/event-stream", ...this.headers }, signal: abort.signal },
        );
        if (!res.ok || !res.body) throw new ClientError(await errorText(res), res.status);
        failures = 0;
        for await (const sse of readSSE(res.body, abort.signal)) {
          let m: QueueMessage;
          try {
            m = JSON.parse(sse.data) as QueueMessage;
          } catch {
            continue;
          }
          if (m.msg === "close_stream") {
            sawClose = true;
            abort.abort();
            break;
          }
          this.route(m);
        }
      } catch (err) {
        if (this.closed) break;
        if (!sawClose) {
          failures++;
          if (failures >= 3) {
            this.failAll(`Lost connection to the server: ${(err as Error).message}`);
            break;
          }
          await delay(250 * failures);
        }
      }
      this.pruneFinished();
      if (this.closed || !this.unfinished()) break;
      // Still pending (a join raced with close_stream, or the stream dropped): reopen.
    }
    this.streaming = false;
    this.streamAbort = null;
    // A join may have landed while we were shutting down.
    if (!this.closed && this.unfinished()) this.ensureStream();
  }

  private route(m: QueueMessage): void {
    if (m.msg === "heartbeat") return;
    const id = m.event_id ?? null;
    if (id === null) {
      if (m.msg === "unexpected_error") this.failAll(String(m.message ?? "Unexpected error"));
      return;
    }
    const tracked = this.tracked.get(id);
    if (!tracked) {
      const list = this.early.get(id) ?? [];
      list.push(m);
      this.early.set(id, list);
      // Events nobody claims (a join whose answer never arrived) must not pile up.
      if (this.early.size > MAX_UNCLAIMED_EVENTS) this.early.delete(this.early.keys().next().value!);
      return;
    }
    if (handleMessage(tracked.job, tracked.state, m)) this.tracked.delete(id);
  }

  private failAll(message: string): void {
    for (const [id, t] of this.tracked) {
      if (!t.job.finished) this.failJob(t.job, message);
      this.tracked.delete(id);
    }
  }

  private pruneFinished(): void {
    for (const [id, t] of this.tracked) if (t.job.finished) this.tracked.delete(id);
    // `early` survives the stream: a join answered after the server closed the stream
    // still finds its event's messages here (clearing them lost that result).
  }

  private async cancelJob(job: Job): Promise<void> {
    if (job.eventId) this.tracked.delete(job.eventId);
    try {
      await this.post("/cancel", {
        session_hash: this.sessionHash,
        fn_index: job.fnIndex,
        event_id: job.eventId,
      });
    } catch {
      /* best effort */
    }
  }

  /** Cancel by fn_index and event id (what the `cancels=` of a dependency needs). */
  async cancel(fnIndex: number, eventId: string): Promise<void> {
    await this.post("/cancel", { session_hash: this.sessionHash, fn_index: fnIndex, event_id: eventId });
  }

  /**
   * Call a named endpoint the REST way: POST call/{api_name} then read the SSE result.
   * Resolves with the final values; `onData` sees each intermediate (generator) value.
   */
  async predict(
    apiName: string,
    data: unknown[],
    opts: { onData?: (data: unknown[]) => void; signal?: AbortSignal } = {},
  ): Promise<unknown[]> {
    const name = apiName.replace(/^\//, "");
    const res = await this.post(`/call/${encodeURIComponent(name)}`, { data });
    if (!res.ok) throw new ClientError(await errorText(res), res.status);
    const { event_id } = (await res.json()) as { event_id: string };
    const stream = await this.fetchImpl(this.url(`/call/${encodeURIComponent(name)}/${event_id}`), {
      headers: { Accept: "text/event-stream", ...this.headers },
      signal: opts.signal,
    });
    if (!stream.ok || !stream.body) throw new ClientError(await errorText(stream), stream.status);
    for await (const sse of readSSE(stream.body, opts.signal)) {
      const payload = sse.data ? safeJSON(sse.data) : null;
      if (sse.event === "generating") opts.onData?.(payload as unknown[]);
      else if (sse.event === "complete") return payload as unknown[];
      else if (sse.event === "error") throw new ClientError(payload == null ? "Error" : String(payload));
    }
    throw new ClientError("The result stream ended without a result");
  }

  /**
   * Call a component's server function (POST component_server): a method its Python class
   * declares for the browser, e.g. Dialogue's `format`. Resolves with the function's result.
   */
  async componentServer(componentId: number, fnName: string, data: unknown): Promise<unknown> {
    const res = await this.post("/component_server", {
      data,
      component_id: componentId,
      fn_name: fnName,
      session_hash: this.sessionHash,
    });
    if (!res.ok) throw new ClientError(await errorText(res), res.status);
    return res.json();
  }

  /** Hold `heartbeat/{session_hash}` open so the server knows this session is alive. */
  startHeartbeat(): void {
    if (this.heartbeatAbort || this.closed) return;
    const abort = new AbortController();
    this.heartbeatAbort = abort;
    const loop = async () => {
      let wait = 1000;
      while (!abort.signal.aborted) {
        try {
          const res = await this.fetchImpl(this.url(`/heartbeat/${encodeURIComponent(this.sessionHash)}`), {
            headers: { Accept: "text/event-stream", ...this.headers },
            signal: abort.signal,
          });
          if (res.ok && res.body) {
            wait = 1000;
            for await (const _ of readSSE(res.body, abort.signal)) void _;
          }
        } catch {
          /* retried below */
        }
        if (abort.signal.aborted) break;
        await delay(wait);
        wait = Math.min(wait * 2, 30000);
      }
    };
    void loop();
  }

  /** Stop streams (pending jobs stay pending on the server). */
  close(): void {
    this.closed = true;
    this.streamAbort?.abort();
    this.heartbeatAbort?.abort();
    this.heartbeatAbort = null;
  }

  private post(path: string, body: unknown): Promise<Response> {
    return this.fetchImpl(this.url(path), {
      method: "POST",
      headers: { "Content-Type": "application/json", ...this.headers },
      body: JSON.stringify(body),
    });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function safeJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** How many events' messages may wait for their join answer before the oldest are dropped. */
const MAX_UNCLAIMED_EVENTS = 256;

async function errorText(res: Response): Promise<string> {
  let detail = "";
  try {
    const text = await res.text();
    const parsed = safeJSON(text) as { detail?: unknown; error?: unknown } | string;
    if (parsed && typeof parsed === "object") {
      // A 422 for bad input carries `detail` as a list of validation entries (Gradio's
      // shape) and the readable message in `error`.
      const d = typeof parsed.detail === "string" ? parsed.detail : (parsed.error ?? parsed.detail);
      detail = typeof d === "string" ? d : d ? JSON.stringify(d) : text;
    } else detail = String(parsed);
  } catch {
    /* ignore */
  }
  if (res.status === 503) return detail || "The queue is full, please try again later.";
  return detail ? `${detail}` : `Request failed (${res.status})`;
}
