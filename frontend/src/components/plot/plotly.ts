/** Draws a plotly figure (its to_json()) with plotly.js; a separate chunk, loaded on demand. */
import Plotly from "plotly.js-dist-min";

interface Figure {
  data?: unknown[];
  layout?: Record<string, unknown>;
  config?: Record<string, unknown>;
}

type Layout = Record<string, unknown>;

/** In dark mode, the parts a figure left to its template get the page's dark colours. */
function darkDefaults(layout: Layout, style: CSSStyleDeclaration): Layout {
  const grid = style.getPropertyValue("--pd-border").trim() || "#333";
  const zero = style.getPropertyValue("--pd-border-strong").trim() || "#555";
  const axes = new Set(["xaxis", "yaxis", ...Object.keys(layout).filter((key) => /^[xy]axis\d+$/.test(key))]);
  const themed: Layout = { plot_bgcolor: layout.plot_bgcolor ?? (style.getPropertyValue("--pd-surface-2").trim() || "#222") };
  for (const axis of axes) {
    const own = (layout[axis] as Layout | undefined) ?? {};
    themed[axis] = { ...own, gridcolor: own.gridcolor ?? grid, zerolinecolor: own.zerolinecolor ?? zero };
  }
  return themed;
}

function themedLayout(layout: Layout): Layout {
  const style = getComputedStyle(document.documentElement);
  const text = style.getPropertyValue("--pd-text").trim();
  const font = (layout.font as Layout | undefined) ?? {};
  const dark = document.documentElement.dataset.theme === "dark";
  // The paper and text follow the page; the plot area keeps the figure's look in light mode.
  return {
    ...layout,
    ...(dark ? darkDefaults(layout, style) : {}),
    // The block has no height of its own for autosize to fill: keep plotly's usual 450px.
    height: layout.height ?? 450,
    paper_bgcolor: "rgba(0,0,0,0)",
    font: { family: style.getPropertyValue("--pd-font").trim() || undefined, ...font, ...(text ? { color: text } : {}) },
    autosize: true,
  };
}

export function drawPlotly(el: HTMLElement, json: string): () => void {
  const figure = JSON.parse(json) as Figure;
  const draw = () => Plotly.react(el, figure.data ?? [], themedLayout(figure.layout ?? {}), {
    displaylogo: false,
    responsive: true,
    ...(figure.config ?? {}),
  });
  void draw();
  // Redraw with the new colours when the page switches between light and dark.
  const observer = new MutationObserver(() => void draw());
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => {
    observer.disconnect();
    Plotly.purge(el);
  };
}
