/** Small value helpers shared by the runtime. */

/** Structural equality good enough for JSON-like component values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
    // Treat null/undefined alike: "no value".
    return (a === null || a === undefined) && (b === null || b === undefined);
  }
  return sameJson(a, b);
}

/**
 * Equal as JSON (null and undefined alike, key order ignored), stopping at the first
 * difference. Serialising both sides to compare them cost over a second for a
 * 100,000-row table, even when the very first row differs.
 */
function writtenAsNull(value: unknown): boolean {
  // In arrays JSON writes undefined, NaN and the infinities as null.
  return value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value));
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (writtenAsNull(a) || writtenAsNull(b)) return writtenAsNull(a) && writtenAsNull(b);
  if (typeof a !== "object" || typeof b !== "object") return false;
  if (typeof (a as { toJSON?: unknown }).toJSON === "function" || typeof (b as { toJSON?: unknown }).toJSON === "function") {
    try {
      return JSON.stringify(a) === JSON.stringify(b);
    } catch {
      return false;
    }
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], other[i])) return false;
    return true;
  }
  // As JSON: keys holding undefined are left out; null is kept.
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => right[key] !== undefined && sameJson(left[key], right[key]));
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

/**
 * A Dataset's column headers: its own when given, else the labels of the components
 * its samples are for (what Gradio shows over an Examples table).
 */
export function datasetHeaders(
  props: Record<string, unknown>,
  components: readonly { id: number; props?: Record<string, unknown> }[],
): string[] {
  const own = Array.isArray(props.headers) ? (props.headers as unknown[]) : [];
  if (own.length) return own.map((h) => (h === null || h === undefined ? "" : String(h)));
  const ids = Array.isArray(props.component_ids) ? (props.component_ids as unknown[]) : [];
  return ids.map((id) => {
    const label = components.find((c) => c.id === id)?.props?.label;
    return typeof label === "string" ? label : "";
  });
}
