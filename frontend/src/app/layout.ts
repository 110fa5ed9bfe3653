/** Layout helpers shared by the shell's containers and component hosts. */

export function isHidden(visible: unknown): boolean {
  return visible === false || visible === "hidden";
}

const LAYOUTS_WITH_HEIGHT = new Set(["row", "column", "group"]);

/** Inline style carrying scale / min_width (used by the parent row's flex rules). */
export function itemStyle(props: Record<string, unknown>, type: string): string {
  const parts: string[] = [];
  const scale = props.scale;
  if (typeof scale === "number") parts.push(`--pd-scale:${scale}`);
  const minWidth = props.min_width;
  if (typeof minWidth === "number") parts.push(`--pd-min-width:${minWidth}px`);
  else if (type === "column") parts.push("--pd-min-width:320px");
  // Components size themselves; only layouts take height props here.
  if (!LAYOUTS_WITH_HEIGHT.has(type)) return parts.join(";");
  for (const key of ["height", "min_height", "max_height"]) {
    const v = props[key];
    if (v === null || v === undefined) continue;
    const css = typeof v === "number" ? `${v}px` : String(v);
    parts.push(`${key.replace("_", "-")}:${css}`);
    if (key !== "min_height") parts.push("overflow:auto");
  }
  return parts.join(";");
}

/**
 * The classes of a component's host element (ViewHost). One call, so the host's template
 * makes one derived value for them: hosts are made for every component a tab first shows.
 */
export function hostClass(model: { type: string; props: Record<string, unknown>; status?: { mode: string } }): unknown[] {
  const p = model.props;
  const hidden = isHidden(p.visible) || model.type === "state" || model.type === "timer";
  return ["pd-item pd-host", `pd-type-${model.type}`, p.elem_classes, { "pd-hidden": hidden, "pd-busy": model.status?.mode === "full" }];
}
