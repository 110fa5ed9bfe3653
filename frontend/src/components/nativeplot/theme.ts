/**
 * Colours and fonts for vega charts, read from the page's --pd-* custom properties so a
 * chart matches the theme (light or dark) it is drawn in. Also used for altair charts.
 */

/** Category colours, chosen to stay readable on both light and dark backgrounds. */
export const PALETTE = ["#6366f1", "#f59e0b", "#10b981", "#ef4444", "#0ea5e9", "#a855f7", "#84cc16", "#ec4899", "#14b8a6", "#f97316"];

function cssVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

export function vegaThemeConfig(root: Element = document.documentElement): Record<string, unknown> {
  const style = getComputedStyle(root);
  const text = cssVar(style, "--pd-text", "#1c2033");
  const muted = cssVar(style, "--pd-text-muted", "#5d6478");
  const grid = cssVar(style, "--pd-border", "#e2e5ee");
  const strong = cssVar(style, "--pd-border-strong", "#cdd2de");
  const font = cssVar(style, "--pd-font", "system-ui, sans-serif");
  const surface = cssVar(style, "--pd-surface", "#ffffff");
  const axis = {
    labelColor: muted,
    titleColor: text,
    gridColor: grid,
    domainColor: strong,
    tickColor: strong,
    labelFont: font,
    titleFont: font,
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 600,
    titlePadding: 8,
  };
  return {
    background: "transparent",
    font,
    view: { stroke: null },
    axis,
    legend: { labelColor: muted, titleColor: text, labelFont: font, titleFont: font, labelFontSize: 12, titleFontSize: 12, symbolType: "circle" },
    // The title is plain visible text; as an ARIA label ("Title text '...'") it would
    // collide with the page's own form labels for assistive tech and label queries.
    title: { color: text, font, fontSize: 14, fontWeight: 600, anchor: "start", offset: 12, aria: false },
    header: { labelColor: text, titleColor: text },
    range: { category: PALETTE },
    mark: { color: PALETTE[0] },
    line: { color: PALETTE[0] },
    bar: { color: PALETTE[0] },
    point: { color: PALETTE[0] },
    // The brush: a soft band in the primary colour.
    selection: { interval: { fill: cssVar(style, "--pd-primary", "#4f46e5"), fillOpacity: 0.12, stroke: cssVar(style, "--pd-primary", "#4f46e5") } },
    tooltipBackground: surface,
  };
}

/** Calls `onChange` when the page switches between light and dark. */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "class", "style"] });
  return () => observer.disconnect();
}
