/** Boot: read the inlined config (or fetch ./config in dev), connect, mount the shell. */
import "./theme.css";
import "./shell.css";
import { mount } from "svelte";
import { Client, type AppConfig } from "@podium/client";
import App from "./app/App.svelte";
import { Runtime } from "./app/runtime.svelte";
import { runAppJs } from "./app/appJs";
import { restoreBrowserState } from "./app/browser_state";
import { loadFirstView, typesShownFirst } from "./app/firstView";

declare global {
  interface Window {
    gradio_config?: AppConfig;
  }
}

function apiRoot(config: AppConfig, inlined: boolean): string {
  // A config fetched from ./config (vite dev, proxied) is served by this origin.
  if (inlined && typeof config.root === "string" && config.root) return config.root;
  // The page's own directory: the app may be mounted under a sub-path.
  return new URL(".", location.href).href;
}

async function boot(): Promise<void> {
  let config = window.gradio_config;
  const inlined = !!config;
  if (!config) {
    const res = await fetch("./config");
    config = (await res.json()) as AppConfig;
  }
  if (config.title && !document.title) document.title = config.title;
  for (const href of Array.isArray(config.stylesheets) ? (config.stylesheets as unknown[]) : []) {
    if (typeof href !== "string") continue;
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }
  // The server already wrote the app's CSS into the page (#pd-custom-css); add it here only
  // when the config came from elsewhere (vite dev, serve-against).
  if (config.css && !document.getElementById("pd-custom-css")) {
    const style = document.createElement("style");
    style.textContent = config.css;
    document.head.appendChild(style);
  }
  const target = document.getElementById("podium-app")!;
  if (new URLSearchParams(location.search).get("view") === "api") {
    const { mountApiDocs } = await import("./app/api");
    mountApiDocs(target, config, apiRoot(config, inlined));
    return;
  }
  const runtime = new Runtime(config, null);
  // Connected before the first paint (with the config inlined this sends nothing), so a
  // button works the moment it is seen.
  runtime.setClient(await Client.connect(apiRoot(config, inlined), { config }));
  if (config.layout) await loadFirstView(typesShownFirst(config.layout, (id) => runtime.models.get(id)));
  mount(App, { target, props: { runtime } });
  await restoreBrowserState(runtime); // before load events, which may read these values
  runtime.start();
  void runAppJs(config.js);
}

boot().catch((err) => {
  console.error(err);
  const el = document.getElementById("podium-app");
  if (el) el.textContent = `Podium could not start: ${(err as Error).message}`;
});
