/** Pure rules of event dispatch: which dependencies fire, interactivity, js functions. */
import type { DependencyConfig } from "@podium/client";

/** Dependencies listening to `event` on component `id` (root id + "load" for demo.load). */
export function depsFor(deps: readonly DependencyConfig[], id: number | null, event: string): DependencyConfig[] {
  return deps.filter((d) => d.targets.some(([tid, ev]) => ev === event && tid === id));
}

/** Dependencies chained after `parent` (.then / .success / .failure) that should now run. */
export function followUps(deps: readonly DependencyConfig[], parent: number, success: boolean): DependencyConfig[] {
  return deps.filter((d) => {
    if (d.trigger_after !== parent) return false;
    if (d.trigger_only_on_success && !success) return false;
    if (d.trigger_only_on_failure && success) return false;
    return true;
  });
}

export type TriggerDecision = "run" | "skip" | "defer";

/** trigger_mode: "once" ignores triggers while running, "always_last" keeps only the latest. */
export function triggerDecision(mode: string | undefined, running: boolean): TriggerDecision {
  if (!running) return "run";
  if (mode === "multiple") return "run";
  if (mode === "always_last") return "defer";
  return "skip";
}

/** Components that only ever display. */
const DISPLAY_ONLY = new Set(["markdown", "html", "label", "json", "state", "timer"]);

/**
 * `interactive: null` means: interactive when the component is an input of some
 * dependency; static when it is only an output; interactive when unused.
 */
export function resolveInteractive(
  id: number,
  type: string,
  interactive: unknown,
  deps: readonly DependencyConfig[],
): boolean {
  if (interactive === true || interactive === false) return interactive;
  // Buttons and example tables are always clickable unless disabled on purpose.
  if (type === "button" || type === "dataset") return true;
  if (DISPLAY_ONLY.has(type)) return false;
  if (deps.some((d) => d.inputs.includes(id))) return true;
  if (deps.some((d) => d.outputs.includes(id))) return false;
  return true;
}

/** Compile a dependency's `js` source (an arrow function or function expression). */
export function compileJs(source: string): (...args: unknown[]) => unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const fn = new Function(`return (${source.trim()});`)() as unknown;
  if (typeof fn !== "function") throw new Error("js is not a function");
  return fn as (...args: unknown[]) => unknown;
}

/** Spread a js function's return value over `n` slots (a single output may return a bare value). */
export function spreadResult(result: unknown, n: number): unknown[] {
  if (n === 0) return [];
  if (Array.isArray(result) && (result.length === n || n > 1)) return result;
  return [result];
}
