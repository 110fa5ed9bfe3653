/**
 * The picture being edited: a background and drawing layers, each a canvas of the same
 * size, with undo/redo over whole-document snapshots. No DOM beyond canvases, no Svelte:
 * the view calls these operations and redraws.
 */
import { History } from "./history";
import { containRect, type Rect } from "./geometry";
import type { PaletteColor } from "./options";

export interface Layer {
  id: number;
  name: string;
  canvas: HTMLCanvasElement;
  visible: boolean;
  /** Bumped on every change, so unchanged layers need not be uploaded again. */
  version: number;
}

interface Snapshot {
  width: number;
  height: number;
  background: HTMLCanvasElement;
  hasImage: boolean;
  layers: Array<Omit<Layer, "version">>;
  active: number;
}

export interface StrokeStyle {
  size: number;
  color: PaletteColor;
  erase: boolean;
}

let nextId = 1;
/** Background of a blank canvas: a white sheet, like paper. */
const PAPER = "#ffffff";

export function makeCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  return canvas;
}

function ctx2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext("2d", { willReadFrequently: false });
  if (!ctx) throw new Error("This browser cannot draw on a canvas (no 2D context).");
  return ctx;
}

function copyOf(source: HTMLCanvasElement, width = source.width, height = source.height, dx = 0, dy = 0): HTMLCanvasElement {
  const canvas = makeCanvas(width, height);
  ctx2d(canvas).drawImage(source, dx, dy);
  return canvas;
}

export class EditorDocument {
  width: number;
  height: number;
  background: HTMLCanvasElement;
  /** True once an image is the background (not the blank sheet). */
  hasImage = false;
  backgroundVersion = 0;
  layers: Layer[] = [];
  active = 0;
  /** Bumped on every change of anything. */
  revision = 0;
  private history = new History<Snapshot>();
  // The stroke being drawn: its points and, for the brush, a preview canvas.
  private stroke: { style: StrokeStyle; points: Array<{ x: number; y: number }>; preview: HTMLCanvasElement | null } | null = null;

  constructor(width: number, height: number, layerNames: string[]) {
    this.width = width;
    this.height = height;
    this.background = this.blankSheet(width, height);
    this.layers = layerNames.map((name) => this.newLayer(name));
    this.active = this.layers[0]!.id;
  }

  // ---- queries ----------------------------------------------------------------------
  get activeLayer(): Layer | undefined {
    return this.layers.find((l) => l.id === this.active);
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  get drawing(): boolean {
    return this.stroke !== null;
  }

  /** Whether anything was painted or uploaded (an untouched blank sheet is empty). */
  get isEmpty(): boolean {
    return !this.hasImage && this.layers.every((l) => l.version === 0);
  }

  // ---- layers -----------------------------------------------------------------------
  addLayer(name: string): void {
    this.checkpoint();
    const layer = this.newLayer(name);
    this.layers.push(layer);
    this.active = layer.id;
    this.changed();
  }

  removeLayer(id: number): void {
    if (this.layers.length <= 1) return;
    const index = this.layers.findIndex((l) => l.id === id);
    if (index < 0) return;
    this.checkpoint();
    this.layers.splice(index, 1);
    if (this.active === id) this.active = this.layers[Math.max(0, index - 1)]!.id;
    this.changed();
  }

  toggleLayer(id: number): void {
    const layer = this.layers.find((l) => l.id === id);
    if (!layer) return;
    this.checkpoint();
    layer.visible = !layer.visible;
    layer.version++;
    this.changed();
  }

  selectLayer(id: number): void {
    if (this.layers.some((l) => l.id === id)) this.active = id;
  }

  // ---- background -------------------------------------------------------------------
  /**
   * `image` becomes the background. The canvas takes the image's size unless `fixed`,
   * in which case the image is scaled to fit the canvas; layers keep their paint.
   */
  setBackground(image: CanvasImageSource, imageWidth: number, imageHeight: number, fixed: boolean, record = true): void {
    if (record) this.checkpoint();
    if (!fixed) this.resizeCanvas(imageWidth, imageHeight);
    const bg = makeCanvas(this.width, this.height);
    const at = fixed ? containRect(imageWidth, imageHeight, this.width, this.height) : { x: 0, y: 0, width: imageWidth, height: imageHeight };
    ctx2d(bg).drawImage(image, at.x, at.y, at.width, at.height);
    this.background = bg;
    this.hasImage = true;
    this.backgroundVersion++;
    this.changed();
  }

  /** Paint `image` into the layer at `index` (used when a value arrives from Python). */
  paintLayer(index: number, image: CanvasImageSource, name: string): void {
    while (this.layers.length <= index) this.layers.push(this.newLayer(name));
    const layer = this.layers[index]!;
    layer.name = name;
    ctx2d(layer.canvas).drawImage(image, 0, 0);
    layer.version++;
    this.changed();
  }

  /** Back to a blank sheet of `width`×`height` with empty layers; forgets history. */
  reset(width: number, height: number, layerNames: string[]): void {
    this.width = width;
    this.height = height;
    this.background = this.blankSheet(width, height);
    this.hasImage = false;
    this.backgroundVersion++;
    this.layers = layerNames.map((name) => this.newLayer(name));
    this.active = this.layers[0]!.id;
    this.history.clear();
    this.stroke = null;
    this.changed();
  }

  /** Clears paint and background (an undoable step). */
  clear(layerNames: string[], width: number, height: number): void {
    this.checkpoint();
    this.width = width;
    this.height = height;
    this.background = this.blankSheet(width, height);
    this.hasImage = false;
    this.backgroundVersion++;
    this.layers = layerNames.map((name) => this.newLayer(name));
    this.active = this.layers[0]!.id;
    this.changed();
  }

  // ---- strokes ----------------------------------------------------------------------
  beginStroke(point: { x: number; y: number }, style: StrokeStyle): boolean {
    const layer = this.activeLayer;
    if (!layer || !layer.visible) return false;
    this.checkpoint();
    this.stroke = { style, points: [], preview: style.erase ? null : makeCanvas(this.width, this.height) };
    this.extendStroke([point]);
    return true;
  }

  extendStroke(points: Array<{ x: number; y: number }>): void {
    const stroke = this.stroke;
    const layer = this.activeLayer;
    if (!stroke || !layer) return;
    // The segment to add starts at the last point already drawn.
    const from = Math.max(0, stroke.points.length - 1);
    stroke.points.push(...points);
    if (stroke.style.erase) {
      // Erasing is idempotent, so each new segment goes straight into the layer.
      const g = ctx2d(layer.canvas);
      g.save();
      g.globalCompositeOperation = "destination-out";
      tracePath(g, stroke.points.slice(from), stroke.style.size, "#000");
      g.restore();
      layer.version++;
    } else if (stroke.preview) {
      // The whole path is redrawn at full strength and laid on at the colour's opacity
      // once, so a see-through brush does not darken where its own path overlaps.
      const g = ctx2d(stroke.preview);
      g.clearRect(0, 0, this.width, this.height);
      tracePath(g, stroke.points, stroke.style.size, stroke.style.color.color);
    }
  }

  endStroke(): void {
    const stroke = this.stroke;
    const layer = this.activeLayer;
    this.stroke = null;
    if (!stroke || !layer) return;
    if (stroke.preview) {
      const g = ctx2d(layer.canvas);
      g.save();
      g.globalAlpha = stroke.style.color.opacity;
      g.drawImage(stroke.preview, 0, 0);
      g.restore();
    }
    layer.version++;
    this.changed();
  }

  // ---- transforms -------------------------------------------------------------------
  crop(rect: Rect): void {
    if (rect.width < 1 || rect.height < 1) return;
    this.checkpoint();
    this.background = copyOf(this.background, rect.width, rect.height, -rect.x, -rect.y);
    for (const layer of this.layers) {
      layer.canvas = copyOf(layer.canvas, rect.width, rect.height, -rect.x, -rect.y);
      layer.version++;
    }
    this.width = rect.width;
    this.height = rect.height;
    this.backgroundVersion++;
    this.changed();
  }

  /** Scales the whole picture (background and layers) to `width`×`height`. */
  scale(width: number, height: number): void {
    if (width < 1 || height < 1 || (width === this.width && height === this.height)) return;
    this.checkpoint();
    const scaled = (source: HTMLCanvasElement) => {
      const canvas = makeCanvas(width, height);
      const g = ctx2d(canvas);
      g.imageSmoothingQuality = "high";
      g.drawImage(source, 0, 0, width, height);
      return canvas;
    };
    this.background = scaled(this.background);
    for (const layer of this.layers) {
      layer.canvas = scaled(layer.canvas);
      layer.version++;
    }
    this.width = width;
    this.height = height;
    this.backgroundVersion++;
    this.changed();
  }

  // ---- history ----------------------------------------------------------------------
  undo(): boolean {
    const previous = this.history.undo(this.snapshot());
    if (!previous) return false;
    this.restore(previous);
    return true;
  }

  redo(): boolean {
    const next = this.history.redo(this.snapshot());
    if (!next) return false;
    this.restore(next);
    return true;
  }

  // ---- output -----------------------------------------------------------------------
  /** Draws the picture into `g` (sized width×height): background, then visible layers. */
  paint(g: CanvasRenderingContext2D, layerOpacity = 1): void {
    g.clearRect(0, 0, this.width, this.height);
    g.drawImage(this.background, 0, 0);
    g.save();
    g.globalAlpha = layerOpacity;
    for (const layer of this.layers) {
      if (!layer.visible) continue;
      g.drawImage(layer.canvas, 0, 0);
      if (layer.id === this.active) this.paintPreview(g, layerOpacity);
    }
    g.restore();
  }

  /** The flattened picture at full strength: what the function receives as `composite`. */
  composite(): HTMLCanvasElement {
    const canvas = makeCanvas(this.width, this.height);
    this.paint(ctx2d(canvas));
    return canvas;
  }

  // ---- internals --------------------------------------------------------------------
  private paintPreview(g: CanvasRenderingContext2D, layerOpacity: number): void {
    const stroke = this.stroke;
    if (!stroke?.preview) return;
    g.save();
    g.globalAlpha = layerOpacity * stroke.style.color.opacity;
    g.drawImage(stroke.preview, 0, 0);
    g.restore();
  }

  private newLayer(name: string): Layer {
    return { id: nextId++, name, canvas: makeCanvas(this.width, this.height), visible: true, version: 0 };
  }

  private blankSheet(width: number, height: number): HTMLCanvasElement {
    const canvas = makeCanvas(width, height);
    const g = ctx2d(canvas);
    g.fillStyle = PAPER;
    g.fillRect(0, 0, width, height);
    return canvas;
  }

  /** A new canvas size for everything; paint stays where it was (top-left anchored). */
  private resizeCanvas(width: number, height: number): void {
    if (width === this.width && height === this.height) return;
    for (const layer of this.layers) {
      layer.canvas = copyOf(layer.canvas, width, height);
      if (layer.version) layer.version++;
    }
    this.width = width;
    this.height = height;
  }

  private snapshot(): Snapshot {
    return {
      width: this.width,
      height: this.height,
      background: copyOf(this.background),
      hasImage: this.hasImage,
      layers: this.layers.map((l) => ({ id: l.id, name: l.name, visible: l.visible, canvas: copyOf(l.canvas) })),
      active: this.active,
    };
  }

  private checkpoint(): void {
    this.history.record(this.snapshot());
  }

  private restore(s: Snapshot): void {
    this.width = s.width;
    this.height = s.height;
    this.background = s.background;
    this.hasImage = s.hasImage;
    this.backgroundVersion++;
    // Restored layers count as changed (their pixels may differ from the last upload).
    this.layers = s.layers.map((l) => ({ ...l, version: (this.layers.find((o) => o.id === l.id)?.version ?? 0) + 1 }));
    this.active = this.layers.some((l) => l.id === s.active) ? s.active : this.layers[0]!.id;
    this.changed();
  }

  private changed(): void {
    this.revision++;
  }
}

/** Strokes a round-capped path through `points` (a dot for a single point). */
function tracePath(g: CanvasRenderingContext2D, points: Array<{ x: number; y: number }>, size: number, color: string): void {
  if (!points.length) return;
  g.lineCap = "round";
  g.lineJoin = "round";
  g.lineWidth = size;
  g.strokeStyle = color;
  g.fillStyle = color;
  if (points.length === 1) {
    g.beginPath();
    g.arc(points[0]!.x, points[0]!.y, size / 2, 0, Math.PI * 2);
    g.fill();
    return;
  }
  g.beginPath();
  g.moveTo(points[0]!.x, points[0]!.y);
  for (const p of points.slice(1)) g.lineTo(p.x, p.y);
  g.stroke();
}
