/** The concrete Model behind every component: props in a Svelte $state plus listeners. */
import type { Listener, Model } from "./contract";
import { sameValue } from "./values";

/** Calls one of a component's server functions (see Model.server). */
export type ServerCaller = (fn: string, data: unknown) => Promise<unknown>;

export class ComponentModel implements Model {
  readonly id: number;
  readonly type: string;
  /** Reactive props: Svelte views that read them re-render on change. */
  props: Record<string, unknown> = $state({});
  private listeners = new Map<string, Set<Listener>>();
  // The objects last given to set()/update(), unwrapped: see peek().
  private raw = new Map<string, unknown>();
  private sender: (event: string, data?: unknown) => void;
  private caller: ServerCaller | undefined;

  constructor(id: number, type: string, props: Record<string, unknown>, sender: (event: string, data?: unknown) => void, caller?: ServerCaller) {
    this.id = id;
    this.type = type;
    this.props = { ...props };
    for (const [k, v] of Object.entries(props)) this.raw.set(k, v);
    this.sender = sender;
    this.caller = caller;
  }

  /** DOM id a component can give its main control (for <label for>). */
  get domId(): string {
    return `pd-c-${this.id}`;
  }

  get<T = unknown>(prop: string): T {
    return this.props[prop] as T;
  }

  set(prop: string, value: unknown): void {
    const old = $state.snapshot(this.props[prop]);
    if (sameValue(old, value)) return;
    this.props[prop] = value;
    this.raw.set(prop, value);
    this.emit(prop, value);
  }

  /** Apply several props at once (backend updates), firing listeners for the changed ones. */
  update(patch: Record<string, unknown>): string[] {
    const changed: string[] = [];
    for (const [k, v] of Object.entries(patch)) {
      if (sameValue($state.snapshot(this.props[k]), v)) continue;
      this.props[k] = v;
      this.raw.set(k, v);
      changed.push(k);
    }
    for (const k of changed) this.emit(k, this.props[k]);
    return changed;
  }

  /**
   * The value last set for a prop, as given (not a reactive proxy, and not copied). For
   * components holding very large values (a 100,000-row table): reading every element
   * through the proxy would create one reactive signal per element. Read `get(prop)` too
   * so the view still re-renders when the prop changes; never mutate what this returns.
   */
  peek<T = unknown>(prop: string): T {
    return (this.raw.has(prop) ? this.raw.get(prop) : $state.snapshot(this.props[prop])) as T;
  }

  /** A plain (non-proxy) copy of a prop, safe to serialise or structuredClone. */
  snapshot(prop: string): unknown {
    return $state.snapshot(this.props[prop]);
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
