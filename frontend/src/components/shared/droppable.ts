/**
 * `use:droppable` — make an element accept files dragged from the desktop (folders are
 * walked when `directory` is set). Internal drags (reordering rows, text) are ignored.
 */
export interface DroppableOptions {
  onfiles: (files: File[]) => void;
  /** Called with true while files hover the element. */
  onover?: (over: boolean) => void;
  directory?: boolean;
  disabled?: boolean;
}

function carriesFiles(e: DragEvent): boolean {
  return !!e.dataTransfer && Array.from(e.dataTransfer.types).includes("Files");
}

export function droppable(node: HTMLElement, initial: DroppableOptions) {
  let opts = initial;
  let depth = 0;
  const setOver = (v: boolean) => opts.onover?.(v);

  const enter = (e: DragEvent) => {
    if (opts.disabled || !carriesFiles(e)) return;
    e.preventDefault();
    if (depth++ === 0) setOver(true);
  };
  const over = (e: DragEvent) => {
    if (opts.disabled || !carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = "copy";
  };
  const leave = (e: DragEvent) => {
    if (opts.disabled || !carriesFiles(e)) return;
    if (--depth <= 0) {
      depth = 0;
      setOver(false);
    }
  };
  const drop = (e: DragEvent) => {
    if (opts.disabled || !carriesFiles(e)) return;
    e.preventDefault();
    depth = 0;
    setOver(false);
    void filesFromDataTransfer(e.dataTransfer!, !!opts.directory).then((files) => {
      if (files.length) opts.onfiles(files);
    });
  };
  node.addEventListener("dragenter", enter);
  node.addEventListener("dragover", over);
  node.addEventListener("dragleave", leave);
  node.addEventListener("drop", drop);
  return {
    update(next: DroppableOptions) {
      opts = next;
    },
    destroy() {
      node.removeEventListener("dragenter", enter);
      node.removeEventListener("dragover", over);
      node.removeEventListener("dragleave", leave);
      node.removeEventListener("drop", drop);
    },
  };
}

/** The files of a drop; with `directory`, dropped folders are walked recursively. */
export async function filesFromDataTransfer(dt: DataTransfer, directory: boolean): Promise<File[]> {
  const entries = directory
    ? Array.from(dt.items ?? [])
        .map((it) => (typeof it.webkitGetAsEntry === "function" ? it.webkitGetAsEntry() : null))
        .filter((e): e is FileSystemEntry => !!e)
    : [];
  if (!entries.length) return Array.from(dt.files ?? []);
  const out: File[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    out.push(file);
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches until it answers an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
    if (!batch.length) break;
    for (const child of batch) await walk(child, out);
  }
}
