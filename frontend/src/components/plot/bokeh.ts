/**
 * Draws a bokeh figure (its json_item) with BokehJS bundled from npm, so the page loads
 * nothing from a CDN. A separate chunk, loaded only when a bokeh value arrives.
 */
import Bokeh from "@bokeh/bokehjs/build/js/bokeh.esm.min.js";

export const bokehVersion = Bokeh.version;

export async function drawBokeh(el: HTMLElement, json: string): Promise<() => void> {
  const item = JSON.parse(json);
  const views = await Bokeh.embed.embed_item(item, el);
  return () => {
    views?.clear();
    el.replaceChildren();
  };
}
