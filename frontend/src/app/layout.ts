/** Layout helpers shared by the shell's containers and component hosts. */

export function isHidden(visible: unknown): boolean {
  return visible === false || visible === "hidden";
}

/** Inline style carrying scale / min_width (used by the parent row's flex rules). */
export function itemStyle(props: Record<string, unknown>, type: string): string {
  const parts: string[] = [];
  const scale = props.scale;
  if (typeof scale === "number") parts.push(`--pd-scale:${scale}`);
  const minWidth = props.min_width;
  if (typeof minWidth === "number") parts.push(`--pd-min-width:${minWidth}px`);
  else if (type === "column") parts.push("--pd-min-width:320px");
  return parts.join(";");
}
