/**
 * The less common layouts are separate chunks. Once a chunk has loaded, its layout renders
 * synchronously: awaiting even a settled import() costs a task, so a tab full of accordions
 * would otherwise appear over several frames.
 */
import type { Component } from "svelte";
import type { LayoutNode } from "@podium/client";
import type { Runtime } from "../runtime.svelte";

export type LayoutView = Component<{ node: LayoutNode; runtime: Runtime }>;

const loaders: Record<string, () => Promise<{ default: LayoutView }>> = {
  tabs: () => import("./Tabs.svelte"),
  accordion: () => import("./Accordion.svelte"),
  walkthrough: () => import("./Tabs.svelte"),
  sidebar: () => import("./Sidebar.svelte"),
};

const loaded = new Map<string, LayoutView>();

export function isLazyLayout(type: string): boolean {
  return type in loaders;
}

/** The layout's view if its chunk is already in, for a synchronous render. */
export function loadedLayout(type: string): LayoutView | undefined {
  return loaded.get(type);
}

export function loadLayout(type: string): Promise<LayoutView> {
  return loaders[type]!().then((mod) => {
    loaded.set(type, mod.default);
    return mod.default;
  });
}
