/** Draws a vega or vega-lite spec into an element with the page's theme (vega-embed). */
import embed from "vega-embed";
import type { View } from "vega";
import { vegaThemeConfig } from "./theme";

export type { View };

function isDark(): boolean {
  return document.documentElement.dataset.theme === "dark";
}

export async function drawVega(el: HTMLElement, spec: Record<string, unknown>): Promise<View> {
  const result = await embed(el, spec as never, {
    actions: false,
    renderer: "svg",
    config: vegaThemeConfig() as never,
    tooltip: { theme: isDark() ? "dark" : "light" },
  });
  return result.view;
}
