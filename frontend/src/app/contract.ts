/**
 * The component contract (anywidget-like). Every component — built-in or custom — is an
 * ES module whose default export has `render({ model, el })`, which draws into `el` and
 * may return a cleanup function. The model is the component's only link to the app.
 */

export type Listener = (value: unknown, prop: string) => void;

export interface Model {
  /** Current value of a prop (from the config, then from updates). */
  get<T = unknown>(prop: string): T;
  /**
   * All props, read-only: `model.props.label` is `model.get("label")`. In a Svelte
   * template, prefer it: Svelte reads a property straight from its signal, while it wraps
   * each method call in a cached derived value, which costs a little for every component
   * a tab mounts.
   */
  readonly props: Readonly<Record<string, unknown>>;
  /** Change a prop from the component (e.g. the user typed): fires "change:prop". */
  set(prop: string, value: unknown): void;
  /** Listen to "change:<prop>" (one prop) or "change" (any prop). */
  on(event: string, cb: Listener): void;
  off(event: string, cb?: Listener): void;
  /** Report a user event ("click", "submit", "input", "select", "blur", ...). */
  send(event: string, data?: unknown): void;
  /**
   * Call one of this component's server functions (the methods its Python class lists in
   * the `server_fns` prop), e.g. Dialogue's `format`. Absent where no server is reachable.
   */
  server?(fn: string, data: unknown): Promise<unknown>;
}

export interface RenderContext {
  model: Model;
  el: HTMLElement;
}

export type Cleanup = () => void;

export interface ComponentDef {
  render(ctx: RenderContext): Cleanup | void | Promise<Cleanup | void>;
  /**
   * Built-in Svelte components also expose their view, so the page can render it inside
   * its own component tree: one Svelte root per component (what `render` makes) costs a
   * separate mount and flush each, which adds up when a tab shows dozens at once.
   */
  view?: import("svelte").Component<{ model: Model }>;
}

export interface ComponentModule {
  default: ComponentDef;
}
