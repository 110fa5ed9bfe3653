/**
 * Builds the vega-lite spec of a native plot (LinePlot, ScatterPlot, BarPlot) from its
 * data payload and props. Pure: no DOM, no vega import, so it is unit-tested directly.
 */

export type DataType = "quantitative" | "nominal" | "temporal";

export interface PlotPayload {
  columns: string[];
  data: unknown[][];
  datatypes: Record<string, DataType>;
  mark: string;
}

export interface PlotOptions {
  x?: string | null;
  y?: string | null;
  color?: string | null;
  title?: string | null;
  x_title?: string | null;
  y_title?: string | null;
  color_title?: string | null;
  x_bin?: string | number | null;
  y_aggregate?: string | null;
  color_map?: Record<string, string> | null;
  colors_in_legend?: string[] | null;
  x_lim?: (number | null)[] | null;
  y_lim?: (number | null)[] | null;
  x_label_angle?: number | null;
  y_label_angle?: number | null;
  x_axis_format?: string | null;
  y_axis_format?: string | null;
  x_axis_labels_visible?: boolean | string | null;
  sort?: string | string[] | null;
  tooltip?: string | string[] | null;
  height?: number | null;
  selectable?: boolean;
}

export type Spec = Record<string, unknown>;
export type SpecResult = { spec: Spec } | { error: string };

/** The name of the x-range brush; its signal carries the selected range. */
export const BRUSH = "brush";

const UNIT_MS: Record<string, number> = { ms: 1, s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3 };

/** "15m" → 900000; null when the text is not a duration. */
export function durationMs(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/.exec(text);
  return match ? Number(match[1]) * UNIT_MS[match[2]] : null;
}

/** vega reads "." and "[" in a field name as a path; column names are taken literally. */
export function fieldRef(name: string): string {
  return name.replace(/[.[\]\\]/g, (c) => `\\${c}`);
}

function rowsAsObjects(payload: PlotPayload): Record<string, unknown>[] {
  return payload.data.map((row) => Object.fromEntries(payload.columns.map((name, i) => [name, row[i]])));
}

function domainOf(lim: (number | null)[] | null | undefined, scale = 1): Record<string, unknown> | undefined {
  if (!lim || lim.length !== 2) return undefined;
  const [lo, hi] = lim;
  if (lo == null && hi == null) return undefined;
  if (lo != null && hi != null) return { domain: [lo * scale, hi * scale] };
  // One open end: vega-lite's domainMin / domainMax keep the other end data-driven.
  return lo != null ? { domainMin: lo * scale } : { domainMax: (hi as number) * scale };
}

/** The spec, or an error naming what in the props does not fit the data. */
export function buildSpec(payload: PlotPayload, options: PlotOptions): SpecResult {
  const { x, y } = options;
  if (!x || !y) return { error: "This plot needs x= and y= column names." };
  const named: [string, string | null | undefined][] = [
    ["x", x],
    ["y", y],
    ["color", options.color],
  ];
  for (const [option, column] of named) {
    if (column && !payload.columns.includes(column)) {
      return { error: `${option}="${column}" is not a column of the data (columns: ${payload.columns.join(", ")}).` };
    }
  }
  const xType: DataType = payload.datatypes[x] ?? "nominal";
  const colorType: DataType = options.color ? (payload.datatypes[options.color] ?? "nominal") : "nominal";
  const mark = payload.mark === "point" || payload.mark === "bar" ? payload.mark : "line";
  const transforms: Spec[] = [];

  // ---- x: binning and its aggregation ------------------------------------------------------
  let xField = x;
  let xBin: unknown;
  const xBinned = options.x_bin !== null && options.x_bin !== undefined;
  if (xBinned && typeof options.x_bin === "string") {
    const step = durationMs(options.x_bin);
    if (step === null) return { error: `x_bin="${options.x_bin}" is not a duration like "10s", "15m", "1h" or "1d".` };
    xField = `${x} (binned)`;
    transforms.push({ calculate: `floor(datum[${JSON.stringify(x)}] / ${step}) * ${step}`, as: xField });
  } else if (xBinned) {
    xBin = { step: Number(options.x_bin) };
  }
  const aggregate = options.y_aggregate ?? (xBinned || xType === "nominal" ? "sum" : undefined);
  const grouped = aggregate !== undefined;

  // ---- tooltip -----------------------------------------------------------------------------
  const axisTips: Spec[] = [
    { field: fieldRef(xField), type: xType, title: options.x_title ?? x, ...(xBin ? { bin: xBin } : {}) },
    { field: fieldRef(y), type: "quantitative", title: options.y_title ?? y, ...(grouped ? { aggregate } : {}) },
  ];
  if (options.color) axisTips.push({ field: fieldRef(options.color), type: colorType, title: options.color_title ?? options.color });
  let tooltip: Spec[] | undefined;
  const tip = options.tooltip ?? "axis";
  if (tip === "axis") tooltip = axisTips;
  else if (tip === "all" || Array.isArray(tip)) {
    const extra = (tip === "all" ? payload.columns : tip).filter((c) => c !== x && c !== y && c !== options.color);
    // Aggregated marks stand for many rows, so only the grouping columns can be shown.
    tooltip = grouped ? axisTips : [...axisTips, ...extra.filter((c) => payload.columns.includes(c)).map((c) => ({ field: fieldRef(c), type: payload.datatypes[c] ?? "nominal" }))];
  }

  // ---- encodings ---------------------------------------------------------------------------
  const temporalScale = xType === "temporal" ? 1000 : 1; // x_lim for dates is in seconds
  const xEncoding: Spec = {
    field: fieldRef(xField),
    type: xType,
    title: options.x_title ?? x,
    axis: {
      labelAngle: -(options.x_label_angle ?? 0),
      labels: options.x_axis_labels_visible !== false && options.x_axis_labels_visible !== "hidden",
      ...(options.x_axis_format ? { format: options.x_axis_format } : {}),
      ...(xType === "nominal" && !options.x_label_angle ? { labelAngle: 0 } : {}),
    },
  };
  if (xBin) xEncoding.bin = xBin;
  // Lines and points are read by their shape, so their axes hug the data instead of
  // stretching to zero; bars keep zero, or their lengths would mislead.
  const hugData = mark !== "bar" ? { zero: false } : {};
  const xDomain = domainOf(options.x_lim, temporalScale);
  if (xType === "quantitative" && !xBin) xEncoding.scale = { ...hugData, ...(xDomain ?? {}) };
  else if (xDomain) xEncoding.scale = xDomain;
  const sort = options.sort;
  if (sort) xEncoding.sort = Array.isArray(sort) ? sort : { x: "ascending", "-x": "descending", y: "y", "-y": "-y" }[sort];

  const yEncoding: Spec = {
    field: fieldRef(y),
    type: "quantitative",
    title: options.y_title ?? (grouped && aggregate !== "sum" ? `${aggregate} of ${y}` : y),
    axis: { labelAngle: -(options.y_label_angle ?? 0), ...(options.y_axis_format ? { format: options.y_axis_format } : {}) },
  };
  if (grouped) yEncoding.aggregate = aggregate;
  const yDomain = domainOf(options.y_lim);
  if (mark !== "bar" || yDomain) yEncoding.scale = { ...hugData, ...(yDomain ?? {}) };

  const encoding: Spec = { x: xEncoding, y: yEncoding };
  if (options.color) {
    const colorEncoding: Spec = { field: fieldRef(options.color), type: colorType, title: options.color_title ?? options.color };
    const map = options.color_map;
    if (map && Object.keys(map).length > 0) colorEncoding.scale = { domain: Object.keys(map), range: Object.values(map) };
    if (options.colors_in_legend) colorEncoding.legend = { values: options.colors_in_legend };
    encoding.color = colorEncoding; // bars of several colours at one x stack, as in Gradio
  }

  const brush = options.selectable
    ? [{ name: BRUSH, select: { type: "interval", encodings: ["x"] } }]
    : undefined;
  const base: Spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    data: { values: rowsAsObjects(payload) },
    width: "container",
    height: options.height ?? 300,
    autosize: { type: "fit-x", contains: "padding" },
  };
  if (options.title) base.title = options.title;
  if (transforms.length) base.transform = transforms;

  if (mark === "line") {
    // The line itself plus invisible points that carry the tooltip and the brush.
    return {
      spec: {
        ...base,
        encoding,
        layer: [
          { mark: { type: "line", strokeWidth: 2, interpolate: "linear" } },
          {
            mark: { type: "point", filled: true, size: 70, opacity: 0 },
            ...(tooltip ? { encoding: { tooltip } } : {}),
            ...(brush ? { params: brush } : {}),
          },
        ],
      },
    };
  }
  const markDef: Spec = mark === "bar" ? { type: "bar", cornerRadiusEnd: 2 } : { type: "point", filled: true, size: 60, opacity: 0.85 };
  return {
    spec: {
      ...base,
      mark: markDef,
      encoding: tooltip ? { ...encoding, tooltip } : encoding,
      ...(brush ? { params: brush } : {}),
    },
  };
}

/** The brushed x range from the brush signal's value (dates in seconds, as Gradio sends). */
export function brushRange(signal: unknown, temporal: boolean): [number, number] | null {
  if (!signal || typeof signal !== "object") return null;
  const values = Object.values(signal as Record<string, unknown>)[0];
  if (!Array.isArray(values) || values.length < 2) return null;
  const [lo, hi] = values.map((v) => (v instanceof Date ? v.getTime() : Number(v)));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  return temporal ? [lo / 1000, hi / 1000] : [lo, hi];
}
