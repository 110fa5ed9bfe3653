/**
 * Which annotation is under the pointer. Each overlay's alpha channel is sampled once
 * into a small grid (at most SAMPLE_MAX on its long side), so hovering a large image
 * with many masks costs a few array reads, not a canvas readback per move.
 */
const SAMPLE_MAX = 512;
/** An overlay pixel this opaque or more counts as "on" the annotation. */
const HIT_ALPHA = 24;

export interface AlphaGrid {
  width: number;
  height: number;
  alpha: Uint8Array;
}

export function gridFromRgba(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): AlphaGrid {
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3]!;
  return { width, height, alpha };
}

/** The top-most annotation (last drawn wins) at (u, v) in 0..1 image coordinates, or -1. */
export function hitAt(grids: (AlphaGrid | null)[], u: number, v: number): number {
  if (u < 0 || v < 0 || u >= 1 || v >= 1) return -1;
  for (let i = grids.length - 1; i >= 0; i--) {
    const g = grids[i];
    if (!g) continue;
    const x = Math.min(g.width - 1, Math.floor(u * g.width));
    const y = Math.min(g.height - 1, Math.floor(v * g.height));
    if (g.alpha[y * g.width + x]! >= HIT_ALPHA) return i;
  }
  return -1;
}

/** Loads an overlay image and samples its alpha (null if it cannot be read). */
export async function sampleOverlay(url: string): Promise<AlphaGrid | null> {
  const img = new Image();
  img.crossOrigin = "anonymous";
  img.src = url;
  try {
    await img.decode();
  } catch {
    return null;
  }
  const scale = Math.min(1, SAMPLE_MAX / Math.max(img.naturalWidth, img.naturalHeight, 1));
  const width = Math.max(1, Math.round(img.naturalWidth * scale));
  const height = Math.max(1, Math.round(img.naturalHeight * scale));
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(img, 0, 0, width, height);
  try {
    return gridFromRgba(ctx.getImageData(0, 0, width, height).data, width, height);
  } catch {
    return null; // a cross-origin overlay without CORS: no hover hit-testing, the rest works
  }
}
