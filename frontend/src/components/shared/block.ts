import type { Model } from "../../app/contract";

/**
 * The classes of a component's outer box (what Block.svelte renders). Simple, common
 * components put them on their own root element instead of wrapping it in <Block>: one
 * component and one snippet fewer to create for each of them when a tab first shows.
 */
export function blockClass(model: Model, extra = "", padded = true): string {
  let cls = "pd-block";
  if (extra) cls += ` ${extra}`;
  if (model.get("container") === false) cls += " pd-plain";
  if (padded && model.get("padding") !== false) cls += " pd-padded";
  return cls;
}
