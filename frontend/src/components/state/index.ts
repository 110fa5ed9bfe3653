import type { ComponentDef } from "../../app/contract";

/** gr.State: holds a server-side value, draws nothing. */
const state: ComponentDef = {
  render() {
    return () => {};
  },
};
export default state;
