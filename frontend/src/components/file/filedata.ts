/** Pure helpers for the file component: wire values, names, kinds and `file_types`. */
import { fileUrl, type FileData } from "@podium/client";
import type { AppContext } from "../shared/appContext";

/** The component's value as a list of FileData, each with a usable `url`. */
export function toFileList(value: unknown, ctx: Pick<AppContext, "root" | "apiPrefix">): FileData[] {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  const out: FileData[] = [];
  for (const item of items) {
    const fd = asFileData(item);
    if (!fd) continue;
    out.push({ ...fd, url: resolveUrl(fd, ctx) });
  }
  return out;
}

function asFileData(item: unknown): FileData | null {
  if (typeof item === "string" && item) {
    return { path: item, url: null, size: null, orig_name: null, mime_type: null, is_stream: false, meta: { _type: "gradio.FileData" } };
  }
  if (!item || typeof item !== "object") return null;
  const o = item as Partial<FileData>;
  if (typeof o.path !== "string" && typeof o.url !== "string") return null;
  return {
    path: typeof o.path === "string" ? o.path : String(o.url),
    url: typeof o.url === "string" ? o.url : null,
    size: typeof o.size === "number" ? o.size : null,
    orig_name: typeof o.orig_name === "string" ? o.orig_name : null,
    mime_type: typeof o.mime_type === "string" ? o.mime_type : null,
    is_stream: o.is_stream === true,
    meta: { _type: "gradio.FileData" },
  };
}

function resolveUrl(fd: FileData, ctx: Pick<AppContext, "root" | "apiPrefix">): string {
  if (fd.url) {
    if (/^(https?:|blob:|data:)/i.test(fd.url)) return fd.url;
    try {
      return new URL(fd.url, ctx.root + "/").href;
    } catch {
      return fd.url;
    }
  }
  if (/^https?:\/\//i.test(fd.path)) return fd.path;
  return fileUrl(ctx.root, fd.path, ctx.apiPrefix);
}

/** What to call a file: its original name, else the last part of its path. */
export function fileName(fd: Pick<FileData, "orig_name" | "path">): string {
  if (fd.orig_name) return fd.orig_name;
  const last = fd.path.split(/[\\/]/).filter(Boolean).pop() ?? fd.path;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export type FileKind = "image" | "audio" | "video" | "pdf" | "archive" | "text" | "data" | "file";

const EXT_KIND: Record<string, FileKind> = {
  png: "image", jpg: "image", jpeg: "image", gif: "image", webp: "image", svg: "image", bmp: "image", tif: "image", tiff: "image", avif: "image", heic: "image", ico: "image",
  mp3: "audio", wav: "audio", ogg: "audio", flac: "audio", m4a: "audio", aac: "audio", opus: "audio",
  mp4: "video", webm: "video", mov: "video", mkv: "video", avi: "video", m4v: "video",
  pdf: "pdf",
  zip: "archive", gz: "archive", tgz: "archive", tar: "archive", bz2: "archive", xz: "archive", "7z": "archive", rar: "archive", zst: "archive",
  txt: "text", md: "text", py: "text", js: "text", ts: "text", html: "text", css: "text", log: "text", rst: "text", ipynb: "text", yaml: "text", yml: "text", toml: "text", xml: "text",
  csv: "data", tsv: "data", json: "data", jsonl: "data", parquet: "data", xlsx: "data", xls: "data", npy: "data", npz: "data", pkl: "data", pt: "data", safetensors: "data", h5: "data",
};

/** Lower-case extension without the dot ("" when none). */
export function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : "";
}

export function fileKind(name: string, mime?: string | null): FileKind {
  const byExt = EXT_KIND[extension(name)];
  if (byExt) return byExt;
  const top = (mime ?? "").split("/")[0];
  if (top === "image" || top === "audio" || top === "video" || top === "text") return top;
  return "file";
}

/** Up to 4 characters shown on the file's icon ("PDF", "CSV"); "" for none/long ones. */
export function extensionBadge(name: string): string {
  const ext = extension(name);
  return ext && ext.length <= 4 ? ext.toUpperCase() : "";
}

const CATEGORY: Record<string, string> = { image: "image/*", audio: "audio/*", video: "video/*", text: "text/*" };

function normalizeTypes(fileTypes: unknown): string[] {
  if (!Array.isArray(fileTypes)) return [];
  return fileTypes.filter((t): t is string => typeof t === "string" && t.trim() !== "").map((t) => t.trim());
}

/** The `accept` attribute for `file_types` (".pdf", "image" → "image/*", "file" → any). */
export function acceptAttr(fileTypes: unknown): string | undefined {
  const types = normalizeTypes(fileTypes);
  if (!types.length || types.includes("file")) return undefined;
  return types.map((t) => CATEGORY[t] ?? (t.includes("/") || t.startsWith(".") ? t : `.${t}`)).join(",");
}

/** Whether a picked/dropped/pasted file is one `file_types` allows. */
export function acceptsFile(file: { name: string; type: string }, fileTypes: unknown): boolean {
  const types = normalizeTypes(fileTypes);
  if (!types.length || types.includes("file")) return true;
  const name = file.name.toLowerCase();
  const mime = (file.type || "").toLowerCase();
  return types.some((t) => {
    const cat = CATEGORY[t];
    if (cat) return mime.startsWith(`${t}/`) || fileKind(name) === t;
    if (t.includes("/")) return t.endsWith("/*") ? mime.startsWith(t.slice(0, -1).toLowerCase()) : mime === t.toLowerCase();
    const ext = (t.startsWith(".") ? t : `.${t}`).toLowerCase();
    return name.endsWith(ext);
  });
}

const HINT: Record<string, string> = { image: "images", audio: "audio", video: "videos", text: "text" };

/** A short, human list of `file_types` for the drop zone: ".pdf · images". */
export function typesHint(fileTypes: unknown): string {
  const types = normalizeTypes(fileTypes);
  if (!types.length || types.includes("file")) return "";
  return types.map((t) => HINT[t] ?? t).join(" · ");
}

/** "Only .pdf or image files are accepted." */
export function describeTypes(fileTypes: unknown): string {
  const types = normalizeTypes(fileTypes).map((t) => (CATEGORY[t] ? `${t}` : t));
  if (types.length <= 1) return `Only ${types[0] ?? "these"} files are accepted.`;
  return `Only ${types.slice(0, -1).join(", ")} or ${types[types.length - 1]} files are accepted.`;
}

/** Move item `from` to index `to` (a new array). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length || from === to) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}
