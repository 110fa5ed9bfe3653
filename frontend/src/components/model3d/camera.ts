/**
 * Camera placement as Gradio's `camera_position` describes it: (alpha, beta, radius).
 * alpha turns around the vertical axis, beta tilts down from straight above (both in
 * degrees), radius is the distance from the model's centre. Gradio's defaults
 * (alpha -90°, beta 90°) look at the model's front, from +z in three.js's right-handed
 * space; a missing value keeps the viewer's own choice for it.
 */
import type { CameraPosition } from "./options";

export type Vec3 = [number, number, number];

export const DEFAULT_ALPHA = -90;
export const DEFAULT_BETA = 90;
/** Default distance, as a multiple of the model's bounding-box diagonal (fits with a margin). */
export const RADIUS_PER_DIAGONAL = 1.2;
// Keep the camera off the exact poles, where "up" is undefined and orbiting flips.
const MIN_BETA = 0.01;
const MAX_BETA = 179.99;

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** The camera's offset from the target for (alpha, beta, radius). */
export function orbitOffset(alpha: number, beta: number, radius: number): Vec3 {
  const a = rad(alpha);
  const b = rad(Math.min(MAX_BETA, Math.max(MIN_BETA, beta)));
  return [radius * Math.cos(a) * Math.sin(b), radius * Math.cos(b), -radius * Math.sin(a) * Math.sin(b)];
}

/** (alpha, beta, radius) of a camera offset; the inverse of `orbitOffset`. */
export function orbitAngles(offset: Vec3): [number, number, number] {
  const [x, y, z] = offset;
  const radius = Math.hypot(x, y, z);
  if (radius === 0) return [DEFAULT_ALPHA, DEFAULT_BETA, 0];
  return [deg(Math.atan2(-z, x)), deg(Math.acos(Math.max(-1, Math.min(1, y / radius)))), radius];
}

/** Where the camera starts: the given angles/radius, the defaults for the rest. */
export function initialOffset(position: CameraPosition, diagonal: number): Vec3 {
  const [alpha, beta, radius] = position;
  const fallback = Math.max(diagonal, 1e-6) * RADIUS_PER_DIAGONAL;
  return orbitOffset(alpha ?? DEFAULT_ALPHA, beta ?? DEFAULT_BETA, radius !== null && radius > 0 ? radius : fallback);
}

/** `clear_color` (four 0–1 floats) as a CSS-free colour + alpha for the renderer. */
export function readClearColor(raw: unknown): { rgb: Vec3; alpha: number } {
  const list = Array.isArray(raw) ? raw : [];
  const unit = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback);
  return { rgb: [unit(list[0], 0), unit(list[1], 0), unit(list[2], 0)], alpha: unit(list[3], 0) };
}
