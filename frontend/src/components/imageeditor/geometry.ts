/** Pure geometry of the editor: screen ↔ image pixels, zoom to fit, crop rectangles. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A pointer position as image pixels, for a canvas of `width`×`height` drawn in `box`. */
export function toImagePoint(clientX: number, clientY: number, box: Box, width: number, height: number): { x: number; y: number } {
  const sx = box.width > 0 ? width / box.width : 1;
  const sy = box.height > 0 ? height / box.height : 1;
  return { x: (clientX - box.left) * sx, y: (clientY - box.top) * sy };
}

/** The zoom that shows the whole image inside the stage (never more than `maxZoom`). */
export function fitZoom(imageWidth: number, imageHeight: number, stageWidth: number, stageHeight: number, maxZoom = 1): number {
  if (imageWidth <= 0 || imageHeight <= 0 || stageWidth <= 0 || stageHeight <= 0) return 1;
  return Math.min(maxZoom, stageWidth / imageWidth, stageHeight / imageHeight);
}

const ZOOM_STEPS = [0.05, 0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4, 6, 8];

/** The next zoom step in `direction` (+1 in, -1 out) from `zoom`. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > zoom + 1e-6) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom - 1e-6) ?? ZOOM_STEPS[0]!;
}

/** The rectangle spanned by two points, in whole pixels, clipped to the image. */
export function rectBetween(a: { x: number; y: number }, b: { x: number; y: number }, width: number, height: number): Rect {
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
  const x0 = Math.floor(clamp(Math.min(a.x, b.x), width));
  const y0 = Math.floor(clamp(Math.min(a.y, b.y), height));
  const x1 = Math.ceil(clamp(Math.max(a.x, b.x), width));
  const y1 = Math.ceil(clamp(Math.max(a.y, b.y), height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Where `image` goes on a fixed canvas: scaled down to fit (never up) and centred. */
export function containRect(imageWidth: number, imageHeight: number, width: number, height: number): Rect {
  const scale = Math.min(1, width / imageWidth, height / imageHeight);
  const w = Math.round(imageWidth * scale);
  const h = Math.round(imageHeight * scale);
  return { x: Math.round((width - w) / 2), y: Math.round((height - h) / 2), width: w, height: h };
}
