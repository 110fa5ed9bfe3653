/** Helpers shared by the audio and video views: wire values and recorded uploads. */
import { checkFileSizes, uploadFiles, UploadError, type FileData } from "@podium/client";
import type { AppContext } from "../shared/appContext";
import { toFileList } from "../file/filedata";

/** A media value as {file, subtitles}: plain FileData, or Gradio 4/5's {video, subtitles}. */
export function mediaValue(value: unknown, ctx: Pick<AppContext, "root" | "apiPrefix">): { file: FileData | null; subtitles: FileData | null } {
  if (value && typeof value === "object" && !Array.isArray(value) && "video" in value) {
    const v = value as { video?: unknown; subtitles?: unknown };
    return { file: toFileList(v.video, ctx)[0] ?? null, subtitles: toFileList(v.subtitles, ctx)[0] ?? null };
  }
  return { file: toFileList(value, ctx)[0] ?? null, subtitles: null };
}

/** Uploads one blob as a named file; resolves to its FileData (rejects with a readable Error). */
export async function uploadOne(blob: Blob, name: string, ctx: AppContext, onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<FileData> {
  const file = blob instanceof File ? blob : new File([blob], name, { type: blob.type });
  const tooBig = checkFileSizes([file], ctx.maxFileSize);
  if (tooBig) throw new UploadError(tooBig, 413, true);
  const [fd] = await uploadFiles(ctx.root, [file], {
    apiPrefix: ctx.apiPrefix,
    maxFileSize: ctx.maxFileSize,
    signal,
    onProgress: onProgress ? (p) => onProgress(p.total > 0 ? p.loaded / p.total : 0) : undefined,
  });
  if (!fd) throw new Error("The server did not return the uploaded file");
  return fd;
}

/** A readable message for a failed getUserMedia call. */
export function deviceError(err: unknown, device: "microphone" | "camera"): string {
  const name = (err as { name?: string })?.name ?? "";
  if (name === "NotAllowedError" || name === "SecurityError") return `Access to the ${device} was denied. Allow it in the browser's site settings and try again.`;
  if (name === "NotFoundError" || name === "OverconstrainedError") return `No ${device} was found.`;
  if (name === "NotReadableError") return `The ${device} is in use by another application.`;
  if (typeof navigator !== "undefined" && !navigator.mediaDevices) return `The ${device} is only available on a secure page (https or localhost).`;
  return `Could not start the ${device}: ${(err as Error)?.message ?? err}`;
}

/** A CSS length from a number (px) or a string. */
export const cssSize = (v: number | string | null | undefined) => (v === null || v === undefined ? undefined : typeof v === "number" ? `${v}px` : v);
