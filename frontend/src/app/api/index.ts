/** The "Use via API" page (?view=api), a lazy chunk. */
import { mount } from "svelte";
import type { AppConfig } from "@podium/client";
import ApiDocs from "./ApiDocs.svelte";

export function mountApiDocs(target: HTMLElement, config: AppConfig, root: string): void {
  mount(ApiDocs, { target, props: { config, root } });
}
