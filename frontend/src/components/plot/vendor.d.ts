// The bundled builds of plotly.js and BokehJS ship without types for these entry points;
// only the calls Plot makes are declared.
declare module "plotly.js-dist-min" {
  interface PlotlyStatic {
    react(el: HTMLElement, data: unknown[], layout?: Record<string, unknown>, config?: Record<string, unknown>): Promise<unknown>;
    purge(el: HTMLElement): void;
    Plots: { resize(el: HTMLElement): void };
  }
  const Plotly: PlotlyStatic;
  export default Plotly;
}

declare module "@bokeh/bokehjs/build/js/bokeh.esm.min.js" {
  interface ViewManager {
    clear(): void;
  }
  interface BokehStatic {
    version: string;
    embed: { embed_item(item: unknown, target?: string | HTMLElement): Promise<ViewManager | undefined> };
  }
  const Bokeh: BokehStatic;
  export default Bokeh;
}
