/** The concrete Model behind every component: props in a Svelte $state plus listeners. */
import type { Listener, Model } from "./contract";
import { untrack } from "svelte";
import { sameValue } from "./values";

/** Calls one of a component's server functions (see Model.server). */
export type ServerCaller = (fn: string, data: unknown) => Promise<unknown>;

/** One prop's signal. Raw, not deep: a prop changes when it is given a new value. */
class PropCell {
  value = $state.raw<unknown>(undefined);
  constructor(value: unknown) {
    this.value = value;
  }
}

export class ComponentModel implements Model {
  readonly id: number;
  readonly type: string;
  /**
   * Reactive props: Svelte views that read one re-render when it changes. Each prop is its
   * own shallow signal, made on first use. (A deep `$state` proxy made a signal, and a
   * proxy per nested object, for every prop a component read: work repeated for every
   * component a tab mounts.) Values are never mutated in place: set a new one.
   */
  readonly props: Record<string, unknown>;
  private cells = new Map<string, PropCell>();
  // Bumped when a prop appears or disappears, so `Object.keys(props)` is reactive too.
  private keys = new PropCell(0);
  private listeners = new Map<string, Set<Listener>>();
  private sender: (event: string, data?: unknown) => void;
  private caller: ServerCaller | undefined;

  constructor(id: number, type: string, props: Record<string, unknown>, sender: (event: string, data?: unknown) => void, caller?: ServerCaller) {
    this.id = id;
    this.type = type;
    for (const [k, v] of Object.entries(props)) this.cells.set(k, new PropCell(v));
    this.props = this.propsView();
    this.sender = sender;
    this.caller = caller;
  }

  // Every prop the component class declares is in the config (null when unset), so a
  // cell made here is for a name the server never sends. Note that Svelte does not track
  // state created during the very run that reads it: should the server one day add props
  // after the first paint, give them their cell in `update` before any view reads them.
  private cell(prop: string): PropCell {
    let cell = this.cells.get(prop);
    if (!cell) this.cells.set(prop, (cell = new PropCell(undefined)));
    return cell;
  }

  private write(prop: string, value: unknown): void {
    const had = this.cells.get(prop)?.value !== undefined;
    this.cell(prop).value = value;
    if (had !== (value !== undefined)) this.keys.value = (this.keys.value as number) + 1;
  }

  private propsView(): Record<string, unknown> {
    const present = () => {
      void this.keys.value;
      return [...this.cells].filter(([, c]) => c.value !== undefined).map(([k]) => k);
    };
    return new Proxy({} as Record<string, unknown>, {
      get: (_target, key) => (typeof key === "string" ? this.cell(key).value : undefined),
      set: (_target, key, value) => {
        if (typeof key === "string") this.write(key, value);
        return true;
      },
      has: (_target, key) => typeof key === "string" && present().includes(key),
      ownKeys: () => present(),
      getOwnPropertyDescriptor: (_target, key) =>
        typeof key === "string" && present().includes(key)
          ? { value: this.cell(key).value, enumerable: true, configurable: true, writable: true }
          : undefined,
    });
  }

  /** DOM id a component can give its main control (for <label for>). */
  get domId(): string {
    return `pd-c-${this.id}`;
  }

  get<T = unknown>(prop: string): T {
    return this.cell(prop).value as T;
  }

  set(prop: string, value: unknown): void {
    if (sameValue(this.cells.get(prop)?.value, value)) return;
    this.write(prop, value);
    this.emit(prop, value);
  }

  /** Apply several props at once (backend updates), firing listeners for the changed ones. */
  update(patch: Record<string, unknown>): string[] {
    const changed: string[] = [];
    for (const [k, v] of Object.entries(patch)) {
      if (sameValue(this.cells.get(k)?.value, v)) continue;
      this.write(k, v);
      changed.push(k);
    }
    for (const k of changed) this.emit(k, this.cells.get(k)!.value);
    return changed;
  }

  /**
   * The value last set for a prop, as given and without subscribing to it (props are
   * shallow signals, so `get` returns the same object). Never mutate what this returns.
   */
  peek<T = unknown>(prop: string): T {
    return untrack(() => this.cells.get(prop)?.value) as T;
  }

  /** A plain (non-proxy) copy of a prop, safe to serialise or structuredClone. */
  snapshot(prop: string): unknown {
    return $state.snapshot(this.cells.get(prop)?.value);
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
