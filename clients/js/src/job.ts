/** A Job is one submitted event: an event emitter plus an async iterator of JobEvents. */
import type { JobEvent, JobEventOf, JobEventType } from "./types.js";

type Listener<T extends JobEventType> = (event: JobEventOf<T>) => void;

export interface JobResult {
  success: boolean;
  data?: unknown[];
  error?: string | null;
  cancelled?: boolean;
}

export class Job implements AsyncIterable<JobEvent> {
  /** Server id, known once the join request has been answered. */
  eventId: string | null = null;
  /** True once complete, errored or cancelled. */
  finished = false;
  readonly fnIndex: number;

  private listeners = new Map<string, Set<(e: JobEvent) => void>>();
  private history: JobEvent[] = [];
  private waiters: Array<() => void> = [];
  private resultPromise: Promise<JobResult>;
  private resolveResult!: (r: JobResult) => void;
  private cancelImpl: (job: Job) => Promise<void>;

  constructor(fnIndex: number, cancelImpl: (job: Job) => Promise<void>) {
    this.fnIndex = fnIndex;
    this.cancelImpl = cancelImpl;
    this.resultPromise = new Promise((resolve) => (this.resolveResult = resolve));
  }

  /** Subscribe to one kind of event ("status", "progress", "log", "data", "complete", "error"). */
  on<T extends JobEventType>(type: T, listener: Listener<T>): this {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener as (e: JobEvent) => void);
    return this;
  }

  off<T extends JobEventType>(type: T, listener: Listener<T>): this {
    this.listeners.get(type)?.delete(listener as (e: JobEvent) => void);
    return this;
  }

  /** Resolves when the job ends; never rejects. */
  result(): Promise<JobResult> {
    return this.resultPromise;
  }

  /** Ask the server to stop this job; the job ends locally with stage "cancelled". */
  async cancel(): Promise<void> {
    if (this.finished) return;
    try {
      await this.cancelImpl(this);
    } finally {
      if (!this.finished) {
        this.emit({ type: "status", stage: "cancelled" });
        this.finish({ success: false, cancelled: true });
      }
    }
  }

  /** @internal deliver an event to listeners and iterators. */
  emit(event: JobEvent): void {
    if (this.finished) return;
    this.history.push(event);
    const set = this.listeners.get(event.type);
    if (set) {
      for (const fn of [...set]) {
        try {
          fn(event);
        } catch (err) {
          console.error(err);
        }
      }
    }
    this.wake();
  }

  /** @internal mark the job done. */
  finish(result: JobResult): void {
    if (this.finished) return;
    this.finished = true;
    this.resolveResult(result);
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<JobEvent> {
    let i = 0;
    for (;;) {
      while (i < this.history.length) yield this.history[i++]!;
      if (this.finished) return;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
}
