/** Draws a plotly figure (its to_json()) with plotly.js; a separate chunk, loaded on demand. */
import Plotly from "plotly.js-dist-min";

interface Figure {
  data?: unknown[];
  layout?: Record<string, unknown>;
  config?: Record<string, unknown>;
}

function themedLayout(layout: Record<string, unknown>): Record<string, unknown> {
  const style = getComputedStyle(document.documentElement);
  const text = style.getPropertyValue("--pd-text").trim();
  const font = (layout.font as Record<string, unknown> | undefined) ?? {};
  // The figure keeps its own plot area; only the page-facing parts follow the theme.
  return {
    ...layout,
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
