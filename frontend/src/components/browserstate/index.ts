import type { ComponentDef } from "../../app/contract";

/** gr.BrowserState draws nothing: app/browser_state.ts keeps its value in localStorage. */
const browserstate: ComponentDef = {
  render() {
    return () => {};
  },
};
export default browserstate;
