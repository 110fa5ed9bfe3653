import type { Component } from "svelte";
import type { LayoutNode } from "@podium/client";
import type { ComponentModel } from "./model.svelte";
import type { Runtime } from "./runtime.svelte";

/** Layout types drawn as a plain box by ContainerNode (the others load their own layout). */
export const CONTAINERS = new Set(["row", "column", "group", "form", "tabitem", "step"]);

/**
 * What every kind of Node host is given (each takes the part it needs): one shape, so a
 * Node calls its host directly instead of choosing it in an `{#if}` block.
 */
export interface HostProps {
  node: LayoutNode;
  model: ComponentModel;
  view?: Component<{ model: ComponentModel }>;
  runtime: Runtime;
}
