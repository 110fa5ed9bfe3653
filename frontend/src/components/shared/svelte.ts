/** Wrap a Svelte view (taking a `model` prop) as a contract ComponentDef. */
import { mount, unmount, type Component } from "svelte";
import type { ComponentDef, Model } from "../../app/contract";

export function svelteComponent(View: Component<{ model: Model }>): ComponentDef {
  return {
    view: View,
    render({ model, el }) {
      const instance = mount(View, { target: el, props: { model } });
      return () => {
        void unmount(instance);
      };
    },
  };
}

let counter = 0;
/** A unique DOM id for label/aria wiring. */
export function uid(prefix = "pd"): string {
  return `${prefix}-${++counter}`;
}
