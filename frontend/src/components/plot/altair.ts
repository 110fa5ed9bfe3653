/** Draws an altair chart (a vega-lite spec) with the page's theme. */
import { drawVega } from "../nativeplot/vega";

const COMPOSED = ["hconcat", "vconcat", "concat", "facet", "repeat"];

export async function drawAltair(el: HTMLElement, json: string): Promise<() => void> {
  const spec = JSON.parse(json) as Record<string, unknown>;
  // A single chart without its own width fills the block, as other components do.
  if (spec.width === undefined && !COMPOSED.some((key) => key in spec)) {
    spec.width = "container";
    spec.autosize = { type: "fit-x", contains: "padding" };
  }
  const view = await drawVega(el, spec);
  return () => view.finalize();
}
