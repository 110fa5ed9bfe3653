/**
 * Turning the document into the component's value: each canvas as a PNG, uploaded
 * through the app's upload route, assembled as `{background, layers, composite}`.
 * Canvases that did not change since the last upload reuse their earlier file.
 */
import { checkFileSizes, uploadFiles, type FileData } from "@podium/client";
import type { AppContext } from "../shared/appContext";
import type { EditorDocument } from "./document";

export interface EditorValue {
  background: FileData | null;
  layers: FileData[];
  composite: FileData | null;
  id: string | null;
}

export function canvasToPng(canvas: HTMLCanvasElement, name: string): Promise<File> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(new File([blob], name, { type: "image/png" })) : reject(new Error("the canvas could not be encoded"))), "image/png"),
  );
}

/** Remembers the file uploaded for each canvas version, so unchanged ones are not sent again. */
export class Uploader {
  private cache = new Map<string, FileData>();

  constructor(private readonly ctx: AppContext) {}

  async value(doc: EditorDocument): Promise<EditorValue> {
    const wanted: Array<{ key: string; canvas: () => HTMLCanvasElement; name: string }> = [
      { key: `bg:${doc.backgroundVersion}:${doc.width}x${doc.height}`, canvas: () => doc.background, name: "background.png" },
      ...doc.layers.map((l, i) => ({ key: `layer:${l.id}:${l.version}:${doc.width}x${doc.height}`, canvas: () => l.canvas, name: `layer_${i + 1}.png` })),
    ];
    const missing = wanted.filter((w) => !this.cache.has(w.key));
    const files = await Promise.all([...missing.map((w) => canvasToPng(w.canvas(), w.name)), canvasToPng(doc.composite(), "composite.png")]);
    const tooBig = checkFileSizes(files, this.ctx.maxFileSize);
    if (tooBig) throw new Error(tooBig);
    const uploaded = await uploadFiles(this.ctx.root, files, { apiPrefix: this.ctx.apiPrefix, maxFileSize: this.ctx.maxFileSize });
    const fresh = new Map<string, FileData>();
    missing.forEach((w, i) => fresh.set(w.key, uploaded[i]!));
    for (const w of wanted) fresh.set(w.key, this.cache.get(w.key) ?? fresh.get(w.key)!);
    this.cache = fresh; // only the current versions stay remembered
    return {
      background: fresh.get(wanted[0]!.key) ?? null,
      layers: wanted.slice(1).map((w) => fresh.get(w.key)!),
      composite: uploaded[uploaded.length - 1] ?? null,
      id: null,
    };
  }
}
