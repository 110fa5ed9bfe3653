/** The concrete Model behind every component: props as signals, plus listeners. */
import type { Listener, Model } from "./contract";
import { sameValue } from "./values";
import { SignalMap } from "./signalMap.svelte";
import type { ErrorInfo, StatusInfo } from "./runtime.svelte";

/** Calls one of a component's server functions (see Model.server). */
export type ServerCaller = (fn: string, data: unknown) => Promise<unknown>;

export class ComponentModel implements Model {
  readonly id: number;
  readonly type: string;
  /**
   * Reactive props: Svelte views that read one re-render when it changes. Props are
   * shallow signals (a deep `$state` proxy made a signal, and a proxy per nested object,
   * for every prop a component read: work repeated for every component a tab mounts).
   * Values are never mutated in place: set a new one.
   */
  readonly props: Record<string, unknown>;
  /** The page's progress display and error badge for this component (set by the runtime). */
  status = $state.raw<StatusInfo | undefined>();
  error = $state.raw<ErrorInfo | undefined>();
  private cells: SignalMap<string, unknown>;
  private listeners = new Map<string, Set<Listener>>();
  private sender: (event: string, data?: unknown) => void;
  private caller: ServerCaller | undefined;

  constructor(id: number, type: string, props: Record<string, unknown>, sender: (event: string, data?: unknown) => void, caller?: ServerCaller) {
    this.id = id;
    this.type = type;
    // The config's props share one signal until first written (see SignalMap): nothing
    // is made per prop at load, nor when a tab mounts.
    this.cells = new SignalMap(Object.entries(props));
    this.props = this.propsView();
    this.sender = sender;
    this.caller = caller;
  }

  private propsView(): Record<string, unknown> {
    const cells = this.cells;
    return new Proxy({} as Record<string, unknown>, {
      get: (_target, key) => (typeof key === "string" ? cells.get(key) : undefined),
      set: (_target, key, value) => {
        if (typeof key === "string") cells.set(key, value);
        return true;
      },
      has: (_target, key) => typeof key === "string" && cells.has(key),
      ownKeys: () => cells.keys(),
      getOwnPropertyDescriptor: (_target, key) =>
        typeof key === "string" && cells.has(key) ? { value: cells.get(key), enumerable: true, configurable: true, writable: true } : undefined,
    });
  }

  /** DOM id a component can give its main control (for <label for>). */
  get domId(): string {
    return `pd-c-${this.id}`;
  }

  get<T = unknown>(prop: string): T {
    return this.cells.get(prop) as T;
  }

  set(prop: string, value: unknown): void {
    if (sameValue(this.cells.peek(prop), value)) return;
    this.cells.set(prop, value);
    this.emit(prop, value);
  }

  /** Apply several props at once (backend updates), firing listeners for the changed ones. */
  update(patch: Record<string, unknown>): string[] {
    const changed: string[] = [];
    for (const [k, v] of Object.entries(patch)) {
      if (sameValue(this.cells.peek(k), v)) continue;
      this.cells.set(k, v);
      changed.push(k);
    }
    for (const k of changed) this.emit(k, this.cells.peek(k));
    return changed;
  }

  /**
   * The value last set for a prop, as given and without subscribing to it (props are
   * shallow signals, so `get` returns the same object). Never mutate what this returns.
   */
  peek<T = unknown>(prop: string): T {
    return this.cells.peek(prop) as T;
  }

  /** A plain (non-proxy) copy of a prop, safe to serialise or structuredClone. */
  snapshot(prop: string): unknown {
    return $state.snapshot(this.cells.peek(prop));
  }

  on(event: string, cb: Listener): void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(cb);
  }

  off(event: string, cb?: Listener): void {
    if (!cb) this.listeners.delete(event);
    else this.listeners.get(event)?.delete(cb);
  }

  send(event: string, data?: unknown): void {
    this.sender(event, data);
  }

  server(fn: string, data: unknown): Promise<unknown> {
    if (!this.caller) return Promise.reject(new Error("This page is not connected to a server."));
    return this.caller(fn, data);
  }

  private emit(prop: string, value: unknown): void {
    for (const key of [`change:${prop}`, "change"]) {
      const set = this.listeners.get(key);
      if (!set) continue;
      for (const cb of [...set]) {
        try {
          cb(value, prop);
        } catch (err) {
          console.error(err);
        }
      }
    }
  }
}
