/**
 * Maps a config `type` to its component module. Core components are bundled in the
 * main chunk; heavier ones are separate chunks fetched on first use.
 */
import type { ComponentDef, ComponentModule } from "../app/contract";
import textbox from "./textbox";
import number from "./number";
import slider from "./slider";
import checkbox from "./checkbox";
import button from "./button";
import state from "./state";
import timer from "./timer";
import browserstate from "./browserstate";

type Loader = () => Promise<ComponentModule>;

// Static: what a typical Interface page needs, so the hello app loads in one script.
const core: Record<string, ComponentDef> = { textbox, number, slider, checkbox, button, state, timer, browserstate };

const lazy: Record<string, Loader> = {
  dropdown: () => import("./dropdown"),
  radio: () => import("./radio"),
  checkboxgroup: () => import("./checkboxgroup"),
  label: () => import("./label"),
  markdown: () => import("./markdown"),
  html: () => import("./html"),
  json: () => import("./json"),
  code: () => import("./code"),
  dataset: () => import("./dataset"),
  file: () => import("./file"),
  image: () => import("./image"),
  gallery: () => import("./gallery"),
  audio: () => import("./audio"),
  video: () => import("./video"),
  uploadbutton: () => import("./uploadbutton"),
  downloadbutton: () => import("./downloadbutton"),
  chatbot: () => import("./chatbot"),
  multimodaltextbox: () => import("./multimodaltextbox"),
  colorpicker: () => import("./colorpicker"),
  datetime: () => import("./datetime"),
  highlightedtext: () => import("./highlightedtext"),
  dataframe: () => import("./dataframe"),
  paramviewer: () => import("./paramviewer"),
  imageslider: () => import("./imageslider"),
  imageeditor: () => import("./imageeditor"),
  fileexplorer: () => import("./fileexplorer"),
  plot: () => import("./plot"),
  lineplot: () => import("./nativeplot"),
  scatterplot: () => import("./nativeplot"),
  barplot: () => import("./nativeplot"),
  model3d: () => import("./model3d"),
  dialogue: () => import("./dialogue"),
  annotatedimage: () => import("./annotatedimage"),
};

const loaded = new Map<string, ComponentDef>();

/** Register a custom component: a ComponentDef or a loader returning its module. */
export function registerComponent(type: string, def: ComponentDef | Loader): void {
  if (typeof def === "function") lazy[type] = def;
  else core[type] = def;
}

/** The ComponentDef of a type that is bundled or whose chunk has loaded; else undefined. */
export function loadedComponent(type: string): ComponentDef | undefined {
  return core[type] ?? loaded.get(type);
}

/** A ComponentDef (synchronously when available), a promise of one, or null if unknown. */
export function loadComponent(type: string): ComponentDef | Promise<ComponentDef> | null {
  const def = loadedComponent(type);
  if (def) return def;
  const loader = lazy[type];
  if (!loader) return null;
  return loader().then((m) => {
    loaded.set(type, m.default);
    return m.default;
  });
}
