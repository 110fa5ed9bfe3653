/** Pure helpers for the gallery: wire items, kinds, column counts and navigation. */
import type { FileData } from "@podium/client";
import type { AppContext } from "../shared/appContext";
import { toFileList } from "../file/filedata";

export type Kind = "image" | "video";

export interface GalleryItem {
  kind: Kind;
  file: FileData;
  caption: string | null;
}

const VIDEO_EXT = /\.(mp4|webm|ogg|ogv|mov|m4v|mkv|avi)$/i;

/** Whether an uploaded/returned file is a video (by MIME type, else by extension). */
export function isVideo(file: { name?: string | null; type?: string | null; mime_type?: string | null; path?: string }): boolean {
  const mime = (file.type ?? file.mime_type ?? "").toLowerCase();
  if (mime) return mime.startsWith("video/");
  return VIDEO_EXT.test(file.name ?? file.path ?? "");
}

/** The wire value (`[{image|video: FileData, caption}]`, or bare FileData/URLs) as items with usable URLs. */
export function toItems(value: unknown, ctx: Pick<AppContext, "root" | "apiPrefix">): GalleryItem[] {
  if (!Array.isArray(value)) return [];
  const out: GalleryItem[] = [];
  for (const raw of value) {
    let kind: Kind = "image";
    let media: unknown = raw;
    let caption: string | null = null;
    if (Array.isArray(raw)) {
      media = raw[0];
      caption = raw[1] == null ? null : String(raw[1]);
    } else if (raw && typeof raw === "object" && ("image" in raw || "video" in raw)) {
      const o = raw as { image?: unknown; video?: unknown; caption?: unknown };
      kind = o.video != null && o.image == null ? "video" : "image";
      media = kind === "video" ? o.video : o.image;
      caption = o.caption == null ? null : String(o.caption);
    }
    const [file] = toFileList(media, ctx);
    if (!file) continue;
    if (kind === "image" && !(raw && typeof raw === "object" && "image" in raw) && isVideo(file)) kind = "video";
    out.push({ kind, file, caption });
  }
  return out;
}

/** The wire form of an item (what `select` carries as its value and what the server receives). */
export function toWire(item: GalleryItem): Record<string, unknown> {
  return { [item.kind]: item.file, caption: item.caption };
}

/** How many columns to draw: the asked number, fewer when `fit_columns` and there are fewer
 * items, and fewer on narrow widths so thumbnails stay at least `minThumb` px wide. */
export function columnCount(columns: unknown, count: number, fit: boolean, width: number, minThumb = 96): number {
  let cols = typeof columns === "number" && Number.isFinite(columns) && columns >= 1 ? Math.floor(columns) : 2;
  if (fit && count > 0) cols = Math.min(cols, count);
  if (width > 0) cols = Math.min(cols, Math.max(1, Math.floor(width / minThumb)));
  return Math.max(1, cols);
}

/** The index after moving `step` from `index` in a list of `count`, wrapping around. */
export function step(index: number, by: number, count: number): number {
  if (count <= 0) return 0;
  return (((index + by) % count) + count) % count;
}
