/**
 * How a sample value is shown in the examples table. Samples arrive already
 * postprocessed by their component, so the shape depends on the component type.
 */

export type Cell =
  | { kind: "text"; text: string; full: string }
  | { kind: "empty" }
  | { kind: "bool"; on: boolean }
  | { kind: "number"; text: string }
  | { kind: "image"; url: string; alt: string }
  | { kind: "file"; text: string }
  | { kind: "color"; color: string };

const MAX_CHARS = 80;

export function truncate(text: string, max = MAX_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function textCell(full: string): Cell {
  return full.trim() === "" ? { kind: "empty" } : { kind: "text", text: truncate(full), full };
}

function isFileData(v: unknown): v is { path?: string; url?: string | null; orig_name?: string | null; mime_type?: string | null } {
  return v !== null && typeof v === "object" && !Array.isArray(v) && ("path" in v || "url" in v);
}

function fileName(f: { path?: string; orig_name?: string | null; url?: string | null }): string {
  if (f.orig_name) return f.orig_name;
  const p = f.path ?? f.url ?? "";
  return p.split(/[\\/]/).pop() || p;
}

/** Plain text of an HTML/Markdown fragment, without tags (never rendered as HTML here). */
function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, " ");
}

function listText(items: unknown[]): string {
  return items.map((x) => (Array.isArray(x) ? String(x[0]) : x === null || x === undefined ? "" : typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ");
}

const IMAGE_TYPES = new Set(["image", "imageeditor", "imageslider", "annotatedimage"]);
const FILE_TYPES = new Set(["file", "audio", "video", "model3d", "uploadbutton", "downloadbutton", "simpleimage"]);

/** One sample value, as shown for a component of `type`. */
export function formatCell(value: unknown, type: string): Cell {
  if (value === null || value === undefined) return { kind: "empty" };
  if (type === "checkbox" || typeof value === "boolean") return { kind: "bool", on: value === true };
  if (typeof value === "number") return { kind: "number", text: Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(8))) };
  if (type === "colorpicker" && typeof value === "string") return { kind: "color", color: value };
  if (isFileData(value)) {
    if (IMAGE_TYPES.has(type) && value.url) return { kind: "image", url: value.url, alt: fileName(value) };
    if ((value.mime_type ?? "").startsWith("image/") && value.url) return { kind: "image", url: value.url, alt: fileName(value) };
    return { kind: "file", text: truncate(fileName(value), 40) };
  }
  if (FILE_TYPES.has(type) && value && typeof value === "object") {
    // e.g. Video's {video: FileData, subtitles}, ImageEditor's {background, ...}
    const inner = Object.values(value).find(isFileData);
    if (inner) return formatCell(inner, type);
  }
  if (typeof value === "string") return textCell(type === "html" || type === "markdown" ? stripTags(value) : value);
  if (Array.isArray(value)) return textCell(listText(value));
  if (typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if (type === "dataframe" && Array.isArray(obj.data)) {
      const rows = obj.data.length;
      const cols = Array.isArray(obj.headers) ? obj.headers.length : Array.isArray(obj.data[0]) ? (obj.data[0] as unknown[]).length : 0;
      return { kind: "text", text: `${rows} × ${cols} table`, full: JSON.stringify(obj.data) };
    }
    if (type === "label" && "label" in obj) return textCell(String(obj.label ?? ""));
    return textCell(JSON.stringify(value));
  }
  return textCell(String(value));
}

/** Plain-text rendering of a cell (for aria labels and tooltips). */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case "empty":
      return "empty";
    case "bool":
      return cell.on ? "true" : "false";
    case "text":
      return cell.full;
    case "number":
    case "file":
      return cell.text;
    case "image":
      return cell.alt;
    case "color":
      return cell.color;
  }
}

/** Page numbers to offer: all of them when few, else first, last and a window around `current`. */
export function pageList(count: number, current: number): (number | null)[] {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i);
  const keep = new Set([0, count - 1, current - 1, current, current + 1].filter((p) => p >= 0 && p < count));
  const out: (number | null)[] = [];
  let prev = -1;
  for (const p of [...keep].sort((a, b) => a - b)) {
    if (p - prev > 1) out.push(null);
    out.push(p);
    prev = p;
  }
  return out;
}
