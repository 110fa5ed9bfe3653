/**
 * Before the first paint, load the chunks of what the page shows at once (the server has
 * already asked the browser to preload them), so the first view renders in one pass: no
 * component pops in a frame later, and buttons are wired as soon as they are seen.
 */
import type { LayoutNode } from "@podium/client";
import { loadComponent } from "../components/registry";
import { isHidden } from "./layout";
import { isLazyLayout, loadLayout } from "./layouts/registry";

interface Described {
  type: string;
  props: Record<string, unknown>;
}

/** Types visible on first paint: not inside closed accordions/sidebars or unselected tabs. */
export function typesShownFirst(root: LayoutNode, describe: (id: number) => Described | undefined): Set<string> {
  const types = new Set<string>();
  const visit = (node: LayoutNode): void => {
    const model = describe(node.id);
    if (model && isHidden(model.props.visible)) return;
    if (model) types.add(model.type);
    const children = node.children ?? [];
    const type = model?.type;
    if ((type === "accordion" || type === "sidebar") && model!.props.open === false) return;
    if (type === "tabs" || type === "walkthrough") {
      const shown = children.filter((c) => !isHidden(describe(c.id)?.props.visible));
      const selected = model!.props.selected;
      const pick = shown.find((c) => describe(c.id)?.props.id === selected) ?? (typeof selected === "number" ? children[selected] : undefined) ?? shown[0];
      if (pick) visit(pick);
      return;
    }
    children.forEach(visit);
  };
  visit(root);
  return types;
}

/** Load those chunks, waiting at most `budgetMs`: a slow chunk must not hold up the page. */
export async function loadFirstView(types: Iterable<string>, budgetMs = 1500): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (const type of types) {
    if (isLazyLayout(type)) pending.push(loadLayout(type));
    else {
      const got = loadComponent(type);
      if (got instanceof Promise) pending.push(got);
    }
  }
  if (pending.length === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const budget = new Promise<void>((resolve) => (timer = setTimeout(resolve, budgetMs)));
  await Promise.race([Promise.allSettled(pending), budget]);
  clearTimeout(timer);
}
