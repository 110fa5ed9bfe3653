/**
 * Where this app's API lives, for components that talk to it directly (file uploads).
 * Same rule as boot (main.ts): an inlined config's `root`, else the page's directory.
 */
import type { AppConfig } from "@podium/client";

export interface AppContext {
  /** API root without a trailing slash, e.g. "http://host/sub". */
  root: string;
  /** config.api_prefix, e.g. "/gradio_api". */
  apiPrefix: string;
  /** config.max_file_size in bytes, or null for no limit. */
  maxFileSize: number | null;
}

export function appContext(config: AppConfig | undefined = globalThis.window?.gradio_config): AppContext {
  const pageDir = typeof location !== "undefined" ? new URL(".", location.href).href : "";
  const root = config && typeof config.root === "string" && config.root ? config.root : pageDir;
  const max = config?.max_file_size;
  return {
    root: root.replace(/\/+$/, ""),
    apiPrefix: (typeof config?.api_prefix === "string" ? config.api_prefix : "/gradio_api").replace(/\/+$/, ""),
    maxFileSize: typeof max === "number" && Number.isFinite(max) && max >= 0 ? max : null,
  };
}
