/** Small value helpers shared by the runtime. */

/** Structural equality good enough for JSON-like component values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
    // Treat null/undefined alike: "no value".
    return (a === null || a === undefined) && (b === null || b === undefined);
  }
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

export interface UpdateObject {
  __type__: "update";
  [prop: string]: unknown;
}

export function isUpdate(value: unknown): value is UpdateObject {
  return (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    (value as Record<string, unknown>).__type__ === "update"
  );
}

/**
 * What an output value means for a component's props: a plain value sets `value`;
 * an update object sets each key it carries (a bare update leaves everything as is).
 */
export function outputPatch(value: unknown): Record<string, unknown> {
  if (isUpdate(value)) {
    const patch: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== "__type__") patch[k] = v;
    return patch;
  }
  return { value };
}
