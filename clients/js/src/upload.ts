/**
 * File uploads over the Gradio wire protocol.
 *
 *   const files = await uploadFiles("http://127.0.0.1:7860", [blob], { maxFileSize: config.max_file_size });
 *   client.submit("/predict", [files[0]]);
 *
 * `POST {root}{api_prefix}/upload` (multipart, one `files` field per file) answers a JSON
 * list of server paths in the same order; each becomes a FileData object, the value
 * file-taking components send and receive. A file over the app's `max_file_size` is
 * refused before any byte is sent (the server enforces the limit too, with a 413).
 * Works in browsers (XMLHttpRequest when upload progress is asked for) and in Node 20
 * (fetch + FormData + Blob).
 */

/** A file on the wire: what file components hold as their value. */
export interface FileData {
  path: string;
  url: string | null;
  size: number | null;
  orig_name: string | null;
  mime_type: string | null;
  is_stream: boolean;
  meta: { _type: "gradio.FileData" };
}

export interface UploadProgress {
  /** Bytes of the request body sent so far (includes multipart framing). */
  loaded: number;
  /** Total bytes of the request body, when known. */
  total: number;
}

export interface UploadOptions {
  /** API prefix of the app (config.api_prefix); "/gradio_api" by default. */
  apiPrefix?: string;
  /** The app's config.max_file_size in bytes; null or absent means no limit. */
  maxFileSize?: number | null;
  /** Called as the request body goes out (browsers report it continuously). */
  onProgress?: (p: UploadProgress) => void;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** A fetch implementation (defaults to the global one). Forces the fetch path. */
  fetch?: typeof fetch;
  /** Sent as `?upload_id=` (Gradio uses it to report progress server-side). */
  uploadId?: string;
}

/** Why an upload failed: `tooLarge` for files over the limit (client- or server-side). */
export class UploadError extends Error {
  override name = "UploadError";
  constructor(
    message: string,
    readonly status?: number,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

/** 1536 → "1.5 KB" (powers of 1024, like file managers; one decimal below 10). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return "";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let n = bytes;
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  if (i === 0) return `${n} B`;
  return `${n < 10 ? n.toFixed(1) : Math.round(n)} ${units[i]}`;
}

function blobName(b: Blob, i: number): string {
  const name = (b as Partial<File>).name;
  return typeof name === "string" && name ? name : `file${i === 0 ? "" : `-${i}`}`;
}

/** The first file over `maxFileSize`, as a readable message; null when all fit. */
export function checkFileSizes(files: Blob[], maxFileSize: number | null | undefined): string | null {
  if (maxFileSize === null || maxFileSize === undefined || !Number.isFinite(maxFileSize)) return null;
  for (const [i, f] of files.entries()) {
    if (f.size > maxFileSize) {
      return `“${blobName(f, i)}” is ${formatBytes(f.size)}; the largest file this app accepts is ${formatBytes(maxFileSize)}.`;
    }
  }
  return null;
}

/** URL the server serves an uploaded or produced file at. */
export function fileUrl(root: string, path: string, apiPrefix = "/gradio_api"): string {
  const base = root.replace(/\/+$/, "") + apiPrefix.replace(/\/+$/, "");
  // Keep "/" (paths are server paths) but escape what would end or bend the URL.
  const safe = path.split("/").map(encodeURIComponent).join("/");
  return `${base}/file=${safe}`;
}

/** Wrap a server path (from the upload answer) and its source blob as FileData. */
export function toFileData(path: string, blob: Blob, i: number, root: string, apiPrefix = "/gradio_api"): FileData {
  return {
    path,
    url: fileUrl(root, path, apiPrefix),
    size: blob.size,
    orig_name: blobName(blob, i),
    mime_type: blob.type || null,
    is_stream: false,
    meta: { _type: "gradio.FileData" },
  };
}

/** POST files to `{root}{apiPrefix}/upload`; resolves with their server paths, in order. */
export async function uploadBlobs(root: string, files: Blob[], opts: UploadOptions = {}): Promise<string[]> {
  if (files.length === 0) return [];
  const tooBig = checkFileSizes(files, opts.maxFileSize);
  if (tooBig) throw new UploadError(tooBig, 413, true);
  const prefix = (opts.apiPrefix ?? "/gradio_api").replace(/\/+$/, "");
  let url = `${root.replace(/\/+$/, "")}${prefix}/upload`;
  if (opts.uploadId) url += `?upload_id=${encodeURIComponent(opts.uploadId)}`;
  const form = new FormData();
  files.forEach((f, i) => form.append("files", f, blobName(f, i)));

  const useXhr = !opts.fetch && opts.onProgress && typeof XMLHttpRequest !== "undefined";
  const { status, text } = useXhr ? await sendXhr(url, form, opts) : await sendFetch(url, form, files.reduce((n, f) => n + f.size, 0), opts);
  if (status < 200 || status >= 300) throw new UploadError(describeFailure(status, text, opts.maxFileSize), status, status === 413);
  let paths: unknown;
  try {
    paths = JSON.parse(text);
  } catch {
    throw new UploadError("The server's answer to the upload was not JSON.", status);
  }
  if (!Array.isArray(paths) || paths.length !== files.length || !paths.every((p) => typeof p === "string")) {
    throw new UploadError("The server's answer to the upload was not a list of paths, one per file.", status);
  }
  return paths as string[];
}

/** Upload files and return them as FileData (url pointing at `{root}{apiPrefix}/file=...`). */
export async function uploadFiles(root: string, files: Blob[], opts: UploadOptions = {}): Promise<FileData[]> {
  const paths = await uploadBlobs(root, files, opts);
  return paths.map((p, i) => toFileData(p, files[i]!, i, root, opts.apiPrefix));
}

async function sendFetch(url: string, form: FormData, total: number, opts: UploadOptions): Promise<{ status: number; text: string }> {
  const impl = opts.fetch ?? globalThis.fetch.bind(globalThis);
  let res: Response;
  try {
    res = await impl(url, { method: "POST", body: form, headers: opts.headers, signal: opts.signal });
  } catch (err) {
    if ((err as Error)?.name === "AbortError") throw new UploadError("Upload cancelled.");
    throw new UploadError(`Upload failed: ${(err as Error)?.message ?? err}`);
  }
  const text = await res.text();
  // fetch cannot observe the request body going out: report it once, when sent.
  if (opts.onProgress) opts.onProgress({ loaded: total, total });
  return { status: res.status, text };
}

function sendXhr(url: string, form: FormData, opts: UploadOptions): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    for (const [k, v] of Object.entries(opts.headers ?? {})) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => opts.onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 });
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new UploadError("Upload failed: the connection to the server was lost."));
    xhr.onabort = () => reject(new UploadError("Upload cancelled."));
    if (opts.signal) {
      if (opts.signal.aborted) return reject(new UploadError("Upload cancelled."));
      opts.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}

function describeFailure(status: number, text: string, max: number | null | undefined): string {
  let detail = "";
  try {
    const body = JSON.parse(text) as { error?: unknown; detail?: unknown };
    const d = body?.error ?? body?.detail;
    if (typeof d === "string") detail = d;
  } catch {
    // Gradio answers 413 in plain text.
    if (text && text.length < 300 && !/^\s*</.test(text)) detail = text.trim();
  }
  if (status === 413) {
    return detail || (max ? `The file is larger than this app accepts (${formatBytes(max)}).` : "The file is larger than this app accepts.");
  }
  return detail ? `Upload failed: ${detail}` : `Upload failed (${status}).`;
}
