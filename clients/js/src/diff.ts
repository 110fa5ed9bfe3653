/**
 * Streaming diffs: after the first chunk of a generator run, the server sends per
 * output a list of edits `[op, path, value]` against the previous value instead of
 * the full value. `applyDiff` rebuilds the new value without mutating the old one
 * (only the containers along each edited path are copied).
 */

export type DiffOp = "replace" | "append" | "add" | "delete";
export type PathKey = string | number;
export type Edit = [DiffOp, PathKey[], unknown];

/** Apply a list of edits, in order, and return the new value. */
export function applyDiff(value: unknown, edits: readonly Edit[]): unknown {
  let current = value;
  for (const [op, path, v] of edits) current = applyEdit(current, op, path, 0, v);
  return current;
}

function applyEdit(target: unknown, op: DiffOp, path: PathKey[], depth: number, v: unknown): unknown {
  if (depth === path.length) {
    switch (op) {
      case "replace":
      case "add":
        return v;
      case "append":
        if (Array.isArray(target)) return Array.isArray(v) ? [...target, ...v] : [...target, v];
        if (typeof target === "string") return target + String(v ?? "");
        if (target === null || target === undefined) return v;
        throw new DiffError(`cannot append to ${typeof target}`);
      case "delete":
        return undefined;
      default:
        throw new DiffError(`unknown diff op ${String(op)}`);
    }
  }
  const key = path[depth];
  const last = depth === path.length - 1;
  if (Array.isArray(target)) {
    const index = typeof key === "number" ? key : Number(key);
    if (!Number.isInteger(index) || index < 0) throw new DiffError(`bad list index ${String(key)}`);
    const copy = target.slice();
    if (last && op === "delete") {
      copy.splice(index, 1);
    } else if (last && op === "add" && index <= copy.length) {
      copy.splice(index, 0, v);
    } else {
      copy[index] = applyEdit(copy[index], op, path, depth + 1, v);
    }
    return copy;
  }
  if (target !== null && typeof target === "object") {
    const copy: Record<string, unknown> = { ...(target as Record<string, unknown>) };
    const k = String(key);
    if (last && op === "delete") delete copy[k];
    else copy[k] = applyEdit(copy[k], op, path, depth + 1, v);
    return copy;
  }
  if ((target === null || target === undefined) && (op === "add" || op === "replace")) {
    // Creating a container on the fly: numbers make lists, anything else objects.
    const base: unknown = typeof key === "number" ? [] : {};
    return applyEdit(base, op, path, depth, v);
  }
  throw new DiffError(`cannot follow path key ${String(key)} into ${typeof target}`);
}

export class DiffError extends Error {
  override name = "DiffError";
}

/** True when `edits` looks like a list of diff edits (as opposed to a full value). */
export function isEditList(value: unknown): value is Edit[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e) =>
        Array.isArray(e) &&
        e.length === 3 &&
        (e[0] === "replace" || e[0] === "append" || e[0] === "add" || e[0] === "delete") &&
        Array.isArray(e[1]),
    )
  );
}
