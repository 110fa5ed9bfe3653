/**
 * The editor's config props (as the Python component writes them) read into plain,
 * checked values, so the view never guesses at shapes.
 */

export interface PaletteColor {
  /** A CSS colour, as given. */
  color: string;
  /** 0..1; 1 unless the author gave a (colour, opacity) pair. */
  opacity: number;
}

export interface BrushOptions {
  /** Pixels of the image, or "auto" (scaled to the canvas). */
  size: number | "auto";
  palette: PaletteColor[];
  initial: PaletteColor;
  /** "fixed": only the palette; "defaults": the palette plus any colour the user picks. */
  mode: "fixed" | "defaults";
}

export interface LayerOptions {
  names: string[];
  allowAdd: boolean;
  /** One layer and no layers panel. */
  disabled: boolean;
}

export type Tool = "brush" | "eraser" | "crop" | "resize";

const FALLBACK: PaletteColor = { color: "#000000", opacity: 1 };

export function paletteColor(raw: unknown): PaletteColor | null {
  if (typeof raw === "string" && raw.trim()) return { color: raw.trim(), opacity: 1 };
  if (Array.isArray(raw) && typeof raw[0] === "string" && typeof raw[1] === "number") {
    return { color: raw[0], opacity: Math.min(1, Math.max(0, raw[1])) };
  }
  return null;
}

export function brushOptions(raw: unknown): BrushOptions | null {
  if (raw === false) return null;
  const o = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const colors = Array.isArray(o.colors) ? o.colors : o.colors !== undefined ? [o.colors] : [];
  const palette = colors.map(paletteColor).filter((c): c is PaletteColor => c !== null);
  const initial = paletteColor(o.default_color) ?? palette[0] ?? FALLBACK;
  return {
    size: sizeOption(o.default_size),
    palette: palette.length ? palette : [initial],
    initial,
    mode: o.color_mode === "fixed" ? "fixed" : "defaults",
  };
}

/** The eraser's starting size, or null when the author turned the eraser off. */
export function eraserSize(raw: unknown): number | "auto" | null {
  if (raw === false) return null;
  const o = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  return sizeOption(o.default_size);
}

function sizeOption(raw: unknown): number | "auto" {
  return typeof raw === "number" && Number.isFinite(raw) && raw > 0 ? raw : "auto";
}

/** A brush size that reads well on a canvas of this size (about 1/30 of its long side). */
export function autoSize(width: number, height: number): number {
  return Math.max(3, Math.round(Math.max(width, height) / 30));
}

export function layerOptions(raw: unknown): LayerOptions {
  const o = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const names = Array.isArray(o.layers) ? o.layers.filter((n): n is string => typeof n === "string") : [];
  return {
    names: names.length ? names : ["Layer 1"],
    allowAdd: o.allow_additional_layers !== false && o.disabled !== true,
    disabled: o.disabled === true,
  };
}

export function canvasSize(raw: unknown): [number, number] {
  if (Array.isArray(raw) && raw.length === 2 && raw.every((n) => typeof n === "number" && n > 0)) {
    return [Math.round(raw[0] as number), Math.round(raw[1] as number)];
  }
  return [800, 800];
}

/** The tools the config allows, in toolbar order. */
export function toolsOf(brush: BrushOptions | null, eraser: number | "auto" | null, transforms: unknown): Tool[] {
  const chosen = Array.isArray(transforms) ? transforms : [];
  const tools: Tool[] = [];
  if (brush) tools.push("brush");
  if (eraser !== null) tools.push("eraser");
  if (chosen.includes("crop")) tools.push("crop");
  if (chosen.includes("resize")) tools.push("resize");
  return tools;
}

/** A name for a new layer that no existing layer has ("Layer 3"). */
export function nextLayerName(existing: string[]): string {
  for (let n = existing.length + 1; ; n++) {
    const name = `Layer ${n}`;
    if (!existing.includes(name)) return name;
  }
}
