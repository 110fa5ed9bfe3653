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
