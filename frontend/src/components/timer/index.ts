import type { ComponentDef } from "../../app/contract";

/** gr.Timer: invisible; sends "tick" every `value` seconds while `active`. */
const timer: ComponentDef = {
  render({ model }) {
    let handle: ReturnType<typeof setInterval> | undefined;
    const restart = () => {
      clearInterval(handle);
      handle = undefined;
      const seconds = Number(model.get("value"));
      if (model.get("active") === false || !Number.isFinite(seconds) || seconds <= 0) return;
      handle = setInterval(() => model.send("tick"), seconds * 1000);
    };
    model.on("change:value", restart);
    model.on("change:active", restart);
    restart();
    return () => {
      clearInterval(handle);
      model.off("change:value", restart);
      model.off("change:active", restart);
    };
  },
};
export default timer;
