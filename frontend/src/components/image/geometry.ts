/** Pure helpers for the image component: click → pixel, sizes, sources, file checks. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The pixel [x, y] (in the image's own pixels) under a click at (clientX, clientY) on an
 * <img> laid out in `box` with `object-fit: contain`; null when the click hit the
 * letterbox around the picture or the image has no size yet.
 */
export function pixelAt(clientX: number, clientY: number, box: Box, naturalWidth: number, naturalHeight: number): [number, number] | null {
  if (!(naturalWidth > 0 && naturalHeight > 0 && box.width > 0 && box.height > 0)) return null;
  const scale = Math.min(box.width / naturalWidth, box.height / naturalHeight);
  const shownW = naturalWidth * scale;
  const shownH = naturalHeight * scale;
  const x = (clientX - box.left - (box.width - shownW) / 2) / scale;
  const y = (clientY - box.top - (box.height - shownH) / 2) / scale;
  if (x < 0 || y < 0 || x >= naturalWidth || y >= naturalHeight) return null;
  return [Math.min(naturalWidth - 1, Math.floor(x)), Math.min(naturalHeight - 1, Math.floor(y))];
}

/** A `height`/`width` prop as CSS: numbers are pixels, strings pass through. */
export function cssSize(v: unknown): string | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return `${v}px`;
  if (typeof v === "string" && v.trim()) return v.trim();
  return undefined;
}

export type Source = "upload" | "webcam" | "clipboard";

/** The `sources` prop, cleaned; Gradio's default when absent. */
export function sourcesOf(v: unknown): Source[] {
  const list = typeof v === "string" ? [v] : Array.isArray(v) ? v : v === null || v === undefined ? ["upload", "webcam", "clipboard"] : [];
  return list.filter((s): s is Source => s === "upload" || s === "webcam" || s === "clipboard");
}

/** Whether a picked, dropped or pasted file is an image the component takes. */
export function isImageFile(file: { name: string; type: string }): boolean {
  if ((file.type || "").toLowerCase().startsWith("image/")) return true;
  return /\.(png|jpe?g|gif|webp|svg|bmp|tiff?|avif|ico)$/i.test(file.name);
}

/** The first image among pasted/dropped files, or null. */
export function firstImage<T extends { name: string; type: string }>(files: Iterable<T>): T | null {
  for (const f of files) if (isImageFile(f)) return f;
  return null;
}

/** getUserMedia constraints from `webcam_options.constraints` (video only; audio off). */
export function cameraConstraints(options: unknown): MediaStreamConstraints {
  const c = options && typeof options === "object" ? (options as { constraints?: unknown }).constraints : null;
  if (c && typeof c === "object") {
    const given = c as Record<string, unknown>;
    if ("video" in given || "audio" in given) return { video: (given.video as MediaTrackConstraints | boolean) ?? true, audio: false };
    return { video: given as MediaTrackConstraints, audio: false };
  }
  return { video: true, audio: false };
}

/** Whether the webcam preview (and capture) is mirrored; true unless told otherwise. */
export function mirrored(options: unknown): boolean {
  return !(options && typeof options === "object" && (options as { mirror?: unknown }).mirror === false);
}
